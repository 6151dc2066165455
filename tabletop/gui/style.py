"""The console's visual vocabulary: status badges (word, icon and colour), fonts, formats.

A status is never shown by colour alone: every badge carries a word and an
icon drawn here, so the console reads the same in black and white, to a
colour-blind facilitator, and in the system's light or dark palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from tabletop.core.deck.model import ChannelStatus, InjectType, ScenarioTime
from tabletop.core.engine.records import Outcome
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated


@dataclass(frozen=True)
class Badge:
    """A status as shown on screen: its word, the icon's shape and its colour.

    ``word`` is the English word, marked for the catalog in the context
    ``StatusBadge`` where the badge is defined; :attr:`label` is it in the
    interface's language.
    """

    word: str
    shape: str  # check warn cross dashed clock dot skip arrow ring pause play
    color: str

    @property
    def label(self) -> str:
        return translated("StatusBadge", self.word) if self.word else ""

    @property
    def icon(self) -> QIcon:
        return status_icon(self.shape, self.color)


CHANNEL_BADGES: dict[ChannelStatus, Badge] = {
    ChannelStatus.OPEN: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Open"), "check", "#1e7b34"),
    ChannelStatus.DEGRADED: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Degraded"), "warn", "#b26a00"),
    ChannelStatus.CLOSED: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Closed"), "cross", "#c0392b"),
    ChannelStatus.PROPOSED: Badge(
        QT_TRANSLATE_NOOP("StatusBadge", "Proposed"), "dashed", "#5d6d7e"
    ),
}

OUTCOME_BADGES: dict[str, Badge] = {
    Outcome.DELIVERED: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Delivered"), "check", "#1e7b34"),
    Outcome.DELAYED: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Delayed"), "clock", "#b26a00"),
    Outcome.UNDELIVERABLE: Badge(
        QT_TRANSLATE_NOOP("StatusBadge", "Not delivered"), "cross", "#c0392b"
    ),
}

WITHDRAWN_BADGE = Badge(QT_TRANSLATE_NOOP("StatusBadge", "Withdrawn"), "skip", "#5d6d7e")
IN_TRANSIT_BADGE = Badge(QT_TRANSLATE_NOOP("StatusBadge", "In transit"), "clock", "#1f5fa8")
NO_CHANNEL_BADGE = Badge(QT_TRANSLATE_NOOP("StatusBadge", "No message"), "dot", "#5d6d7e")

INJECT_BADGES: dict[str, Badge] = {
    "delivered": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Delivered"), "check", "#1e7b34"),
    "current": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Current"), "ring", "#1f5fa8"),
    "skipped": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Skipped"), "skip", "#5d6d7e"),
    "pending": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Pending"), "dot", "#5d6d7e"),
    "next": Badge(QT_TRANSLATE_NOOP("StatusBadge", "Next"), "arrow", "#1f5fa8"),
}

_DECISION_KINDS = {
    "action": QT_TRANSLATE_NOOP("DecisionKind", "Action"),
    "message": QT_TRANSLATE_NOOP("DecisionKind", "Message"),
    "statement": QT_TRANSLATE_NOOP("DecisionKind", "Public statement"),
    "agree_channel": QT_TRANSLATE_NOOP("DecisionKind", "Agree to open a channel"),
}

# a channel's status as a word inside a sentence ("Hotline: closed")
_STATUS_WORDS = {
    ChannelStatus.OPEN: QT_TRANSLATE_NOOP("ChannelStatus", "open"),
    ChannelStatus.DEGRADED: QT_TRANSLATE_NOOP("ChannelStatus", "degraded"),
    ChannelStatus.CLOSED: QT_TRANSLATE_NOOP("ChannelStatus", "closed"),
    ChannelStatus.PROPOSED: QT_TRANSLATE_NOOP("ChannelStatus", "proposed"),
}

_INJECT_TYPES = {
    InjectType.STANDARD: QT_TRANSLATE_NOOP("InjectType", "standard"),
    InjectType.CONTINGENCY: QT_TRANSLATE_NOOP("InjectType", "contingency"),
    InjectType.ADAPTIVE: QT_TRANSLATE_NOOP("InjectType", "adaptive"),
}


_SESSION_STATUSES = {
    "running": QT_TRANSLATE_NOOP("SessionStatus", "not ended"),
    "ended": QT_TRANSLATE_NOOP("SessionStatus", "ended"),
    "in use": QT_TRANSLATE_NOOP("SessionStatus", "open elsewhere"),
    "damaged": QT_TRANSLATE_NOOP("SessionStatus", "damaged"),
    "not a session": QT_TRANSLATE_NOOP("SessionStatus", "not a session"),
    "unreadable": QT_TRANSLATE_NOOP("SessionStatus", "unreadable"),
    "newer version": QT_TRANSLATE_NOOP("SessionStatus", "made by a newer version"),
}


def session_status(status: str) -> str:
    """A session file's status as a word in a list ("not ended", "damaged" …)."""
    word = _SESSION_STATUSES.get(status)
    return translated("SessionStatus", word) if word else status


