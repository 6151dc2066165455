"""Where windows open: inside their screen, frame included, whatever the screen's size."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
