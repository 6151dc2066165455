"""The decision recorder: what a team decided, by which channel, to whom, and its outcome.

Built for the keyboard: pick the team (Ctrl+1…9), type the decision, press
Enter. Shift+Enter starts a new line. A channel that is closed or only proposed
is marked in the list and warned about under it; a message sent over it is
recorded as undeliverable, and the recorder says so at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QWidget,
)

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine import Change
from tabletop.core.engine.state import DECISION_KINDS, DecisionRecord, Outcome
from tabletop.gui.decision_log_model import DecisionLogModel, outcome_reason
from tabletop.gui.keyboard import let_undo_pass
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.models import short_time
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import CHANNEL_BADGES, decision_kind
from tabletop.gui.tags_field import TagsEdit
from tabletop.gui.widgets import BadgeLabel, ElidedLabel, buddy_label

CHANNEL_WARNINGS = {
    ChannelStatus.OPEN: QT_TRANSLATE_NOOP(
        "DecisionRecorder", "Open: a message over it will be delivered."
    ),
    ChannelStatus.CLOSED: QT_TRANSLATE_NOOP(
        "DecisionRecorder", "Closed: a message over it will be recorded as NOT delivered."
    ),
    ChannelStatus.PROPOSED: QT_TRANSLATE_NOOP(
        "DecisionRecorder",
        "Only proposed, not yet agreed: a message over it will be recorded as NOT delivered. "
        "Record an “Agree to open a channel” decision from each party to open it.",
    ),
    ChannelStatus.DEGRADED: QT_TRANSLATE_NOOP(
        "DecisionRecorder", "Degraded: a message over it will arrive late."
    ),
}


class DecisionTextEdit(QPlainTextEdit):
    """The decision text: Enter records, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        lines = 3
        return QSize(320, self.fontMetrics().lineSpacing() * lines + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.fontMetrics().lineSpacing() * 2 + 12)


