"""The console's actions and menus (File, Session, View, Help) with their keyboard shortcuts.

Every frequent action has a shortcut; Help → Keyboard shortcuts lists them all,
read from the actions themselves so the list can never drift from the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tabletop.gui.help import guide_action

# shortcuts that live in a field rather than in a menu
FIELD_SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        "Enter",
        "Record the decision (in the decision text or tags field); take the highlighted tag "
        "(in the list of tag suggestions); amend the selected decision (in the decision log)",
    ),
    ("Esc", "Close the list of tag suggestions without taking one"),
    ("Shift+Enter", "New line in the decision text"),
    ("Delete", "Withdraw the selected decision (in the decision log)"),
    ("Double-click", "Full screen on or off (on the projector window)"),
)


def _action(
    parent: QObject,
    text: str,
    name: str,
    shortcut: str | QKeySequence | QKeySequence.StandardKey = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


class ConsoleActions:
    """Every action of the console window, created once and placed in the menus."""

    def __init__(self, window: QMainWindow) -> None:
        a = _action
        # File
        self.new_session = a(
            window,
            "&New session…",
            "newSessionAction",
            "Ctrl+N",
            "Choose a deck and start a session",
        )
        self.open_deck = a(
            window,
            "&Open deck file…",
            "openDeckAction",
            "Ctrl+O",
            "Start a session from a deck file",
        )
        self.resume_session = a(
            window,
            "&Resume session file…",
            "resumeSessionAction",
            "Ctrl+Shift+O",
            "Reopen a session file where it was left",
        )
        self.new_deck = a(
            window, "New &deck…", "newDeckAction", "", "Write a new deck in the deck editor"
        )
        self.edit_deck = a(
            window,
            "&Edit this session's deck…",
            "editDeckAction",
            "",
            "Open the deck this session was started from in the deck editor",
        )
        self.export_report = a(
            window,
            "&Export after-action report…",
            "exportReportAction",
            "Ctrl+E",
            "Save the after-action report as a PDF",
        )
        self.export_record = a(
            window,
            "Export the &record…",
            "exportRecordAction",
            "",
            "Save the event log, the decisions or an evidence package of this session",
        )
        self.compare_sessions = a(
            window,
            "Co&mpare sessions…",
            "compareSessionsAction",
            "",
            "Compare class sections that played this deck, side by side (PDF)",
        )
        self.close_session = a(
            window,
            "&Close session",
            "closeSessionAction",
            "Ctrl+W",
            "Close this session (everything is saved) and go to the start screen",
        )
        self.quit = a(
            window, "&Quit", "quitAction", "Ctrl+Q", "Quit tabletop (everything is saved)"
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Session
        self.next_inject = a(
            window,
            "&Next inject",
            "nextInjectAction",
            "F5",
            "Deliver the inject the branches select",
        )
        self.next_inject.setAutoRepeat(False)  # holding F5 delivers one inject
        self.skip_inject = a(
            window, "&Skip inject…", "skipInjectAction", "F6", "Skip an inject, with a reason"
        )
        self.deliver_inject = a(
            window,
            "&Deliver a chosen inject…",
            "deliverInjectAction",
            "F7",
            "Deliver any inject not yet played, e.g. a contingency",
        )
        self.pause_clock = a(window, "&Pause or resume the clock", "pauseClockAction", "F9")
        self.raise_level = a(window, "&Raise escalation level", "raiseEscalationAction", "Ctrl+]")
        self.lower_level = a(window, "&Lower escalation level", "lowerEscalationAction", "Ctrl+[")
        self.focus_decision = a(
            window, "&Write a decision", "focusDecisionAction", "Ctrl+D", "Go to the decision text"
        )
        self.record_decision = a(window, "&Record decision", "recordDecisionAction", "Ctrl+Return")
        self.team_actions = [
            a(window, f"Team {n}", f"team{n}Action", f"Ctrl+{n}") for n in range(1, 10)
        ]
        self.focus_observation = a(
            window,
            "Write an &observation",
            "focusObservationAction",
            "Ctrl+L",
            "Go to the observation field",
        )
        self.evaluate = a(
            window,
            "E&valuate the current inject",
            "evaluateAction",
            "F8",
            "Judge the expected actions and rate the objectives (F8 again goes back)",
        )
        self.add_strength = a(window, "Note as a s&trength", "addStrengthAction", "Ctrl+Alt+S")
        self.add_improvement = a(
            window, "Note as an area for &improvement", "addImprovementAction", "Ctrl+Alt+I"
        )
        self.undo = a(
            window,
            "&Undo last action",
            "undoAction",
            "Ctrl+Z",
            "Take back the latest recorded action (the log keeps both)",
        )
        self.hotwash = a(
            window,
            "&Hot wash…",
            "hotwashAction",
            "Ctrl+Shift+H",
            "Strengths, areas for improvement, after-action questions, plan",
        )
        self.team_devices = a(
            window,
            "Team &devices…",
            "teamDevicesAction",
            "Ctrl+Shift+D",
            "Let teams play from their own phones and laptops: QR codes, join cards, devices",
        )
        self.end_session = a(
            window,
            "&End session…",
            "endSessionAction",
            "Ctrl+Shift+E",
            "End the session; the hot wash and report stay available",
        )
        # View
        self.projector = a(
            window,
            "&Projector window",
            "projectorAction",
            "Ctrl+Shift+P",
            "Show or hide the players' window",
        )
        self.projector.setCheckable(True)
        self.projector_full = a(
            window, "Projector &full screen", "projectorFullScreenAction", "F11"
        )
        self.projector_hold = a(
            window,
            "&Hold the projector (blank)",
            "projectorHoldAction",
            "Ctrl+B",
            "Blank the projector until you release it",
        )
        self.projector_hold.setCheckable(True)
        self.reset_layout = a(window, "&Reset panel layout", "resetLayoutAction")
        # Help
        self.shortcuts = a(window, "&Keyboard shortcuts", "shortcutsAction", "F1")
        self.guide = guide_action(window)
        self.about = a(window, "&About tabletop", "aboutAction")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        bar = window.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.new_session, self.open_deck, self.resume_session])
        file_menu.addSeparator()
        file_menu.addActions([self.new_deck, self.edit_deck])
        file_menu.addSeparator()
        file_menu.addActions([self.export_report, self.export_record, self.compare_sessions])
        file_menu.addSeparator()
        file_menu.addActions([self.close_session, self.quit])
        session = bar.addMenu("&Session")
        session.addActions([self.next_inject, self.skip_inject, self.deliver_inject])
        session.addSeparator()
        session.addActions([self.focus_decision, self.record_decision])
        teams = session.addMenu("Choose &team")
        teams.setObjectName("teamMenu")
        teams.addActions(self.team_actions)
        session.addSeparator()
        session.addActions([self.raise_level, self.lower_level, self.pause_clock])
        session.addSeparator()
        session.addActions(
            [self.focus_observation, self.add_strength, self.add_improvement, self.evaluate]
        )
        session.addSeparator()
        session.addAction(self.undo)
        session.addSeparator()
        session.addAction(self.team_devices)
        session.addSeparator()
        session.addActions([self.hotwash, self.end_session])
        view = bar.addMenu("&View")
        view.addActions([self.projector, self.projector_full, self.projector_hold])
        view.addSeparator()
        view.addAction(self.reset_layout)
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.shortcuts, self.guide, self.about])
        return {"file": file_menu, "session": session, "view": view, "help": help_menu}

    def all(self) -> list[QAction]:
        return [v for v in vars(self).values() if isinstance(v, QAction)] + self.team_actions


def shortcut_rows(menus: dict[str, QMenu]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, menu by menu, then field keys."""
    rows: list[tuple[str, str]] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu)
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.isVisible():
                rows.append((keys, action.text().replace("&", "").rstrip("…")))

    for menu in menus.values():
        walk(menu)
    rows.extend(FIELD_SHORTCUTS)
    return rows
