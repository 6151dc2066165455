"""Evaluating a session while it is played and after: observations, verdicts, ratings, the plan.

:class:`EvaluationOperations` is part of :class:`~tabletop.core.engine.session.Session`:
each method checks, records one event and returns the change, like every operation.
Evaluation may go on after the session has ended (during the hot wash).
"""

from __future__ import annotations

import datetime as _dt

from tabletop.core.engine.operation import Change, OperationError, Operations
from tabletop.core.engine.records import (
    CAPABILITY_ELEMENTS,
    HOTWASH_FIELDS,
    OBSERVATION_KINDS,
    RATING_NAMES,
    RATINGS,
    VERDICT_NAMES,
    VERDICTS,
)
from tabletop.core.i18n import _, ngettext, pgettext


def _iso_date(value: str, what: str) -> str:
    """A date as YYYY-MM-DD, or an OperationError that says what is wrong (``what`` is
    ``start`` or ``completion``)."""
    value = value.strip()
    if not value:
        return ""
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        message = (
            _("the start date '{value}' is not a date: write it as year-month-day, e.g. 2027-03-31")
            if what == "start"
            else _(
                "the completion date '{value}' is not a date: write it as year-month-day, "
                "e.g. 2027-03-31"
            )
        )
        raise OperationError(message.format(value=value)) from None


def _verdict_name(verdict: str) -> str:
    names = {
        "met": pgettext("expected action", "Met"),
        "partly": pgettext("expected action", "Partly met"),
        "not_met": pgettext("expected action", "Not met"),
        "not_observed": pgettext("expected action", "Not observed"),
    }
    return names.get(verdict, VERDICT_NAMES.get(verdict, verdict))


def _rating_name(rating: str) -> str:
    names = {
        "P": _("Performed without challenges"),
        "S": _("Performed with some challenges"),
        "M": _("Performed with major challenges"),
        "U": _("Unable to be performed"),
    }
    return names.get(rating, RATING_NAMES.get(rating, rating))


class EvaluationOperations(Operations):
    """Observations, expected-action verdicts, objective ratings, the hot wash and the plan."""

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
            raise OperationError(_("an observation is a strength or an area for improvement"))
        if not text.strip():
            raise OperationError(_("write the observation"))
        if rating and rating not in RATINGS:
            raise OperationError(_("the rating is P, S, M or U"))
        inject_id = self.state.current if inject is None else inject
        if inject_id and not self.deck.has_inject(inject_id):
            raise OperationError(_("there is no inject '{inject}'").format(inject=inject_id))
        if objective and self.deck.objective(objective) is None:
            raise OperationError(
                _("there is no objective '{objective}'").format(objective=objective)
            )
        label = _("Strength noted") if kind == "strength" else _("Area for improvement noted")
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
            label,
        )

    def assess_expectation(
        self, inject: str, index: int, verdict: str, *, note: str = "", decision: str = ""
    ) -> Change:
        """Judge one expected action of an inject: met, partly, not met or not observed.

        An empty verdict clears an earlier one. ``decision`` names the decision
        that met it, when one did.
        """
        if not self.deck.has_inject(inject):
            raise OperationError(_("there is no inject '{inject}'").format(inject=inject))
        expected = self.deck.inject(inject).expected_actions
        if not 0 <= index < len(expected):
            raise OperationError(
                ngettext(
                    "'{inject}' has {n} expected action",
                    "'{inject}' has {n} expected actions",
                    len(expected),
                ).format(inject=self.deck.inject(inject).title, n=len(expected))
            )
        if verdict and verdict not in VERDICTS:
            raise OperationError(
                _("the verdict is one of: {verdicts}").format(
                    verdicts=", ".join(_verdict_name(v) for v in VERDICTS)
                )
            )
        if decision and decision not in self.state.decisions:
            raise OperationError(_("there is no decision {decision}").format(decision=decision))
        current = self.state.assessment(inject, index)
        if (
            current is not None
            and (current.verdict, current.note, current.decision)
            == (verdict, note.strip(), decision)
        ) or (current is None and not verdict):
            raise OperationError(_("nothing to change"))
        summary = (
            _("Expected action {number}: {verdict}").format(
                number=index + 1, verdict=_verdict_name(verdict)
            )
            if verdict
            else _("Expected action {number}: verdict cleared").format(number=index + 1)
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
            raise OperationError(
                _("there is no objective '{objective}'").format(objective=objective)
            )
        if rating and rating not in RATINGS:
            raise OperationError(_("the rating is P, S, M or U"))
        current = self.state.objective_ratings.get(objective)
        if (current is None and not rating) or (
            current is not None and (current.rating, current.note) == (rating, note.strip())
        ):
            raise OperationError(_("nothing to change"))
        summary = (
            _("Objective rated {rating}: {name}").format(rating=rating, name=_rating_name(rating))
            if rating
            else _("Objective rating cleared")
        )
        return self._commit(
            "objective_rated",
            {"objective": objective, "rating": rating, "note": note.strip()},
            summary,
        )

    def note_hotwash(self, field_name: str, text: str) -> Change:
        """Set one of the hot wash answers (the latest text wins; the log keeps all)."""
        if field_name not in HOTWASH_FIELDS:
            raise OperationError(_("unknown hot wash field '{field}'").format(field=field_name))
        if self.state.hotwash.get(field_name, "") == text.strip():
            raise OperationError(_("nothing to change"))
        return self._commit(
            "hotwash_noted", {"field": field_name, "text": text.strip()}, _("Hot wash noted")
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
            raise OperationError(_("an improvement action needs an issue and a corrective action"))
        start_date = _iso_date(start, "start")
        due_date = _iso_date(due, "completion")
        if start_date and due_date and due_date < start_date:
            raise OperationError(_("the completion date is before the start date"))
        if element and element not in CAPABILITY_ELEMENTS:
            raise OperationError(
                _("the capability element is one of: {elements}").format(
                    elements=", ".join(CAPABILITY_ELEMENTS)
                )
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
            _("Improvement action added"),
        )
