"""Keys that must do what they say wherever the cursor is: Undo, and presses not doubled."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


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
