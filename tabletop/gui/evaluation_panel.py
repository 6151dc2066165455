"""Evaluation during play: judge an inject's expected actions and rate its objectives.

Beside the current inject, the facilitator (or an evaluator) marks each
expected action met, partly met, not met or not observed, optionally naming the
decision that met it and a note, and rates the inject's learning objectives
P/S/M/U with a note; what the observations linked to an objective suggest is
shown beside its rating. Every choice is recorded at once, like any other
action (and undone like one). An earlier inject can be chosen to judge it
later, during play or in the hot wash.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.model import Objective
from tabletop.core.engine import Change
from tabletop.core.engine.state import RATINGS, VERDICTS
from tabletop.core.report.words import rating_name, verdict
from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.settled_combo import SettledCombo
from tabletop.gui.widgets import heading, quiet, shortened

MET_BY_OFFERED = 200  # the latest decisions on an inject offered as the one that met an action


def _combo(parent: QWidget, name: str, accessible: str) -> SettledCombo:
    combo = SettledCombo(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def _set(combo: QComboBox, data: str) -> None:
    """Show a recorded value without it being taken for the user's choice."""
    combo.blockSignals(True)
    combo.setCurrentIndex(max(0, combo.findData(data)))
    combo.blockSignals(False)


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@dataclass
class ExpectationRow:
    """One expected action: its words, the verdict, the decision that met it, a note."""

    index: int
    label: QLabel
    verdict: SettledCombo
    met_by: SettledCombo
    note: QLineEdit


@dataclass
class ObjectiveRow:
    """One learning objective: its words, the rating, a note, what observations suggest."""

    objective_id: str
    label: QLabel
    rating: SettledCombo
    note: QLineEdit
    suggestion: QLabel


