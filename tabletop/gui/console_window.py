"""The facilitator console: one window with resizable panels to run a whole session.

Layout: the play bar and the clocks across the top; the inject timeline, the
current inject (the largest panel) and the observation line in the middle;
the decision recorder and the decision log (with observations) below; the
escalation meter and the channel board down the right. Panel sizes are saved
in the user's settings.
"""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine import Change
from tabletop.gui.channel_board import ChannelBoard, party_list
from tabletop.gui.clock_panel import ClockPanel
from tabletop.gui.console_actions import ConsoleActions, shortcut_rows
from tabletop.gui.console_memory import ConsoleMemory
from tabletop.gui.current_inject import CurrentInjectPanel
from tabletop.gui.decision_log import DecisionLogPanel
from tabletop.gui.decision_recorder import DecisionRecorder
from tabletop.gui.escalation_meter import EscalationPanel
from tabletop.gui.evaluation_panel import EvaluationPanel
from tabletop.gui.inject_timeline import InjectTimeline
from tabletop.gui.keyboard import QuickRepeatGuard
from tabletop.gui.language import translate
from tabletop.gui.observations import ObservationBar, ObservationList
from tabletop.gui.play_bar import PlayBar
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import menu_text, status_word
from tabletop.gui.team_console import TeamConsole
from tabletop.gui.widgets import MessageBanner, heading

if TYPE_CHECKING:
    from tabletop.gui.hotwash import HotwashWindow
    from tabletop.gui.projector import ProjectorWindow

SPLITTERS = ("main", "left", "top", "bottom", "right")


