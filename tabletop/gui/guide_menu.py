"""Help → Facilitator's guide, for any window's Help menu; the guide's window (and all it
needs) loads when the guide is first opened."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from tabletop.gui.language import translate


def guide_action(parent: QWidget, shortcut: str = "") -> QAction:
    """An action that opens the facilitator's guide beside ``parent``'s window."""
    action = QAction(translate("GuideWindow", "&Facilitator's guide"), parent)
    action.setObjectName("guideAction")
    action.setStatusTip(
        translate(
            "GuideWindow", "Preparing, running a session, the hot wash, the report, every shortcut"
        )
    )
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: _open(parent))
    return action


def _open(parent: QWidget) -> None:
    from tabletop.gui.help import open_guide

    open_guide(parent.window())
