"""What one audience may know: the projector's room, or one team on its own devices.

:func:`team_view` is the whole of what a team's devices are sent: the injects
delivered to everyone and the team's own team-only cards, the messages that
have *arrived* for it by scenario time, the channels it is party to, the
escalation level as it believes it, and its own decisions and returned
submissions. It is built from the state alone, on the laptop; nothing meant
for another team or for the facilitator (notes, questions, expected actions,
another team's cards, inbox or decisions, the adjudicated level unless it was
announced to the team) is ever put into it.

Its words (story times, what became of a decision) are in the session's
language (``state.language``; English when it has none or the core has no
catalog for it).
"""

from __future__ import annotations

import contextvars
import datetime as _dt
import functools
from collections.abc import Iterable
from dataclasses import field
from gettext import NullTranslations
from typing import Any

from tabletop.core import i18n
from tabletop.core.deck.model import Channel, ChannelDirection, ChannelStatus, ScenarioTime
from tabletop.core.engine.records import (
    DECISION_KINDS,
    DecisionRecord,
    MessageOutcome,
    Outcome,
    SessionState,
)
from tabletop.core.value_class import value_class

# what a team's own decision became, as its devices show it
RECORDED = "recorded"
DELIVERED = "delivered"
IN_TRANSIT = "in_transit"
NOT_DELIVERED = "not_delivered"
WITHDRAWN = "withdrawn"


def projected_inject(state: SessionState) -> str:
    """The inject the projector shows: the latest delivered one that is not team-only."""
    deck = state.deck
    for inject_id in reversed(state.order):
        if state.injects[inject_id].status == "delivered" and deck.inject(inject_id).projected:
            return inject_id
    return ""


def submission_key(team_id: str, key: str) -> str:
    """The key a device's submission is recorded under: its team's id, then the device's key.

    Keys are kept apart by team, so no device can claim (or block) another team's key.
    """
    return f"{team_id}/{key}"


def device_key(recorded: str) -> str:
    """The device's own key from a recorded submission key."""
    return recorded.partition("/")[2]


def session_language(state: SessionState) -> str:
    """The language a team's view is written in: the session's, when the core has a catalog
    for it, else English."""
    return _spoken(i18n.normalise(state.language))


@functools.lru_cache(maxsize=64)
def _spoken(code: str) -> str:
    return code if code in i18n.available_languages() else i18n.SOURCE_LANGUAGE


def catalog_key() -> tuple[str, int]:
    """What the words in force depend on: the language and its catalog (another catalog
    installed for a language, as a test's pseudo-locale is, gives other words)."""
    catalog = i18n.translations()
    # English has no catalog: a new empty one each time, which says nothing new
    return i18n.current_language(), 0 if type(catalog) is NullTranslations else id(catalog)


@functools.lru_cache(maxsize=8)
def party_names(language: str) -> dict[str, str]:
    """The shared catalog's parties by id, named in ``language`` (English where the catalog
    has no translation into it)."""
    from tabletop.core.deck.catalog import CatalogError, load_catalog

    try:
        catalog = load_catalog("" if language == i18n.SOURCE_LANGUAGE else language)
    except CatalogError:
        return {}
    return {party.id: party.name for party in catalog.parties}


def party_list(ids: Iterable[str]) -> str:
    """Parties as people say them ("NATO and its member states"), in the language in force,
    listed as the language lists."""
    names = party_names(_words()[0])
    return i18n.format_list([names.get(p, p) for p in ids])


# the words in force while views are computed (asked once for all of them)
_WORDS: contextvars.ContextVar[tuple[str, int] | None] = contextvars.ContextVar(
    "team_view_words", default=None
)


def _words() -> tuple[str, int]:
    return _WORDS.get() or catalog_key()


# story times as labels, by the words in force (a few languages, a few thousand times each)
_LABELS: dict[tuple[str, int], dict[float, str]] = {}


def scenario_label(minutes: float) -> str:
    """A story time as the team reads it: ``Day 1 06:40`` in the language in force."""
    words = _words()
    labels = _LABELS.get(words)
    if labels is None or len(labels) > 8192:
        labels = _LABELS[words] = {}
    label = labels.get(minutes)
    if label is None:
        time = ScenarioTime.from_minutes(minutes)
        label = labels[minutes] = i18n._("Day {day} {time}").format(day=time.day, time=time.clock)
    return label


@value_class
class InjectCard:
    """A delivered inject as the team reads it (never the facilitator's side)."""

    id: str
    title: str
    narrative: str
    when: str
    phase: str
    sender: str
    to: tuple[str, ...]
    team_only: bool


