"""The hot wash's evaluation page: objectives rated, expected actions judged.

Each change is recorded at once (a rating when it is chosen, a note when its
field is left), like every other event, and shows in the after-action report.
The rating the data suggests is shown beside each objective, never instead.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine.records import RATINGS, VERDICTS
from tabletop.core.report.analysis.evaluation import objective_ratings
from tabletop.core.report.words import rating_name, verdict
from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.widgets import heading, quiet, shortened

NOT_GIVEN = "—"


class EvaluationPage(QScrollArea):
    """Rate each objective (P/S/M/U) and judge each expected action of the injects played."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hotwashEvaluation")
        self.setWidgetResizable(True)
        self._controller = controller
        self._filling = False
        self.ratings: dict[str, QComboBox] = {}
        self.rating_notes: dict[str, QLineEdit] = {}
        self.suggestions: dict[str, QLabel] = {}
        self.verdicts: dict[str, QComboBox] = {}
        self.verdict_notes: dict[str, QLineEdit] = {}
        self.verdict_decisions: dict[str, QComboBox] = {}
        self._build()
        controller.evaluation_changed.connect(self.refresh)
        controller.observations_changed.connect(self.refresh)
        controller.injects_changed.connect(self._rebuild_if_new_injects)
        controller.decisions_changed.connect(self.refresh)

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        deck = self._controller.deck
        layout.addWidget(
            heading(translate("EvaluationPage", "Objectives: the evaluator's rating"), body)
        )
        grid = QGridLayout()
        for row, objective in enumerate(deck.objectives):
            text = QLabel(objective.text, body)
            text.setWordWrap(True)
            combo = QComboBox(body)
            combo.setObjectName(f"objectiveRating_{objective.id}")
            combo.setAccessibleName(
                translate("EvaluationPage", "Rating of: {objective}").format(
                    objective=objective.text
                )
            )
            combo.addItem(NOT_GIVEN, "")
            for rating in RATINGS:
                combo.addItem(f"{rating}: {rating_name(rating)}", rating)
            note = QLineEdit(body)
            note.setObjectName(f"objectiveNote_{objective.id}")
            note.setPlaceholderText(translate("EvaluationPage", "Why this rating (optional)"))
            suggestion = QLabel(body)
            quiet(suggestion)
            combo.currentIndexChanged.connect(partial(self._rate, objective.id))
            note.editingFinished.connect(partial(self._rate, objective.id))
            grid.addWidget(text, row * 2, 0, 1, 3)
            grid.addWidget(combo, row * 2 + 1, 0)
            grid.addWidget(note, row * 2 + 1, 1)
            grid.addWidget(suggestion, row * 2 + 1, 2)
            self.ratings[objective.id] = combo
            self.rating_notes[objective.id] = note
            self.suggestions[objective.id] = suggestion
        if not deck.objectives:
            grid.addWidget(
                QLabel(translate("EvaluationPage", "The deck states no objectives."), body), 0, 0
            )
        layout.addLayout(grid)
        layout.addWidget(
            heading(translate("EvaluationPage", "Expected actions of the injects played"), body)
        )
        self._actions = QGridLayout()
        layout.addLayout(self._actions)
        layout.addStretch(1)
        self.setWidget(body)
        self._body = body
        self._shown: tuple[str, ...] = ()
        self._fill_expected()
        self.refresh()

    def _fill_expected(self) -> None:
        state = self._controller.state
        deck = self._controller.deck
        played = tuple(i for i in state.delivered() if deck.inject(i).expected_actions)
        self._shown = played
        while self._actions.count():
            item = self._actions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.verdicts.clear()
        self.verdict_notes.clear()
        self.verdict_decisions.clear()
        row = 0
        if not played:
            self._actions.addWidget(
                QLabel(
                    translate("EvaluationPage", "No inject with expected actions was played yet.")
                ),
                0,
                0,
            )
        for inject_id in played:
            inject = deck.inject(inject_id)
            title = QLabel(f"<b>{inject.title}</b>", self._body)
            self._actions.addWidget(title, row, 0, 1, 4)
            row += 1
            for index, text in enumerate(inject.expected_actions):
                key = f"{inject_id}#{index}"
                label = QLabel(f"{index + 1}. {text}", self._body)
                label.setWordWrap(True)
                verdict_combo = QComboBox(self._body)
                verdict_combo.setObjectName(f"verdict_{key}")
                verdict_combo.setAccessibleName(
                    translate("EvaluationPage", "Verdict on: {action}").format(action=text)
                )
                verdict_combo.addItem(NOT_GIVEN, "")
                for name in VERDICTS:
                    verdict_combo.addItem(verdict(name), name)
                decision = QComboBox(self._body)
                decision.setObjectName(f"verdictDecision_{key}")
                decision.setAccessibleName(
                    translate("EvaluationPage", "Decision that met: {action}").format(action=text)
                )
                note = QLineEdit(self._body)
                note.setObjectName(f"verdictNote_{key}")
                note.setPlaceholderText(translate("EvaluationPage", "Evaluator's note (optional)"))
                verdict_combo.currentIndexChanged.connect(partial(self._judge, inject_id, index))
                decision.currentIndexChanged.connect(partial(self._judge, inject_id, index))
                note.editingFinished.connect(partial(self._judge, inject_id, index))
                self._actions.addWidget(label, row, 0)
                self._actions.addWidget(verdict_combo, row, 1)
                self._actions.addWidget(decision, row, 2)
                self._actions.addWidget(note, row, 3)
                self.verdicts[key] = verdict_combo
                self.verdict_decisions[key] = decision
                self.verdict_notes[key] = note
                row += 1

    def _rebuild_if_new_injects(self) -> None:
        state, deck = self._controller.state, self._controller.deck
        played = tuple(i for i in state.delivered() if deck.inject(i).expected_actions)
        if played != self._shown:
            self._fill_expected()
            self.refresh()

    def refresh(self) -> None:
        """Show what the session file holds."""
        state = self._controller.state
        self._filling = True
        try:
            suggested = {r.id: r for r in objective_ratings(state.deck, state, ())}
            for objective_id, combo in self.ratings.items():
                given = state.objective_ratings.get(objective_id)
                combo.setCurrentIndex(max(combo.findData(given.rating if given else ""), 0))
                note = self.rating_notes[objective_id]
                if not note.hasFocus():
                    note.setText(given.note if given else "")
                hint = suggested.get(objective_id)
                self.suggestions[objective_id].setText(
                    translate("EvaluationPage", "Suggested by the observations: {rating}").format(
                        rating=hint.suggested
                    )
                    if hint is not None and hint.suggested
                    else translate("EvaluationPage", "No rated observation yet")
                )
            for key, combo in self.verdicts.items():
                inject_id, _, index = key.partition("#")
                found = state.assessment(inject_id, int(index))
                combo.setCurrentIndex(max(combo.findData(found.verdict if found else ""), 0))
                decisions = self.verdict_decisions[key]
                decisions.clear()
                decisions.addItem(translate("EvaluationPage", "no decision named"), "")
                for d in state.decision_list:
                    if not d.withdrawn and d.inject == inject_id:
                        decisions.addItem(f"{d.id}: {shortened(d.text, 40)}", d.id)
                decisions.setCurrentIndex(
                    max(decisions.findData(found.decision if found else ""), 0)
                )
                note = self.verdict_notes[key]
                if not note.hasFocus():
                    note.setText(found.note if found else "")
        finally:
            self._filling = False

    def _rate(self, objective_id: str, *_args: object) -> None:
        if self._filling:
            return
        state = self._controller.state
        rating = str(self.ratings[objective_id].currentData() or "")
        note = self.rating_notes[objective_id].text().strip()
        given = state.objective_ratings.get(objective_id)
        current = (given.rating, given.note) if given is not None else ("", "")
        wanted = (rating, note if rating else "")
        if current == wanted:
            return
        self._controller.rate_objective(objective_id, rating, note=wanted[1])

    def _judge(self, inject_id: str, index: int, *_args: object) -> None:
        if self._filling:
            return
        key = f"{inject_id}#{index}"
        verdict = str(self.verdicts[key].currentData() or "")
        decision = str(self.verdict_decisions[key].currentData() or "")
        note = self.verdict_notes[key].text().strip()
        found = self._controller.state.assessment(inject_id, index)
        current = (found.verdict, found.note, found.decision) if found else ("", "", "")
        wanted = (verdict, note if verdict else "", decision if verdict else "")
        if current == wanted or (found is None and not verdict):
            return
        self._controller.assess_expectation(
            inject_id, index, verdict, note=wanted[1], decision=wanted[2]
        )
