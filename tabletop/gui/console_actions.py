"""The console's actions and menus (File, Session, View, Help) with their keyboard shortcuts.

Every frequent action has a shortcut; Help → Keyboard shortcuts lists them all,
read from the actions themselves so the list can never drift from the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from tabletop.gui.guide_menu import guide_action
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.preferences import preferences_action

# shortcuts that live in a field rather than in a menu: (keys, what they do)
FIELD_SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "ConsoleActions",
            "Record the decision (in the decision text or tags field); take the highlighted "
            "tag (in the list of tag suggestions); amend the selected decision (in the "
            "decision log)",
        ),
    ),
    (
        "Esc",
        QT_TRANSLATE_NOOP("ConsoleActions", "Close the list of tag suggestions without taking one"),
    ),
    ("Shift+Enter", QT_TRANSLATE_NOOP("ConsoleActions", "New line in the decision text")),
    (
        "Delete",
        QT_TRANSLATE_NOOP("ConsoleActions", "Withdraw the selected decision (in the decision log)"),
    ),
    (
        QT_TRANSLATE_NOOP("ConsoleActions", "Double-click"),
        QT_TRANSLATE_NOOP("ConsoleActions", "Full screen on or off (on the projector window)"),
    ),
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
            translate("ConsoleActions", "&New session…"),
            "newSessionAction",
            "Ctrl+N",
            translate("ConsoleActions", "Choose a deck and start a session"),
        )
        self.open_deck = a(
            window,
            translate("ConsoleActions", "&Open deck file…"),
            "openDeckAction",
            "Ctrl+O",
            translate("ConsoleActions", "Start a session from a deck file"),
        )
        self.resume_session = a(
            window,
            translate("ConsoleActions", "&Resume session file…"),
            "resumeSessionAction",
            "Ctrl+Shift+O",
            translate("ConsoleActions", "Reopen a session file where it was left"),
        )
        self.new_deck = a(
            window,
            translate("ConsoleActions", "New &deck…"),
            "newDeckAction",
            "",
            translate("ConsoleActions", "Write a new deck in the deck editor"),
        )
        self.edit_deck = a(
            window,
            translate("ConsoleActions", "&Edit this session's deck…"),
            "editDeckAction",
            "",
            translate(
                "ConsoleActions", "Open the deck this session was started from in the deck editor"
            ),
        )
        self.export_report = a(
            window,
            translate("ConsoleActions", "E&xport after-action report…"),
            "exportReportAction",
            "Ctrl+E",
            translate("ConsoleActions", "Save the after-action report as a PDF"),
        )
        self.export_record = a(
            window,
            translate("ConsoleActions", "Expor&t the record…"),
            "exportRecordAction",
            "",
            translate(
                "ConsoleActions",
                "Save the event log, the decisions or an evidence package of this session",
            ),
        )
        self.compare_sessions = a(
            window,
            translate("ConsoleActions", "Co&mpare sessions…"),
            "compareSessionsAction",
            "",
            translate(
                "ConsoleActions", "Compare class sections that played this deck, side by side (PDF)"
            ),
        )
        self.close_session = a(
            window,
            translate("ConsoleActions", "&Close session"),
            "closeSessionAction",
            "Ctrl+W",
            translate(
                "ConsoleActions",
                "Close this session (everything is saved) and go to the start screen",
            ),
        )
        self.quit = a(
            window,
            translate("ConsoleActions", "&Quit"),
            "quitAction",
            "Ctrl+Q",
            translate("ConsoleActions", "Quit tabletop (everything is saved)"),
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.preferences = preferences_action(window)
        # Session
        self.next_inject = a(
            window,
            translate("ConsoleActions", "&Next inject"),
            "nextInjectAction",
            "F5",
            translate("ConsoleActions", "Deliver the inject the branches select"),
        )
        self.next_inject.setAutoRepeat(False)  # holding F5 delivers one inject
        self.skip_inject = a(
            window,
            translate("ConsoleActions", "&Skip inject…"),
            "skipInjectAction",
            "F6",
            translate("ConsoleActions", "Skip an inject, with a reason"),
        )
        self.deliver_inject = a(
            window,
            translate("ConsoleActions", "&Deliver a chosen inject…"),
            "deliverInjectAction",
            "F7",
            translate("ConsoleActions", "Deliver any inject not yet played, e.g. a contingency"),
        )
        self.pause_clock = a(
            window,
            translate("ConsoleActions", "&Pause or resume the clock"),
            "pauseClockAction",
            "F9",
        )
        self.raise_level = a(
            window,
            translate("ConsoleActions", "R&aise escalation level"),
            "raiseEscalationAction",
            "Ctrl+]",
        )
        self.lower_level = a(
            window,
            translate("ConsoleActions", "&Lower escalation level"),
            "lowerEscalationAction",
            "Ctrl+[",
        )
        self.focus_decision = a(
            window,
            translate("ConsoleActions", "&Write a decision"),
            "focusDecisionAction",
            "Ctrl+D",
            translate("ConsoleActions", "Go to the decision text"),
        )
        self.record_decision = a(
            window,
            translate("ConsoleActions", "&Record decision"),
            "recordDecisionAction",
            "Ctrl+Return",
        )
        self.team_actions = [
            a(
                window,
                translate("ConsoleActions", "Team {number}").format(number=n),
                f"team{n}Action",
                f"Ctrl+{n}",
            )
            for n in range(1, 10)
        ]
        self.focus_observation = a(
            window,
            translate("ConsoleActions", "Write an &observation"),
            "focusObservationAction",
            "Ctrl+L",
            translate("ConsoleActions", "Go to the observation field"),
        )
        self.evaluate = a(
            window,
            translate("ConsoleActions", "E&valuate the current inject"),
            "evaluateAction",
            "F8",
            translate(
                "ConsoleActions",
                "Judge the expected actions and rate the objectives (F8 again goes back)",
            ),
        )
        self.add_strength = a(
            window,
            translate("ConsoleActions", "Note as a stren&gth"),
            "addStrengthAction",
            "Ctrl+Alt+S",
        )
        self.add_improvement = a(
            window,
            translate("ConsoleActions", "Note as an area for &improvement"),
            "addImprovementAction",
            "Ctrl+Alt+I",
        )
        self.undo = a(
            window,
            translate("ConsoleActions", "&Undo last action"),
            "undoAction",
            "Ctrl+Z",
            translate(
                "ConsoleActions", "Take back the latest recorded action (the log keeps both)"
            ),
        )
        self.hotwash = a(
            window,
            translate("ConsoleActions", "&Hot wash…"),
            "hotwashAction",
            "Ctrl+Shift+H",
            translate(
                "ConsoleActions", "Strengths, areas for improvement, after-action questions, plan"
            ),
        )
        self.team_devices = a(
            window,
            translate("ConsoleActions", "Team devi&ces…"),
            "teamDevicesAction",
            "Ctrl+Shift+D",
            translate(
                "ConsoleActions",
                "Let teams play from their own phones and laptops: QR codes, join cards, devices",
            ),
        )
        self.end_session = a(
            window,
            translate("ConsoleActions", "&End session…"),
            "endSessionAction",
            "Ctrl+Shift+E",
            translate("ConsoleActions", "End the session; the hot wash and report stay available"),
        )
        # View
        self.projector = a(
            window,
            translate("ConsoleActions", "&Projector window"),
            "projectorAction",
            "Ctrl+Shift+P",
            translate("ConsoleActions", "Show or hide the players' window"),
        )
        self.projector.setCheckable(True)
        self.projector_full = a(
            window,
            translate("ConsoleActions", "Projector &full screen"),
            "projectorFullScreenAction",
            "F11",
        )
        self.projector_hold = a(
            window,
            translate("ConsoleActions", "&Hold the projector (blank)"),
            "projectorHoldAction",
            "Ctrl+B",
            translate("ConsoleActions", "Blank the projector until you release it"),
        )
        self.projector_hold.setCheckable(True)
        self.reset_layout = a(
            window, translate("ConsoleActions", "&Reset panel layout"), "resetLayoutAction"
        )
        # Help
        self.shortcuts = a(
            window, translate("ConsoleActions", "&Keyboard shortcuts"), "shortcutsAction", "F1"
        )
        self.guide = guide_action(window)
        self.about = a(window, translate("ConsoleActions", "&About tabletop"), "aboutAction")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def build_menus(self, window: QMainWindow) -> dict[str, QMenu]:
        bar = window.menuBar()
        file_menu = bar.addMenu(translate("ConsoleActions", "&File"))
        file_menu.addActions([self.new_session, self.open_deck, self.resume_session])
        file_menu.addSeparator()
        file_menu.addActions([self.new_deck, self.edit_deck])
        file_menu.addSeparator()
        file_menu.addActions([self.export_report, self.export_record, self.compare_sessions])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addActions([self.close_session, self.quit])
        session = bar.addMenu(translate("ConsoleActions", "&Session"))
        session.addActions([self.next_inject, self.skip_inject, self.deliver_inject])
        session.addSeparator()
        session.addActions([self.focus_decision, self.record_decision])
        teams = session.addMenu(translate("ConsoleActions", "Choose &team"))
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
        view = bar.addMenu(translate("ConsoleActions", "&View"))
        view.addActions([self.projector, self.projector_full, self.projector_hold])
        view.addSeparator()
        view.addAction(self.reset_layout)
        help_menu = bar.addMenu(translate("ConsoleActions", "&Help"))
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
    for keys, text in FIELD_SHORTCUTS:
        rows.append((translated("ConsoleActions", keys), translated("ConsoleActions", text)))
    return rows
