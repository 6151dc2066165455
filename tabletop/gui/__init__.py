"""The Qt interface: thin views over tabletop.core.

The stable entry point for automation and tests is :func:`open_window`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


def open_window(argv: list[str]) -> QMainWindow:
    """Build the window ``tabletop`` would open for ``argv``, without entering the event loop.

    ``[]`` gives the start screen (default deck selected); ``["run", DECK_OR_ID]`` or
    ``["run", DECK_OR_ID, "--session", FILE]`` the console on a new session with the
    deck's default teams; ``["resume", FILE]`` the console on an existing session. When
    a session cannot be opened the start screen comes back saying why. The window is
    returned hidden; call ``show()``.
    """
    from tabletop.gui.app import window_for

    return window_for(list(argv))
