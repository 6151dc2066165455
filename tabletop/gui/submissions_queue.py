"""The submissions queue: decisions teams sent from their devices, waiting for the facilitator.

Each can be accepted as it is (recorded like any decision), edited then
accepted, or returned to the team with a note. A switch accepts messages
automatically for the rest of the session; actions, statements and agreements
still wait here.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine.records import DECISION_KINDS
from tabletop.core.engine.team_view import usable_channels
from tabletop.gui.language import translate
from tabletop.gui.style import decision_kind, status_word
from tabletop.gui.team_link import TeamDevices
from tabletop.gui.widgets import quiet
from tabletop.teamnet.submissions import Submission


class SubmissionsPanel(QWidget):
    """The queue of submissions from team devices, with accept, edit and return."""

    def __init__(self, devices: TeamDevices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionsPanel")
        self.devices = devices
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.auto_accept = QCheckBox(
            translate("SubmissionsPanel", "Accept messages automatically"), self
        )
        self.auto_accept.setObjectName("autoAcceptBox")
        self.auto_accept.setToolTip(
            translate(
                "SubmissionsPanel",
                "Record every message from a device as it comes (for this session); actions, "
                "statements and agreements still wait here",
            )
        )
        self.auto_accept.setChecked(devices.settings.auto_accept)
        self.auto_accept.toggled.connect(devices.set_auto_accept)
        self.list = QTreeWidget(self)
        self.list.setObjectName("submissionsList")
        self.list.setAccessibleName(translate("SubmissionsPanel", "Submissions from team devices"))
        self.list.setHeaderLabels(
            [
                translate("SubmissionsPanel", "Team"),
                translate("SubmissionsPanel", "Kind"),
                translate("SubmissionsPanel", "Channel"),
                translate("SubmissionsPanel", "Text"),
                translate("SubmissionsPanel", "Waiting"),
            ]
        )
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # the waiting time changes every second on every row: a column sized to its
        # contents would measure every row again for each of them (seconds with 400 waiting)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        widest = max(
            (
                translate("SubmissionsPanel", "{seconds} s").format(seconds=888),
                translate("SubmissionsPanel", "{minutes} min").format(minutes=888),
                translate("SubmissionsPanel", "Waiting"),
            ),
            key=self.list.fontMetrics().horizontalAdvance,
        )
        header.resizeSection(4, self.list.fontMetrics().horizontalAdvance(widest) + 24)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.empty = quiet(
            QLabel(
                translate("SubmissionsPanel", "No submission from a team device is waiting."), self
            )
        )
        self.empty.setObjectName("submissionsEmpty")
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(translate("SubmissionsPanel", "&Accept"), self)
        self.accept_button.setObjectName("acceptSubmissionButton")
        self.edit_button = QPushButton(translate("SubmissionsPanel", "&Edit, then accept…"), self)
        self.edit_button.setObjectName("editSubmissionButton")
        self.return_button = QPushButton(
            translate("SubmissionsPanel", "Re&turn with a note…"), self
        )
        self.return_button.setObjectName("returnSubmissionButton")
        for button in (self.accept_button, self.edit_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.return_button.clicked.connect(self.return_selected)
        layout.addWidget(self.auto_accept)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        devices.submissions_changed.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        devices.controller.tick.connect(self._update_ages)
        self.refresh()

    def sizeHint(self) -> QSize:
        # a few rows are enough: the console's panels keep the room they need
        return QSize(900, 170)

    # -- content -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Follow the queue: add the submissions that came, drop those that left."""
        controller = self.devices.controller
        if not controller.is_open:
            return
        waiting = {(s.team, s.key): s for s in self.devices.waiting()}
        for ident in [i for i in self._items if i not in waiting]:
            item = self._items.pop(ident)
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(item))
        state = controller.state
        for ident, submission in waiting.items():
            if ident in self._items:
                continue
            channel = state.deck.channel(submission.channel).name if submission.channel else "—"
            if submission.recipients:
                channel += " → " + ", ".join(state.team_name(r) for r in submission.recipients)
            item = QTreeWidgetItem(
                [
                    state.team_name(submission.team),
                    decision_kind(submission.kind),
                    channel,
                    submission.text,
                    _age(submission),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, submission)
            item.setToolTip(3, submission.text)
            self.list.addTopLevelItem(item)
            self._items[ident] = item
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty.setVisible(not self._items)
        self.list.setVisible(bool(self._items))
        self._update_buttons()

    def _update_ages(self) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None:
                age = _age(item.data(0, Qt.ItemDataRole.UserRole))
                if item.text(4) != age:
                    item.setText(4, age)

    def _update_buttons(self) -> None:
        live = self.devices.controller.is_open and not self.devices.controller.ended
        has = self.selected() is not None and live
        for button in (self.accept_button, self.edit_button, self.return_button):
            button.setEnabled(has)

    def selected(self) -> Submission | None:
        item = self.list.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, Submission) else None

    # -- actions ---------------------------------------------------------------------------

    def accept_selected(self) -> bool:
        submission = self.selected()
        return submission is not None and self.devices.accept(submission)

    def edit_selected(self) -> bool:
        submission = self.selected()
        if submission is None:
            return False
        dialog = EditSubmissionDialog(self.devices, submission, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.devices.accept(submission, **dialog.edits())

    def return_selected(self) -> bool:
        submission = self.selected()
        if submission is None:
            return False
        dialog = ReturnDialog(submission, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.devices.give_back(submission, dialog.note())


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _age(submission: Submission) -> str:
    seconds = int(time.monotonic() - submission.received)
    if seconds < 120:
        return translate("SubmissionsPanel", "{seconds} s").format(seconds=seconds)
    return translate("SubmissionsPanel", "{minutes} min").format(minutes=seconds // 60)


class EditSubmissionDialog(QDialog):
    """The submission's fields, to correct before it is recorded."""

    def __init__(
        self, devices: TeamDevices, submission: Submission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editSubmissionDialog")
        state = devices.controller.state
        self.setWindowTitle(
            translate("EditSubmissionDialog", "Edit the submission from {team}").format(
                team=state.team_name(submission.team)
            )
        )
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for kind in DECISION_KINDS:
            self.kind.addItem(decision_kind(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(submission.kind)))
        self.channel = QComboBox(self)
        self.channel.addItem(translate("EditSubmissionDialog", "No channel"), "")
        for channel in usable_channels(state, submission.team):
            status = status_word(state.channels[channel.id].status)
            self.channel.addItem(
                translate("EditSubmissionDialog", "{channel} ({status})").format(
                    channel=channel.name, status=status
                ),
                channel.id,
            )
        self.channel.setCurrentIndex(max(0, self.channel.findData(submission.channel)))
        self.recipients = QListWidget(self)
        for team in state.teams:
            if team.id == submission.team:
                continue
            item = QListWidgetItem(team.name, self.recipients)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = team.id in submission.recipients
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.recipients.setMaximumHeight(self.recipients.sizeHintForRow(0) * 4 + 8)
        self.text = QPlainTextEdit(submission.text, self)
        self.text.setObjectName("editSubmissionText")
        self.tags = QLineEdit(", ".join(submission.tags), self)
        self.escalation = QSpinBox(self)
        self.escalation.setRange(-10, 10)
        self.escalation.setValue(submission.escalation)
        form.addRow(translate("EditSubmissionDialog", "&Kind:"), self.kind)
        form.addRow(translate("EditSubmissionDialog", "&Channel:"), self.channel)
        form.addRow(
            translate("EditSubmissionDialog", "T&o (none: everyone on the channel):"),
            self.recipients,
        )
        form.addRow(translate("EditSubmissionDialog", "Te&xt:"), self.text)
        form.addRow(translate("EditSubmissionDialog", "T&ags:"), self.tags)
        form.addRow(translate("EditSubmissionDialog", "Suggested &escalation:"), self.escalation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("EditSubmissionDialog", "Record"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.text.toPlainText().strip())))

    def edits(self) -> dict[str, object]:
        recipients = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                recipients.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return {
            "text": self.text.toPlainText().strip(),
            "kind": str(self.kind.currentData()),
            "channel": str(self.channel.currentData() or ""),
            "recipients": tuple(recipients),
            "tags": tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            "escalation": self.escalation.value(),
        }


class ReturnDialog(QDialog):
    """Why the submission goes back: the team reads this note on its devices."""

    def __init__(self, submission: Submission, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnSubmissionDialog")
        self.setWindowTitle(translate("ReturnDialog", "Return the submission with a note"))
        layout = QVBoxLayout(self)
        layout.addWidget(_label(f"“{submission.text}”", self))
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("returnNoteEdit")
        self.edit.setPlaceholderText(
            translate("ReturnDialog", "Why it goes back, for the team to read")
        )
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("ReturnDialog", "Return"))
        ok.setEnabled(False)
        self.edit.textChanged.connect(lambda: ok.setEnabled(bool(self.note())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def note(self) -> str:
        return self.edit.toPlainText().strip()