class EvaluationPanel(QWidget):
    """Verdicts on an inject's expected actions and ratings of its objectives."""

    progress_changed = Signal(int, int)  # judged so far, to judge

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPanel")
        self.setAccessibleName(translate("EvaluationPanel", "Evaluation"))
        self._controller = controller
        self._shown = ""  # the inject whose rows are built
        self.expectations: list[ExpectationRow] = []
        self.objectives: list[ObjectiveRow] = []
        # the decisions recorded while each inject was in front of the room, kept as they come
        # (built when first needed: a long session opens without walking its decisions)
        self._answers: dict[str, list[str]] | None = None
        self._row_inject: list[str] = []
        self._answered = 0
        self._stale = False  # the decisions offered as "met by" are behind the session

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.inject_combo = _combo(
            self, "evaluationInjectCombo", translate("EvaluationPanel", "Inject to evaluate")
        )
        self.inject_combo.setMinimumContentsLength(20)
        self.inject_combo.setToolTip(
            translate("EvaluationPanel", "The inject being evaluated (any inject already played)")
        )
        chooser = QLabel(translate("EvaluationPanel", "&Evaluate:"), self)
        chooser.setBuddy(self.inject_combo)
        top.addWidget(chooser)
        top.addWidget(self.inject_combo, 1)
        outer.addLayout(top)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll, 1)
        self.empty = _label("", self)
        self.empty.setObjectName("evaluationEmpty")
        outer.addWidget(self.empty)

        self.inject_combo.currentIndexChanged.connect(lambda _i: self._show_inject())
        controller.changed.connect(self._follow)
        controller.inject_delivered.connect(self._delivered)
        controller.evaluation_changed.connect(self._show_values)
        controller.observations_changed.connect(self._show_values)
        controller.session_changed.connect(self._show_values)
        self._fill_injects(controller.state.current)

    def refresh_progress(self) -> None:
        self._show_values()

    def focus_first(self) -> None:
        """Put the keyboard on the first verdict (or rating) still to give."""
        for item in self.expectations:
            if not item.verdict.currentData():
                item.verdict.setFocus()
                return
        for line in self.objectives:
            if not line.rating.currentData():
                line.rating.setFocus()
                return
        self.inject_combo.setFocus()

    # -- which inject -----------------------------------------------------------------

    def inject_id(self) -> str:
        return str(self.inject_combo.currentData() or "")

    def _fill_injects(self, select: str) -> None:
        state = self._controller.state
        self.inject_combo.blockSignals(True)
        self.inject_combo.clear()
        for number, inject_id in enumerate(state.order, start=1):
            if state.injects[inject_id].status != "delivered":
                continue
            title = state.deck.inject(inject_id).title
            if inject_id == state.current:
                text = translate("EvaluationPanel", "{number}. {title}  (current)")
            else:
                text = translate("EvaluationPanel", "{number}. {title}")
            self.inject_combo.addItem(text.format(number=number, title=title), inject_id)
        index = self.inject_combo.findData(select)
        if index < 0:
            index = self.inject_combo.count() - 1
        self.inject_combo.setCurrentIndex(index)
        self.inject_combo.blockSignals(False)
        self._show_inject()

    def _delivered(self, inject_id: str) -> None:
        # a new inject in front of the room is the one to evaluate
        self._fill_injects(inject_id)

    def _follow(self, change: Change) -> None:
        """Keep the decisions answering each inject; injects may have been undone too."""
        if not self._controller.is_open:
            return
        grew = self._catch_up() if self._answers is not None else False
        self._stale = self._stale or grew
        if change.event.type == "event_undone" and change.event.data.get("type") in (
            "inject_delivered",
            "inject_skipped",
        ):
            self._fill_injects(self.inject_id())
        elif grew and self.isVisible():
            self._fill_met_by()

    # -- rows -------------------------------------------------------------------------

    def _objectives(self, inject_id: str) -> list[Objective]:
        deck = self._controller.deck
        if inject_id:
            own = [deck.objective(o) for o in deck.inject(inject_id).objectives]
            found = [o for o in own if o is not None]
            if found:
                return found
        return list(deck.objectives)  # an inject without its own: every objective

    def _show_inject(self) -> None:
        inject_id = self.inject_id()
        deck = self._controller.deck
        inner = QWidget(self._scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(2, 2, 2, 2)
        column.setSpacing(3)

        def line_of(*widgets: tuple[QWidget, int]) -> None:
            row_layout = QHBoxLayout()
            row_layout.setSpacing(6)
            for widget, stretch in widgets:
                row_layout.addWidget(widget, stretch)
            column.addLayout(row_layout)

        self.expectations = []
        self.objectives = []
        expected = deck.inject(inject_id).expected_actions if inject_id else ()
        if expected:
            column.addWidget(heading(translate("EvaluationPanel", "Expected actions"), inner))
        for index, text in enumerate(expected):
            item = ExpectationRow(
                index=index,
                label=_label(text, inner),
                verdict=_combo(
                    inner,
                    f"verdictCombo_{index}",
                    translate("EvaluationPanel", "Verdict on: {action}").format(action=text),
                ),
                met_by=_combo(
                    inner, f"metByCombo_{index}", translate("EvaluationPanel", "Met by decision")
                ),
                note=QLineEdit(inner),
            )
            item.verdict.addItem(verdict("not_assessed"), "")
            for name in VERDICTS:
                item.verdict.addItem(verdict(name), name)
            item.verdict.setMinimumContentsLength(10)
            item.met_by.setMinimumContentsLength(8)
            item.met_by.setToolTip(
                translate("EvaluationPanel", "The decision that met it, if one did")
            )
            item.note.setObjectName(f"verdictNote_{index}")
            item.note.setAccessibleName(translate("EvaluationPanel", "Note on the verdict"))
            item.note.setPlaceholderText(translate("EvaluationPanel", "Note (optional)"))
            item.verdict.chosen.connect(lambda it=item: self._judge(it))
            item.met_by.chosen.connect(lambda it=item: self._judge(it, True))
            item.note.editingFinished.connect(lambda it=item: self._judge(it, True))
            column.addWidget(item.label)
            line_of((item.verdict, 2), (item.met_by, 3), (item.note, 3))
            self.expectations.append(item)
        objectives = self._objectives(inject_id)
        if objectives:
            title = (
                translate("EvaluationPanel", "Objectives")
                if inject_id and deck.inject(inject_id).objectives
                else translate("EvaluationPanel", "Objectives (of the exercise)")
            )
            column.addWidget(heading(title, inner))
        for objective in objectives:
            line = ObjectiveRow(
                objective_id=objective.id,
                label=_label(objective.text, inner),
                rating=_combo(
                    inner,
                    f"ratingCombo_{objective.id}",
                    translate("EvaluationPanel", "Rating of: {objective}").format(
                        objective=objective.text
                    ),
                ),
                note=QLineEdit(inner),
                suggestion=quiet(_label("", inner)),
            )
            line.rating.addItem(translate("EvaluationPanel", "Not rated"), "")
            for code in RATINGS:
                line.rating.addItem(f"{code}: {rating_name(code)}", code)
            line.rating.setMinimumContentsLength(10)
            line.note.setObjectName(f"ratingNote_{objective.id}")
            line.note.setAccessibleName(translate("EvaluationPanel", "Note on the rating"))
            line.note.setPlaceholderText(translate("EvaluationPanel", "Note (optional)"))
            line.rating.chosen.connect(lambda ln=line: self._rate(ln))
            line.note.editingFinished.connect(lambda ln=line: self._rate(ln, True))
            column.addWidget(line.label)
            line_of((line.rating, 2), (line.note, 6))
            column.addWidget(line.suggestion)
            self.objectives.append(line)
        column.addStretch(1)
        self._scroll.setWidget(inner)
        self._shown = inject_id
        if not inject_id:
            self.empty.setText(
                translate(
                    "EvaluationPanel",
                    "No inject has been delivered yet: expected actions are judged once their "
                    "inject is in front of the room. Objectives can be rated at any time.",
                )
            )
        elif not expected:
            self.empty.setText(translate("EvaluationPanel", "This inject has no expected actions."))
        self.empty.setVisible(not expected)
        self._fill_met_by()
        self._show_values()

    def _catch_up(self) -> bool:
        """Bring the decisions answering each inject up to date; True if they changed."""
        if self._answers is None:
            self._answers = defaultdict(list)
        decisions = self._controller.state.decision_list
        for row in range(len(decisions), self._answered):  # undone: the latest ones go
            self._answers[self._row_inject[row]].pop()
        del self._row_inject[len(decisions) :]
        for decision in decisions[self._answered :]:
            self._answers[decision.inject].append(decision.id)
            self._row_inject.append(decision.inject)
        grew = len(decisions) != self._answered
        self._answered = len(decisions)
        return grew

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_met_by()

    def _fill_met_by(self) -> None:
        """Offer the decisions recorded while the inject was in front of the room (the latest
        ones, when there are very many; one already chosen stays offered)."""
        if not self.isVisible():
            self._stale = True  # filled when the tab is shown
            return
        self._stale = False
        self._catch_up()
        assert self._answers is not None
        state = self._controller.state
        answers = self._answers.get(self._shown, [])[-MET_BY_OFFERED:]
        for item in self.expectations:
            chosen = str(item.met_by.currentData() or "")
            item.met_by.blockSignals(True)
            item.met_by.clear()
            item.met_by.addItem(translate("EvaluationPanel", "Met by: —"), "")
            for decision_id in answers:
                decision = state.decisions.get(decision_id)
                if decision is None or decision.withdrawn:
                    continue
                team = state.team_name(decision.team)
                item.met_by.addItem(
                    f"{decision_id} {team}: {shortened(decision.text, 60)}", decision_id
                )
            item.met_by.setCurrentIndex(max(0, item.met_by.findData(chosen)))
            item.met_by.blockSignals(False)

    def _show_values(self) -> None:
        """Show what is recorded (after a change, an undo, or on opening)."""
        if not self._controller.is_open:
            return
        state = self._controller.state
        inject_id = self._shown
        judged = 0
        for item in self.expectations:
            assessment = state.assessment(inject_id, item.index)
            verdict = assessment.verdict if assessment else ""
            _set(item.verdict, verdict)
            if assessment is not None:
                if item.met_by.findData(assessment.decision) < 0 and assessment.decision:
                    # not yet offered (the tab not shown since opening): adding it to an empty
                    # list makes it current, which must not be taken for a choice either
                    item.met_by.blockSignals(True)
                    item.met_by.addItem(assessment.decision, assessment.decision)
                    item.met_by.blockSignals(False)
                _set(item.met_by, assessment.decision)
                item.note.setText(assessment.note)
            judged += bool(verdict)
        suggested: dict[str, str] = {}
        if self.objectives and any(o.rating for o in state.observations):
            # the same suggestion the hot wash and the report give (loaded when first needed;
            # without a rated observation there is nothing to suggest)
            from tabletop.core.report.analysis.evaluation import objective_ratings

            suggested = {r.id: r.suggested for r in objective_ratings(state.deck, state, ())}
        for line in self.objectives:
            rating = state.objective_ratings.get(line.objective_id)
            _set(line.rating, rating.rating if rating else "")
            if rating is not None:
                line.note.setText(rating.note)
            judged += rating is not None
            line.suggestion.setText(
                self._suggestion(line.objective_id, suggested.get(line.objective_id, ""))
            )
        self.progress_changed.emit(judged, len(self.expectations) + len(self.objectives))

    def _suggestion(self, objective_id: str, suggested: str) -> str:
        """What the observations linked to an objective suggest (the report's rule: the most
        common rating, the more severe on a tie), and how many were rated."""
        many = sum(
            1
            for o in self._controller.state.observations
            if o.objective == objective_id and o.rating
        )
        if not many or not suggested:
            return ""
        return translate(
            "EvaluationPanel", "Observations suggest {rating} (%n rated)", "", many
        ).format(rating=suggested)

    # -- recording --------------------------------------------------------------------

    def _judge(self, item: ExpectationRow, detail: bool = False) -> None:
        """Record a verdict (or its new note or decision); with no verdict, a detail waits."""
        if not self._controller.is_open:
            return  # a choice settling as the window closes: the session is already closed
        verdict = str(item.verdict.currentData() or "")
        state = self._controller.state
        current = state.assessment(self._shown, item.index)
        note = item.note.text().strip()
        decision = str(item.met_by.currentData() or "")
        if detail and not verdict:
            return
        if current is not None and (current.verdict, current.note, current.decision) == (
            verdict,
            note,
            decision,
        ):
            return
        if current is None and not verdict:
            return
        if not self._controller.assess_expectation(
            self._shown, item.index, verdict, note=note, decision=decision
        ):
            self._show_values()

    def _rate(self, line: ObjectiveRow, detail: bool = False) -> None:
        if not self._controller.is_open:
            return  # as in _judge
        rating = str(line.rating.currentData() or "")
        note = line.note.text().strip()
        current = self._controller.state.objective_ratings.get(line.objective_id)
        if detail and not rating:
            return
        if current is not None and (current.rating, current.note) == (rating, note):
            return
        if current is None and not rating:
            return
        if not self._controller.rate_objective(line.objective_id, rating, note=note):
            self._show_values()
