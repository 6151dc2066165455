"""How the start screen's lists show a deck and a session: title, summary, details, badge."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tabletop.core.deck.library import DeckEntry
from tabletop.core.session_list import SessionSummary
from tabletop.gui.style import Badge, blend
from tabletop.gui.widgets import paint_item_background

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10

SESSION_BADGES = {
    "running": Badge("Not ended", "warn", "#b26a00"),
    "ended": Badge("Ended", "check", "#1e7b34"),
    "in use": Badge("Open elsewhere", "ring", "#1f5fa8"),
    "damaged": Badge("Damaged", "cross", "#c0392b"),
}


def local_time(text: str) -> str:
    """A stored UTC time as local ``2026-11-22 09:30``."""
    try:
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def deck_lines(entry: DeckEntry) -> tuple[str, str, str]:
    """Title, summary and the details line a deck shows in the list."""
    if entry.problem:
        return entry.title or entry.path.name, f"Cannot be used: {entry.problem}", entry.origin
    details = []
    if entry.duration:
        details.append(f"{entry.duration} min")
    if entry.teams:
        details.append(f"{len(entry.teams)} teams: " + ", ".join(entry.teams))
    details.append(f"{entry.injects} injects")
    details.append("bundled" if entry.origin == "bundled" else f"your deck · {entry.path.name}")
    return entry.title, entry.summary, " · ".join(details)


def session_lines(summary: SessionSummary) -> tuple[str, str]:
    title = summary.name or summary.deck_title or summary.path.name
    bits = []
    if summary.deck_title and summary.deck_title != title:
        bits.append(summary.deck_title)
    if summary.last_event:
        bits.append(f"last activity {local_time(summary.last_event)}")
    elif summary.started:
        bits.append(f"started {local_time(summary.started)}")
    badge = SESSION_BADGES.get(summary.status)
    bits.append(badge.label if badge else summary.status)
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
