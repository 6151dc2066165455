"""How the start screen's lists show a deck and a session: title, summary, details, badge."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tabletop.core.deck.library import DeckEntry
from tabletop.core.deck.translation import companion_path, read_translation
from tabletop.core.i18n import normalise
from tabletop.core.session_list import SessionSummary
from tabletop.gui import language
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate
from tabletop.gui.style import Badge, blend, session_status
from tabletop.gui.widgets import paint_item_background

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10

SESSION_BADGES = {
    "running": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Not ended"), "warn", "#b26a00"),
    "ended": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Ended"), "check", "#1e7b34"),
    "in use": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Open elsewhere"), "ring", "#1f5fa8"),
    "damaged": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Damaged"), "cross", "#c0392b"),
}

# what the list shows of a companion file, kept while the file is unchanged:
# path → ((size, mtime), {"title": …, "summary": …, "team:<name in the deck>": …})
_companions: dict[Path, tuple[tuple[int, int], dict[str, str]]] = {}


def local_time(text: str) -> str:
    """A stored UTC time as local ``2026-11-22 09:30``."""
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def deck_languages(entry: DeckEntry) -> list[str]:
    """The languages a deck can be played in: its own first, then its translations' (the
    interface's languages in their order, then any other)."""
    own = normalise(entry.language) or language.SOURCE_LANGUAGE
    order = list(language.LANGUAGES)
    others = sorted(
        (code for code in entry.translations if code != own),
        key=lambda code: (order.index(code) if code in order else len(order), code),
    )
    return [own, *others]


def languages_line(entry: DeckEntry) -> str:
    """``English · Tiếng Việt · Русский``, or ``English only``: each language by its name."""
    codes = deck_languages(entry)
    if len(codes) == 1:
        return translate("DeckList", "{language} only").format(
            language=language.language_name(codes[0])
        )
    return " · ".join(language.language_name(code) for code in codes)


def _companion(entry: DeckEntry, code: str) -> dict[str, str]:
    """What the list shows of the deck's translation into ``code`` ({} when it has none)."""
    if code not in entry.translations:
        return {}
    path = companion_path(entry.path, code)
    try:
        stat = path.stat()
    except OSError:
        return {}
    key = (stat.st_size, stat.st_mtime_ns)
    kept = _companions.get(path)
    if kept is None or kept[0] != key:
        try:
            translation = read_translation(path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError):
            return {}
        texts = {}
        for name, item in translation.entries.items():
            if name in ("title", "summary"):
                texts[name] = item.text.strip()
            elif name.startswith("teams/") and name.endswith("/name"):
                texts[f"team:{item.source.strip()}"] = item.text.strip()
        kept = _companions[path] = (key, texts)
    return kept[1]


def translated(entry: DeckEntry, code: str) -> tuple[str, str, list[str]]:
    """The deck's title, summary and team names in ``code`` where its translation has them
    (its own words elsewhere)."""
    texts = _companion(entry, code)
    teams = [texts.get(f"team:{name}") or name for name in entry.teams]
    return texts.get("title") or entry.title, texts.get("summary") or entry.summary, teams


def deck_lines(entry: DeckEntry) -> tuple[str, str, str]:
    """Title, summary and the details line a deck shows in the list: the title and summary
    in the interface's language when the deck has a translation in it, and the languages
    the deck can be played in first on the details line."""
    if entry.problem:
        return (
            entry.title or entry.path.name,
            translate("DeckList", "Cannot be used: {problem}").format(problem=entry.problem),
            entry.origin,
        )
    title, summary, teams = translated(entry, language.current_language())
    details = []
    if entry.duration:
        details.append(translate("DeckList", "{minutes} min").format(minutes=entry.duration))
    if teams:
        count = len(teams)
        details.append(
            translate("DeckList", "%n team(s): {teams}", "", count).format(teams=", ".join(teams))
        )
    injects = entry.injects
    details.append(translate("DeckList", "%n inject(s)", "", injects))
    if entry.origin == "bundled":
        details.append(translate("DeckList", "bundled"))
    else:
        details.append(translate("DeckList", "your deck · {file}").format(file=entry.path.name))
    return title, summary, f"{languages_line(entry)} — " + " · ".join(details)


def session_lines(summary: SessionSummary) -> tuple[str, str]:
    title = summary.name or summary.deck_title or summary.path.name
    bits = []
    if summary.deck_title and summary.deck_title != title:
        bits.append(summary.deck_title)
    if summary.last_event:
        bits.append(
            translate("SessionList", "last activity {time}").format(
                time=local_time(summary.last_event)
            )
        )
    elif summary.started:
        bits.append(
            translate("SessionList", "started {time}").format(time=local_time(summary.started))
        )
    badge = SESSION_BADGES.get(summary.status)
    bits.append(badge.label if badge else session_status(summary.status))
    return title, " · ".join(bits)


class TwoLineDelegate(QStyledItemDelegate):
    """List rows with a bold title, a wrapped summary and a quieter details line."""

    def __init__(self, parent: QWidget, summary_lines: int = 2) -> None:
        super().__init__(parent)
        self._summary_lines = summary_lines

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        title = QFont(base)
        title.setBold(True)
        if base.pointSizeF() > 0:
            title.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        if base.pointSizeF() > 0:
            small.setPointSizeF(base.pointSizeF() * 0.92)
        return title, base, small

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, body, small = self._fonts(option)
        lines = index.data(ENTRY_ROLE) or ("", "", "")
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 14
        if lines[1]:
            height += QFontMetrics(body).lineSpacing() * self._summary_lines
        return QSize(300, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        paint_item_background(self, painter, option, index)  # the icon is drawn below
        title_text, summary, details = index.data(ENTRY_ROLE) or ("", "", "")
        title, body, small = self._fonts(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(8, 5, -8, -5)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        painter.save()
        painter.setPen(color)
        metrics = QFontMetrics(title)
        if icon is not None:
            side = QFontMetrics(body).height()
            icon_rect = QRect(rect.x(), rect.y() + (metrics.height() - side) // 2, side, side)
            icon.paint(painter, icon_rect)
            rect.setLeft(icon_rect.right() + 6)
        painter.setFont(title)
        painter.drawText(
            QRect(rect.x(), rect.y(), rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(title_text, Qt.TextElideMode.ElideRight, rect.width()),
        )
        y = rect.y() + metrics.height() + 2
        if summary:
            body_metrics = QFontMetrics(body)
            height = body_metrics.lineSpacing() * self._summary_lines
            painter.setFont(body)
            text = self._clip(summary, body_metrics, rect.width(), self._summary_lines)
            painter.drawText(
                QRect(rect.x(), y, rect.width(), height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                text,
            )
            y += height
        faded = blend(color, option.palette.color(QPalette.ColorRole.Base))
        painter.setPen(faded)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        painter.drawText(
            QRect(rect.x(), y + 2, rect.width(), small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    @staticmethod
    def _clip(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
        """The text cut to fit ``lines`` wrapped lines, with an ellipsis if it was longer."""
        words = text.split()
        out: list[str] = []
        line = ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            out.append(line)
            line = word
            if len(out) == lines:
                break
        if len(out) < lines:
            out.append(line)
            return "\n".join(out)
        last = metrics.elidedText(out[-1] + " …", Qt.TextElideMode.ElideRight, width)
        if not last.endswith("…"):
            last = metrics.elidedText(out[-1] + "…", Qt.TextElideMode.ElideLeft, width)
        return "\n".join([*out[:-1], last])
