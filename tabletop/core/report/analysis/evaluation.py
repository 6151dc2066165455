"""Objectives, strengths and areas for improvement: the evaluation side of the report.

An objective's rating is the evaluator's (given in the console or the hot
wash); the rating the data suggests is worked out beside it and never
replaces it. Findings (strengths and areas for improvement) come from the
observations noted, the expected actions and the channel analysis, each with
what it refers to and, for an area for improvement, its root cause as far as
the data shows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tabletop.core.deck.model import Deck
from tabletop.core.engine.records import RATING_NAMES, RATINGS
from tabletop.core.engine.state import Observation, SessionState
from tabletop.core.report import clock
from tabletop.core.report.analysis.expectations import inject_causes
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.model import (
    CapabilityAnalysis,
    ChannelRow,
    ExpectedAction,
    Finding,
    ObjectiveAnalysis,
    ObjectiveRating,
    ObservationItem,
)

NO_OBJECTIVE = "Not tied to an objective"
NO_CAPABILITY = "Capability not named in the deck"
COMMUNICATIONS = "Operational communications"
# what a verdict on an expected action suggests about its objectives
_VERDICT_RATING = {"met": "P", "partly": "S", "not_met": "M", "not_observed": ""}


def observation_item(observation: Observation, names: Names) -> ObservationItem:
    objective = names.deck.objective(observation.objective)
    return ObservationItem(
        text=observation.text,
        rating=observation.rating,
        inject=names.inject(observation.inject),
        objective=objective.text if objective else observation.objective,
        when=names.wall(observation.at),
    )


def objective_ratings(
    deck: Deck, state: SessionState, expected: Sequence[ExpectedAction]
) -> tuple[ObjectiveRating, ...]:
    """Each objective with the evaluator's rating and the rating the data suggests."""
    out = []
    for objective in deck.objectives:
        mine = [o for o in state.observations if o.objective == objective.id]
        noted = [o.rating for o in mine if o.rating]
        verdicts = [
            _VERDICT_RATING.get(e.status, "")
            for e in expected
            if objective.id in deck.inject(e.inject_id).objectives and e.status in _VERDICT_RATING
        ]
        suggestions = [r for r in (*noted, *verdicts) if r]
        suggested = ""
        basis = "nothing was rated or judged against it"
        if suggestions:
            # the most common rating, the more severe one on a tie
            suggested = max(RATINGS, key=lambda r: (suggestions.count(r), RATINGS.index(r)))
            parts = []
            if noted:
                parts.append(
                    f"{clock.plural(len(noted), 'rated observation')} ({', '.join(noted)})"
                )
            if verdicts:
                judged = [v for v in verdicts if v]
                parts.append(f"{clock.plural(len(judged), 'expected action')} judged")
            basis = "the most frequent rating among " + clock.listing(parts)
        given = state.objective_ratings.get(objective.id)
        rating = given.rating if given is not None else ""
        out.append(
            ObjectiveRating(
                id=objective.id,
                text=objective.text,
                capability=objective.capability,
                rating=rating,
                rating_name=RATING_NAMES.get(rating, "Not rated by the evaluator"),
                note=given.note if given is not None else "",
                suggested=suggested,
                suggested_name=RATING_NAMES.get(suggested, ""),
                basis=basis,
                strengths=sum(1 for o in mine if o.kind == "strength"),
                improvements=sum(1 for o in mine if o.kind == "improvement"),
            )
        )
    return tuple(out)


