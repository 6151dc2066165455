"""Turn checked plain data (from YAML or a spreadsheet) into deck model objects.

These functions trust their input: the loader only calls them on data that
passed the schema and the reference checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tabletop.core.deck.model import (
    END,
    AllOf,
    AnyOf,
    Branch,
    Channel,
    ChannelDirection,
    ChannelStatus,
    ChannelStatusIs,
    Condition,
    DecisionMade,
    DegradedRule,
    Effects,
    EscalationAtLeast,
    EscalationAtMost,
    EscalationLevel,
    Expectation,
    Inject,
    InjectDelivered,
    InjectType,
    Not,
    Objective,
    Overview,
    ScenarioTime,
    Source,
    SourceRef,
    Team,
)

Data = Mapping[str, Any]


def _text(data: Data, key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


def _texts(data: Data, key: str) -> tuple[str, ...]:
    return tuple(str(x) for x in data.get(key) or ())


def build_time(data: Data | None) -> ScenarioTime | None:
    if not data:
        return None
    return ScenarioTime.parse(int(data["day"]), str(data["time"]))


def build_source_ref(data: Data) -> SourceRef:
    return SourceRef(ref=str(data["ref"]), section=_text(data, "section"), note=_text(data, "note"))


def build_source(data: Data) -> Source:
    return Source(
        id=str(data["id"]),
        title=_text(data, "title"),
        author=_text(data, "author"),
        publisher=_text(data, "publisher"),
        date=_text(data, "date"),
        url=_text(data, "url"),
        note=_text(data, "note"),
    )


def build_objective(data: Data) -> Objective:
    return Objective(
        id=str(data["id"]), text=_text(data, "text"), capability=_text(data, "capability")
    )


def build_team(data: Data) -> Team:
    side = _text(data, "side") or str(data["id"])
    parties = _texts(data, "parties") or (side,)
    return Team(
        id=str(data["id"]),
        name=_text(data, "name"),
        side=side,
        parties=parties,
        short=_text(data, "short"),
        role=_text(data, "role"),
        briefing=_text(data, "briefing"),
        participants=_texts(data, "participants"),
    )


def build_channel(data: Data, base: Channel | None = None) -> Channel:
    """A channel from its fields; with ``base``, the fields override a catalog channel."""

    def pick(key: str, default: Any) -> Any:
        return data[key] if key in data and data[key] is not None else default

    return Channel(
        id=str(data.get("id") or data.get("ref") or (base.id if base else "")),
        name=str(pick("name", base.name if base else "")),
        parties=tuple(pick("parties", base.parties if base else ())),
        kind=str(pick("kind", base.kind if base else "")),
        status=ChannelStatus(pick("status", base.status if base else ChannelStatus.OPEN)),
        latency=int(pick("latency", base.latency if base else 0)),
        direction=ChannelDirection(
            pick("direction", base.direction if base else ChannelDirection.TWO_WAY)
        ),
        carries=str(pick("carries", base.carries if base else "")),
        cannot_carry=str(pick("cannot_carry", base.cannot_carry if base else "")),
        notes=str(pick("notes", base.notes if base else "")),
        sources=(
            tuple(build_source_ref(s) for s in data["sources"])
            if data.get("sources")
            else (base.sources if base else ())
        ),
    )


def build_level(data: Data) -> EscalationLevel:
    return EscalationLevel(
        level=int(data["level"]),
        name=_text(data, "name"),
        description=_text(data, "description"),
        threshold=_text(data, "threshold"),
        kahn=_text(data, "kahn"),
    )


def build_condition(data: Data) -> Condition:
    """A condition mapping; several keys in one mapping must all hold."""
    parts: list[Condition] = []
    for key, value in data.items():
        if key == "escalation_at_least":
            parts.append(EscalationAtLeast(int(value)))
        elif key == "escalation_at_most":
            parts.append(EscalationAtMost(int(value)))
        elif key == "channel_status":
            statuses = value["is"] if isinstance(value["is"], list) else [value["is"]]
            parts.append(
                ChannelStatusIs(str(value["channel"]), tuple(ChannelStatus(s) for s in statuses))
            )
        elif key == "decision":
            delivered = value.get("delivered")
            parts.append(
                DecisionMade(
                    by=_text(value, "by"),
                    tag=_text(value, "tag"),
                    channel=_text(value, "channel"),
                    kind=_text(value, "kind"),
                    delivered=None if delivered is None else bool(delivered),
                    since=_text(value, "since"),
                )
            )
        elif key == "delivered":
            parts.append(InjectDelivered(str(value)))
        elif key == "all":
            parts.append(AllOf(tuple(build_condition(c) for c in value)))
        elif key == "any":
            parts.append(AnyOf(tuple(build_condition(c) for c in value)))
        elif key == "not":
            parts.append(Not(build_condition(value)))
    return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def build_effects(data: Data | None) -> Effects:
    if not data:
        return Effects()
    channels = data.get("channels") or {}
    return Effects(
        escalation=int(data.get("escalation") or 0),
        channels=tuple((str(k), ChannelStatus(v)) for k, v in channels.items()),
    )


def build_expectation(data: Any) -> Expectation:
    """An expected action: a plain sentence, or ``{text, test, before}``."""
    if not isinstance(data, Mapping):
        return Expectation(str(data))
    test = data.get("test")
    return Expectation(
        text=_text(data, "text"),
        test=build_condition(test) if isinstance(test, Mapping) and test else None,
        before=_text(data, "before"),
    )


def build_overview(data: Data | None) -> Overview:
    if not isinstance(data, Mapping):
        return Overview()
    glossary = data.get("glossary") or {}
    return Overview(
        mission_areas=_texts(data, "mission_areas"),
        core_capabilities=_texts(data, "core_capabilities"),
        scenario_type=_text(data, "scenario_type"),
        threat=_text(data, "threat"),
        sponsor=_text(data, "sponsor"),
        organisations=_texts(data, "organisations"),
        point_of_contact=_text(data, "point_of_contact"),
        evaluation_method=_text(data, "evaluation_method"),
        glossary=tuple((str(k), str(v)) for k, v in glossary.items())
        if isinstance(glossary, Mapping)
        else (),
    )


def build_inject(data: Data) -> Inject:
    expectations = tuple(build_expectation(e) for e in data.get("expected_actions") or ())
    return Inject(
        id=str(data["id"]),
        title=_text(data, "title"),
        narrative=_text(data, "narrative"),
        at=build_time(data.get("at")),
        phase=_text(data, "phase"),
        type=InjectType(data.get("type") or InjectType.STANDARD),
        sender=_text(data, "from"),
        to=_texts(data, "to"),
        private=data.get("private") is True,
        facilitator_notes=_text(data, "facilitator_notes"),
        evaluator_notes=_text(data, "evaluator_notes"),
        questions=_texts(data, "questions"),
        expected_actions=tuple(e.text for e in expectations),
        expectations=expectations,
        objectives=_texts(data, "objectives"),
        effects=build_effects(data.get("effects")),
        branches=tuple(
            Branch(
                when=build_condition(b["when"]),
                goto=str(b["goto"]),
                label=_text(b, "label"),
            )
            for b in data.get("branches") or ()
        ),
        next=_text(data, "next"),
        duration=int(data.get("duration") or 0),
        sources=tuple(build_source_ref(s) for s in data.get("sources") or ()),
    )


__all__ = [
    "END",
    "build_channel",
    "build_condition",
    "build_effects",
    "build_expectation",
    "build_inject",
    "build_level",
    "build_objective",
    "build_overview",
    "build_source",
    "build_source_ref",
    "build_team",
    "build_time",
]


def build_degraded(data: Mapping[str, Any] | None, base: DegradedRule) -> DegradedRule:
    """The degraded-channel rule: ``base`` with whatever ``data`` sets."""
    if not isinstance(data, Mapping):
        return base
    return DegradedRule(
        latency_factor=float(data.get("latency_factor", base.latency_factor)),
        minimum=int(data.get("minimum_minutes", base.minimum)),
    )