def decision_kind(kind: str) -> str:
    """A kind of decision as the console names it ("Public statement")."""
    word = _DECISION_KINDS.get(kind)
    return translated("DecisionKind", word) if word else kind


def status_word(status: ChannelStatus) -> str:
    """A channel status as a word inside a sentence ("closed")."""
    return translated("ChannelStatus", _STATUS_WORDS[status])


def inject_type(kind: InjectType) -> str:
    """An inject's type as a word ("contingency")."""
    word = _INJECT_TYPES.get(kind)
    return translated("InjectType", word) if word else kind.value


def channel_badge(status: ChannelStatus) -> Badge:
    return CHANNEL_BADGES[status]


def next_reason(reason: str) -> str:
    """Why an inject comes next, as the branching engine says it ("in order", "branch: …"),
    in the interface's language."""
    if reason == "first inject":
        return translate("NextReason", "first inject")
    if reason == "in order":
        return translate("NextReason", "in order")
    if reason == "next":
        return translate("NextReason", "as the inject before names it")
    if reason in ("last inject", "next: end"):
        return translate("NextReason", "the end of the exercise")
    if reason.startswith("branch: "):
        label = reason[len("branch: ") :]
        if label == "ends the exercise":
            label = translate("NextReason", "ends the exercise")
        return translate("NextReason", "branch: {label}").format(label=label)
    return reason


def scenario_time(moment: ScenarioTime) -> str:
    """Story time in full: ``Day 1 06:40``."""
    return translate("ScenarioTime", "Day {day} {time}").format(day=moment.day, time=moment.clock)


def short_scenario_time(moment: ScenarioTime) -> str:
    """Story time in a table cell: ``D1 06:40``."""
    return translate("ScenarioTime", "D{day} {time}", "short for Day 1 06:40").format(
        day=moment.day, time=moment.clock
    )


# -- colours that work on a light and a dark palette ----------------------------------


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tint(color: str | QColor, palette: QPalette, strength: float = 0.18) -> QColor:
    """A pale (light palette) or deep (dark palette) wash of a status colour."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    return QColor(_tint(QColor(color).rgb(), base.rgb(), dark, strength))


@cache
def _tint(accent_rgb: int, base_rgb: int, dark: bool, strength: float) -> int:
    # worked out once per colour and background: badges are drawn in every table cell
    accent, base = QColor.fromRgb(accent_rgb), QColor.fromRgb(base_rgb)
    if dark:
        strength += 0.12
    return QColor(
        round(base.red() + (accent.red() - base.red()) * strength),
        round(base.green() + (accent.green() - base.green()) * strength),
        round(base.blue() + (accent.blue() - base.blue()) * strength),
    ).rgb()


def ink(color: str | QColor, palette: QPalette) -> QColor:
    """A status colour made readable as text or line on the palette's background."""
    accent = QColor(color)
    if is_dark(palette):
        return accent.lighter(170)
    return accent


def blend(text: QColor, background: QColor) -> QColor:
    """Two thirds text, one third background: secondary text that stays readable."""
    return QColor(
        (text.red() * 2 + background.red()) // 3,
        (text.green() * 2 + background.green()) // 3,
        (text.blue() * 2 + background.blue()) // 3,
    )


def level_color(level: int, highest: int) -> QColor:
    """Green at the bottom of the escalation ladder, through amber, to red at the top."""
    share = 0.0 if highest <= 0 else max(0.0, min(1.0, level / highest))
    hue = round(120 * (1.0 - share))  # 120 green … 0 red
    return QColor.fromHsv(hue, 200, 190)


# -- icons -----------------------------------------------------------------------------


class _DrawnIcon(QIconEngine):
    """Draws a status icon at whatever size and pixel ratio it is asked for."""

    def __init__(self, shape: str, color: str) -> None:
        super().__init__()
        self._shape = shape
        self._color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.pixmap(QSize(side, side) * ratio, mode, state)
        pixmap.setDevicePixelRatio(ratio)
        painter.drawPixmap(
            rect.x() + (rect.width() - side) // 2, rect.y() + (rect.height() - side) // 2, pixmap
        )

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        color = QColor(self._color)
        if mode is QIcon.Mode.Disabled:
            color.setAlpha(110)
        return _draw_icon(self._shape, color, max(1, min(size.width(), size.height())))

    def clone(self) -> QIconEngine:
        return _DrawnIcon(self._shape, self._color)


@cache
def status_icon(shape: str, color: str) -> QIcon:
    """A small status icon drawn in code (no image files), crisp at every scale."""
    return QIcon(_DrawnIcon(shape, color))


