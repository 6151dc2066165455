"""Small dialogs of the console: skip with a reason, deliver a chosen inject, amend, withdraw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import Inject, InjectType
from tabletop.core.engine.branching import next_inject
from tabletop.core.engine.state import DECISION_KINDS, DecisionRecord, SessionState
from tabletop.gui.language import translate
from tabletop.gui.rich_text import escape
from tabletop.gui.style import (
    CHANNEL_BADGES,
    INJECT_BADGES,
    decision_kind,
    inject_type,
    scenario_time,
)
from tabletop.gui.tags_field import TagsEdit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def pending_injects(state: SessionState) -> list[Inject]:
    return [i for i in state.deck.injects if not state.passed(i.id)]


class ReasonDialog(QDialog):
    """Asks for a short reason; OK stays disabled until one is written if it is required."""

    def __init__(
        self,
        title: str,
        prompt: str,
        ok_text: str,
        *,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reasonDialog")
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setAccessibleName(translate("ReasonDialog", "Reason"))
        label.setBuddy(self.reason)
        self.buttons = _buttons(self, ok_text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._required = required
        self.reason.textChanged.connect(self._check)
        self._check()
        self.fit()

    def fit(self) -> None:
        """As tall as the wrapped prompt needs at the dialog's width, in any language."""
        width = max(self.sizeHint().width(), 420)
        layout = self.layout()
        height = self.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        self.resize(width, height)

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()) or not self._required)

    def text(self) -> str:
        return self.reason.text().strip()


class SkipDialog(ReasonDialog):
    """Skip an inject (the next one unless another is chosen), with the reason for the report."""

    def __init__(self, state: SessionState, default: str, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SkipDialog", "Skip an inject"),
            translate(
                "SkipDialog", "Why is it skipped? The reason goes into the after-action report."
            ),
            translate("SkipDialog", "Skip"),
            parent=parent,
        )
        self.setObjectName("skipDialog")
        self.inject_combo = QComboBox(self)
        self.inject_combo.setObjectName("skipInjectCombo")
        self.inject_combo.setAccessibleName(translate("SkipDialog", "Inject to skip"))
        for inject in pending_injects(state):
            label = (
                translate("SkipDialog", "{inject} (next)").format(inject=inject.title)
                if inject.id == default
                else inject.title
            )
            self.inject_combo.addItem(label, inject.id)
        self.inject_combo.setCurrentIndex(max(0, self.inject_combo.findData(default)))
        form = QFormLayout()
        form.addRow(translate("SkipDialog", "&Inject:"), self.inject_combo)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, form)
        self.fit()
        self.reason.setFocus()

    def inject_id(self) -> str:
        return str(self.inject_combo.currentData() or "")