def _panel(title: str, body: QWidget, parent: QWidget) -> QWidget:
    """A panel: a bold heading over its content."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    layout.addWidget(heading(title, box))
    layout.addWidget(body, 1)
    return box


class ConsoleWindow(ConsoleMemory, QMainWindow):
    """The main window while a session runs."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        # the session's state is read once and lives as long as the window: kept out of the
        # garbage collector's full passes, which would otherwise walk every decision and
        # event of a long session and stall the console for a tenth of a second at a time
        gc.freeze()
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.controller = controller
        controller.setParent(self)
        self.actions_ = ConsoleActions(self)
        self.menus = self.actions_.build_menus(self)
        self.hotwash_window: HotwashWindow | None = None
        self.next_guard = QuickRepeatGuard(1.0)
        self._projector: ProjectorWindow | None = None  # made when first shown
        self._build()
        self._connect()
        self.team_console = TeamConsole(self)
        self._restore_layout()
        self._restore_drafts()
        self.recorder.keep_draft = self._save_drafts
        # what is typed but not yet recorded is kept every few seconds, so even a crash
        # loses at most the last few words of a draft
        self._saved_drafts = self._drafts()
        controller.tick.connect(self._keep_drafts)
        self._update_title()
        self._update_actions()
        self.statusBar().showMessage(
            translate("ConsoleWindow", "Session file: {path}").format(path=controller.path)
        )
        gc.freeze()  # the panels too

    @property
    def projector(self) -> ProjectorWindow:
        """The players' window, made when first needed: a class starts before it is shown."""
        if self._projector is None:
            from tabletop.gui.projector import ProjectorWindow

            self._projector = ProjectorWindow(self.controller, self)
            self._projector.setVisible(False)
            self._projector.set_held(self.actions_.projector_hold.isChecked())
        return self._projector

    # -- building --------------------------------------------------------------------

    def _build(self) -> None:
        c = self.controller
        act = self.actions_
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 4, 6, 2)
        outer.setSpacing(4)
        self.banner = MessageBanner(central)
        self.play_bar = PlayBar(
            c,
            next_action=act.next_inject,
            skip_action=act.skip_inject,
            deliver_action=act.deliver_inject,
            hotwash_action=act.hotwash,
            parent=central,
        )
        self.clock = ClockPanel(c, act.pause_clock, central)
        top_row = QHBoxLayout()
        top_row.addWidget(self.play_bar, 1)
        top_row.addSpacing(12)
        top_row.addWidget(self.clock)
        outer.addWidget(self.banner)
        outer.addLayout(top_row)

        self.timeline = InjectTimeline(c, central)
        self.current = CurrentInjectPanel(c, central)
        self.evaluation = EvaluationPanel(c, central)
        self.observation_bar = ObservationBar(c, central)
        self.inject_tabs = QTabWidget(central)
        self.inject_tabs.setObjectName("injectTabs")
        self.inject_tabs.setDocumentMode(True)
        self.inject_tabs.addTab(self.current, translate("ConsoleWindow", "Current inject"))
        self.inject_tabs.addTab(self.evaluation, translate("ConsoleWindow", "Evaluation"))
        self.evaluation.progress_changed.connect(self._show_evaluation_progress)
        self.evaluation.refresh_progress()
        current_box = QWidget(central)
        current_layout = QVBoxLayout(current_box)
        current_layout.setContentsMargins(4, 4, 4, 4)
        current_layout.addWidget(self.inject_tabs, 1)
        current_layout.addWidget(self.observation_bar)
        self.recorder = DecisionRecorder(c, central)
        self.log = DecisionLogPanel(c, central)
        self.observation_list = ObservationList(c, central)
        self.log_tabs = QTabWidget(central)
        self.log_tabs.setObjectName("logTabs")
        self.log_tabs.addTab(self.log, translate("ConsoleWindow", "Decision log"))
        self.log_tabs.addTab(self.observation_list, translate("ConsoleWindow", "Observations"))
        self.escalation = EscalationPanel(
            c, raise_action=act.raise_level, lower_action=act.lower_level, parent=central
        )
        self.channels = ChannelBoard(c, central)

        self.splitters: dict[str, QSplitter] = {}
        top = self._splitter("top", Qt.Orientation.Horizontal, central)
        top.addWidget(_panel(translate("ConsoleWindow", "Injects"), self.timeline, top))
        top.addWidget(current_box)
        bottom = self._splitter("bottom", Qt.Orientation.Horizontal, central)
        bottom.addWidget(
            _panel(translate("ConsoleWindow", "Record a decision"), self.recorder, bottom)
        )
        bottom.addWidget(self.log_tabs)
        left = self._splitter("left", Qt.Orientation.Vertical, central)
        left.addWidget(top)
        left.addWidget(bottom)
        right = self._splitter("right", Qt.Orientation.Vertical, central)
        right.addWidget(_panel(translate("ConsoleWindow", "Escalation"), self.escalation, right))
        right.addWidget(_panel(translate("ConsoleWindow", "Channels"), self.channels, right))
        main = self._splitter("main", Qt.Orientation.Horizontal, central)
        main.addWidget(left)
        main.addWidget(right)
        outer.addWidget(main, 1)
        self.setCentralWidget(central)
        self._default_sizes()
        self.setMinimumSize(960, 600)

    def _connect(self) -> None:
        c = self.controller
        act = self.actions_
        act.next_inject.triggered.connect(self.next_inject)
        act.skip_inject.triggered.connect(lambda: self.skip_inject())
        act.deliver_inject.triggered.connect(lambda: self.deliver_inject())
        act.pause_clock.triggered.connect(c.toggle_clock)
        act.raise_level.triggered.connect(lambda: self.escalation.step(+1))
        act.lower_level.triggered.connect(lambda: self.escalation.step(-1))
        act.focus_decision.triggered.connect(lambda: self.recorder.text_edit.setFocus())
        act.record_decision.triggered.connect(self.recorder.record)
        for number, action in enumerate(act.team_actions, start=1):
            action.triggered.connect(partial(self.recorder.select_team, number))
        act.focus_observation.triggered.connect(lambda: self.observation_bar.edit.setFocus())
        act.evaluate.triggered.connect(self.toggle_evaluation)
        act.add_strength.triggered.connect(lambda: self.observation_bar.add("strength"))
        act.add_improvement.triggered.connect(lambda: self.observation_bar.add("improvement"))
        act.undo.triggered.connect(self.undo)
        act.hotwash.triggered.connect(self.show_hotwash)
        act.end_session.triggered.connect(self.end_session)
        act.projector.toggled.connect(self._projector_toggled)
        act.projector_full.triggered.connect(self._projector_full_screen)
        act.projector_hold.toggled.connect(self._hold_projector)
        act.reset_layout.triggered.connect(self._default_sizes)
        act.export_report.triggered.connect(self.export_report)
        act.export_record.triggered.connect(self._export_record)
        act.compare_sessions.triggered.connect(self._compare_sessions)
        act.new_session.triggered.connect(self._new_session)
        act.open_deck.triggered.connect(self._open_deck)
        act.resume_session.triggered.connect(self._resume_session)
        act.new_deck.triggered.connect(lambda: self._open_editor(None))
        act.edit_deck.triggered.connect(self._edit_deck)
        act.close_session.triggered.connect(self._close_session)
        act.quit.triggered.connect(self._quit)
        act.shortcuts.triggered.connect(self.show_shortcuts)
        act.about.triggered.connect(self._about)
        self.timeline.deliver_requested.connect(self.deliver_inject)
        self.timeline.skip_requested.connect(self.skip_inject)
        c.failed.connect(self._failed)
        c.changed.connect(self._announce_agreement)
        c.action_done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        c.session_changed.connect(self._update_title)
        # every change can move what Undo takes back (a pause, an observation, a verdict …)
        c.changed.connect(self._update_actions)

    # -- state of the window ----------------------------------------------------------

    def _update_title(self) -> None:
        if not self.controller.is_open:
            return
        state = self.controller.state
        name = state.name or self.controller.deck.title
        if state.ended:
            title = translate("ConsoleWindow", "{session} (ended) — tabletop")
        else:
            title = translate("ConsoleWindow", "{session} — tabletop")
        self.setWindowTitle(title.format(session=name))

    def _update_actions(self) -> None:
        if not self.controller.is_open:
            return
        state = self.controller.state
        live = not state.ended
        pending = any(r.status == "pending" for r in state.injects.values())
        upcoming = self.controller.next_inject()
        # at the end of the story line F5 leads to the hot wash, as the big button does
        at_end = state.ended or upcoming.is_end
        self.actions_.next_inject.setText(
            translate("ConsoleActions", "&Hot wash and end")
            if at_end
            else translate("ConsoleActions", "&Next inject")
        )
        self.actions_.skip_inject.setEnabled(live and pending)
        self.actions_.deliver_inject.setEnabled(live and pending)
        for action in (
            self.actions_.pause_clock,
            self.actions_.raise_level,
            self.actions_.lower_level,
            self.actions_.record_decision,
            self.actions_.end_session,
        ):
            action.setEnabled(live)
        teams = state.teams
        for number, action in enumerate(self.actions_.team_actions, start=1):
            action.setVisible(number <= len(teams))
            if number <= len(teams):
                action.setText(menu_text(teams[number - 1].name))
            action.setEnabled(live)
        undo = self.controller.undo_description()
        self.actions_.undo.setEnabled(bool(undo))
        shown = undo if len(undo) <= 96 else undo[:95] + "…"
        self.actions_.undo.setText(
            translate("ConsoleActions", "&Undo: {action}").format(action=menu_text(shown))
            if undo
            else translate("ConsoleActions", "&Undo last action")
        )
        self.actions_.undo.setStatusTip(
            translate("ConsoleWindow", "Undo: {action}").format(action=undo) if undo else ""
        )

    def _announce_agreement(self, change: Change) -> None:
        """An agreement to open a channel is news for the room: say what it did, and when a
        channel opens, say so where the facilitator is looking."""
        event = change.event
        data = event.data if isinstance(event.data, dict) else {}
        decision = change.decision
        if event.type != "decision_recorded" or data.get("kind") != "agree_channel":
            return
        if decision is None or not self.controller.deck.has_channel(decision.channel):
            return
        state = self.controller.state
        name = state.deck.channel(decision.channel).name
        team = state.team_name(decision.team)
        status = state.channel_status(decision.channel)
        history = state.channels[decision.channel].history
        opened_now = bool(history) and history[-1].seq == event.seq
        agreed, waiting = state.pending_agreement(decision.channel)
        if status is ChannelStatus.OPEN and opened_now:
            text = translate(
                "ConsoleWindow",
                "{channel} is now OPEN: every party has agreed ({decision}, {team}).",
            )
        elif status is ChannelStatus.PROPOSED:
            text = translate(
                "ConsoleWindow",
                "{decision}: {team} agrees to open {channel}. Agreed so far: {agreed}; it opens "
                "when {waiting} agree too.",
            )
        else:
            text = translate(
                "ConsoleWindow", "{decision}: {team}'s agreement recorded ({channel} is {status})."
            )
        language = state.language
        self.banner.show_message(
            text.format(
                channel=name,
                decision=decision.id,
                team=team,
                agreed=party_list(agreed, language),
                waiting=party_list(waiting, language),
                status=status_word(status),
            ),
            info=True,
        )

    def _show_evaluation_progress(self, judged: int, total: int) -> None:
        if total:
            text = translate("ConsoleWindow", "Evaluation ({judged} of {total})").format(
                judged=judged, total=total
            )
        else:
            text = translate("ConsoleWindow", "Evaluation")
        self.inject_tabs.setTabText(1, text)
        self.inject_tabs.setTabToolTip(
            1,
            translate(
                "ConsoleWindow",
                "Judge the expected actions and rate the objectives of an inject (F8)",
            ),
        )

    def toggle_evaluation(self) -> None:
        """F8: to the evaluation of the current inject, and back to the inject."""
        if self.inject_tabs.currentWidget() is self.evaluation:
            self.inject_tabs.setCurrentWidget(self.current)
            return
        self.inject_tabs.setCurrentWidget(self.evaluation)
        self.evaluation.focus_first()

    def _failed(self, message: str, serious: bool) -> None:
        self.banner.show_message(message, serious=serious)
        self.statusBar().showMessage(message, 8000)

    # -- play -------------------------------------------------------------------------

    def next_inject(self) -> None:
        """Deliver the next inject (F5); at the end of the story line, open the hot wash.

        A second press within a second of a delivery is taken for a double press
        and ignored, so one quick double F5 never delivers two injects.
        """
        if self.controller.ended or self.controller.next_inject().is_end:
            self.show_hotwash()
            return
        if not self.next_guard.allow():
            self.statusBar().showMessage(
                translate(
                    "ConsoleWindow",
                    "Next inject pressed twice in quick succession: one inject was delivered. "
                    "Press again to deliver the next.",
                ),
                8000,
            )
            return
        if not self.controller.deliver_next():
            self.next_guard.clear()

    def skip_inject(self, inject_id: str = "") -> None:
        default = inject_id or self.controller.next_inject().inject
        from tabletop.gui.dialogs import SkipDialog  # loaded when first needed

        dialog = SkipDialog(self.controller.state, default, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.skip(dialog.text(), dialog.inject_id() or None)

    def deliver_inject(self, inject_id: str = "") -> None:
        from tabletop.gui.dialogs import DeliverDialog  # loaded when first needed

        dialog = DeliverDialog(self.controller.state, self)
        if inject_id:
            dialog.select(inject_id)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.inject_id():
            self.controller.deliver(dialog.inject_id())

    def undo(self) -> None:
        self.controller.undo_last()

    def show_hotwash(self) -> HotwashWindow:
        from tabletop.gui.hotwash import HotwashWindow  # loaded when first needed

        if self.hotwash_window is None:
            self.hotwash_window = HotwashWindow(
                self.controller,
                end_action=self.actions_.end_session,
                export_action=self.actions_.export_report,
                parent=self,
            )
        self.hotwash_window.show()
        self.hotwash_window.raise_()
        self.hotwash_window.activateWindow()
        return self.hotwash_window

    def end_session(self) -> None:
        if self.controller.ended:
            return
        answer = QMessageBox.question(
            self,
            translate("ConsoleWindow", "End the session"),
            translate(
                "ConsoleWindow",
                "End the session now? No more injects or decisions can be recorded. The hot "
                "wash, observations and improvement plan stay editable, and the report can be "
                "exported.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.controller.end():
            self.banner.show_message(
                translate(
                    "ConsoleWindow",
                    "The session has ended. Export the after-action report with File → Export "
                    "after-action report (Ctrl+E).",
                ),
                info=True,
            )

    # -- projector ----------------------------------------------------------------------

    def _projector_toggled(self, on: bool) -> None:
        if on:
            self.projector.show_on_best_screen(self)
        else:
            self.projector.hide()

    def _hold_projector(self, held: bool) -> None:
        if self._projector is not None:  # made later, it reads the hold from the action
            self._projector.set_held(held)

    def _projector_full_screen(self) -> None:
        if not self.projector.isVisible():
            self.actions_.projector.setChecked(True)
        self.projector.toggle_full_screen()

    # -- report, decks, other sessions -------------------------------------------------

    def _export_record(self) -> None:
        from tabletop.gui import record_dialogs  # loaded when first used

        record_dialogs.export_record_interactive(self, self.controller.session.path)

    def _compare_sessions(self) -> None:
        from tabletop.gui import record_dialogs  # loaded when first used

        session = self.controller.session
        record_dialogs.compare_interactive(self, session.path, session.deck.id)

    def export_report(self) -> None:
        try:
            from tabletop.gui.report_export import export_report_interactive
        except ImportError:
            self.banner.show_message(
                translate(
                    "ConsoleWindow",
                    "Exporting the after-action report is not available in this installation of "
                    "tabletop. The session file holds everything needed to build it later.",
                ),
                serious=False,
            )
            return
        export_report_interactive(self, self.controller.session)

    def _open_editor(self, path: Path | None) -> None:
        from tabletop.gui import navigation

        navigation.open_editor(self, path)

    def show_message(self, message: str, *, serious: bool = False) -> None:
        self.banner.show_message(message, serious=serious)

    def _edit_deck(self) -> None:
        source = self.controller.session.file.meta.get("deck_source", "")
        path = Path(source) if source else None
        if path is None or not path.is_file():
            self.banner.show_message(
                translate(
                    "ConsoleWindow",
                    "The deck file this session started from is no longer where it was ({path}).",
                ).format(path=source or translate("ConsoleWindow", "unknown"))
            )
            return
        self._open_editor(path)

    def _new_session(self) -> None:
        from tabletop.gui import navigation

        navigation.show_start_screen(self)

    def _open_deck(self) -> None:
        from tabletop.gui import navigation

        navigation.choose_deck_file(self)

    def _resume_session(self) -> None:
        from tabletop.gui import navigation

        navigation.choose_session_file(self)

    def _close_session(self) -> None:
        from tabletop.gui import navigation

        if self.close():
            navigation.show_start_screen(None)

    def _quit(self) -> None:
        app = QApplication.instance()
        if self.close() and isinstance(app, QApplication):
            app.closeAllWindows()

    # -- help -------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        return shortcut_rows(self.menus)

    def show_shortcuts(self) -> None:
        from tabletop.gui.help import ShortcutsDialog

        ShortcutsDialog(self.shortcut_rows(), self).open()

    def _about(self) -> None:
        from tabletop import __version__

        QMessageBox.about(
            self,
            translate("ConsoleWindow", "About tabletop"),
            f"<b>tabletop {__version__}</b><p>"
            + translate(
                "ConsoleWindow",
                "Run crisis tabletop exercises in a classroom: inject decks, a facilitator "
                "console, a projector view and an after-action report.",
            )
            + "</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # every recorded action is already on disk; keep what was typed but not yet recorded
        from tabletop.gui import navigation

        if self.controller.is_open:
            if self.hotwash_window is not None:
                self.hotwash_window.save_answers()
                self.hotwash_window.save_drafts()
                self.hotwash_window.hide()
            self._save_drafts()
            self._save_layout()
            if self._projector is not None:
                self._projector.hide()
            self.team_console.shutdown()
            self.controller.stop_clock_for_close()
            self.controller.close()
            gc.unfreeze()
        navigation.forget(self)
        super().closeEvent(event)