def _draw_icon(shape: str, color: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    stroke = max(1.5, s / 9)
    white = QPen(
        QColor("white"),
        stroke,
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    box = QRectF(s * 0.08, s * 0.08, s * 0.84, s * 0.84)
    if shape == "warn":
        triangle = QPolygonF(
            [QPointF(s / 2, s * 0.06), QPointF(s * 0.96, s * 0.9), QPointF(s * 0.04, s * 0.9)]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(triangle)
        painter.setPen(white)
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6))
        painter.drawPoint(QPointF(s / 2, s * 0.76))
    elif shape == "dashed":
        pen = QPen(color, stroke, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2))
        painter.setPen(QPen(color, stroke))
        painter.drawLine(QPointF(s * 0.32, s / 2), QPointF(s * 0.68, s / 2))
        painter.drawLine(QPointF(s / 2, s * 0.32), QPointF(s / 2, s * 0.68))
    elif shape == "ring":
        painter.setPen(QPen(color, stroke * 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(stroke, stroke, -stroke, -stroke))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.16, s * 0.16)
    elif shape == "dot":
        painter.setPen(QPen(color, stroke))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(s / 2, s / 2), s * 0.26, s * 0.26)
    elif shape == "pause":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(s * 0.2, s * 0.12, s * 0.2, s * 0.76))
        painter.drawRect(QRectF(s * 0.6, s * 0.12, s * 0.2, s * 0.76))
    elif shape in ("arrow", "play"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF(
                [QPointF(s * 0.2, s * 0.1), QPointF(s * 0.9, s / 2), QPointF(s * 0.2, s * 0.9)]
            )
        )
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(box)
        painter.setPen(white)
        if shape == "check":
            path = QPainterPath(QPointF(s * 0.28, s * 0.52))
            path.lineTo(QPointF(s * 0.44, s * 0.68))
            path.lineTo(QPointF(s * 0.72, s * 0.34))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        elif shape == "cross":
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
        elif shape == "clock":
            painter.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.26))
            painter.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.7, s * 0.6))
        elif shape == "skip":
            painter.drawLine(QPointF(s * 0.28, s / 2), QPointF(s * 0.72, s / 2))
    painter.end()
    return pixmap


# -- painting a badge (tables, the channel board, the projector) --------------------


def badge_size(badge: Badge, font: QFont, padding: int = 4) -> QSize:
    metrics = QFontMetrics(font)
    icon = metrics.height()
    return QSize(
        icon + metrics.horizontalAdvance(badge.label) + padding * 4, metrics.height() + padding * 2
    )


def paint_badge(
    painter: QPainter,
    rect: QRect,
    badge: Badge,
    palette: QPalette,
    font: QFont | None = None,
    padding: int = 4,
) -> None:
    """A rounded badge: tinted background, coloured border, icon and word."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if font is not None:
        painter.setFont(font)
    metrics = painter.fontMetrics()
    wanted = badge_size(badge, painter.font(), padding)
    height = min(rect.height(), wanted.height())
    width = min(rect.width(), wanted.width())
    box = QRectF(rect.x() + 1, rect.y() + (rect.height() - height) / 2, width - 2, height)
    painter.setPen(QPen(ink(badge.color, palette), 1))
    painter.setBrush(tint(badge.color, palette))
    radius = height / 2
    painter.drawRoundedRect(box, radius, radius)
    icon_size = metrics.height() - 2
    icon_rect = QRect(
        round(box.x() + padding + 1), round(box.center().y() - icon_size / 2), icon_size, icon_size
    )
    badge.icon.paint(painter, icon_rect)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    text_rect = QRectF(
        icon_rect.right() + padding,
        box.y(),
        box.right() - icon_rect.right() - padding * 2,
        box.height(),
    )
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        metrics.elidedText(badge.label, Qt.TextElideMode.ElideRight, round(text_rect.width())),
    )
    painter.restore()


# -- fonts -------------------------------------------------------------------------------


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font made ``factor`` times larger (relative, so system scaling holds)."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def clock_font(widget: QWidget, factor: float) -> QFont:
    """Large digits that do not jump as the seconds change."""
    font = scaled_font(widget, factor, bold=True)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


# -- text formats --------------------------------------------------------------------------


def format_latency(minutes: int) -> str:
    """A channel latency in words: immediate, 15 min, 4 h, 2 days, 1 week."""
    if minutes <= 0:
        return translate("Latency", "immediate")
    if minutes < 60:
        return translate("Latency", "{minutes} min").format(minutes=minutes)
    if minutes < 1440:
        hours, rest = divmod(minutes, 60)
        if not rest:
            return translate("Latency", "{hours} h").format(hours=hours)
        return translate("Latency", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if minutes % 10080 == 0:
        many = minutes // 10080
        return translate("Latency", "%n week(s)", "", many)
    if minutes % 1440 == 0:
        many = minutes // 1440
        return translate("Latency", "%n day(s)", "", many)
    days = QLocale().toString(minutes / 1440, "g", 3)
    return translate("Latency", "{days} days").format(days=days)


def format_elapsed(seconds: float) -> str:
    """Exercise time as h:mm:ss."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def sentence(message: str) -> str:
    """A core message (written to follow a colon) as a sentence for a dialog or banner."""
    message = message.strip()
    if not message:
        return message
    first = message.split(maxsplit=1)[0]
    # a file name or an id keeps its case ("junk.tabletop: …", "intro: …")
    if not any(c in first for c in "./_:-") and not first[1:].isupper():
        message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def menu_text(text: str) -> str:
    """Text someone typed (a team's name, a decision), made safe for a menu entry: Qt takes
    a lone '&' for the mark of a keyboard mnemonic, drops it and underlines the next letter;
    a doubled one is shown as one."""
    return text.replace("&", "&&")
