"""Small widgets the panels share: status badges, the message banner, panel headings."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

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
        self.setAccessibleName("Message")
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
        close.setText("Dismiss")
        close.setAccessibleName("Dismiss message")
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


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when it does not fit; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.end()


# the window manager's frame around a window not yet shown (title bar, borders)
FRAME_GUESS = QMargins(4, 32, 4, 4)


def fit_on_screen(window: QWidget, size: QSize | None = None) -> None:
    """Size and place a top-level window so that it, frame included, lies inside its screen.

    ``size`` is the size wanted (default: the window's own); it shrinks to the
    screen's available area, and the window moves in from any edge it crosses.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    inner = window.geometry()
    if window.isVisible() and frame != inner:
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    else:
        margins = FRAME_GUESS
    wanted = size or window.size()
    width = max(1, min(wanted.width(), area.width() - margins.left() - margins.right()))
    height = max(1, min(wanted.height(), area.height() - margins.top() - margins.bottom()))
    window.resize(width, height)
    left = min(
        max(frame.left(), area.left()), area.right() + 1 - width - margins.left() - margins.right()
    )
    top = min(
        max(frame.top(), area.top()), area.bottom() + 1 - height - margins.top() - margins.bottom()
    )
    window.move(max(left, area.left()), max(top, area.top()))


def center_on_screen(window: QWidget) -> None:
    """Put a top-level window in the middle of its screen's available area."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if not window.isVisible() or frame == window.geometry():
        frame = frame.marginsAdded(FRAME_GUESS)
    window.move(
        area.left() + max(0, (area.width() - frame.width()) // 2),
        area.top() + max(0, (area.height() - frame.height()) // 2),
    )


class QuickRepeatGuard:
    """Refuses a second go within ``seconds`` of the last one (a double press, a key held)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last: float | None = None

    def allow(self) -> bool:
        now = time.monotonic()
        if self._last is not None and now - self._last < self.seconds:
            return False
        self._last = now
        return True

    def clear(self) -> None:
        self._last = None


class UndoPassesThrough(QObject):
    """Lets the window's Undo (Ctrl+Z) act when a text field has nothing of its own to undo.

    A text field claims Ctrl+Z for itself even when empty; right after a
    decision is recorded (and its field cleared) Ctrl+Z must take the decision back.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not _can_undo(watched)
        ):
            event.ignore()
            return True  # not accepted: the shortcut goes to the window's action
        return False


def _can_undo(widget: QObject) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        return widget.document().isUndoAvailable()
    return True


def let_undo_pass(*widgets: QWidget) -> None:
    """Install :class:`UndoPassesThrough` on these text fields."""
    for widget in widgets:
        widget.installEventFilter(_undo_filter(widget))


def _undo_filter(widget: QWidget) -> UndoPassesThrough:
    found = widget.findChild(UndoPassesThrough, "undoPassesThrough")
    if found is None:
        found = UndoPassesThrough(widget)
        found.setObjectName("undoPassesThrough")
    return found


class TagsEdit(QLineEdit):
    """Comma-separated tags, with the tags already used offered as the last one is typed.

    The field keeps one completer for its whole life and grows its list as tags
    appear: a completer is never replaced or deleted while it may be handling a
    key. While the list of suggestions is open, Enter or Tab takes the
    highlighted suggestion (the first, unless another is chosen with the arrow
    keys) and closes the list; Esc closes it without taking one. Only an Enter
    with no list open reaches the field (and records, where the field records).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Callable[[], Iterable[str]] | None = None
        self._known: list[str] = []  # sorted by casefold, no duplicates
        self._keys: list[str] = []  # the casefold of each, for bisect
        self._model = QStringListModel(self)
        self.suggestions = QCompleter(self._model, self)
        self.suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.suggestions.setWidget(self)
        self.suggestions.activated.connect(self._activated)
        popup = self.suggestions.popup()
        assert popup is not None  # the completer makes its list on first asking
        self._popup: QAbstractItemView = popup
        # installed after the completer's own filter, so it sees the popup's keys first
        popup.installEventFilter(self)
        popup.setObjectName("tagSuggestions")
        self.textEdited.connect(self._suggest)

    # -- the tags known so far ---------------------------------------------------------

    def known(self) -> list[str]:
        return list(self._known)

    def set_source(self, source: Callable[[], Iterable[str]]) -> None:
        """Where the tags to offer come from: read once, when the field is first used."""
        self._source = source

    def _read_source(self) -> None:
        source = self._source
        if source is not None:
            self._source = None
            known = self.known()
            self.set_known([*source(), *known])

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._read_source()
        super().focusInEvent(event)

    def set_known(self, tags: Iterable[str]) -> None:
        """Offer exactly these tags (on opening: one sort, one model reset)."""
        first: dict[str, str] = {}
        for tag in tags:
            tag = tag.strip()
            if tag:
                first.setdefault(tag.casefold(), tag)
        self._keys = sorted(first)
        self._known = [first[key] for key in self._keys]
        self._model.setStringList(self._known)

    def add_known(self, tags: Iterable[str]) -> None:
        """Offer these tags from now on (each insertion costs O(log n) to place)."""
        if self._source is not None:
            return  # the source, read when the field is first used, will have them
        for tag in tags:
            tag = tag.strip()
            key = tag.casefold()
            if not tag:
                continue
            row = bisect.bisect_left(self._keys, key)
            if row < len(self._keys) and self._keys[row] == key:
                continue
            self._keys.insert(row, key)
            self._known.insert(row, tag)
            self._model.insertRows(row, 1)
            self._model.setData(self._model.index(row, 0), tag)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    # -- completing the tag being typed -----------------------------------------------

    def _typed(self) -> tuple[str, str]:
        """The text before the tag being typed, and that tag so far."""
        text = self.text()
        head, comma, last = text.rpartition(",")
        return (head + comma, last.strip())

    def _suggest(self) -> None:
        self._read_source()
        popup = self._popup
        _head, typed = self._typed()
        if not typed:
            popup.hide()
            return
        self.suggestions.setCompletionPrefix(typed)
        count = self.suggestions.completionCount()
        if count == 0 or (count == 1 and self.suggestions.currentCompletion() == typed):
            popup.hide()
            return
        self.suggestions.complete()
        popup.setCurrentIndex(self.suggestions.completionModel().index(0, 0))

    def _activated(self, chosen: object) -> None:
        # a click on a suggestion (the keys are handled in eventFilter)
        if isinstance(chosen, (QModelIndex, QPersistentModelIndex)):
            chosen = chosen.data()
        self.take_suggestion(str(chosen))

    def take_suggestion(self, tag: str) -> None:
        """Put a suggested tag in place of the one being typed."""
        head, _typed = self._typed()
        self.setText(f"{head} {tag}" if head else tag)
        self._popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self._popup
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and popup.isVisible()
        ):
            index = popup.currentIndex()
            if not index.isValid():
                index = self.suggestions.completionModel().index(0, 0)
            popup.hide()
            if index.isValid():
                self.take_suggestion(str(index.data()))
            return True
        return super().eventFilter(watched, event)