class DeliverDialog(QDialog):
    """Choose any inject not yet played (contingencies on demand) and see it before delivering."""

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DeliverDialog", "Deliver a chosen inject"))
        self.setObjectName("deliverDialog")
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("deliverInjectList")
        self.list.setAccessibleName(translate("DeliverDialog", "Injects not yet played"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.preview = QTextBrowser(splitter)
        self.preview.setObjectName("deliverInjectPreview")
        self.preview.setAccessibleName(translate("DeliverDialog", "Preview"))
        splitter.setSizes([300, 420])
        upcoming = state.deck.injects
        following = next_inject(state).inject
        for inject in pending_injects(state):
            badge = INJECT_BADGES["next" if inject.id == following else "pending"]
            text = inject.title
            if inject.type is not InjectType.STANDARD:
                text += f"  [{inject_type(inject.type)}]"
            if inject.id == following:
                text += "  [" + translate("DeliverDialog", "next") + "]"
            item = QListWidgetItem(badge.icon, text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, inject.id)
        self._injects = {i.id: i for i in upcoming}
        self._state = state
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = _buttons(self, translate("DeliverDialog", "Deliver now"))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        self.resize(720, 420)

    def select(self, inject_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == inject_id:
                self.list.setCurrentRow(row)

    def inject_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _show(self) -> None:
        inject = self._injects.get(self.inject_id())
        if inject is None:
            self.preview.clear()
            return
        parts = [f"<h2>{escape(inject.title)}</h2>"]
        if inject.at is not None:
            parts.append(f"<p><i>{escape(scenario_time(inject.at))}</i></p>")
        parts.append(f"<p>{escape(inject.narrative)}</p>")
        if inject.facilitator_notes:
            notes = translate("DeliverDialog", "Facilitator notes:")
            parts.append(f"<p><b>{escape(notes)}</b> {escape(inject.facilitator_notes)}</p>")
        self.preview.setHtml("".join(parts))


class AmendDialog(QDialog):
    """Correct a decision: text, kind, team, channel, recipients, tags, escalation.

    The log keeps both versions. A message moved to another team or channel is
    sent again as of the moment it was made: its outcome follows the channel's
    status then.
    """

    def __init__(
        self, decision: DecisionRecord, state: SessionState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("AmendDialog", "Amend decision {decision}").format(decision=decision.id)
        )
        self.setObjectName("amendDialog")
        self.decision = decision
        self._state = state
        form = QFormLayout(self)
        self.text_edit = QPlainTextEdit(decision.text, self)
        self.text_edit.setObjectName("amendTextEdit")
        self.text_edit.setAccessibleName(translate("AmendDialog", "Decision"))
        self.text_edit.setTabChangesFocus(True)
        self.team_combo = QComboBox(self)
        self.team_combo.setObjectName("amendTeamCombo")
        self.team_combo.setAccessibleName(translate("AmendDialog", "Team"))
        for team in state.teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(max(0, self.team_combo.findData(decision.team)))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("amendKindCombo")
        self.kind_combo.setAccessibleName(translate("AmendDialog", "Kind of decision"))
        for kind in DECISION_KINDS:
            self.kind_combo.addItem(decision_kind(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(decision.kind)))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("amendChannelCombo")
        self.channel_combo.setAccessibleName(translate("AmendDialog", "Channel"))
        self.recipients = QListWidget(self)
        self.recipients.setObjectName("amendRecipientsList")
        self.recipients.setAccessibleName(translate("AmendDialog", "Recipients"))
        self.recipients.setToolTip(
            translate("AmendDialog", "Leave all unticked to send to every team on the channel")
        )
        self.recipients.setFlow(QListWidget.Flow.LeftToRight)
        self.recipients.setMaximumHeight(self.fontMetrics().height() * 2 + 16)
        self.tags_edit = TagsEdit(self)
        self.tags_edit.setText(", ".join(decision.tags))
        self.tags_edit.setObjectName("amendTagsEdit")
        self.tags_edit.setAccessibleName(translate("AmendDialog", "Tags"))
        self.tags_edit.set_known(t for d in state.decision_list[-500:] for t in d.tags)
        self.escalation_spin = QSpinBox(self)
        self.escalation_spin.setObjectName("amendEscalationSpin")
        self.escalation_spin.setAccessibleName(
            translate("AmendDialog", "Suggested escalation change")
        )
        self.escalation_spin.setRange(-10, 10)
        self.escalation_spin.setValue(decision.escalation)
        agreement = decision.kind == "agree_channel"
        for widget in (self.team_combo, self.channel_combo, self.recipients):
            widget.setEnabled(not agreement)
        note = QLabel(
            translate(
                "AmendDialog",
                "The original stays in the session's log; the report shows the amended "
                "decision. An agreement to open a channel cannot be moved: withdraw it and "
                "record a new one.",
            )
            if agreement
            else translate(
                "AmendDialog",
                "The original stays in the session's log; the report shows the amended "
                "decision. A message moved to another team or channel is sent again as of the "
                "moment it was made.",
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(translate("AmendDialog", "&Decision:"), self.text_edit)
        form.addRow(translate("AmendDialog", "T&eam:"), self.team_combo)
        form.addRow(translate("AmendDialog", "&Kind:"), self.kind_combo)
        form.addRow(translate("AmendDialog", "&Channel:"), self.channel_combo)
        form.addRow(translate("AmendDialog", "T&o:"), self.recipients)
        form.addRow(translate("AmendDialog", "&Tags:"), self.tags_edit)
        form.addRow(translate("AmendDialog", "E&scalation:"), self.escalation_spin)
        form.addRow(note)
        form.addRow(_buttons(self, translate("AmendDialog", "Amend")))
        self._fill_channels(decision.channel)
        self._fill_recipients(set(decision.recipients))
        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.channel_combo.currentIndexChanged.connect(
            lambda _i: self.recipients.setEnabled(bool(self.channel()) and not agreement)
        )
        self.resize(520, self.sizeHint().height())

    def team(self) -> str:
        return str(self.team_combo.currentData() or "")

    def channel(self) -> str:
        return str(self.channel_combo.currentData() or "")

    def _team_changed(self) -> None:
        self._fill_channels(self.channel())
        self._fill_recipients(set(self.recipients_chosen()))

    def _fill_channels(self, keep: str) -> None:
        state = self._state
        self.channel_combo.clear()
        self.channel_combo.addItem(
            translate("AmendDialog", "— none: an action, not a message —"), ""
        )
        team = state.team(self.team()) if self.team() else None
        for channel in state.deck.channels:
            if team is not None and channel.usable_by(team):
                # a message moved here is sent again as of the moment it was made: the
                # channel's status then decides what becomes of it
                badge = CHANNEL_BADGES[state.channels[channel.id].status_at(self.decision.scenario)]
                self.channel_combo.addItem(
                    badge.icon,
                    translate("DecisionRecorder", "{channel} — {status}").format(
                        channel=channel.name, status=badge.label
                    ),
                    channel.id,
                )
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(keep)))

    def _fill_recipients(self, chosen: set[str]) -> None:
        self.recipients.clear()
        for team in self._state.teams:
            if team.id == self.team():
                continue
            item = QListWidgetItem(team.name, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = team.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def recipients_chosen(self) -> list[str]:
        out = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() is Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def changes(self) -> dict[str, object]:
        """Only the fields that differ from the decision as recorded."""
        out: dict[str, object] = {}
        text = self.text_edit.toPlainText().strip()
        if text != self.decision.text:
            out["text"] = text
        kind = str(self.kind_combo.currentData())
        if kind != self.decision.kind:
            out["kind"] = kind
        if self.team() != self.decision.team:
            out["team"] = self.team()
        if self.channel() != self.decision.channel:
            out["channel"] = self.channel()
        recipients = self.recipients_chosen() if self.channel() else []
        if tuple(recipients) != tuple(self.decision.recipients):
            out["recipients"] = recipients
        tags = sorted({t.strip() for t in self.tags_edit.text().split(",") if t.strip()})
        if tuple(tags) != tuple(self.decision.tags):
            out["tags"] = tags
        if self.escalation_spin.value() != self.decision.escalation:
            out["escalation"] = self.escalation_spin.value()
        return out
