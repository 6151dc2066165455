"""The hot wash: strengths, areas for improvement, the after-action questions, the plan; then end.

Each answer is saved to the session file when its field is left, when the
window closes and with Save answers; a field shows "saved" only once its text
is on disk. Observations and improvement actions are recorded one by one as
they are added.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine.state import HOTWASH_QUESTIONS
from tabletop.gui import settings
from tabletop.gui.observations import IMPROVEMENT, STRENGTH
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import scaled_font
from tabletop.gui.widgets import MessageBanner, buddy_label, heading, quiet

AAR_FIELDS = ("supposed", "happened", "why", "sustain_improve")


class HotwashWindow(QDialog):
    """The screen for the discussion at the end of the exercise."""

    def __init__(
        self,
        controller: SessionController,
        *,
        end_action: QAction,
        export_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hotwashWindow")
        self.setWindowTitle(f"Hot wash — {controller.state.name or controller.deck.title}")
        self.setModal(False)
        self._controller = controller
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        self.status = QLabel(self)
        self.status.setObjectName("hotwashStatus")
        self.status.setFont(scaled_font(self, 1.1, bold=True))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._observations_page(), "1. Strengths and improvements")
        self.tabs.addTab(self._questions_page(), "2. After-action questions")
        self.tabs.addTab(self._plan_page(), "3. Improvement plan")
        footer = QHBoxLayout()
        self.save_button = QPushButton("Save answers", self)
        self.save_button.setObjectName("saveHotwashButton")
        self.save_button.clicked.connect(self.save_answers)
        self.export_button = QPushButton("Export after-action report…", self)
        self.export_button.setObjectName("hotwashExportButton")
        self.export_button.clicked.connect(export_action.trigger)
        self.end_button = QPushButton("End session", self)
        self.end_button.setObjectName("hotwashEndButton")
        self.end_button.setToolTip("End the session (Ctrl+Shift+E); the hot wash stays editable")
        self.end_button.clicked.connect(self._end)
        self._end_action = end_action
        close = QPushButton("Close", self)
        close.clicked.connect(self.close)
        footer.addWidget(self.save_button)
        footer.addStretch(1)
        footer.addWidget(self.export_button)
        footer.addWidget(self.end_button)
        footer.addWidget(close)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(footer)
        controller.observations_changed.connect(self._fill_observations)
        controller.hotwash_changed.connect(self._fill_plan)
        controller.session_changed.connect(self._update_status)
        controller.failed.connect(self._failed)
        self._fill_observations()
        self._fill_answers()
        self._fill_plan()
        self._update_status()
        self._restore_drafts()
        self.resize(960, 620)

    # -- page 1: strengths and areas for improvement -------------------------------------

    def _observations_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.lists: dict[str, QListWidget] = {}
        self.adders: dict[str, QLineEdit] = {}
        for column, (kind, badge, prompt) in enumerate(
            (
                ("strength", STRENGTH, "What went well?"),
                ("improvement", IMPROVEMENT, "What should be done better?"),
            )
        ):
            title = heading("Strengths" if kind == "strength" else "Areas for improvement", page)
            items = QListWidget(page)
            items.setObjectName(f"hotwash_{kind}_list")
            items.setWordWrap(True)
            edit = QLineEdit(page)
            edit.setObjectName(f"hotwash_{kind}_edit")
            edit.setPlaceholderText(prompt + " Enter adds it.")
            edit.setAccessibleName(
                "New strength" if kind == "strength" else "New area for improvement"
            )
            button = QPushButton(badge.icon, "Add", page)
            button.setObjectName(f"hotwash_{kind}_add")
            button.clicked.connect(partial(self._add_observation, kind))
            edit.returnPressed.connect(partial(self._add_observation, kind))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            grid.addWidget(title, 0, column)
            grid.addWidget(items, 1, column)
            grid.addLayout(row, 2, column)
            self.lists[kind] = items
            self.adders[kind] = edit
        return page

    def _add_observation(self, kind: str) -> None:
        edit = self.adders[kind]
        if not edit.text().strip():
            edit.setFocus()
            return
        if self._controller.note_observation(kind, edit.text(), inject=""):
            edit.clear()

    def _fill_observations(self) -> None:
        state = self._controller.state
        for kind, items in self.lists.items():
            items.clear()
            badge = STRENGTH if kind == "strength" else IMPROVEMENT
            for observation in state.observations:
                if observation.kind != kind:
                    continue
                where = ""
                if observation.inject and state.deck.has_inject(observation.inject):
                    where = f"  ({state.deck.inject(observation.inject).title})"
                rating = f"[{observation.rating}] " if observation.rating else ""
                QListWidgetItem(badge.icon, f"{rating}{observation.text}{where}", items)

    # -- page 2: the after-action questions ----------------------------------------------

    def _questions_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.answers: dict[str, QPlainTextEdit] = {}
        self.saved_marks: dict[str, QLabel] = {}
        for field_name in (*AAR_FIELDS, "notes"):
            label = QLabel(HOTWASH_QUESTIONS[field_name], page)
            label.setFont(scaled_font(page, 1.0, bold=True))
            mark = QLabel(page)
            mark.setObjectName(f"hotwash_{field_name}_saved")
            quiet(mark)
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"hotwash_{field_name}")
            edit.setAccessibleName(HOTWASH_QUESTIONS[field_name])
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.installEventFilter(self)
            edit.textChanged.connect(partial(self._mark, field_name))
            label.setBuddy(edit)
            header = QHBoxLayout()
            header.addWidget(label, 1)
            header.addWidget(mark)
            form.addRow(header)
            form.addRow(edit)
            self.answers[field_name] = edit
            self.saved_marks[field_name] = mark
        return page

    def _fill_answers(self) -> None:
        for field_name, edit in self.answers.items():
            edit.blockSignals(True)
            edit.setPlainText(self._controller.state.hotwash.get(field_name, ""))
            edit.blockSignals(False)
            self._mark(field_name)

    def _mark(self, field_name: str) -> None:
        saved = self._controller.state.hotwash.get(field_name, "")
        text = self.answers[field_name].toPlainText().strip()
        self.saved_marks[field_name].setText(
            "" if not text and not saved else ("saved" if text == saved else "not saved yet")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for field_name, edit in self.answers.items():
                if edit is watched:
                    self.save_answer(field_name)
        return super().eventFilter(watched, event)

    def save_answer(self, field_name: str) -> bool:
        ok = self._controller.note_hotwash(field_name, self.answers[field_name].toPlainText())
        self._mark(field_name)
        return ok

    def save_answers(self) -> bool:
        """Write every changed answer to the session file; False if one could not be saved."""
        return all([self.save_answer(name) for name in self.answers])

    # -- page 3: the improvement plan ----------------------------------------------------

    def _plan_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.plan = QTableWidget(0, 5, page)
        self.plan.setObjectName("improvementPlanTable")
        self.plan.setAccessibleName("Improvement plan")
        self.plan.setHorizontalHeaderLabels(
            ["Issue", "Corrective action", "Capability", "Owner", "Due"]
        )
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.verticalHeader().hide()
        header = self.plan.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        self.issue_edit = QLineEdit(page)
        self.issue_edit.setObjectName("actionIssueEdit")
        self.corrective_edit = QLineEdit(page)
        self.corrective_edit.setObjectName("actionCorrectiveEdit")
        self.capability_edit = QLineEdit(page)
        self.capability_edit.setObjectName("actionCapabilityEdit")
        self.capability_edit.setPlaceholderText("e.g. crisis communication (optional)")
        self.owner_edit = QLineEdit(page)
        self.owner_edit.setObjectName("actionOwnerEdit")
        self.due_edit = QDateEdit(page)
        self.due_edit.setObjectName("actionDueEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(QDate.currentDate().addMonths(3))
        add = QPushButton("Add to the plan", page)
        add.setObjectName("addActionButton")
        add.clicked.connect(self._add_action)
        for edit in (self.issue_edit, self.corrective_edit, self.capability_edit, self.owner_edit):
            edit.returnPressed.connect(self._add_action)
        form.addRow("&Issue:", self.issue_edit)
        form.addRow("&Corrective action:", self.corrective_edit)
        form.addRow("C&apability:", self.capability_edit)
        form.addRow("&Owner:", self.owner_edit)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        due_row.addWidget(add)
        form.addRow(buddy_label("&Due date:", self.due_edit, page), due_row)
        layout.addWidget(self.plan, 1)
        layout.addLayout(form)
        return page

    def _add_action(self) -> None:
        if self._controller.add_action(
            self.issue_edit.text(),
            self.corrective_edit.text(),
            capability=self.capability_edit.text(),
            owner=self.owner_edit.text(),
            start=QDate.currentDate().toString(Qt.DateFormat.ISODate),
            due=self.due_edit.date().toString(Qt.DateFormat.ISODate),
        ):
            for edit in (
                self.issue_edit,
                self.corrective_edit,
                self.capability_edit,
                self.owner_edit,
            ):
                edit.clear()
            self.issue_edit.setFocus()

    def _fill_plan(self) -> None:
        actions = self._controller.state.actions
        self.plan.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for column, value in enumerate(
                (
                    action.issue,
                    action.corrective_action,
                    action.capability,
                    action.owner,
                    action.due,
                )
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.plan.setItem(row, column, item)

    # -- drafts: lines typed but not yet added survive a closed window -------------------

    def _draft_fields(self) -> dict[str, QLineEdit]:
        return {
            "strength": self.adders["strength"],
            "improvement": self.adders["improvement"],
            "issue": self.issue_edit,
            "corrective": self.corrective_edit,
            "capability": self.capability_edit,
            "owner": self.owner_edit,
        }

    def _restore_drafts(self) -> None:
        session_id = self._controller.session_id
        for name, edit in self._draft_fields().items():
            if not edit.text():
                edit.setText(settings.load_text(settings.draft_key(session_id, f"hotwash-{name}")))

    def save_drafts(self) -> None:
        session_id = self._controller.session_id
        for name, edit in self._draft_fields().items():
            settings.save_text(settings.draft_key(session_id, f"hotwash-{name}"), edit.text())

    # -- ending ------------------------------------------------------------------------

    def _update_status(self) -> None:
        ended = self._controller.ended
        self.status.setText(
            "The session has ended. The hot wash can still be completed."
            if ended
            else "The session is still running."
        )
        self.end_button.setEnabled(not ended)

    def _end(self) -> None:
        self.save_answers()
        self._end_action.trigger()

    def _failed(self, message: str, serious: bool) -> None:
        if self.isVisible():
            self.banner.show_message(message, serious=serious)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_answers()
        self.save_drafts()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.save_answers()
        self.save_drafts()
        super().done(result)
