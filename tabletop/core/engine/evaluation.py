"""Evaluating a session while it is played and after: observations, verdicts, ratings, the plan.

:class:`EvaluationOperations` is part of :class:`~tabletop.core.engine.session.Session`:
each method checks, records one event and returns the change, like every operation.
Evaluation may go on after the session has ended (during the hot wash).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.engine.operation import Change, OperationError
from tabletop.core.engine.records import (
    CAPABILITY_ELEMENTS,
    HOTWASH_FIELDS,
    OBSERVATION_KINDS,
    RATING_NAMES,
    RATINGS,
    VERDICT_NAMES,
    VERDICTS,
    SessionState,
)


def _iso_date(value: str, what: str) -> str:
    """A date as YYYY-MM-DD, or an OperationError that says what is wrong."""
    value = value.strip()
    if not value:
        return ""
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise OperationError(
            f"the {what} '{value}' is not a date: write it as year-month-day, e.g. 2027-03-31"
        ) from None


class EvaluationOperations:
    """Observations, expected-action verdicts, objective ratings, the hot wash and the plan."""

    deck: Deck

    @property
    def state(self) -> SessionState:
        raise NotImplementedError

    def _commit(self, type_: str, data: dict[str, Any], summary: str) -> Change:
        raise NotImplementedError

    def note_observation(
        self,
        kind: str,
        text: str,
        *,
        rating: str = "",
        inject: str | None = None,
        objective: str = "",
    ) -> Change:
        """A strength or an area for improvement, optionally rated P/S/M/U."""
        if kind not in OBSERVATION_KINDS:
            raise OperationError("an observation is a strength or an area for improvement")
        if not text.strip():
            raise OperationError("write the observation")
        if rating and rating not in RATINGS:
            raise OperationError("the rating is P, S, M or U")
        inject_id = self.state.current if inject is None else inject
        if inject_id and not self.deck.has_inject(inject_id):
            raise OperationError(f"there is no inject '{inject_id}'")
        if objective and self.deck.objective(objective) is None:
            raise OperationError(f"there is no objective '{objective}'")
        label = "Strength" if kind == "strength" else "Area for improvement"
        return self._commit(
            "observation_noted",
            {
                "observation": f"O{self.state.observation_count + 1}",
                "kind": kind,
                "text": text.strip(),
                "rating": rating,
                "inject": inject_id,
                "objective": objective,
            },
            f"{label} noted",
        )

    def assess_expectation(
        self, inject: str, index: int, verdict: str, *, note: str = "", decision: str = ""
    ) -> Change:
        """Judge one expected action of an inject: met, partly, not met or not observed.

        An empty verdict clears an earlier one. ``decision`` names the decision
        that met it, when one did.
        """
        if not self.deck.has_inject(inject):
            raise OperationError(f"there is no inject '{inject}'")
        expected = self.deck.inject(inject).expected_actions
        if not 0 <= index < len(expected):
            raise OperationError(
                f"'{self.deck.inject(inject).title}' has {len(expected)} expected action(s)"
            )
        if verdict and verdict not in VERDICTS:
            raise OperationError(
                "the verdict is one of: " + ", ".join(VERDICT_NAMES[v] for v in VERDICTS)
            )
        if decision and decision not in self.state.decisions:
            raise OperationError(f"there is no decision {decision}")
        current = self.state.assessment(inject, index)
        if (
            current is not None
            and (current.verdict, current.note, current.decision)
            == (verdict, note.strip(), decision)
        ) or (current is None and not verdict):
            raise OperationError("nothing to change")
        summary = (
            f"Expected action {index + 1}: {VERDICT_NAMES[verdict]}"
            if verdict
            else f"Expected action {index + 1}: verdict cleared"
        )
        return self._commit(
            "expectation_assessed",
            {
                "inject": inject,
                "index": int(index),
                "verdict": verdict,
                "note": note.strip(),
                "decision": decision,
            },
            summary,
        )

    def rate_objective(self, objective: str, rating: str, *, note: str = "") -> Change:
        """The evaluator's rating of a learning objective (P, S, M or U); empty clears it."""
        found = self.deck.objective(objective)
        if found is None:
            raise OperationError(f"there is no objective '{objective}'")
        if rating and rating not in RATINGS:
            raise OperationError("the rating is P, S, M or U")
        current = self.state.objective_ratings.get(objective)
        if (current is None and not rating) or (
            current is not None and (current.rating, current.note) == (rating, note.strip())
        ):
            raise OperationError("nothing to change")
        summary = (
            f"Objective rated {rating}: {RATING_NAMES[rating]}"
            if rating
            else "Objective rating cleared"
        )
        return self._commit(
            "objective_rated",
            {"objective": objective, "rating": rating, "note": note.strip()},
            summary,
        )

    def note_hotwash(self, field_name: str, text: str) -> Change:
        """Set one of the hot wash answers (the latest text wins; the log keeps all)."""
        if field_name not in HOTWASH_FIELDS:
            raise OperationError(f"unknown hot wash field '{field_name}'")
        if self.state.hotwash.get(field_name, "") == text.strip():
            raise OperationError("nothing to change")
        return self._commit(
            "hotwash_noted", {"field": field_name, "text": text.strip()}, "Hot wash noted"
        )

    def add_action(
        self,
        issue: str,
        corrective_action: str,
        *,
        capability: str = "",
        owner: str = "",
        start: str = "",
        due: str = "",
        element: str = "",
        poc: str = "",
        area: str = "",
    ) -> Change:
        """An improvement-plan line (HSEEP): issue, corrective action, element, owner, dates.

        ``start`` and ``due`` are dates (YYYY-MM-DD); ``element`` is one of Planning,
        Organization, Equipment, Training, Exercise; ``area`` names what the action
        answers (an observation such as ``O3``, or an expected action ``inject#index``).
        """
        if not issue.strip() or not corrective_action.strip():
            raise OperationError("an improvement action needs an issue and a corrective action")
        start_date = _iso_date(start, "start date")
        due_date = _iso_date(due, "completion date")
        if start_date and due_date and due_date < start_date:
            raise OperationError("the completion date is before the start date")
        if element and element not in CAPABILITY_ELEMENTS:
            raise OperationError(
                "the capability element is one of: " + ", ".join(CAPABILITY_ELEMENTS)
            )
        return self._commit(
            "action_added",
            {
                "action": f"A{self.state.action_count + 1}",
                "issue": issue.strip(),
                "corrective_action": corrective_action.strip(),
                "capability": capability.strip(),
                "owner": owner.strip(),
                "start": start_date,
                "due": due_date,
                "element": element,
                "poc": poc.strip(),
                "area": area.strip(),
            },
            "Improvement action added",
        )
