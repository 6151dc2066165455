"""Small widgets the panels share: status badges, the message banner, panel headings."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from tabletop.gui.language import translate
from tabletop.gui.models import BADGE_ROLE
from tabletop.gui.style import Badge, badge_size, blend, ink, paint_badge, scaled_font, tint


def paint_item_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> None:
    """Draw a view item's background and selection as the style does, without text or icon."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    opt.icon = QIcon()
    widget = opt.widget
    if widget is not None:
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)


class BadgeDelegate(QStyledItemDelegate):
    """Draws a cell holding a :class:`Badge` as a badge; other cells as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badge = index.data(BADGE_ROLE)
        if not isinstance(badge, Badge):
            super().paint(painter, option, index)
            return
        paint_item_background(self, painter, option, index)
        rect = option.rect.adjusted(3, 2, -3, -2)
        paint_badge(painter, rect, badge, option.palette)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        badge = index.data(BADGE_ROLE)
        if not isinstance(badge, Badge):
            return super().sizeHint(option, index)
        size = badge_size(badge, option.font)
        return QSize(size.width() + 8, size.height() + 4)


class BadgeLabel(QWidget):
    """A badge on its own (channel status on the projector, a decision's outcome)."""

    def __init__(
        self, badge: Badge | None = None, parent: QWidget | None = None, factor: float = 1.0
    ) -> None:
        super().__init__(parent)
        self._badge = badge
        self._factor = factor
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if badge is not None:
            self.setAccessibleName(badge.label)

    @property
    def badge(self) -> Badge | None:
        return self._badge

    def set_badge(self, badge: Badge | None) -> None:
        self._badge = badge
        self.setAccessibleName(badge.label if badge else "")
        self.setToolTip(badge.label if badge else "")
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._badge.label if self._badge else ""

    def _font(self) -> QFont:
        return scaled_font(self, self._factor)

    def sizeHint(self) -> QSize:
        if self._badge is None:
            return QSize(0, 0)
        size = badge_size(self._badge, self._font(), padding=max(3, round(4 * self._factor)))
        return QSize(size.width() + 2, size.height() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._badge is None:
            return
        painter = QPainter(self)
        paint_badge(
            painter,
            self.rect(),
            self._badge,
            self.palette(),
            self._font(),
            padding=max(3, round(4 * self._factor)),
        )
        painter.end()


class MessageBanner(QFrame):
    """A plain-words message across the top of a window; never blocks the facilitator.

    Refusals (a missing reason, a session that has ended) fade after a while;
    file problems (disk full, read-only folder) stay until dismissed.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(translate("MessageBanner", "Message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        close = QToolButton(self)
        close.setText(translate("MessageBanner", "Dismiss"))
        close.setAccessibleName(translate("MessageBanner", "Dismiss message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def text(self) -> str:
        return self._text.text()

    def show_message(self, message: str, *, serious: bool = False, info: bool = False) -> None:
        color = "#1f5fa8" if info else ("#c0392b" if serious else "#b26a00")
        shape = "ring" if info else ("cross" if serious else "warn")
        badge = Badge("", shape, color)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, tint(color, palette, 0.22))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)
        self.setStyleSheet(f"#messageBanner {{ border: 1px solid {ink(color, palette).name()}; }}")
        size = self.fontMetrics().height() + 4
        self._icon.setPixmap(badge.icon.pixmap(QSize(size, size)))
        self._text.setText(message)
        self.setAccessibleDescription(message)
        self.show()
        self._timer.stop()
        if not serious:
            self._timer.start(12000)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.dismissed.emit()


def heading(text: str, parent: QWidget | None = None, factor: float = 1.1) -> QLabel:
    """A panel's title in bold, a little larger than the body text."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


def quiet(label: QLabel) -> QLabel:
    """Secondary text: the palette's quieter colour, still readable, still enabled."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.WindowText, blend(text, window))
    label.setPalette(palette)
    return label


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose Alt+letter goes to ``buddy`` (for rows holding a layout)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def shortened(text: str, limit: int) -> str:
    """``text`` whole when it has at most ``limit`` characters, else its beginning cut at a
    word and ending in "…", so that a cut title never reads as a whole (and wrong) one."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def clip_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` wrapped at word breaks into at most ``lines`` lines of ``width``, the last one
    ending in "…" when the text is longer."""
    out: list[str] = []
    line = ""
    words = text.split()
    for index, word in enumerate(words):
        candidate = f"{line} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not line:
            line = candidate
            continue
        out.append(line)
        line = word
        if len(out) == lines - 1:
            rest = " ".join([line, *words[index + 1 :]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return "\n".join(out)


class ElidedLabel(QLabel):
    """Text in one line (or ``lines`` wrapped lines) that ends in "…" when it does not fit;
    the whole text is its tooltip. Its height stays that of its lines, whatever the language."""

    def __init__(self, parent: QWidget | None = None, lines: int = 1) -> None:
        super().__init__(parent)
        self._lines = max(1, lines)
        vertical = QSizePolicy.Policy.Preferred if lines == 1 else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Ignored, vertical)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.update()

    def _lines_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self._lines + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        if self._lines == 1:
            return super().sizeHint()
        return QSize(super().sizeHint().width(), self._lines_height())

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height() if self._lines == 1 else self._lines_height()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        if self._lines == 1:
            shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            shown = clip_lines(self.text(), metrics, rect.width(), self._lines)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(rect, int(flags), shown)
        painter.end()
