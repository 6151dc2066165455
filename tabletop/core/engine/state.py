"""Session state as a pure fold of the deck and the event log.

``fold(deck, events)`` replays a session from nothing; ``Folder.apply`` takes
one more event. Both give the same state for the same inputs, whatever the
machine or the time of day: every time used comes from the events themselves.

The rules of the world (written in :mod:`~tabletop.core.engine.play_rules`,
:mod:`~tabletop.core.engine.decision_rules` and
:mod:`~tabletop.core.engine.evaluation_rules`; :class:`Folder` puts them together):

* **Channels** start as the deck (and the session setup) says; inject effects
  and the facilitator change them; a *proposed* channel opens once every one of
  its parties has agreed in a recorded ``agree_channel`` decision.
* **Messages** are decisions sent over a channel. Over an open channel a message
  is *delivered* after the channel's latency; over a degraded one it is
  *delayed* (the deck's degraded rule: four times the latency, at least an hour,
  unless the catalog or deck says otherwise); over a closed or merely proposed
  one it is *undeliverable*.
* **Escalation**: the facilitator adjudicates the level; injects move it. Each
  team also has the level it *believes* the other side is at. Under suspicion,
  a rise is read as reaching at least ``misperception`` rungs above the true
  level (worst-case reading; the gap does not compound), and a fall goes
  unnoticed. Only a message that arrives over a working channel corrects a
  team: it sets its recipients' belief to the level at the moment it arrives.
  Where channels are closed, the gap stays open.
* **Time**: everything happens in story order. Messages in transit wait in a
  queue ordered by arrival; before any event takes effect, every message that
  arrived by then reaches its recipients (an inject that moves the clock
  forward lets what arrived during the jump land first, then applies its
  effects).

Costs: applying one event is O(log n) in the messages in transit and O(1) in
the length of the log. Undo reverses the latest events from the fold's
:class:`~tabletop.core.engine.trail.Trail` instead of replaying the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tabletop.core.collector import collector_paused
from tabletop.core.deck.model import DecisionMade, Deck, iter_conditions
from tabletop.core.engine.decision_rules import DecisionRules, decision_matches
from tabletop.core.engine.evaluation_rules import EvaluationRules
from tabletop.core.engine.folding import FoldError, InTransit
from tabletop.core.engine.play_rules import PlayRules
from tabletop.core.engine.records import (
    CAPABILITY_ELEMENTS,
    DECISION_KINDS,
    HOTWASH_FIELDS,
    HOTWASH_QUESTIONS,
    OBSERVATION_KINDS,
    RATING_NAMES,
    RATINGS,
    VERDICT_NAMES,
    VERDICTS,
    Amendment,
    Anomaly,
    Assessment,
    ChannelChange,
    ChannelState,
    DecisionRecord,
    ImprovementAction,
    InjectRecord,
    LevelChange,
    MessageOutcome,
    ObjectiveRating,
    Observation,
    Outcome,
    ReturnedSubmission,
    SessionState,
)
from tabletop.core.engine.trail import Trail
from tabletop.core.store import Event

__all__ = [
    "ALL_ASPECTS",
    "CAPABILITY_ELEMENTS",
    "DECISION_KINDS",
    "HOTWASH_FIELDS",
    "HOTWASH_QUESTIONS",
    "OBSERVATION_KINDS",
    "RATINGS",
    "RATING_NAMES",
    "VERDICTS",
    "VERDICT_NAMES",
    "Amendment",
    "Anomaly",
    "Assessment",
    "ChannelChange",
    "ChannelState",
    "DecisionRecord",
    "FoldError",
    "Folder",
    "ImprovementAction",
    "InjectRecord",
    "LevelChange",
    "MessageOutcome",
    "ObjectiveRating",
    "Observation",
    "Outcome",
    "ReturnedSubmission",
    "SessionState",
    "decision_matches",
    "fold",
    "undone_targets",
]

ALL_ASPECTS = frozenset(
    {
        "session",
        "injects",
        "channels",
        "escalation",
        "beliefs",
        "decisions",
        "clock",
        "observations",
        "hotwash",
        "evaluation",
    }
)


class Folder(PlayRules, DecisionRules, EvaluationRules):
    """Applies events to a state one at a time, and can take the latest ones back."""

    def __init__(self, deck: Deck, *, trail_depth: int = 4096) -> None:
        self.state = SessionState(deck=deck)
        self.trail = Trail(trail_depth)
        self._transit: list[InTransit] = []
        self._audiences: dict[tuple[str, str], tuple[str, ...]] = {}
        # every `decision` condition of the deck's branches, kept counted as decisions arrive
        self._indexed: tuple[DecisionMade, ...] = tuple(
            dict.fromkeys(
                condition
                for inject in deck.injects
                for branch in inject.branches
                for condition in iter_conditions(branch.when)
                if isinstance(condition, DecisionMade)
            )
        )
        # the indexed conditions by the (team, channel, kind) of a decision, see _candidates
        self._by_route: dict[tuple[str, str, str], tuple[DecisionMade, ...]] = {}
        # counted from zero, so a condition no decision has met yet is answered from the
        # count too (branching falls back to scanning every decision for an absent key)
        self.state.matches.update(dict.fromkeys(self._indexed, 0))

    @classmethod
    def replay(cls, deck: Deck, events: Iterable[Event]) -> Folder:
        """A folder whose state is the deck replayed through these events, undos honoured."""
        events = list(events)
        folder = cls(deck)
        folder.state.undone = undone_targets(events)
        keep = len(events) - folder.trail.depth
        folder.trail.recording = False
        # a replay creates many objects and frees none: the cyclic collector would only
        # rescan them again and again
        with collector_paused():
            for index, event in enumerate(events):
                if index == keep:
                    folder.trail.recording = True
                folder.apply(event)
        folder.trail.recording = True
        return folder

    # -- the fold -----------------------------------------------------------------

    def apply(self, event: Event) -> set[str]:
        """Apply one event; returns the aspects of the state it changed."""
        state = self.state
        trail = self.trail
        seq = event.seq
        type_ = event.type
        if trail.begin(seq):
            trail.append(state.events, event)
            trail.set(state, "last_seq", seq)
        else:  # a replay's older events: nothing to take back later
            state.events.append(event)
            state.last_seq = seq
        numbered = _NUMBERED.get(type_)
        if numbered is not None:
            # the highest decision, observation and action number ever given (undone too)
            data = event.data
            key, prefix, count = numbered
            ident = str(data.get(key) or "") if isinstance(data, dict) else ""
            digits = ident[1:]
            # isdecimal, not isdigit: "²" is a digit that int() does not read; and no more
            # digits than a number tabletop gives (int() refuses thousands of them)
            number = (
                int(digits)
                if ident[:1] == prefix and digits.isdecimal() and len(digits) <= _MAX_DIGITS
                else 0
            )
            current = getattr(state, count)
            trail.set(state, count, max(current + (0 if number else 1), number))
        if seq in state.undone:
            return set()
        handler = _HANDLERS.get(type_)
        if handler is None:
            trail.append(state.anomalies, Anomaly(seq, f"unknown event type '{type_}'"))
            return set()
        if not state.started and type_ != "session_started":
            trail.append(state.anomalies, Anomaly(seq, "event before the session started"))
            return set()
        data = event.data
        if not isinstance(data, dict):
            trail.append(state.anomalies, Anomaly(seq, f"{type_}: no data"))
            return set()
        try:
            if type_ in _UNSETTLED:
                aspects = handler(self, event, data)
            else:
                # messages that arrived by now reach their recipients first
                now = state.scenario_at(event.at)
                transit = self._transit
                if transit and transit[0][0] <= now:
                    aspects = self._settle(now, event)
                    aspects |= handler(self, event, data)
                else:
                    aspects = handler(self, event, data)
        except (FoldError, KeyError, ValueError, TypeError, AttributeError) as exc:
            trail.append(state.anomalies, Anomaly(seq, f"{type_}: {exc}"))
            return set()
        trail.set(state, "last_at", event.at)
        return aspects

    def undo(self, target: int, event: Event) -> None:
        """Take back event ``target`` (and record the ``event_undone`` entry ``event``).

        The events from the target on are reversed from the trail and applied
        again with the target left out. Raises LookupError when the trail no
        longer reaches back that far (the caller then replays the log).
        """
        if not self.trail.covers(target):
            raise LookupError(target)
        state = self.state
        tail: list[Event] = []
        for earlier in reversed(state.events):
            if earlier.seq < target:
                break
            tail.append(earlier)
        tail.reverse()
        self.trail.rewind(target)
        state.undone.add(target)
        for earlier in tail:
            self.apply(earlier)
        self.apply(event)

    # -- helpers ----------------------------------------------------------------


# the handler of each event type: Folder._on_<type>
_HANDLERS: dict[str, Any] = {
    name[len("_on_") :]: getattr(Folder, name) for name in dir(Folder) if name.startswith("_on_")
}
# event types that take effect before the story clock moves (no arrivals settle first)
_UNSETTLED = frozenset({"session_started", "event_undone"})
# the longest number read from an id (D123): far beyond any session, far below int()'s limit
_MAX_DIGITS = 18
# event types that give a number: its data key, its prefix and the state's counter
_NUMBERED = {
    "decision_recorded": ("decision", "D", "decision_count"),
    "observation_noted": ("observation", "O", "observation_count"),
    "action_added": ("action", "A", "action_count"),
}


def undone_targets(events: Iterable[Event]) -> set[int]:
    """The events that later ``event_undone`` entries take back (odd entries are ignored)."""
    targets = set()
    for event in events:
        if event.type != "event_undone" or not isinstance(event.data, dict):
            continue
        target = event.data.get("target")
        if isinstance(target, int) and not isinstance(target, bool) and target < event.seq:
            targets.add(target)
    return targets


def fold(deck: Deck, events: Iterable[Event]) -> SessionState:
    """The state of a session: its deck, replayed through its events in order."""
    return Folder.replay(deck, events).state
