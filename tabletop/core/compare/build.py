"""From sessions of one deck to a :class:`Comparison`: a pure function of what they recorded.

Sessions are read with :func:`tabletop.core.engine.session.open_state`, so a
session open in a console can be compared, and no file is changed. Sessions
of different decks are refused; different versions of one deck are compared
on the injects they share, with a note saying so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tabletop.core import i18n
from tabletop.core.compare.model import (
    MET,
    NOT_ASSESSED,
    NOT_MET,
    NOT_OBSERVED,
    NOT_PLAYED,
    PARTLY,
    SKIPPED,
    STOPPED,
    WENT_TO,
    BeliefGap,
    ChannelUse,
    Comparison,
    DecisionNote,
    Divergence,
    ExpectedAction,
    InjectRow,
    LevelStep,
    ObjectiveRow,
    PathStep,
    Section,
)
from tabletop.core.deck.model import END, Deck, InjectType, ScenarioTime
from tabletop.core.deck.wording import describe_condition
from tabletop.core.engine.branching import holds, next_inject
from tabletop.core.engine.session import open_state
from tabletop.core.engine.state import Outcome, SessionState
from tabletop.core.i18n import _, pgettext
from tabletop.core.report.analysis.expectations import (
    expected_actions as judge_expected_actions,
)
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import replay
from tabletop.core.store import SessionFileError

LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAX_SECTIONS = len(LABELS)
MAX_DIVERGENCES = 12


class CompareError(Exception):
    """The sessions cannot be compared; the message says why and what to do."""


@dataclass(frozen=True)
class Played:
    """One session as read: its file name, deck, state and details."""

    file: str
    deck: Deck
    state: SessionState
    meta: Mapping[str, str]


def read_sessions(paths: Sequence[Path]) -> list[Played]:
    """Each session read without recording; CompareError naming the file that cannot be."""
    if len(paths) > MAX_SECTIONS:
        raise CompareError(f"at most {MAX_SECTIONS} sessions can be compared at once")
    played = []
    for path in paths:
        try:
            deck, state, meta = open_state(Path(path))
        except SessionFileError as exc:
            raise CompareError(str(exc)) from None
        played.append(Played(Path(path).name, deck, state, meta))
    return played


def scenario(minutes: float) -> str:
    time = ScenarioTime.from_minutes(minutes)
    return _("Day {day} {time}").format(day=time.day, time=time.clock)


def compare(played: Sequence[Played], language: str | None = None) -> Comparison:
    """The comparison of sessions of one deck (CompareError for different decks), written
    in ``language`` (default: the language the first section was played in)."""
    if len(played) < 2:
        raise CompareError("a comparison needs two sessions or more")
    first = played[0]
    chosen = i18n.normalise(language) or first.state.language or first.deck.language
    with i18n.language(chosen):
        return replace(_compare(played), language=i18n.current_language())


def _compare(played: Sequence[Played]) -> Comparison:
    if len(played) < 2:
        raise CompareError("a comparison needs two sessions or more")
    decks = {p.deck.id for p in played}
    if len(decks) > 1:
        listed = "; ".join(f"{p.file}: {p.deck.id} ({p.deck.title})" for p in played)
        raise CompareError(
            f"these sessions played different decks ({listed}); compare sections that "
            "played the same deck"
        )
    deck = played[0].deck
    notes = []
    versions = {_version(p) for p in played}
    shared = [i.id for i in deck.injects if all(p.deck.has_inject(i.id) for p in played)]
    if len(versions) > 1:
        left_out = sorted(
            {i.id for p in played for i in p.deck.injects} - set(shared),
        )
        versions_text = ", ".join(f"{LABELS[n]}: {_version(p)}" for n, p in enumerate(played))
        if left_out:
            notes.append(
                _(
                    "the sections played different versions of the deck ({versions}); they are "
                    "compared on the injects they share ({n} left out: {ids})"
                ).format(versions=versions_text, n=len(left_out), ids=", ".join(left_out))
            )
        else:
            notes.append(
                _(
                    "the sections played different versions of the deck ({versions}); they are "
                    "compared on the injects they share"
                ).format(versions=versions_text)
            )
    for n, p in enumerate(played):
        if not p.state.started:
            notes.append(
                _("section {label} ({file}) was never started").format(label=LABELS[n], file=p.file)
            )
    sections = tuple(_section(LABELS[n], p) for n, p in enumerate(played))
    return Comparison(
        deck_id=deck.id,
        deck_title=deck.title,
        ladder=tuple((rung.level, rung.name) for rung in deck.ladder.levels),
        sections=sections,
        injects=tuple(_inject_row(inject_id, played) for inject_id in shared),
        expected=_expected(deck, shared, played),
        objectives=_objectives(deck, played),
        divergences=_divergences(played),
        notes=tuple(notes),
    )


def _version(played: Played) -> str:
    digest = (
        played.meta.get("deck_sha256")
        or hashlib.sha256(played.meta.get("deck_text", "").encode("utf-8")).hexdigest()
    )
    version = played.deck.version
    if version:
        return _("version {version}, {digest}").format(version=version, digest=digest[:8])
    return digest[:8]


# -- one section ----------------------------------------------------------------------------


def _section(label: str, played: Played) -> Section:
    deck, state, meta = played.deck, played.state, played.meta
    start = float(deck.starts_at.total_minutes)
    levels = tuple(LevelStep(change.scenario, change.level) for change in state.levels)
    if not levels:
        levels = (LevelStep(start, state.level),)
    peak_change = max(state.levels, key=lambda c: c.level, default=None)
    expected = [s for row in _expected_of(deck, played) for s in row]
    active = state.active_decisions()
    return Section(
        label=label,
        name=state.name or meta.get("name") or Path(played.file).stem,
        file=played.file,
        facilitator=state.facilitator,
        date=state.date,
        status=_("ended") if state.ended else (_("running") if state.started else _("not started")),
        deck_version=_version(played),
        start=start,
        end=_end(state, start),
        levels=levels,
        peak=peak_change.level if peak_change else state.level,
        peak_when=scenario(peak_change.scenario) if peak_change else "",
        final_level=state.level,
        widest_gap=_widest_gap(state),
        path=tuple(_path(deck, state)),
        decisions=len(active),
        withdrawn=sum(1 for d in state.decisions.values() if d.withdrawn),
        channels=_channels(deck, state),
        expected_met=expected.count(MET),
        expected_not_met=expected.count(NOT_MET) + expected.count(PARTLY),
        expected_not_assessed=expected.count(NOT_ASSESSED) + expected.count(NOT_OBSERVED),
        expected_total=len(expected) - expected.count(NOT_PLAYED),
    )


def _end(state: SessionState, start: float) -> float:
    moments = [start, *(c.scenario for c in state.levels)]
    moments += [d.scenario for d in state.decisions.values()]
    moments += [r.scenario for r in state.injects.values() if r.status != "pending"]
    if state.last_at is not None:
        moments.append(state.scenario_at(state.last_at))
    return max(moments)


def _widest_gap(state: SessionState) -> BeliefGap | None:
    best: BeliefGap | None = None
    for change in state.levels:
        for team, believed in change.beliefs.items():
            gap = abs(believed - change.level)
            if gap and (best is None or gap > best.size):
                best = BeliefGap(
                    state.team_name(team), believed, change.level, scenario(change.scenario)
                )
    return best


def _path(deck: Deck, state: SessionState) -> list[PathStep]:
    steps = []
    for inject_id in state.order:
        record = state.injects[inject_id]
        inject = deck.inject(inject_id)
        how = _how(record.via, record.chosen)
        steps.append(
            PathStep(
                inject=inject_id,
                title=inject.title,
                status=record.status,
                when=scenario(record.scenario),
                how=how,
                reason=record.reason,
            )
        )
    return steps


def _channels(deck: Deck, state: SessionState) -> tuple[ChannelUse, ...]:
    uses = []
    messages = [d for d in state.active_decisions() if d.outcome is not None]
    for channel in deck.channels:
        sent = [d for d in messages if d.channel == channel.id]
        if not sent:
            continue
        statuses = [d.outcome.status for d in sent if d.outcome is not None]
        uses.append(
            ChannelUse(
                channel=channel.name,
                sent=len(sent),
                delivered=statuses.count(Outcome.DELIVERED),
                delayed=statuses.count(Outcome.DELAYED),
                undeliverable=statuses.count(Outcome.UNDELIVERABLE),
            )
        )
    return tuple(uses)


# -- across sections --------------------------------------------------------------------------


_STATUS = {
    "met": MET,
    "partly": PARTLY,
    "not_met": NOT_MET,
    "not_observed": NOT_OBSERVED,
    "not_assessed": NOT_ASSESSED,
}


def expected_statuses(deck: Deck, state: SessionState) -> dict[str, tuple[str, ...]]:
    """Each inject's expected actions as the after-action report judges them (see DEFINITIONS).

    The one place that decides it, shared with the report: the facilitator's verdict,
    else the deck's test for the action, else not assessed; not played when the
    inject was not delivered.
    """
    names = Names(deck, state)
    past = replay(deck, state, names)
    out: dict[str, tuple[str, ...]] = {}
    for inject in deck.injects:
        record = state.injects.get(inject.id)
        if record is None or record.status != "delivered":
            out[inject.id] = (NOT_PLAYED,) * len(inject.expected_actions)
            continue
        judged = judge_expected_actions(deck, state, past, names, inject.id)
        out[inject.id] = tuple(_STATUS[action.status] for action in judged)
    return out


def _expected_of(deck: Deck, played: Played) -> list[list[str]]:
    judged = expected_statuses(deck, played.state)
    return [list(judged[inject.id]) for inject in deck.injects if inject.expected_actions]


def _expected(
    deck: Deck, shared: Sequence[str], played: Sequence[Played]
) -> tuple[ExpectedAction, ...]:
    judged = [expected_statuses(p.deck, p.state) for p in played]
    out = []
    for inject_id in shared:
        inject = deck.inject(inject_id)
        for index, text in enumerate(inject.expected_actions):
            statuses = tuple(
                by_inject[inject_id][index]
                if index < len(by_inject.get(inject_id, ()))
                else NOT_PLAYED
                for by_inject in judged
            )
            out.append(ExpectedAction(inject.title, text, statuses))
    return tuple(out)


def _inject_row(inject_id: str, played: Sequence[Played]) -> InjectRow:
    deck = played[0].deck
    states = []
    notes = []
    for p in played:
        record = p.state.injects.get(inject_id)
        if record is None or record.status == "pending":
            states.append(pgettext("inject status, in a sentence", "not reached"))
        elif record.status == "skipped":
            states.append(
                _("skipped: {reason}").format(reason=record.reason)
                if record.reason
                else pgettext("inject status, in a sentence", "skipped")
            )
        else:
            position = p.state.order.index(inject_id) + 1
            states.append(f"#{position}, {scenario(record.scenario)}")
        channel_names = {c.id: c.name for c in p.deck.channels}
        notes.append(
            tuple(
                DecisionNote(
                    id=d.id,
                    team=p.state.team_name(d.team),
                    kind=d.kind,
                    channel=channel_names.get(d.channel, d.channel),
                    outcome=d.outcome.status if d.outcome else "",
                    text=d.text,
                )
                for d in sorted(p.state.active_decisions(), key=lambda d: d.seq)
                if d.inject == inject_id
            )
        )
    return InjectRow(inject_id, deck.inject(inject_id).title, tuple(states), tuple(notes))


def _objectives(deck: Deck, played: Sequence[Played]) -> tuple[ObjectiveRow, ...]:
    rows = []
    for objective in deck.objectives:
        ratings = tuple(
            tuple(
                o.rating for o in p.state.observations if o.objective == objective.id and o.rating
            )
            for p in played
        )
        evaluated = tuple(
            rating.rating if (rating := p.state.objective_ratings.get(objective.id)) else ""
            for p in played
        )
        rows.append(ObjectiveRow(objective.id, objective.text, ratings, evaluated))
    return tuple(rows)


def story_line(deck: Deck, state: SessionState) -> list[str]:
    """The injects that moved the story along, in order: the path without the contingency
    injects a facilitator delivered on demand (they lead nowhere unless they say where)."""
    line = []
    for inject_id in state.order:
        inject = deck.inject(inject_id) if deck.has_inject(inject_id) else None
        on_demand = inject is not None and inject.type is InjectType.CONTINGENCY
        if on_demand and not (inject.branches or inject.next):  # type: ignore[union-attr]
            continue
        line.append(inject_id)
    return line


def _divergences(played: Sequence[Played]) -> tuple[Divergence, ...]:
    """Each point where sections that had played the same injects went different ways."""
    deck = played[0].deck
    lines = [story_line(p.deck, p.state) for p in played]

    def title(inject_id: str) -> str:
        return deck.inject(inject_id).title if deck.has_inject(inject_id) else inject_id

    out: list[Divergence] = []
    pending: list[tuple[list[int], int]] = [(list(range(len(played))), 0)]
    while pending and len(out) < MAX_DIVERGENCES:
        group, position = pending.pop(0)
        while True:
            # sections part when they play different injects, or skip one the others play
            by_next: dict[tuple[str, str] | None, list[int]] = {}
            for n in group:
                line = lines[n]
                key = None
                if position < len(line):
                    key = (line[position], played[n].state.injects[line[position]].status)
                by_next.setdefault(key, []).append(n)
            if len(by_next) == 1:
                if None in by_next:
                    break  # they all stopped here, together
                position += 1
                continue
            ways = []
            for key, members in by_next.items():
                labels = ", ".join(LABELS[m] for m in members)
                if key is None:
                    why = "; ".join(sorted({_stop(played[m], lines[m]) for m in members}))
                    ways.append((labels, STOPPED, "", why))
                    continue
                inject_id, status = key
                why = "; ".join(sorted({_why(played[m], lines[m], position) for m in members}))
                verb = SKIPPED if status == "skipped" else WENT_TO
                ways.append((labels, verb, title(inject_id), why))
                if len(members) > 1:
                    pending.append((members, position + 1))
            after = title(lines[group[0]][position - 1]) if position else ""
            out.append(Divergence(after, tuple(ways)))
            break
    return tuple(out)


def _why(played: Played, line: list[str], position: int) -> str:
    """How play reached the inject at ``position`` of a section's story line, in words."""
    state, deck = played.state, played.deck
    inject_id = line[position]
    record = state.injects[inject_id]
    if record.status == "skipped":
        return record.reason or _("no reason was given")
    how = record.via
    anchor = deck.inject(line[position - 1]) if position else None
    if how.startswith("branch:") and anchor is not None:
        label = how.removeprefix("branch:").strip()
        for branch in anchor.branches:
            if branch.goto == inject_id or branch.label == label:
                return _("because {condition} (branch “{label}”)").format(
                    condition=describe_condition(branch.when, deck), label=label
                )
        return _how(how, record.chosen)
    if how == "in order":
        if anchor is not None and anchor.branches:
            return _("no branch held, so play went on in the deck's order")
        return _("in the deck's order")
    if how == "next":
        return _("the inject's next leads there")
    return _how(how, True)


