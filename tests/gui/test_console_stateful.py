"""A model-based test of the console: random sequences of what a facilitator does, through the
real widgets, with the session file, the listing and the projector checked after every step.

Keys are pressed and dialogs answered as a facilitator would: F5, F6, F7, Ctrl+1…3, tags
typed through the completer (Enter on a suggestion, or Esc), Enter to record, Enter on a log
row to amend, Delete to withdraw, Ctrl+Z, F8, F9, Ctrl+Shift+P, the channel board's menus,
closing the window and reopening the file, ending the session. After every step:

* no exception escaped a slot and Qt printed no warning;
* the decision log shows exactly the decisions in the session file, in order, with the
  same ids (each unique) and the same withdrawn ones; its totals are right;
* the escalation suggestion equals the sum worked out from scratch;
* the session listing says the file is in use, running or ended — never damaged;
* the projector shows no facilitator notes, questions or expected actions, no inject
  that was not delivered and no team-only card;
* a decision just recorded is not kept as a draft.

Bounded for CI (TABLETOP_STATEFUL_EXAMPLES, TABLETOP_STATEFUL_STEPS raise it); on a failure
Hypothesis prints the steps, the seed and a blob to reproduce it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine import open_state
from tabletop.core.engine.state import SessionState
from tabletop.core.store import summarize
from tabletop.gui import navigation, open_window
from tabletop.gui import settings as gui_settings
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.dialogs import AmendDialog, DeliverDialog, ReasonDialog, SkipDialog

DECKS = Path(__file__).resolve().parents[1] / "data" / "decks"
# a branch, a contingency, objectives and expected actions; and team-only cards
DECK_NAMES = ("minimal.yaml", "team-cards.yaml")
TAGS = ("query", "quest", "hotline", "attribution")
WORDS = st.text(alphabet="abcdefghij klmnop", min_size=0, max_size=14)
# what the offscreen test platform says about itself: not a problem of the app
PLATFORM_NOTICES = ("This plugin does not support",)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Watch:
    """Collects Qt warnings and exceptions raised in slots while the machine runs."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def message(self, kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(text.startswith(n) for n in PLATFORM_NOTICES):
            self.problems.append(f"Qt {kind.name}: {text}")

    def exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.problems.append(f"exception in a slot: {kind.__name__}: {value}")

    def take(self) -> list[str]:
        found, self.problems = self.problems, []
        return found


WATCH = Watch()


def answer(fill: Callable[[QDialog], Any], expected: type[QDialog]) -> list[bool]:
    """Arrange for the next modal dialog of this kind to be filled in; the list says if it was."""
    done: list[bool] = []
    tries = [0]

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, expected):
            fill(dialog)
            done.append(True)
            return
        tries[0] += 1
        if tries[0] < 100:
            QTimer.singleShot(5, act)

    QTimer.singleShot(0, act)
    return done


def expected_suggestion(state: SessionState) -> int:
    """The escalation the decisions since the last level change suggest, from scratch."""
    since = 0
    for change in state.levels:
        if change.cause != "messages arrived":
            since = max(since, change.seq)
    return sum(d.escalation for d in state.active_decisions() if d.seq > since)