class DecisionRecorder(QWidget):
    """The form that records a team's decision in one keystroke."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.team_combo = QComboBox(self)
        self.team_combo.setObjectName("decisionTeamCombo")
        self.team_combo.setAccessibleName(translate("DecisionRecorder", "Team"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("decisionKindCombo")
        self.kind_combo.setAccessibleName(translate("DecisionRecorder", "Kind of decision"))
        for kind in DECISION_KINDS:
            self.kind_combo.addItem(decision_kind(kind), kind)
        for combo, letters in ((self.team_combo, 14), (self.kind_combo, 8)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_combo, 3)
        team_row.addWidget(self.kind_combo, 2)
        form.addRow(
            buddy_label(translate("DecisionRecorder", "&Team:"), self.team_combo, self), team_row
        )

        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("decisionChannelCombo")
        self.channel_combo.setAccessibleName(translate("DecisionRecorder", "Channel"))
        self.channel_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.channel_combo.setMinimumContentsLength(14)
        form.addRow(translate("DecisionRecorder", "&Channel:"), self.channel_combo)
        # two lines at most in any language; the whole warning is in its tooltip
        self.channel_warning = ElidedLabel(self, lines=2)
        self.channel_warning.setObjectName("decisionChannelWarning")
        self.channel_badge = BadgeLabel(None, self)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.channel_badge)
        warning_row.addWidget(self.channel_warning, 1)
        self._warning_row = QWidget(self)
        self._warning_row.setLayout(warning_row)
        warning_row.setContentsMargins(0, 0, 0, 0)
        form.addRow("", self._warning_row)

        self.recipients = QListWidget(self)
        self.recipients.setObjectName("decisionRecipientsList")
        self.recipients.setAccessibleName(translate("DecisionRecorder", "Recipients"))
        self.recipients.setToolTip(
            translate("DecisionRecorder", "Leave all unticked to send to every team on the channel")
        )
        self.recipients.setFlow(QListWidget.Flow.LeftToRight)
        self.recipients.setWrapping(False)
        self.recipients.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.recipients.setFixedHeight(self.fontMetrics().height() + 12 + scrollbar)
        form.addRow(translate("DecisionRecorder", "T&o:"), self.recipients)

        self.text_edit = DecisionTextEdit(self)
        self.text_edit.setObjectName("decisionTextEdit")
        self.text_edit.setAccessibleName(translate("DecisionRecorder", "Decision"))
        self.text_edit.setPlaceholderText(
            translate(
                "DecisionRecorder",
                "What the team decided or said. Enter records it; Shift+Enter starts a new line.",
            )
        )
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.submitted.connect(self.record)
        form.addRow(translate("DecisionRecorder", "&Decision:"), self.text_edit)

        self.tags_edit = TagsEdit(self)
        self.tags_edit.setObjectName("decisionTagsEdit")
        self.tags_edit.setAccessibleName(translate("DecisionRecorder", "Tags"))
        self.tags_edit.setPlaceholderText(translate("DecisionRecorder", "tags, comma-separated"))
        self.tags_edit.returnPressed.connect(self.record)
        self.escalation_spin = QSpinBox(self)
        self.escalation_spin.setObjectName("decisionEscalationSpin")
        self.escalation_spin.setAccessibleName(
            translate("DecisionRecorder", "Suggested escalation change")
        )
        self.escalation_spin.setRange(-10, 10)
        self.escalation_spin.setPrefix(translate("DecisionRecorder", "esc. "))
        self.escalation_spin.setToolTip(
            translate("DecisionRecorder", "Suggested change to the escalation level (−10 to +10)")
        )
        self.record_button = QPushButton(translate("DecisionRecorder", "Record"), self)
        self.record_button.setObjectName("recordDecisionButton")
        self.record_button.setAccessibleName(translate("DecisionRecorder", "Record decision"))
        self.record_button.setToolTip(
            translate("DecisionRecorder", "Record the decision (Enter in the decision field)")
        )
        self.record_button.clicked.connect(self.record)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_edit, 1)
        tags_row.addWidget(self.escalation_spin)
        tags_row.addWidget(self.record_button)
        form.addRow(
            buddy_label(translate("DecisionRecorder", "T&ags:"), self.tags_edit, self), tags_row
        )
        let_undo_pass(self.text_edit, self.tags_edit)

        self.result_badge = BadgeLabel(None, self)
        self.result_badge.setObjectName("decisionResultBadge")
        # two lines at most whatever the language: the whole line is in its tooltip and the
        # status bar
        self.result_label = ElidedLabel(self, lines=2)
        self.result_label.setObjectName("decisionResultLabel")
        result_row = QHBoxLayout()
        result_row.setContentsMargins(0, 0, 0, 0)
        result_row.addWidget(self.result_badge)
        result_row.addWidget(self.result_label, 1)
        form.addRow("", result_row)

        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        controller.channels_changed.connect(self._fill_channels)
        controller.session_changed.connect(self._session_changed)
        controller.decision_recorded.connect(self._learn_tags)
        controller.changed.connect(self._forget_result)
        # the console keeps the draft (in the settings file): called when it changes at once
        self.keep_draft: Callable[[], None] = lambda: None
        self._recording = False
        self._shown_decision = ""  # the decision the result line is about
        self.tags_edit.set_source(
            lambda: (tag for decision in controller.state.decision_list for tag in decision.tags)
        )
        self._fill_teams()
        self._session_changed()

    # -- filling the form ------------------------------------------------------------

    def _fill_teams(self) -> None:
        self.team_combo.blockSignals(True)
        self.team_combo.clear()
        for number, team in enumerate(self._controller.state.teams, start=1):
            self.team_combo.addItem(team.name, team.id)
            if number <= 9:
                self.team_combo.setItemData(
                    number - 1,
                    translate("DecisionRecorder", "{team} (Ctrl+{number})").format(
                        team=team.name, number=number
                    ),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.team_combo.blockSignals(False)
        self._team_changed()

    def select_team(self, number: int) -> None:
        """Choose the n-th team (from 1), as Ctrl+1…9 do, and go to the decision text."""
        if 1 <= number <= self.team_combo.count():
            self.team_combo.setCurrentIndex(number - 1)
            self.text_edit.setFocus()

    def current_team(self) -> str:
        return str(self.team_combo.currentData() or "")

    def _team_changed(self) -> None:
        self._fill_channels()
        self._fill_recipients()

    def _fill_channels(self) -> None:
        if not self._controller.is_open:
            return
        state = self._controller.state
        keep = self.current_channel()
        team_id = self.current_team()
        self.channel_combo.blockSignals(True)
        self.channel_combo.clear()
        self.channel_combo.addItem(
            translate("DecisionRecorder", "— none: an action, not a message —"), ""
        )
        if team_id:
            team = state.team(team_id)
            for channel in state.deck.channels:
                if not channel.usable_by(team):
                    continue
                status = state.channel_status(channel.id)
                badge = CHANNEL_BADGES[status]
                self.channel_combo.addItem(
                    badge.icon,
                    translate("DecisionRecorder", "{channel} — {status}").format(
                        channel=channel.name, status=badge.label
                    ),
                    channel.id,
                )
                index = self.channel_combo.count() - 1
                self.channel_combo.setItemData(
                    index,
                    translate("DecisionRecorder", "{channel}: {status}").format(
                        channel=channel.name, status=badge.label
                    ),
                    Qt.ItemDataRole.AccessibleTextRole,
                )
        found = self.channel_combo.findData(keep)
        self.channel_combo.setCurrentIndex(max(0, found))
        self.channel_combo.blockSignals(False)
        self._channel_changed()

    def _fill_recipients(self) -> None:
        self.recipients.clear()
        team_id = self.current_team()
        for team in self._controller.state.teams:
            if team.id == team_id:
                continue
            item = QListWidgetItem(team.tag, self.recipients)
            item.setToolTip(team.name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def current_channel(self) -> str:
        return str(self.channel_combo.currentData() or "")

    def select_channel(self, channel_id: str) -> bool:
        index = self.channel_combo.findData(channel_id)
        if index >= 0:
            self.channel_combo.setCurrentIndex(index)
        return index >= 0

    def _channel_changed(self) -> None:
        channel_id = self.current_channel()
        self._fit_kind_to_channel()
        self.recipients.setEnabled(bool(channel_id))
        if not channel_id:
            self._warning_row.hide()
            return
        status = self._controller.state.channel_status(channel_id)
        self.channel_badge.set_badge(CHANNEL_BADGES[status])
        self.channel_warning.setText(translated("DecisionRecorder", CHANNEL_WARNINGS[status]))
        self._warning_row.setVisible(True)

    def _forget_result(self, change: Change) -> None:
        """The line about the decision just recorded follows that decision: it says so when
        the decision is amended or withdrawn, and goes once it is taken back."""
        shown = self._shown_decision
        if not shown or not self._controller.is_open:
            return
        decision = self._controller.state.decisions.get(shown)
        if change.event.type in ("decision_amended", "decision_withdrawn"):
            if decision is not None and change.event.data.get("decision") == shown:
                self.show_result(decision)
        elif change.event.type == "event_undone":
            if decision is not None:
                self.show_result(decision)  # an amendment or a withdrawal taken back
            else:
                self._shown_decision = ""
                self.result_badge.set_badge(None)
                self.result_label.setText(
                    translate("DecisionRecorder", "{decision} was taken back (undone).").format(
                        decision=shown
                    )
                )

    def _fit_kind_to_channel(self) -> None:
        """A channel chosen means a message unless the user chose another kind; none, an action."""
        kind = str(self.kind_combo.currentData() or "")
        wanted = kind
        if self.current_channel() and kind == "action":
            wanted = "message"
        elif not self.current_channel() and kind in ("message", "agree_channel"):
            wanted = "action"
        if wanted != kind:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(wanted))

    def _learn_tags(self, decision: DecisionRecord, _summary: str = "") -> None:
        self.tags_edit.add_known(decision.tags)

    def _session_changed(self) -> None:
        if not self._controller.is_open:
            return
        live = not self._controller.ended
        for widget in (
            self.team_combo,
            self.kind_combo,
            self.channel_combo,
            self.recipients,
            self.text_edit,
            self.tags_edit,
            self.escalation_spin,
            self.record_button,
        ):
            widget.setEnabled(live)
        if not live:
            self.text_edit.setPlaceholderText(
                translate("DecisionRecorder", "The session has ended: no more decisions.")
            )

    # -- recording -------------------------------------------------------------------

    def recipients_chosen(self) -> list[str]:
        out = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def record(self) -> None:
        """Record what the form says; on success clear it for the next decision."""
        if not self.record_button.isEnabled() or self._recording:
            return
        # the kept draft is dropped before the decision is committed: whatever happens
        # after the commit (even a crash), the recorded text never comes back as a draft
        self._recording = True
        try:
            self.keep_draft()
            decision = self._controller.record_decision(
                self.current_team(),
                self.text_edit.toPlainText(),
                kind=str(self.kind_combo.currentData()),
                channel=self.current_channel(),
                recipients=self.recipients_chosen() if self.current_channel() else (),
                tags=self.tags_edit.tags(),
                escalation=self.escalation_spin.value(),
            )
        finally:
            self._recording = False
        if decision is None:
            self.keep_draft()  # refused: what was typed is still the draft
            self.text_edit.setFocus()
            return
        self.show_result(decision)
        self.text_edit.clear()
        self.tags_edit.setText("")  # no undo history left: Ctrl+Z takes the decision back
        self.escalation_spin.setValue(0)
        # the team, channel and kind stay for the next decision, and stay consistent
        self._fit_kind_to_channel()
        for row in range(self.recipients.count()):
            self.recipients.item(row).setCheckState(Qt.CheckState.Unchecked)
        self.text_edit.setFocus()

    def show_result(self, decision: DecisionRecord) -> None:
        """Say at once what became of the decision just recorded."""
        state = self._controller.state
        now = self._controller.scenario_minutes()
        self.result_badge.set_badge(DecisionLogModel.badge(decision, now))
        team = state.team_name(decision.team)
        outcome = decision.outcome
        if outcome is None:
            text = translate("DecisionRecorder", "{decision} recorded for {team}.")
        elif outcome.status == Outcome.UNDELIVERABLE:
            text = translate(
                "DecisionRecorder", "{decision} recorded, but NOT delivered: {reason}."
            )
        else:
            delayed = outcome.status == Outcome.DELAYED
            if outcome.in_transit_at(now):
                text = (
                    translate(
                        "DecisionRecorder", "{decision} sent: delayed, in transit, arrives {time}."
                    )
                    if delayed
                    else translate(
                        "DecisionRecorder", "{decision} sent: in transit, arrives {time}."
                    )
                )
            else:
                text = (
                    translate("DecisionRecorder", "{decision} sent: delayed, arrives {time}.")
                    if delayed
                    else translate(
                        "DecisionRecorder", "{decision} sent: delivered, arrives {time}."
                    )
                )
        text = text.format(
            decision=decision.id,
            team=team,
            reason=outcome_reason(outcome, state) if outcome is not None else "",
            time=short_time(outcome.arrives_at or 0) if outcome is not None else "",
        )
        self._shown_decision = decision.id
        self.result_label.setText(text)
        self.result_label.setAccessibleDescription(text)

    # -- drafts (kept across a closed window) ------------------------------------------

    def draft(self) -> str:
        """The form as typed so far, as JSON ("" when nothing is typed, or while recording).

        The team, kind, channel, recipients, tags and escalation go with the
        text, so a draft brought back after a crash is the same decision.
        """
        text = self.text_edit.toPlainText()
        if self._recording or not (text.strip() or self.tags_edit.text().strip()):
            return ""
        return json.dumps(
            {
                "team": self.current_team(),
                "kind": str(self.kind_combo.currentData() or ""),
                "channel": self.current_channel(),
                "recipients": self.recipients_chosen(),
                "tags": self.tags_edit.text(),
                "escalation": self.escalation_spin.value(),
                "text": text,
            },
            ensure_ascii=False,
        )

    def set_draft(self, kept: str) -> None:
        """Put a kept draft back into an empty form (plain text from older versions too)."""
        if not kept or self.text_edit.toPlainText():
            return
        try:
            form = json.loads(kept)
        except ValueError:
            form = None
        if not isinstance(form, dict) or not isinstance(form.get("text"), str):
            self._put_back(kept)
            return
        index = self.team_combo.findData(str(form.get("team") or ""))
        if index >= 0:
            self.team_combo.setCurrentIndex(index)
        self.select_channel(str(form.get("channel") or ""))
        index = self.kind_combo.findData(str(form.get("kind") or ""))
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        chosen = form.get("recipients")
        chosen = {str(r) for r in chosen} if isinstance(chosen, list) else set()
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.tags_edit.setText(str(form.get("tags") or ""))
        escalation = form.get("escalation")
        if isinstance(escalation, int) and not isinstance(escalation, bool):
            self.escalation_spin.setValue(escalation)
        self._put_back(form["text"])

    def _put_back(self, text: str) -> None:
        """The draft's text, with the cursor where the facilitator stopped typing: its end."""
        self.text_edit.setPlainText(text)
        self.text_edit.moveCursor(QTextCursor.MoveOperation.End)
