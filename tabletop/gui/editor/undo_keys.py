"""The deck's Undo and Redo keys in every box of the deck editor.

A text or number box would take Ctrl+Z for its own undo, which is empty once the cursor
has moved on from the field just edited: the key would do nothing at all. Every box of
the editor leaves Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y to the window's Undo and Redo, which
take back the deck's last change wherever the cursor is.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget


def is_undo_key(event: QEvent) -> bool:
    """Whether the event asks to override an undo or redo shortcut (see the module)."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")
    )


class _DeckKeys(QObject):
    """Leaves Ctrl+Z and Ctrl+Y to the deck's Undo and Redo in a box it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_undo_key(event):
            event.ignore()  # not the box's own: the window's shortcut takes the key
            return True
        return False


_DECK_KEYS: list[_DeckKeys] = []


_Box = TypeVar("_Box", bound=QWidget)


def deck_keys(widget: _Box) -> _Box:
    """``widget`` (a line edit, a number or time box) passing Ctrl+Z and Ctrl+Y to the deck's
    Undo and Redo, as the form's text fields do; returns it."""
    if not _DECK_KEYS:
        _DECK_KEYS.append(_DeckKeys(QApplication.instance()))
    widget.installEventFilter(_DECK_KEYS[0])
    if isinstance(widget, QAbstractSpinBox):  # the key may reach its line edit too
        widget.lineEdit().installEventFilter(_DECK_KEYS[0])
    return widget