@value_class
class InboxMessage:
    """A message another team sent that has arrived for this team."""

    id: str
    sender: str
    channel: str
    kind: str
    text: str
    sent: str
    arrived: str
    arrived_at: float
    delayed: bool


@value_class
class ChannelView:
    """A channel the team is party to, and where an agreement to open it stands."""

    id: str
    name: str
    status: str
    latency: int
    one_way: bool
    agreed: tuple[str, ...] = ()
    waiting: tuple[str, ...] = ()


@value_class
class LevelView:
    """The escalation level as the team believes it, and what it was last told."""

    believed: int
    name: str
    lowest: int
    highest: int
    announced: int | None = None
    announced_name: str = ""
    announced_when: str = ""


@value_class
class OwnDecision:
    """One of the team's own decisions and what became of it."""

    id: str
    key: str  # the device's idempotency key ("" when the facilitator typed it)
    text: str
    kind: str
    channel: str
    recipients: tuple[str, ...]
    tags: tuple[str, ...]
    escalation: int
    when: str
    status: str  # RECORDED, DELIVERED, IN_TRANSIT, NOT_DELIVERED or WITHDRAWN
    detail: str = ""


@value_class
class ReturnedView:
    """A submission the facilitator sent back, with the note."""

    key: str
    text: str
    note: str


@value_class
class TeamView:
    """Everything one team may know at one moment."""

    team: dict[str, str]
    exercise: dict[str, Any]
    clock: dict[str, Any]
    injects: tuple[InjectCard, ...]
    inbox: tuple[InboxMessage, ...]
    channels: tuple[ChannelView, ...]
    level: LevelView
    teams: tuple[dict[str, str], ...]  # the other playing teams: who can be written to
    kinds: tuple[str, ...] = DECISION_KINDS
    decisions: tuple[OwnDecision, ...] = ()
    returned: tuple[ReturnedView, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the team's devices (lists, dicts, text and numbers)."""
        plain: dict[str, Any] = _plain(self)
        return plain


_FLAT: tuple[type, ...] = ()  # records whose fields are text, numbers or tuples of text
# the plain form of each flat record seen lately: views computed again and again (every
# change, every second) reuse the same dicts instead of making the garbage collector's
# work grow with the session
_PLAIN_SEEN: dict[Any, dict[str, Any]] = {}


def _plain(value: Any) -> Any:
    """Records made dicts and tuples made lists, all the way down (what JSON gives back)."""
    if isinstance(value, _FLAT):
        plain = _PLAIN_SEEN.get(value)
        if plain is None:
            if len(_PLAIN_SEEN) > 50_000:
                _PLAIN_SEEN.clear()
            plain = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(value).items()}
            _PLAIN_SEEN[value] = plain
        return plain
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(v) for k, v in vars(value).items()}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_FLAT = (InjectCard, InboxMessage, ChannelView, OwnDecision, ReturnedView, LevelView)


def team_view(state: SessionState, team_id: str, now: _dt.datetime) -> TeamView:
    """What team ``team_id`` may know at wall-clock moment ``now``."""
    return all_team_views(state, now, (team_id,))[team_id]


def all_team_views(
    state: SessionState, now: _dt.datetime, teams: Iterable[str] | None = None
) -> dict[str, TeamView]:
    """Each playing team's view at one moment, the decisions sorted out once for all,
    written in the session's language."""
    with i18n.language(session_language(state)):
        token = _WORDS.set(catalog_key())
        try:
            return _all_team_views(state, now, teams)
        finally:
            _WORDS.reset(token)


def _all_team_views(
    state: SessionState, now: _dt.datetime, teams: Iterable[str] | None
) -> dict[str, TeamView]:
    scenario = state.scenario_at(now)
    wanted = [t.id for t in state.teams] if teams is None else list(teams)
    sent: dict[str, list[DecisionRecord]] = {team: [] for team in wanted}
    received: dict[str, list[DecisionRecord]] = {team: [] for team in wanted}
    for decision in state.decision_list:
        if decision.team in sent:
            sent[decision.team].append(decision)
        outcome = decision.outcome
        if outcome is not None:
            for recipient in set(outcome.recipients):
                if recipient in received:
                    received[recipient].append(decision)
    return {team: _team_view(state, team, scenario, sent[team], received[team]) for team in wanted}


