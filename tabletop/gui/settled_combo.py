"""A drop-down list whose choice is recorded once the user has settled on it.

The evaluation records a verdict or a rating the moment it is chosen. A plain
``QComboBox`` changes its value under the mouse wheel (so scrolling the page over it
would judge) and at each press of an arrow key on the closed box (so stepping from
"not rated" to M records P, S and M, and Undo brings back S, which nobody chose).
Here the wheel scrolls the page, never the box, and steps taken with the keyboard are
recorded where they stop: when the box loses the focus, or after a short pause. A
choice made in the opened list is recorded at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

SETTLE_MS = 800  # a pause in stepping this long means the user stopped there
_STEPS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}


class SettledCombo(QComboBox):
    """``chosen`` is emitted once for a value the user settled on (see the module)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not focus it
        self._stepping = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.currentIndexChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        if self._stepping:
            self._settle.start()  # recorded where the steps stop
        else:
            self.chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._stepping = Qt.Key(event.key()) in _STEPS and not self.view().isVisible()
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the page under it scrolls: a value is chosen from the list

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._settle.isActive():
            self._settled()
        super().focusOutEvent(event)

    def _settled(self) -> None:
        self._settle.stop()
        self.chosen.emit()
