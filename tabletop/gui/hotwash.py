"""The hot wash: strengths and improvements, the after-action questions, the evaluation
(objectives rated, expected actions judged), the improvement plan; then end.

Each answer is saved to the session file when its field is left, when the
window closes and with Save answers; a field shows "saved" only once its text
is on disk. Until then it is kept as a draft (every second while typing), as
the lines not yet added are, and comes back after a crash. Observations and
improvement actions are recorded one by one as they are added.
"""

from __future__ import annotations

import datetime as _dt
from functools import partial

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
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

from tabletop.core.engine.state import CAPABILITY_ELEMENTS
from tabletop.core.report.words import capability_element, hotwash_question
from tabletop.gui import settings
from tabletop.gui.hotwash_evaluation import EvaluationPage
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.observations import IMPROVEMENT, STRENGTH
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import scaled_font
from tabletop.gui.widgets import MessageBanner, buddy_label, heading, quiet, shortened

AAR_FIELDS = ("supposed", "happened", "why", "sustain_improve")
# the improvement plan's columns (HSEEP AAR/IP appendix A) and the action field each shows
PLAN_COLUMNS = (
    (QT_TRANSLATE_NOOP("HotwashWindow", "Capability"), "capability"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Issue"), "issue"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Corrective action"), "corrective_action"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Element"), "element"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Responsible"), "owner"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "POC"), "poc"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Start"), "start"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Completion"), "due"),
    (QT_TRANSLATE_NOOP("HotwashWindow", "Answers"), "area"),
)


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
        self.setWindowTitle(
            translate("HotwashWindow", "Hot wash — {session}").format(
                session=controller.state.name or controller.deck.title
            )
        )
        self.setModal(False)
        self._controller = controller
        layout = QVBoxLayout(self)
        self.banner = MessageBanner(self)
        self.status = QLabel(self)
        self.status.setObjectName("hotwashStatus")
        self.status.setFont(scaled_font(self, 1.1, bold=True))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(
            self._observations_page(), translate("HotwashWindow", "1. Strengths and improvements")
        )
        self.tabs.addTab(
            self._questions_page(), translate("HotwashWindow", "2. After-action questions")
        )
        self.evaluation = EvaluationPage(controller, self)
        self.tabs.addTab(self.evaluation, translate("HotwashWindow", "3. Evaluation"))
        self.tabs.addTab(self._plan_page(), translate("HotwashWindow", "4. Improvement plan"))
        footer = QHBoxLayout()
        self.save_button = QPushButton(translate("HotwashWindow", "Save answers"), self)
        self.save_button.setObjectName("saveHotwashButton")
        self.save_button.clicked.connect(self.save_answers)
        self.export_button = QPushButton(
            translate("HotwashWindow", "Export after-action report…"), self
        )
        self.export_button.setObjectName("hotwashExportButton")
        self.export_button.clicked.connect(export_action.trigger)
        self.end_button = QPushButton(translate("HotwashWindow", "End session"), self)
        self.end_button.setObjectName("hotwashEndButton")
        self.end_button.setToolTip(
            translate(
                "HotwashWindow", "End the session (Ctrl+Shift+E); the hot wash stays editable"
            )
        )
        self.end_button.clicked.connect(self._end)
        self._end_action = end_action
        close = QPushButton(translate("HotwashWindow", "Close"), self)
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
        controller.observations_changed.connect(self._fill_areas)
        controller.injects_changed.connect(self._fill_areas)
        controller.evaluation_changed.connect(self._fill_areas)
        controller.hotwash_changed.connect(self._fill_plan)
        controller.session_changed.connect(self._update_status)
        controller.failed.connect(self._failed)
        self._saved_drafts: dict[str, str] = {}
        controller.tick.connect(self._keep_drafts)
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
        for column, (kind, badge, title_text, prompt, name) in enumerate(
            (
                (
                    "strength",
                    STRENGTH,
                    translate("HotwashWindow", "Strengths"),
                    translate("HotwashWindow", "What went well? Enter adds it."),
                    translate("HotwashWindow", "New strength"),
                ),
                (
                    "improvement",
                    IMPROVEMENT,
                    translate("HotwashWindow", "Areas for improvement"),
                    translate("HotwashWindow", "What should be done better? Enter adds it."),
                    translate("HotwashWindow", "New area for improvement"),
                ),
            )
        ):
            title = heading(title_text, page)
            items = QListWidget(page)
            items.setObjectName(f"hotwash_{kind}_list")
            items.setWordWrap(True)
            edit = QLineEdit(page)
            edit.setObjectName(f"hotwash_{kind}_edit")
            edit.setPlaceholderText(prompt)
            edit.setAccessibleName(name)
            button = QPushButton(badge.icon, translate("HotwashWindow", "Add"), page)
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
            label = QLabel(hotwash_question(field_name), page)
            label.setFont(scaled_font(page, 1.0, bold=True))
            mark = QLabel(page)
            mark.setObjectName(f"hotwash_{field_name}_saved")
            quiet(mark)
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"hotwash_{field_name}")
            edit.setAccessibleName(hotwash_question(field_name))
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
        if not text and not saved:
            mark = ""
        elif text == saved:
            mark = translate("HotwashWindow", "saved")
        else:
            mark = translate("HotwashWindow", "not saved yet")
        self.saved_marks[field_name].setText(mark)

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
        self.plan = QTableWidget(0, len(PLAN_COLUMNS), page)
        self.plan.setObjectName("improvementPlanTable")
        self.plan.setAccessibleName(translate("HotwashWindow", "Improvement plan"))
        self.plan.setHorizontalHeaderLabels(
            [translated("HotwashWindow", title) for title, _ in PLAN_COLUMNS]
        )
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.verticalHeader().hide()
        self.plan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()

        def line(name: str, hint: str = "") -> QLineEdit:
            edit = QLineEdit(page)
            edit.setObjectName(name)
            edit.setPlaceholderText(hint)
            edit.returnPressed.connect(self._add_action)
            return edit

        self.issue_edit = line(
            "actionIssueEdit", translate("HotwashWindow", "the issue or area for improvement")
        )
        self.corrective_edit = line(
            "actionCorrectiveEdit", translate("HotwashWindow", "what will be done about it")
        )
        self.capability_edit = line(
            "actionCapabilityEdit", translate("HotwashWindow", "e.g. Operational communications")
        )
        capabilities = sorted(
            {o.capability for o in self._controller.deck.objectives if o.capability}
        )
        self.capability_edit.setCompleter(QCompleter(capabilities, self.capability_edit))
        self.element_combo = QComboBox(page)
        self.element_combo.setObjectName("actionElementCombo")
        self.element_combo.addItem("—", "")
        for element in CAPABILITY_ELEMENTS:
            self.element_combo.addItem(capability_element(element), element)
        self.owner_edit = line(
            "actionOwnerEdit", translate("HotwashWindow", "primary responsible organisation")
        )
        self.poc_edit = line(
            "actionPocEdit", translate("HotwashWindow", "the organisation's point of contact")
        )
        self.start_edit = line("actionStartEdit", translate("HotwashWindow", "YYYY-MM-DD"))
        self.start_edit.setText(QDate.currentDate().toString(Qt.DateFormat.ISODate))
        self.due_edit = line("actionDueEdit", translate("HotwashWindow", "YYYY-MM-DD"))
        self.due_edit.setText(QDate.currentDate().addMonths(3).toString(Qt.DateFormat.ISODate))
        self.area_combo = QComboBox(page)
        self.area_combo.setObjectName("actionAreaCombo")
        self.area_combo.setAccessibleName(
            translate("HotwashWindow", "The area for improvement it answers")
        )
        self.date_problem = QLabel(page)
        self.date_problem.setObjectName("actionDateProblem")
        self.date_problem.setWordWrap(True)
        self.date_problem.setStyleSheet("color: #a33a2c;")
        self.date_problem.hide()
        add = QPushButton(translate("HotwashWindow", "Add to the plan"), page)
        add.setObjectName("addActionButton")
        add.clicked.connect(self._add_action)
        form.addRow(translate("HotwashWindow", "&Issue:"), self.issue_edit)
        form.addRow(translate("HotwashWindow", "&Corrective action:"), self.corrective_edit)
        form.addRow(translate("HotwashWindow", "Answers the &area:"), self.area_combo)
        form.addRow(translate("HotwashWindow", "Core c&apability:"), self.capability_edit)
        form.addRow(translate("HotwashWindow", "Capability &element:"), self.element_combo)
        form.addRow(translate("HotwashWindow", "Responsible &organisation:"), self.owner_edit)
        form.addRow(translate("HotwashWindow", "Organisation &POC:"), self.poc_edit)
        dates = QHBoxLayout()
        dates.addWidget(buddy_label(translate("HotwashWindow", "&Start:"), self.start_edit, page))
        dates.addWidget(self.start_edit)
        dates.addWidget(
            buddy_label(translate("HotwashWindow", "Co&mpletion:"), self.due_edit, page)
        )
        dates.addWidget(self.due_edit)
        dates.addStretch(1)
        dates.addWidget(add)
        form.addRow(translate("HotwashWindow", "Dates:"), dates)
        form.addRow(self.date_problem)
        layout.addWidget(self.plan, 1)
        layout.addLayout(form)
        return page

    def _fill_areas(self) -> None:
        """The areas an action may answer: areas for improvement noted, and the expected actions
        of played injects not judged met (one met is a strength, nothing to correct)."""
        state = self._controller.state
        current = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(translate("HotwashWindow", "— (none named)"), "")
        for o in state.observations:
            if o.kind == "improvement":
                self.area_combo.addItem(f"{o.id}: {shortened(o.text, 60)}", o.id)
        for inject_id in state.delivered():
            inject = state.deck.inject(inject_id)
            for index, text in enumerate(inject.expected_actions):
                judged = state.assessment(inject_id, index)
                if judged is not None and judged.verdict == "met":
                    continue
                self.area_combo.addItem(
                    translate("HotwashWindow", "{inject}, expected action {number}: {text}").format(
                        inject=shortened(inject.title, 30),
                        number=index + 1,
                        text=shortened(text, 40),
                    ),
                    f"{inject_id}#{index}",
                )
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(current), 0))
        self.area_combo.blockSignals(False)

    def _date_problem(self) -> str:
        """What is wrong with the dates typed, in words; "" when they are fine."""
        values = {}
        for what, edit, problem in (
            (
                "start",
                self.start_edit,
                translate(
                    "HotwashWindow",
                    "The start date '{text}' is not a date: write it as year-month-day, "
                    "e.g. 2027-03-31.",
                ),
            ),
            (
                "completion",
                self.due_edit,
                translate(
                    "HotwashWindow",
                    "The completion date '{text}' is not a date: write it as year-month-day, "
                    "e.g. 2027-03-31.",
                ),
            ),
        ):
            text = edit.text().strip()
            if not text:
                continue
            try:
                values[what] = _dt.date.fromisoformat(text)
            except ValueError:
                edit.setFocus()
                return problem.format(text=text)
        if len(values) == 2 and values["completion"] < values["start"]:
            self.due_edit.setFocus()
            return translate("HotwashWindow", "The completion date is before the start date.")
        return ""

    def _add_action(self) -> None:
        problem = self._date_problem()
        self.date_problem.setText(problem)
        self.date_problem.setVisible(bool(problem))
        if problem:
            return
        if self._controller.add_action(
            self.issue_edit.text(),
            self.corrective_edit.text(),
            capability=self.capability_edit.text(),
            owner=self.owner_edit.text(),
            start=self.start_edit.text(),
            due=self.due_edit.text(),
            element=str(self.element_combo.currentData() or ""),
            poc=self.poc_edit.text(),
            area=str(self.area_combo.currentData() or ""),
        ):
            for edit in (
                self.issue_edit,
                self.corrective_edit,
                self.capability_edit,
                self.owner_edit,
                self.poc_edit,
            ):
                edit.clear()
            self.element_combo.setCurrentIndex(0)
            self.area_combo.setCurrentIndex(0)
            self.issue_edit.setFocus()

    def _fill_plan(self) -> None:
        actions = self._controller.state.actions
        self.plan.setRowCount(len(actions))
        for row, action in enumerate(actions):
            for column, (_title, key) in enumerate(PLAN_COLUMNS):
                value = str(getattr(action, key))
                if key == "element" and value:
                    value = capability_element(value)
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.plan.setItem(row, column, item)
        self._fill_areas()

    # -- drafts: lines typed but not yet added survive a closed window -------------------

    def _draft_fields(self) -> dict[str, QLineEdit]:
        return {
            "strength": self.adders["strength"],
            "improvement": self.adders["improvement"],
            "issue": self.issue_edit,
            "corrective": self.corrective_edit,
            "capability": self.capability_edit,
            "owner": self.owner_edit,
            "poc": self.poc_edit,
        }

    def _restore_drafts(self) -> None:
        session_id = self._controller.session_id
        for name, edit in self._draft_fields().items():
            if not edit.text():
                edit.setText(settings.load_text(settings.draft_key(session_id, f"hotwash-{name}")))
        # an answer typed but not saved to the session file when the app went down
        hotwash = self._controller.state.hotwash
        for field_name, answer in self.answers.items():
            draft = settings.load_text(
                settings.draft_key(session_id, f"hotwash-answer-{field_name}")
            )
            if draft.strip() and draft.strip() != hotwash.get(field_name, "").strip():
                answer.setPlainText(draft)
        self._saved_drafts = self._drafts()

    def _drafts(self) -> dict[str, str]:
        """What would be lost if the app went down now: the lines not yet added and the
        answers not yet saved to the session file, by their settings key."""
        session_id = self._controller.session_id
        texts = {
            settings.draft_key(session_id, f"hotwash-{name}"): edit.text()
            for name, edit in self._draft_fields().items()
        }
        hotwash = self._controller.state.hotwash
        for field_name, answer in self.answers.items():
            text = answer.toPlainText()
            unsaved = text.strip() != hotwash.get(field_name, "").strip()
            texts[settings.draft_key(session_id, f"hotwash-answer-{field_name}")] = (
                text if unsaved else ""
            )
        return texts

    def save_drafts(self) -> None:
        texts = self._drafts()
        settings.save_many(texts)
        self._saved_drafts = texts

    def _keep_drafts(self) -> None:
        """Once a second: what was typed since is kept, as the decision's draft is."""
        if self._controller.is_open and self._drafts() != self._saved_drafts:
            self.save_drafts()

    # -- ending ------------------------------------------------------------------------

    def _update_status(self) -> None:
        ended = self._controller.ended
        self.status.setText(
            translate(
                "HotwashWindow", "The session has ended. The hot wash can still be completed."
            )
            if ended
            else translate("HotwashWindow", "The session is still running.")
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
