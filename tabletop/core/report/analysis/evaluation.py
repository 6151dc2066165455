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
from tabletop.core.engine.records import RATINGS
from tabletop.core.engine.state import Observation, SessionState
from tabletop.core.i18n import N_, _, ngettext
from tabletop.core.report import words
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

NO_OBJECTIVE = N_("Not tied to an objective")
NO_CAPABILITY = N_("Capability not named in the deck")
NOT_SHOWN = N_("Not shown by the recorded data; see the hot wash.")
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
        basis = _("nothing was rated or judged against it")
        if suggestions:
            # the most common rating, the more severe one on a tie
            suggested = max(RATINGS, key=lambda r: (suggestions.count(r), RATINGS.index(r)))
            judged = len([v for v in verdicts if v])
            basis = _basis(len(noted), ", ".join(noted), judged if verdicts else None)
        given = state.objective_ratings.get(objective.id)
        rating = given.rating if given is not None else ""
        out.append(
            ObjectiveRating(
                id=objective.id,
                text=objective.text,
                capability=objective.capability,
                rating=rating,
                rating_name=words.rating_name(rating) or _("Not rated by the evaluator"),
                note=given.note if given is not None else "",
                suggested=suggested,
                suggested_name=words.rating_name(suggested),
                basis=basis,
                strengths=sum(1 for o in mine if o.kind == "strength"),
                improvements=sum(1 for o in mine if o.kind == "improvement"),
            )
        )
    return tuple(out)


def _basis(noted: int, ratings: str, judged: int | None) -> str:
    """What a suggested rating rests on: rated observations, judged expected actions, or both."""
    observations = ngettext(
        "{n} rated observation ({ratings})", "{n} rated observations ({ratings})", noted
    ).format(n=noted, ratings=ratings)
    if judged is None:
        return _("the most frequent rating among {observations}").format(observations=observations)
    actions = ngettext("{n} expected action judged", "{n} expected actions judged", judged).format(
        n=judged
    )
    if not noted:
        return _("the most frequent rating among {actions}").format(actions=actions)
    return _("the most frequent rating among {observations} and {actions}").format(
        observations=observations, actions=actions
    )


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
        reference = _("Observation {id}").format(id=o.id)
        if o.inject:
            reference = _("Inject {title}; observation {id}").format(
                title=names.quoted(o.inject), id=o.id
            )
        root = ""
        if o.kind == "improvement":
            causes = inject_causes(deck, state, o.inject, names) if o.inject else []
            root = causes[0] if causes else _(NOT_SHOWN)
        out.append((o.objective, Finding(o.kind, o.text, reference, root, o.rating, o.id)))
    for e in expected:
        inject = deck.inject(e.inject_id)
        objective = inject.objectives[0] if inject.objectives else ""
        title = names.quoted(e.inject_id)
        if e.decisions:
            reference = ngettext(
                "Inject {title}, expected action {number}; decision {decisions}",
                "Inject {title}, expected action {number}; decisions {decisions}",
                len(e.decisions),
            ).format(title=title, number=e.index + 1, decisions=", ".join(e.decisions))
        else:
            reference = _("Inject {title}, expected action {number}").format(
                title=title, number=e.index + 1
            )
        if e.status == "met":
            text = _("Expected action met: {text}").format(text=e.text)
            out.append((objective, Finding("strength", text, reference, area=e.key)))
        elif e.status in ("not_met", "partly"):
            if e.status == "not_met":
                text = _("Expected action not met: {text}").format(text=e.text)
            else:
                text = _("Expected action only partly met: {text}").format(text=e.text)
            root = e.causes[0] if e.causes else _(NOT_SHOWN)
            out.append((objective, Finding("improvement", text, reference, root, area=e.key)))
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
                        ngettext(
                            "{n} message over {channel} never got through",
                            "{n} messages over {channel} never got through",
                            row.undeliverable,
                        ).format(n=row.undeliverable, channel=row.channel),
                        _("Channel {channel}: {sent} sent, {delivered} delivered").format(
                            channel=row.channel, sent=row.attempts, delivered=row.delivered
                        ),
                        _(
                            "{channel} was not working when they were sent (it was {start} at "
                            "the start, {end} at the end)."
                        ).format(
                            channel=row.channel,
                            start=words.channel_status(row.start),
                            end=words.channel_status(row.end),
                        ),
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
        groups.setdefault(objective.capability or _(NO_CAPABILITY), []).append(
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
        groups.setdefault(_(NO_CAPABILITY), []).append(
            ObjectiveAnalysis(
                _(NO_OBJECTIVE),
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
    pattern = _("{finding} ({reference})")
    return (
        tuple(pattern.format(finding=f.text, reference=f.reference) for f in strengths[:limit]),
        tuple(pattern.format(finding=f.text, reference=f.reference) for f in areas[:limit]),
    )
