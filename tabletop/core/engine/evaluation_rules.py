"""The fold's rules for evaluation: observations, assessed expected actions, rated
objectives, the hot wash and improvement actions."""

from __future__ import annotations

from typing import Any

from tabletop.core.engine.folding import FoldBase, FoldError, integer_of
from tabletop.core.engine.records import (
    HOTWASH_FIELDS,
    OBSERVATION_KINDS,
    RATINGS,
    VERDICTS,
    Assessment,
    ImprovementAction,
    ObjectiveRating,
    Observation,
)
from tabletop.core.store import Event


class EvaluationRules(FoldBase):
    """What the facilitator and evaluators note and rate."""

    # -- handlers: evaluation -------------------------------------------------------

    def _on_observation_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        kind = str(data.get("kind"))
        if kind not in OBSERVATION_KINDS:
            raise FoldError(f"unknown observation kind '{kind}'")
        rating = str(data.get("rating") or "")
        if rating and rating not in RATINGS:
            raise FoldError(f"unknown rating '{rating}'")
        self.trail.append(
            state.observations,
            Observation(
                id=str(data.get("observation") or f"O{state.observation_count}"),
                seq=event.seq,
                at=event.at,
                kind=kind,
                text=str(data.get("text") or ""),
                rating=rating,
                inject=str(data.get("inject") or ""),
                objective=str(data.get("objective") or ""),
            ),
        )
        return {"observations"}

    def _on_expectation_assessed(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        inject = state.deck.inject(str(data["inject"]))
        index = integer_of(data.get("index"), "the expected action's number")
        if not 0 <= index < len(inject.expected_actions):
            raise FoldError(f"inject '{inject.id}' has no expected action {index + 1}")
        verdict = str(data.get("verdict") or "")
        key = f"{inject.id}#{index}"
        if not verdict:
            self.trail.remove(state.assessments, key)
            return {"evaluation"}
        if verdict not in VERDICTS:
            raise FoldError(f"unknown verdict '{verdict}'")
        self.trail.put(
            state.assessments,
            key,
            Assessment(
                inject=inject.id,
                index=index,
                verdict=verdict,
                seq=event.seq,
                at=event.at,
                note=str(data.get("note") or ""),
                decision=str(data.get("decision") or ""),
            ),
        )
        return {"evaluation"}

    def _on_objective_rated(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state
        objective = str(data["objective"])
        if state.deck.objective(objective) is None:
            raise FoldError(f"unknown objective '{objective}'")
        rating = str(data.get("rating") or "")
        if not rating:
            self.trail.remove(state.objective_ratings, objective)
            return {"evaluation"}
        if rating not in RATINGS:
            raise FoldError(f"unknown rating '{rating}'")
        self.trail.put(
            state.objective_ratings,
            objective,
            ObjectiveRating(objective, rating, event.seq, event.at, str(data.get("note") or "")),
        )
        return {"evaluation"}

    def _on_hotwash_noted(self, event: Event, data: dict[str, Any]) -> set[str]:
        key = str(data.get("field"))
        if key not in HOTWASH_FIELDS:
            raise FoldError(f"unknown hot wash field '{key}'")
        self.trail.put(self.state.hotwash, key, str(data.get("text") or ""))
        return {"hotwash"}

    def _on_action_added(self, event: Event, data: dict[str, Any]) -> set[str]:
        state = self.state

        def text(key: str) -> str:
            return str(data.get(key) or "")

        self.trail.append(
            state.actions,
            ImprovementAction(
                id=text("action") or f"A{state.action_count}",
                seq=event.seq,
                issue=text("issue"),
                corrective_action=text("corrective_action"),
                capability=text("capability"),
                owner=text("owner"),
                start=text("start"),
                due=text("due"),
                element=text("element"),
                poc=text("poc"),
                area=text("area"),
            ),
        )
        return {"hotwash"}