class ConsoleMachine(RuleBasedStateMachine):
    """A facilitator at the console, doing random things a facilitator does."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="console-machine-"))
        self.path = self.folder / "class.tabletop"
        self.window: ConsoleWindow | None = None
        self.recorded: list[str] = []  # texts of the decisions recorded through the recorder

    # -- the window ---------------------------------------------------------------------

    @initialize(deck=st.sampled_from(DECK_NAMES))
    def open_console(self, deck: str) -> None:
        window = open_window(["run", str(DECKS / deck), "--session", str(self.path)])
        assert isinstance(window, ConsoleWindow)
        self._show(window)

    def _show(self, window: ConsoleWindow) -> None:
        self.window = window
        window.resize(1280, 720)
        window.show()
        self._focus()

    def _focus(self) -> ConsoleWindow:
        window = self.window
        assert window is not None
        window.activateWindow()
        QApplication.processEvents()
        return window

    def _key(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        window = self._focus()
        target = QApplication.focusWidget() or window
        QTest.keyClick(target, key, modifiers)
        QApplication.processEvents()

    @property
    def state(self) -> SessionState:
        assert self.window is not None
        return self.window.controller.state

    def teardown(self) -> None:
        for window in navigation.open_windows():
            window.close()
        navigation._open_windows.clear()
        QApplication.processEvents()

    # -- play ---------------------------------------------------------------------------

    @rule()
    def next_inject(self) -> None:
        window = self._focus()
        window.next_guard.clear()  # a deliberate press, not the second half of a double one
        before = len(self.state.delivered())
        at_end = self.state.ended or window.controller.next_inject().is_end
        self._key(Qt.Key.Key_F5)
        if at_end:
            hotwash = window.hotwash_window
            assert hotwash is not None and hotwash.isVisible()
            hotwash.hide()
        else:
            assert len(self.state.delivered()) == before + 1

    @rule(choice=st.integers(0, 10))
    def deliver_chosen(self, choice: int) -> None:
        if self.state.ended or all(self.state.passed(i.id) for i in self.state.deck.injects):
            return

        def pick(dialog: QDialog) -> None:
            assert isinstance(dialog, DeliverDialog)
            dialog.list.setCurrentRow(choice % dialog.list.count())
            dialog.accept()

        before = len(self.state.delivered())
        done = answer(pick, DeliverDialog)
        self._key(Qt.Key.Key_F7)
        assert done and len(self.state.delivered()) == before + 1

    @rule(reason=WORDS)
    def skip(self, reason: str) -> None:
        if self.state.ended or all(self.state.passed(i.id) for i in self.state.deck.injects):
            return

        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, SkipDialog)
            QTest.keyClicks(dialog.reason, reason)
            if reason.strip():
                dialog.accept()
            else:
                dialog.reject()  # OK stays disabled without a reason

        before = len(self.state.skipped())
        done = answer(fill, SkipDialog)
        self._key(Qt.Key.Key_F6)
        assert done
        assert len(self.state.skipped()) == before + (1 if reason.strip() else 0)

    # -- decisions ----------------------------------------------------------------------

    @rule(
        team=st.integers(1, 3),
        kind=st.sampled_from(["action", "message", "statement", "agree_channel"]),
        channel=st.integers(0, 8),
        text=WORDS,
        tags=st.lists(
            st.tuples(st.sampled_from(TAGS), st.integers(2, 6), st.booleans()), max_size=3
        ),
    )
    def record(
        self, team: int, kind: str, channel: int, text: str, tags: list[tuple[str, int, bool]]
    ) -> None:
        window = self._focus()
        recorder = window.recorder
        if not recorder.record_button.isEnabled():
            return
        recorder.text_edit.setFocus()
        self._key(Qt.Key.Key_0 + team, CTRL)
        recorder.channel_combo.setCurrentIndex(channel % recorder.channel_combo.count())
        recorder.kind_combo.setCurrentIndex(recorder.kind_combo.findData(kind))
        recorder.text_edit.setFocus()
        recorder.text_edit.clear()
        QTest.keyClicks(recorder.text_edit, text)
        recorder.tags_edit.setFocus()
        recorder.tags_edit.clear()
        for number, (tag, length, take) in enumerate(tags):
            if number:
                QTest.keyClicks(recorder.tags_edit, ", ")
            QTest.keyClicks(recorder.tags_edit, tag[:length])
            QApplication.processEvents()
            popup = QApplication.activePopupWidget()
            if popup is not None:
                # the real key goes to the open list: Enter takes the suggestion, Esc does not
                QTest.keyClick(popup, Qt.Key.Key_Return if take else Qt.Key.Key_Escape)
                QApplication.processEvents()
        assert QApplication.activePopupWidget() is None
        typed_tags = recorder.tags_edit.tags()
        before = len(self.state.decision_list)
        recorder.text_edit.setFocus()
        self._key(Qt.Key.Key_Return)
        after = self.state.decision_list
        if len(after) == before + 1:
            decision = after[-1]
            assert decision.text == text.strip()
            assert sorted(decision.tags) == sorted({t for t in typed_tags})
            assert recorder.text_edit.toPlainText() == ""
            self.recorded.append(decision.text)
        else:
            assert len(after) == before  # refused (an empty text, an agreement without a
            assert recorder.text_edit.toPlainText() == text  # channel): nothing is lost

    def _select_active(self, choice: int) -> str:
        active = self.state.active_decisions()
        if not active:
            return ""
        decision = active[choice % len(active)]
        assert self.window is not None
        self.window.log.select(decision.id)
        self.window.log.table.setFocus()
        return decision.id

    @rule(choice=st.integers(0, 50), text=WORDS, team=st.integers(0, 2), channel=st.integers(0, 8))
    def amend(self, choice: int, text: str, team: int, channel: int) -> None:
        decision_id = self._select_active(choice)
        if not decision_id:
            return

        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, AmendDialog)
            if text.strip():
                dialog.text_edit.setPlainText(text)
            if dialog.team_combo.isEnabled():
                dialog.team_combo.setCurrentIndex(team % dialog.team_combo.count())
                dialog.channel_combo.setCurrentIndex(channel % dialog.channel_combo.count())
            dialog.accept()

        done = answer(fill, AmendDialog)
        self._key(Qt.Key.Key_Return)  # Enter on the selected row
        assert done

    @rule(choice=st.integers(0, 50), reason=WORDS)
    def withdraw(self, choice: int, reason: str) -> None:
        decision_id = self._select_active(choice)
        if not decision_id:
            return

        def fill(dialog: QDialog) -> None:
            assert isinstance(dialog, ReasonDialog)
            QTest.keyClicks(dialog.reason, reason)
            dialog.accept()

        done = answer(fill, ReasonDialog)
        self._key(Qt.Key.Key_Delete)
        assert done
        assert self.state.decisions[decision_id].withdrawn

    @rule()
    def undo(self) -> None:
        # Ctrl+Z wherever the cursor is: a field with typing of its own to undo takes it,
        # anywhere else the latest recorded action is taken back
        window = self._focus()
        focus = QApplication.focusWidget()
        own = (isinstance(focus, QLineEdit) and focus.isUndoAvailable()) or (
            isinstance(focus, QPlainTextEdit) and focus.document().isUndoAvailable()
        )
        could = bool(window.controller.undo_description()) and not own
        before = len(self.state.events)
        self._key(Qt.Key.Key_Z, CTRL)
        assert len(self.state.events) == before + (1 if could else 0)

    # -- the rest of play ---------------------------------------------------------------

    @rule()
    def pause_or_resume(self) -> None:
        if self.state.ended:
            return
        running = self.state.running
        self._key(Qt.Key.Key_F9)
        assert self.state.running is not running

    @rule(channel=st.integers(0, 10), status=st.sampled_from(list(ChannelStatus)))
    def change_channel(self, channel: int, status: ChannelStatus) -> None:
        assert self.window is not None
        buttons = list(self.window.channels.buttons.values())
        button = buttons[channel % len(buttons)]
        if button.isEnabled():
            button.status_actions[status].trigger()
            assert self.state.channel_status(button.channel.id) is status
        # whatever happened, the badge says what is recorded
        recorded = self.state.channel_status(button.channel.id)
        assert button.text().lower() == recorded.value

    @rule(up=st.booleans())
    def adjudicate(self, up: bool) -> None:
        self._key(Qt.Key.Key_BracketRight if up else Qt.Key.Key_BracketLeft, CTRL)

    @rule(
        verdict=st.sampled_from(["", "met", "partly", "not_met", "not_observed"]),
        rating=st.sampled_from(["", "P", "S", "M", "U"]),
    )
    def evaluate(self, verdict: str, rating: str) -> None:
        window = self._focus()
        if window.inject_tabs.currentWidget() is not window.evaluation:
            self._key(Qt.Key.Key_F8)
        panel = window.evaluation
        assert panel.isVisible()
        if panel.expectations:
            row = panel.expectations[0]
            row.verdict.setCurrentIndex(row.verdict.findData(verdict))
            recorded = self.state.assessment(panel.inject_id(), 0)
            assert (recorded.verdict if recorded else "") == verdict
        if panel.objectives:
            line = panel.objectives[0]
            line.rating.setCurrentIndex(line.rating.findData(rating))
            recorded_rating = self.state.objective_ratings.get(line.objective_id)
            assert (recorded_rating.rating if recorded_rating else "") == rating

    @rule(kind=st.sampled_from(["strength", "improvement"]), text=WORDS)
    def observe(self, kind: str, text: str) -> None:
        window = self._focus()
        bar = window.observation_bar
        bar.edit.setFocus()
        bar.edit.clear()
        QTest.keyClicks(bar.edit, text)
        before = len(self.state.observations)
        key = Qt.Key.Key_S if kind == "strength" else Qt.Key.Key_I
        self._key(key, CTRL | Qt.KeyboardModifier.AltModifier)
        assert len(self.state.observations) == before + (1 if text.strip() else 0)

    @rule()
    def projector(self) -> None:
        assert self.window is not None
        shown = self.window.projector.isVisible()
        self._key(Qt.Key.Key_P, CTRL | SHIFT)
        assert self.window.projector.isVisible() is not shown
        assert QApplication.activeWindow() is self.window  # it never takes the keyboard

    @rule()
    def close_and_reopen(self) -> None:
        assert self.window is not None
        self.window.close()
        QApplication.processEvents()
        assert summarize(self.path).status in ("running", "ended")
        window = open_window(["resume", str(self.path)])
        assert isinstance(window, ConsoleWindow)
        self._show(window)

    @rule()
    def end(self) -> None:
        if self.state.ended:
            return
        self._key(Qt.Key.Key_E, CTRL | SHIFT)  # answered Yes (see the test)
        assert self.state.ended

    # -- after every step ------------------------------------------------------------

    @invariant()
    def nothing_went_wrong(self) -> None:
        QApplication.processEvents()
        assert WATCH.take() == []

    @invariant()
    def the_log_shows_the_session_file(self) -> None:
        if self.window is None:
            return
        _deck, on_disk, _meta = open_state(self.path)
        ids = [d.id for d in on_disk.decision_list]
        assert len(ids) == len(set(ids)), "a decision id was given twice"
        model = self.window.log.model
        shown = [str(model.index(r, 0).data()).rstrip("*") for r in range(model.rowCount())]
        assert shown == ids
        withdrawn = [
            model.index(r, model.OUTCOME_COLUMN).data() == "Withdrawn"
            for r in range(model.rowCount())
        ]
        assert withdrawn == [d.withdrawn for d in on_disk.decision_list]
        active = [d for d in on_disk.decision_list if not d.withdrawn]
        lost = [d for d in active if d.outcome is not None and not d.outcome.got_through]
        assert (model.active, model.lost) == (len(active), len(lost))

    @invariant()
    def the_suggestion_adds_up(self) -> None:
        if self.window is None:
            return
        total, _named = self.window.escalation.tally.suggestion(self.state)
        assert total == expected_suggestion(self.state)

    @invariant()
    def the_listing_never_says_damaged(self) -> None:
        if self.window is None:
            return
        status = summarize(self.path).status
        assert status in ("in use", "running", "ended"), status

    @invariant()
    def the_projector_shows_only_what_was_delivered(self) -> None:
        if self.window is None:
            return
        shown = self.window.projector.visible_text()
        state = self.state
        for inject in state.deck.injects:
            for secret in (inject.facilitator_notes, *inject.questions, *inject.expected_actions):
                assert not secret or secret not in shown
            if state.injects[inject.id].status != "delivered":
                assert inject.narrative not in shown, f"{inject.id} was not delivered"
            if inject.private:  # a team-only card is never projected
                assert inject.narrative not in shown and inject.title not in shown

    @invariant()
    def a_recorded_decision_is_no_draft(self) -> None:
        if self.window is None or not self.recorded:
            return
        key = gui_settings.draft_key(self.window.controller.session_id, "decision")
        kept = gui_settings.load_text(key)
        draft = json.loads(kept) if kept.startswith("{") else {"text": kept}
        assert draft.get("text", "").strip() != self.recorded[-1]


@pytest.fixture
def watched(monkeypatch: pytest.MonkeyPatch) -> Iterator[Watch]:
    previous = qInstallMessageHandler(WATCH.message)
    monkeypatch.setattr(sys, "excepthook", WATCH.exception)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    WATCH.take()
    try:
        yield WATCH
    finally:
        qInstallMessageHandler(previous)


def test_a_facilitator_at_random_never_breaks_the_console(
    qapp: QApplication, watched: Watch
) -> None:
    run_state_machine_as_test(
        ConsoleMachine,
        settings=settings(
            max_examples=int(os.environ.get("TABLETOP_STATEFUL_EXAMPLES", "8")),
            stateful_step_count=int(os.environ.get("TABLETOP_STATEFUL_STEPS", "20")),
            deadline=None,
            suppress_health_check=list(HealthCheck),
            print_blob=True,
            # every step drives real widgets: in CI a failure is reported as found (with its
            # seed and steps) rather than shrunk for minutes
            phases=[p for p in Phase if not (os.environ.get("CI") and p is Phase.shrink)],
        ),
    )