def _team_view(
    state: SessionState,
    team_id: str,
    scenario: float,
    sent: list[DecisionRecord],
    received: list[DecisionRecord],
) -> TeamView:
    deck = state.deck
    team = state.team(team_id)
    names = state.team_names()
    return TeamView(
        team={"id": team.id, "name": team.name, "role": team.role, "briefing": team.briefing},
        exercise={
            "title": deck.title,
            "session": state.name,
            "started": state.started,
            "ended": state.ended,
        },
        clock={
            "scenario": scenario,
            "label": scenario_label(scenario),
            "running": state.running,
            "scale": deck.time_scale,
        },
        injects=_injects(state, team_id, names),
        inbox=_inbox(state, team_id, scenario, names, received),
        channels=_channels(state, team_id),
        level=_level(state, team_id),
        teams=tuple({"id": t.id, "name": t.name} for t in state.teams if t.id != team_id),
        decisions=tuple(_own(state, d, scenario, names) for d in sent),
        returned=tuple(
            ReturnedView(device_key(r.submission), r.text, r.note)
            for r in state.returned
            if r.team == team_id
        ),
    )


def _injects(state: SessionState, team_id: str, names: dict[str, str]) -> tuple[InjectCard, ...]:
    deck = state.deck
    cards = []
    for inject_id in reversed(state.order):
        record = state.injects[inject_id]
        inject = deck.inject(inject_id)
        if record.status != "delivered" or not inject.seen_by(team_id):
            continue
        cards.append(
            InjectCard(
                id=inject.id,
                title=inject.title,
                narrative=inject.narrative,
                when=scenario_label(record.scenario),
                phase=inject.phase,
                sender=inject.sender,
                to=tuple(names.get(t, t) for t in inject.to),
                team_only=inject.private,
            )
        )
    return tuple(cards)


def next_arrival(state: SessionState, scenario: float) -> float | None:
    """The story time at which the next message on its way arrives, after ``scenario``
    (None when none is on its way): until then, no team's view changes by itself."""
    soonest: float | None = None
    for decision in state.decision_list:
        outcome = decision.outcome
        if outcome is None or decision.withdrawn or outcome.arrived:
            continue
        arrives = outcome.arrives_at
        if arrives is not None and arrives > scenario and (soonest is None or arrives < soonest):
            soonest = arrives
    return soonest


def _arrived(decision: DecisionRecord, scenario: float) -> bool:
    outcome = decision.outcome
    return (
        outcome is not None
        and outcome.arrives_at is not None
        and (outcome.arrived or outcome.arrives_at <= scenario)
    )


def _inbox(
    state: SessionState,
    team_id: str,
    scenario: float,
    names: dict[str, str],
    received: list[DecisionRecord],
) -> tuple[InboxMessage, ...]:
    deck = state.deck
    messages = []
    for decision in received:
        outcome = decision.outcome
        if (
            outcome is None
            or decision.withdrawn
            or decision.team == team_id
            or team_id not in outcome.recipients
            or outcome.status == Outcome.UNDELIVERABLE
            or not _arrived(decision, scenario)
        ):
            continue
        arrives = float(outcome.arrives_at or 0.0)
        messages.append(
            InboxMessage(
                id=decision.id,
                sender=names.get(decision.team, decision.team),
                channel=deck.channel(decision.channel).name,
                kind=decision.kind,
                text=decision.text,
                sent=scenario_label(decision.scenario),
                arrived=scenario_label(arrives),
                arrived_at=arrives,
                delayed=outcome.status == Outcome.DELAYED,
            )
        )
    messages.sort(key=lambda m: (m.arrived_at, int(m.id[1:] or 0)), reverse=True)
    return tuple(messages)


def usable_channels(state: SessionState, team_id: str) -> list[Channel]:
    """The deck's channels a team is party to, in deck order."""
    team = state.team(team_id)
    return [c for c in state.deck.channels if c.usable_by(team)]


def _channels(state: SessionState, team_id: str) -> tuple[ChannelView, ...]:
    out = []
    for channel in usable_channels(state, team_id):
        status = state.channels[channel.id].status
        agreed: tuple[str, ...] = ()
        waiting: tuple[str, ...] = ()
        if status is ChannelStatus.PROPOSED:
            agreed, waiting = state.pending_agreement(channel.id)
        out.append(
            ChannelView(
                id=channel.id,
                name=channel.name,
                status=status.value,
                latency=channel.latency,
                one_way=channel.direction is ChannelDirection.ONE_WAY,
                agreed=agreed,
                waiting=waiting,
            )
        )
    return tuple(out)


def _level(state: SessionState, team_id: str) -> LevelView:
    ladder = state.deck.ladder
    believed = state.beliefs.get(team_id, state.level)
    announced = state.last_announced.get(team_id)
    return LevelView(
        believed=believed,
        name=ladder.name_of(believed),
        lowest=ladder.lowest,
        highest=ladder.highest,
        announced=announced[0] if announced else None,
        announced_name=ladder.name_of(announced[0]) if announced else "",
        announced_when=scenario_label(announced[1]) if announced else "",
    )