def findings(
    deck: Deck,
    state: SessionState,
    names: Names,
    expected: Sequence[ExpectedAction],
    channels: Sequence[ChannelRow],
) -> list[tuple[str, Finding]]:
    """Every finding with the objective it belongs to ("" for none)."""
    out: list[tuple[str, Finding]] = []
    for o in state.observations:
        reference = f"Observation {o.id}"
        if o.inject:
            reference = f"Inject {names.quoted(o.inject)}; " + reference
        root = ""
        if o.kind == "improvement":
            causes = inject_causes(deck, state, o.inject, names) if o.inject else []
            root = causes[0] if causes else "Not shown by the recorded data; see the hot wash."
        out.append((o.objective, Finding(o.kind, o.text, reference, root, o.rating, o.id)))
    for e in expected:
        inject = deck.inject(e.inject_id)
        objective = inject.objectives[0] if inject.objectives else ""
        reference = f"Inject {names.quoted(e.inject_id)}, expected action {e.index + 1}"
        if e.decisions:
            reference += "; decision " + ", ".join(e.decisions)
        if e.status == "met":
            out.append(
                (
                    objective,
                    Finding("strength", f"Expected action met: {e.text}", reference, area=e.key),
                )
            )
        elif e.status in ("not_met", "partly"):
            word = "not met" if e.status == "not_met" else "only partly met"
            root = e.causes[0] if e.causes else "Not shown by the recorded data; see the hot wash."
            out.append(
                (
                    objective,
                    Finding(
                        "improvement",
                        f"Expected action {word}: {e.text}",
                        reference,
                        root,
                        area=e.key,
                    ),
                )
            )
    communicate = next(
        (o.id for o in deck.objectives if o.capability.lower().startswith("operational comm")),
        "",
    )
    for row in channels:
        if row.undeliverable:
            out.append(
                (
                    communicate,
                    Finding(
                        "improvement",
                        f"{clock.plural(row.undeliverable, 'message')} over {row.channel} never "
                        "got through",
                        f"Channel {row.channel}: {row.attempts} sent, {row.delivered} delivered",
                        f"{row.channel} was not working when they were sent (it was "
                        f"{row.start_status.lower()} at the start, {row.end_status.lower()} at "
                        "the end).",
                    ),
                )
            )
    return out


def capability_analysis(
    deck: Deck,
    found: list[tuple[str, Finding]],
    ratings: Sequence[ObjectiveRating],
) -> tuple[CapabilityAnalysis, ...]:
    """Findings grouped under each core capability and objective, in the deck's order."""
    rated = {r.id: r.rating for r in ratings}
    groups: dict[str, list[ObjectiveAnalysis]] = {}
    for objective in deck.objectives:
        mine = [f for o, f in found if o == objective.id]
        groups.setdefault(objective.capability or NO_CAPABILITY, []).append(
            ObjectiveAnalysis(
                objective.text,
                rated.get(objective.id, ""),
                tuple(f for f in mine if f.kind == "strength"),
                tuple(f for f in mine if f.kind == "improvement"),
            )
        )
    known = {o.id for o in deck.objectives}
    loose = [f for o, f in found if o not in known]
    if loose:
        groups.setdefault(NO_CAPABILITY, []).append(
            ObjectiveAnalysis(
                NO_OBJECTIVE,
                "",
                tuple(f for f in loose if f.kind == "strength"),
                tuple(f for f in loose if f.kind == "improvement"),
            )
        )
    return tuple(CapabilityAnalysis(name, tuple(objs)) for name, objs in groups.items())


def _severity(finding: Finding) -> tuple[int, int]:
    rating = RATINGS.index(finding.rating) if finding.rating in RATINGS else 1
    return (rating, 1 if finding.area and "#" in finding.area else 0)


def headline_findings(
    found: list[tuple[str, Finding]], limit: int = 3
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The major strengths (best rated first) and primary areas for improvement (worst first)."""
    strengths = sorted(
        (f for _o, f in found if f.kind == "strength"), key=lambda f: _severity(f)[0]
    )
    areas = sorted(
        (f for _o, f in found if f.kind == "improvement"),
        key=lambda f: (-_severity(f)[0], -_severity(f)[1]),
    )
    return (
        tuple(f"{f.text} ({f.reference})" for f in strengths[:limit]),
        tuple(f"{f.text} ({f.reference})" for f in areas[:limit]),
    )