def _stop(played: Played, line: list[str]) -> str:
    """Why a section's story line ends where it does."""
    state, deck = played.state, played.deck
    upcoming = next_inject(state)
    if upcoming.is_end:
        anchor = deck.inject(line[-1]) if line else None
        for branch in anchor.branches if anchor is not None else ():
            if branch.goto == END and holds(branch.when, state):
                return _("the exercise ended because {condition}").format(
                    condition=describe_condition(branch.when, deck)
                )
        if upcoming.reason == "next: end":
            return _("the inject's next ends the exercise")
        return _("it was the last inject")
    title = deck.inject(upcoming.inject).title if deck.has_inject(upcoming.inject) else ""
    if state.ended:
        return _("the session was ended there, before “{title}”").format(title=title)
    return _("the session is still running; “{title}” comes next").format(title=title)


def _how(via: str, chosen: bool) -> str:
    """How play reached an inject, in words: "branch: LABEL", "in order", "next" …"""
    if via.startswith("branch:"):
        return _("branch: {label}").format(label=via.removeprefix("branch:").strip())
    words = {
        "in order": _("in the deck's order"),
        "next": _("the previous inject's next"),
        "first inject": _("the first inject"),
        "chosen by the facilitator": _("chosen by the facilitator"),
    }
    if via in words:
        return words[via]
    if via:
        return via
    return _("chosen by the facilitator") if chosen else ""