# what a decision looked like to its team, by the facts it depends on (see _own)
_OWN_SEEN: dict[tuple[Any, ...], OwnDecision] = {}


def _own(
    state: SessionState, decision: DecisionRecord, scenario: float, names: dict[str, str]
) -> OwnDecision:
    outcome = decision.outcome
    if decision.kind == "agree_channel":
        return _describe_own(state, decision, scenario, names)
    # everything the description is made of, so that equal facts give an equal description
    facts = (
        decision.id,
        decision.text,
        decision.kind,
        decision.channel and state.deck.channel(decision.channel).name,
        decision.recipients,
        decision.tags,
        decision.escalation,
        decision.scenario,
        decision.source,
        decision.submission,
        decision.withdrawn,
        (outcome.status, outcome.arrives_at, outcome.reason, outcome.recipients)
        if outcome is not None
        else None,
        _arrived(decision, scenario),
        tuple(names.get(r, r) for r in (outcome.recipients if outcome else decision.recipients)),
        _words(),
    )
    own = _OWN_SEEN.get(facts)
    if own is None:
        if len(_OWN_SEEN) > 50_000:
            _OWN_SEEN.clear()
        own = _OWN_SEEN[facts] = _describe_own(state, decision, scenario, names)
    return own


def _describe_own(
    state: SessionState, decision: DecisionRecord, scenario: float, names: dict[str, str]
) -> OwnDecision:
    deck = state.deck
    status, detail = RECORDED, ""
    outcome = decision.outcome
    if decision.withdrawn:
        status = WITHDRAWN
    elif outcome is not None and outcome.status == Outcome.UNDELIVERABLE:
        status, detail = NOT_DELIVERED, _why(state, outcome)
    elif outcome is not None and _arrived(decision, scenario):
        status = DELIVERED
        detail = i18n._("arrived {time}").format(time=scenario_label(outcome.arrives_at or 0.0))
    elif outcome is not None:
        status = IN_TRANSIT
        until = scenario_label(outcome.arrives_at or 0.0)
        if outcome.status == Outcome.DELAYED:
            detail = i18n._("in transit until {time} ({reason})").format(
                time=until, reason=_why(state, outcome)
            )
        else:
            detail = i18n._("in transit until {time}").format(time=until)
    elif decision.kind == "agree_channel" and decision.channel:
        channel_status = state.channels[decision.channel].status
        name = deck.channel(decision.channel).name
        if channel_status is ChannelStatus.PROPOSED:
            _agreed, waiting = state.pending_agreement(decision.channel)
            # a list after a colon: no verb to agree with one party or several
            detail = i18n._(
                "{channel} opens when every party has agreed; still awaited: {parties}"
            ).format(channel=name, parties=party_list(waiting))
        else:
            detail = _channel_is(name, channel_status)
    key = device_key(decision.submission) if decision.source == "device" else ""
    recipients = outcome.recipients if outcome is not None else decision.recipients
    return OwnDecision(
        id=decision.id,
        key=key,
        text=decision.text,
        kind=decision.kind,
        channel=deck.channel(decision.channel).name if decision.channel else "",
        recipients=tuple(names.get(r, r) for r in recipients),
        tags=decision.tags,
        escalation=decision.escalation,
        when=scenario_label(decision.scenario),
        status=status,
        detail=detail,
    )


def _why(state: SessionState, outcome: MessageOutcome) -> str:
    """Why a message is late or never arrives: its channel's status when it was sent."""
    name = state.deck.channel(outcome.channel).name
    if outcome.channel_status is ChannelStatus.PROPOSED:
        return i18n._("{channel} is only proposed, not yet agreed").format(channel=name)
    if outcome.channel_status in (ChannelStatus.CLOSED, ChannelStatus.DEGRADED):
        return _channel_is(name, outcome.channel_status)
    return outcome.reason


def _channel_is(name: str, status: ChannelStatus) -> str:
    """``Hotline is open``: a channel and its status, said whole."""
    if status is ChannelStatus.OPEN:
        return i18n._("{channel} is open").format(channel=name)
    if status is ChannelStatus.DEGRADED:
        return i18n._("{channel} is degraded").format(channel=name)
    if status is ChannelStatus.CLOSED:
        return i18n._("{channel} is closed").format(channel=name)
    return i18n._("{channel} is proposed").format(channel=name)
