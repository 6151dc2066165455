"""A running session: named operations that check, record durably, and say what changed.

Every operation either raises :class:`OperationError` (nothing is written) or
writes exactly one event to the session file, commits it to disk, applies it
to the state and returns a :class:`Change`. Views refresh from the change.
"""

from __future__ import annotations

import datetime as _dt
import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core import paths
from tabletop.core.collector import collector_paused
from tabletop.core.deck.catalog import (
    load_catalog,
    shipped_catalog_texts,
    shipped_catalog_translations,
)
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.model import ChannelStatus, Deck, ScenarioTime
from tabletop.core.deck.translation import companion_path, read_translation
from tabletop.core.deck.wording import channel_status
from tabletop.core.engine.branching import NextInject, next_inject
from tabletop.core.engine.describe import describe_event
from tabletop.core.engine.evaluation import EvaluationOperations
from tabletop.core.engine.operation import Change, OperationError
from tabletop.core.engine.reading import (
    CATALOG_META,
    TRANSLATION_META,
    deck_from_meta,
    open_state,
)
from tabletop.core.engine.state import (
    ALL_ASPECTS,
    DECISION_KINDS,
    DecisionRecord,
    Folder,
    Outcome,
    SessionState,
)
from tabletop.core.i18n import _, ngettext
from tabletop.core.store import (
    Event,
    SessionFile,
    new_session_path,
    utc_now,
)

Clock = Callable[[], _dt.datetime]

_LONG_LOG = 10_000  # events

__all__ = [
    "Change",
    "OperationError",
    "Session",
    "SessionSetup",
    "deck_from_meta",
    "describe_event",
    "open_state",
]


@dataclass
class SessionSetup:
    """What the facilitator sets before the first inject."""

    name: str = ""
    facilitator: str = ""
    date: str = ""
    teams: list[dict[str, Any]] = field(default_factory=list)  # {id, name, participants, absent}
    channels: dict[str, str] = field(default_factory=dict)  # channel id -> starting status
    level: int | None = None
    language: str = ""  # the language the class plays in (default: the deck's)
    # exercise overview for the report: mission areas, sponsor, point of contact …
    overview: dict[str, Any] = field(default_factory=dict)

    def to_event(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "facilitator": self.facilitator,
            "date": self.date,
            "teams": self.teams,
            "channels": self.channels,
        }
        if self.level is not None:
            data["level"] = self.level
        if self.language:
            data["language"] = self.language
        if self.overview:
            data["overview"] = self.overview
        return data


class Session(EvaluationOperations):
    """A session file opened for recording, with its state kept up to date."""

    def __init__(self, deck: Deck, file: SessionFile, events: list[Event], clock: Clock) -> None:
        self.deck = deck
        self.file = file
        self.clock = clock
        self._folder = Folder.replay(deck, events)

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def start(
        cls,
        deck_text: str,
        *,
        setup: SessionSetup | None = None,
        path: Path | None = None,
        deck_source: str = "",
        clock: Clock = utc_now,
        translation_text: str = "",
    ) -> Session:
        """Create a session file for a deck and record the start.

        With ``setup.language`` other than the deck's own, the deck is played in its
        translation: ``translation_text``, or else the companion file beside
        ``deck_source`` (``deck.vi.yaml``); the shared catalog's translations are used
        too. The translations are embedded in the file with the deck.
        """
        setup = setup or SessionSetup()
        translations = _translations(deck_text, deck_source, setup.language, translation_text)
        result = load_deck_text(
            deck_text,
            deck_source or "<deck>",
            catalog=load_catalog(setup.language) if translations else None,
            quick=True,
            translation=read_translation(translations[TRANSLATION_META + "deck"])
            if TRANSLATION_META + "deck" in translations
            else None,
        )
        if result.deck is None:
            first = result.errors[0].format() if result.errors else "unknown problem"
            raise OperationError(
                _("the deck has errors and cannot be run: {problem}").format(problem=first)
            )
        deck = result.deck
        _check_setup(deck, setup)
        if path is None:
            folder = paths.ensure_dir(paths.sessions_dir())
            path = new_session_path(folder, deck.id, clock())
        file = SessionFile.create(
            Path(path),
            deck_text,
            deck_id=deck.id,
            deck_title=deck.title,
            deck_source=deck_source,
            name=setup.name,
            created_at=clock(),
            extra_meta={
                **{CATALOG_META + n: t for n, t in shipped_catalog_texts().items()},
                **translations,
            },
        )
        try:
            session = cls(deck, file, [], clock)
            session._commit("session_started", setup.to_event(), _("Session started"))
        except BaseException:
            file.close()
            raise
        return session

    @classmethod
    def resume(cls, path: Path, clock: Clock = utc_now) -> Session:
        """Reopen a session file where it was left."""
        file = SessionFile.open(Path(path))
        # reading and folding the log creates many objects and frees none: the cyclic
        # collector would only walk them again and again (it costs a long log half its
        # reading time)
        try:
            with collector_paused():
                deck = deck_from_meta(file.meta, file.path.name)
                events = file.events()
                session = cls(deck, file, events, clock)
                if len(events) >= _LONG_LOG:
                    # a long log's state lives as long as the session: kept out of the
                    # garbage collector's full passes, the first of which would otherwise
                    # walk every event just read and stall the next operations
                    gc.freeze()
        except BaseException:
            file.close()
            raise
        return session

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def state(self) -> SessionState:
        return self._folder.state

    # -- reading ----------------------------------------------------------------

    def next_inject(self) -> NextInject:
        return next_inject(self.state)

    def scenario_now(self) -> ScenarioTime:
        return ScenarioTime.from_minutes(self.state.scenario_at(self.clock()))

    def elapsed_seconds(self) -> float:
        return self.state.elapsed_at(self.clock())

    # -- writing ----------------------------------------------------------------

    def _commit(self, type_: str, data: dict[str, Any], summary: str) -> Change:
        event = self.file.append(type_, data, at=self.clock())
        if type_ == "event_undone":
            # taking an event back changes the past: reverse the latest events from the
            # fold's trail, or replay the whole log when the trail does not reach that far
            try:
                self._folder.undo(int(data["target"]), event)
            except LookupError:
                self._folder = Folder.replay(self.deck, [*self.state.events, event])
            aspects: set[str] = set(ALL_ASPECTS)
        else:
            aspects = self._folder.apply(event)
        decision = None
        if type_ == "decision_recorded":
            decision = self.state.decisions.get(str(data["decision"]))
        return Change(event, frozenset(aspects), summary, decision)

    def _require_live(self) -> None:
        if self.state.ended:
            raise OperationError(_("the session has ended; start a new one to continue play"))

    def deliver_next(self) -> Change:
        """Deliver the inject the branches point to (the Next button)."""
        self._require_live()
        upcoming = self.next_inject()
        if upcoming.is_end:
            raise OperationError(_("there are no more injects: go to the hot wash and end"))
        return self._deliver(upcoming.inject, chosen=False, via=upcoming.reason)

    def deliver(self, inject_id: str) -> Change:
        """Deliver a chosen inject now (for example a contingency inject on demand)."""
        self._require_live()
        return self._deliver(inject_id, chosen=True, via="chosen by the facilitator")

    def _deliver(self, inject_id: str, *, chosen: bool, via: str) -> Change:
        record = self._pending(inject_id)
        inject = self.deck.inject(record.id)
        return self._commit(
            "inject_delivered",
            {"inject": inject.id, "chosen": chosen, "via": via},
            _("Delivered: {inject}").format(inject=inject.title),
        )

    def _pending(self, inject_id: str) -> Any:
        record = self.state.injects.get(inject_id)
        if record is None:
            raise OperationError(
                _("there is no inject '{inject}' in this deck").format(inject=inject_id)
            )
        if record.status != "pending":
            raise OperationError(
                (
                    _("'{inject}' was already delivered")
                    if record.status == "delivered"
                    else _("'{inject}' was already skipped")
                ).format(inject=self.deck.inject(inject_id).title)
            )
        return record

    def skip(self, reason: str, inject_id: str | None = None) -> Change:
        """Skip an inject (the next one by default), with the facilitator's reason."""
        self._require_live()
        if not reason.strip():
            raise OperationError(_("give a reason for skipping: it goes into the report"))
        if inject_id is None:
            upcoming = self.next_inject()
            if upcoming.is_end:
                raise OperationError(_("there are no more injects to skip"))
            inject_id = upcoming.inject
        self._pending(inject_id)
        title = self.deck.inject(inject_id).title
        return self._commit(
            "inject_skipped",
            {"inject": inject_id, "reason": reason.strip()},
            _("Skipped: {inject}").format(inject=title),
        )

    def record_decision(
        self,
        team: str,
        text: str,
        *,
        kind: str = "action",
        channel: str = "",
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
        escalation: int = 0,
        submission: str = "",
        source: str = "",
    ) -> Change:
        """Record what a team decided; over a channel it is also a message with an outcome.

        ``submission`` is the idempotency key of a decision a team sent from its own
        device (``source="device"``): a key is recorded at most once.
        """
        self._require_live()
        state = self.state
        if not text.strip():
            raise OperationError(_("write what the team decided"))
        if kind not in DECISION_KINDS:
            raise OperationError(
                _("the kind of decision must be one of: {kinds}").format(
                    kinds=", ".join(DECISION_KINDS)
                )
            )
        self._check_route(team, kind, channel, recipients)
        if not -10 <= escalation <= 10:
            raise OperationError(_("a suggested escalation change is between -10 and +10"))
        if submission and submission in state.submissions:
            raise OperationError(
                _("this submission was already recorded as {decision}").format(
                    decision=state.submissions[submission]
                )
            )
        decision_id = f"D{state.decision_count + 1}"
        data: dict[str, Any] = {
            "decision": decision_id,
            "team": team,
            "text": text.strip(),
            "kind": kind,
            "channel": channel,
            "recipients": list(recipients),
            "tags": sorted({t.strip() for t in tags if t.strip()}),
            "escalation": int(escalation),
            "inject": state.current,
        }
        if submission:
            data["submission"] = submission
        if source:
            data["source"] = source
        was_open = channel and state.channels[channel].status is ChannelStatus.OPEN
        change = self._commit(
            "decision_recorded",
            data,
            _("Decision {decision} recorded").format(decision=decision_id),
        )
        decision = change.decision
        summary = change.summary
        if decision is not None and kind == "agree_channel":
            summary = self._agreement_summary(decision_id, channel, bool(was_open))
        elif decision is not None and decision.outcome is not None:
            summary = self._outcome_summary(decision)
        return Change(change.event, change.aspects, summary, decision)

    def _check_route(self, team: str, kind: str, channel: str, recipients: Sequence[str]) -> None:
        """Refuse a team, channel or recipient that cannot carry this decision."""
        state = self.state
        playing = {t.id for t in state.teams}
        if team not in playing:
            raise OperationError(_("there is no team '{team}' in this session").format(team=team))
        team_obj = state.team(team)
        if channel:
            if not self.deck.has_channel(channel):
                raise OperationError(
                    _("there is no channel '{channel}' in this deck").format(channel=channel)
                )
            chan = self.deck.channel(channel)
            if not chan.usable_by(team_obj):
                raise OperationError(
                    _("{team} is not a party to {channel} (its parties: {parties})").format(
                        team=team_obj.name, channel=chan.name, parties=", ".join(chan.parties)
                    )
                )
            for recipient in recipients:
                if recipient not in playing:
                    raise OperationError(
                        _("there is no team '{team}' to send to").format(team=recipient)
                    )
        elif kind == "agree_channel":
            raise OperationError(_("say which channel the team agrees to open"))

    def _outcome_summary(self, decision: DecisionRecord) -> str:
        outcome = decision.outcome
        assert outcome is not None
        chan_name = self.deck.channel(decision.channel).name
        arrives = ScenarioTime.from_minutes(outcome.arrives_at or 0)
        when = _("Day {day} {time}").format(day=arrives.day, time=arrives.clock)
        if outcome.status == Outcome.UNDELIVERABLE:
            if outcome.channel_status is ChannelStatus.CLOSED:
                reason = _("{channel} is closed").format(channel=chan_name)
            elif outcome.channel_status is ChannelStatus.PROPOSED:
                reason = _("{channel} is only proposed, not yet agreed").format(channel=chan_name)
            else:
                reason = outcome.reason
            return _("{decision}: NOT delivered – {reason}").format(
                decision=decision.id, reason=reason
            )
        if outcome.status == Outcome.DELAYED:
            return _("{decision}: delayed over {channel}, arrives {time}").format(
                decision=decision.id, channel=chan_name, time=when
            )
        return _("{decision}: delivered over {channel}, arrives {time}").format(
            decision=decision.id, channel=chan_name, time=when
        )

    def _agreement_summary(self, decision_id: str, channel: str, was_open: bool) -> str:
        state = self.state
        name = self.deck.channel(channel).name
        if state.channels[channel].status is ChannelStatus.OPEN and not was_open:
            return _("{decision}: {channel} is now OPEN – every party has agreed").format(
                decision=decision_id, channel=name
            )
        agreed, waiting = state.pending_agreement(channel)
        if state.channels[channel].status is not ChannelStatus.PROPOSED:
            status = channel_status(state.channel_status(channel).value)
            return _("{decision}: agreement recorded ({channel} is {status})").format(
                decision=decision_id, channel=name, status=status
            )
        return ngettext(
            "{decision}: agreement recorded; {channel} opens when {waiting} agrees too "
            "(agreed so far: {agreed})",
            "{decision}: agreement recorded; {channel} opens when {waiting} agree too "
            "(agreed so far: {agreed})",
            len(waiting),
        ).format(
            decision=decision_id,
            channel=name,
            waiting=", ".join(waiting),
            agreed=", ".join(agreed) or _("none"),
        )

    def submission_decision(self, key: str) -> DecisionRecord | None:
        """The decision a team device's submission was recorded as, if it was."""
        decision_id = self.state.submissions.get(key)
        return self.state.decisions.get(decision_id) if decision_id else None

    def return_submission(self, submission: str, team: str, text: str, note: str) -> Change:
        """Send a team's submitted decision back to its device with the facilitator's note."""
        if team not in {t.id for t in self.state.teams}:
            raise OperationError(_("there is no team '{team}' in this session").format(team=team))
        if not note.strip():
            raise OperationError(_("say why it goes back: the team reads your note"))
        if submission in self.state.submissions:
            raise OperationError(_("this submission was already recorded"))
        return self._commit(
            "submission_returned",
            {"submission": submission, "team": team, "text": text, "note": note.strip()},
            _("Returned to {team}").format(team=self.state.team_name(team)),
        )

    def send_message(
        self,
        team: str,
        channel: str,
        text: str,
        *,
        recipients: Sequence[str] = (),
        tags: Iterable[str] = (),
    ) -> Change:
        """Send a message over a channel (a decision of kind ``message``)."""
        if not channel:
            raise OperationError(_("choose the channel the message goes over"))
        return self.record_decision(
            team, text, kind="message", channel=channel, recipients=recipients, tags=tags
        )

    def _live_decision(self, decision_id: str) -> DecisionRecord:
        decision = self.state.decisions.get(decision_id)
        if decision is None:
            raise OperationError(_("there is no decision {decision}").format(decision=decision_id))
        if decision.withdrawn:
            raise OperationError(
                _("decision {decision} was withdrawn").format(decision=decision_id)
            )
        return decision

    def amend_decision(self, decision_id: str, **changes: Any) -> Change:
        """Correct a decision (kept as history): text, kind, tags, escalation, team, channel,
        recipients.

        A new team or channel re-sends the message as of the moment it was made:
        its outcome follows the channel's status then.
        """
        decision = self._live_decision(decision_id)
        allowed = {"text", "kind", "tags", "escalation", "team", "channel", "recipients"}
        unknown = set(changes) - allowed
        if unknown:
            raise OperationError(
                _(
                    "cannot amend {fields}; withdraw the decision and record a new one instead"
                ).format(fields=", ".join(sorted(unknown)))
            )
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "text":
                if not str(value).strip():
                    raise OperationError(_("the amended text is empty"))
                value = str(value).strip()
            if key == "tags":
                value = sorted({str(t).strip() for t in value if str(t).strip()})
            if key == "recipients":
                value = [str(r) for r in value]
            if key == "kind" and value not in DECISION_KINDS:
                raise OperationError(_("unknown kind '{kind}'").format(kind=value))
            if key == "escalation":
                value = int(value)
            if key in ("team", "channel"):
                value = str(value or "")
            current = getattr(decision, key)
            if current != (tuple(value) if key in ("tags", "recipients") else value):
                clean[key] = value
        if not clean:
            raise OperationError(_("nothing to change"))
        routed = {"team", "channel", "recipients"} & clean.keys()
        kind = clean.get("kind", decision.kind)
        if routed or "kind" in clean:
            agreement = "agree_channel" in (decision.kind, kind)
            if agreement and (routed or kind != decision.kind):
                raise OperationError(
                    _(
                        "an agreement to open a channel cannot be moved to another team or "
                        "channel; withdraw it and record a new one"
                    )
                )
            self._check_route(
                clean.get("team", decision.team),
                kind,
                clean.get("channel", decision.channel),
                clean.get("recipients", decision.recipients),
            )
        change = self._commit(
            "decision_amended",
            {"decision": decision_id, "changes": clean},
            _("Decision {decision} amended").format(decision=decision_id),
        )
        amended = self.state.decisions[decision_id]
        if routed and amended.outcome is not None:
            summary = _("Decision {decision} amended – {outcome}").format(
                decision=decision_id, outcome=self._outcome_summary(amended)
            )
            return Change(change.event, change.aspects, summary, amended)
        return Change(change.event, change.aspects, change.summary, amended)

    def withdraw_decision(self, decision_id: str, reason: str = "") -> Change:
        """Withdraw a decision; it stays in the log, marked withdrawn."""
        self._live_decision(decision_id)
        return self._commit(
            "decision_withdrawn",
            {"decision": decision_id, "reason": reason.strip()},
            _("Decision {decision} withdrawn").format(decision=decision_id),
        )

    def set_channel_status(
        self, channel: str, status: ChannelStatus | str, reason: str = ""
    ) -> Change:
        """Open, degrade, close or propose a channel."""
        self._require_live()
        if channel not in self.state.channels:
            raise OperationError(
                _("there is no channel '{channel}' in this deck").format(channel=channel)
            )
        try:
            status = ChannelStatus(status)
        except ValueError:
            raise OperationError(
                _("'{status}' is not a channel status").format(status=status)
            ) from None
        if self.state.channels[channel].status is status:
            raise OperationError(
                _("{channel} is already {status}").format(
                    channel=self.deck.channel(channel).name, status=channel_status(status.value)
                )
            )
        return self._commit(
            "channel_changed",
            {"channel": channel, "status": status.value, "reason": reason.strip()},
            _("{channel}: {status}").format(
                channel=self.deck.channel(channel).name, status=channel_status(status.value)
            ),
        )

    def adjudicate(self, level: int, reason: str = "") -> Change:
        """Set the escalation level as the facilitator judges it."""
        self._require_live()
        ladder = self.deck.ladder
        if not ladder.lowest <= level <= ladder.highest:
            raise OperationError(
                _("the escalation level is between {lowest} and {highest}").format(
                    lowest=ladder.lowest, highest=ladder.highest
                )
            )
        if level == self.state.level:
            raise OperationError(_("the level is already {level}").format(level=level))
        return self._commit(
            "escalation_adjudicated",
            {"level": int(level), "reason": reason.strip()},
            _("Escalation level {level}: {name}").format(level=level, name=ladder.name_of(level)),
        )

    def announce_level(self, teams: Sequence[str] = ()) -> Change:
        """Tell teams (all by default) the real escalation level: their beliefs catch up."""
        self._require_live()
        playing = [t.id for t in self.state.teams]
        for team in teams:
            if team not in playing:
                raise OperationError(
                    _("there is no team '{team}' in this session").format(team=team)
                )
        named = list(teams) or playing
        level = self.state.level
        return self._commit(
            "level_announced",
            {"teams": named},
            _("Level {level} announced to {teams}").format(
                level=level, teams=", ".join(self.state.team_name(t) for t in named)
            ),
        )

    def pause_clock(self) -> Change:
        self._require_live()
        if not self.state.running:
            raise OperationError(_("the clock is already paused"))
        return self._commit("clock_paused", {}, _("Clock paused"))

    def resume_clock(self) -> Change:
        self._require_live()
        if self.state.running:
            raise OperationError(_("the clock is running"))
        return self._commit("clock_resumed", {}, _("Clock resumed"))

    def end(self) -> Change:
        """End the session; the hot wash and improvement plan can still be added."""
        self._require_live()
        return self._commit("session_ended", {}, _("Session ended"))

    def undoable(self) -> Event | None:
        """The latest event that Undo would take back."""
        skip = {"session_started", "event_undone"}
        for event in reversed(self.state.events):
            if event.type in skip or event.seq in self.state.undone:
                continue
            return event
        return None

    def undo_last(self) -> Change:
        """Take back the latest action: a new event, the old one stays in the log."""
        target = self.undoable()
        if target is None:
            raise OperationError(_("there is nothing to undo"))
        return self._commit(
            "event_undone",
            {"target": target.seq, "type": target.type},
            _("Undone: {entry}").format(entry=describe_event(target, self.deck)),
        )


def _translations(
    deck_text: str, deck_source: str, language: str, translation_text: str
) -> dict[str, str]:
    """The translation texts to embed in a new session file, by meta key (none for English)."""
    if not language:
        return {}
    if not translation_text and deck_source:
        companion = companion_path(Path(deck_source), language)
        if companion.is_file():
            translation_text = companion.read_text(encoding="utf-8")
    found = {
        TRANSLATION_META + name: text
        for name, text in shipped_catalog_translations(language).items()
    }
    if translation_text:
        found[TRANSLATION_META + "deck"] = translation_text
    if found:
        found["language"] = language
    return found


def _check_setup(deck: Deck, setup: SessionSetup) -> None:
    for team in setup.teams:
        if not deck.has_team(str(team.get("id"))):
            raise OperationError(
                _("there is no team '{team}' in the deck").format(team=team.get("id"))
            )
    absent = {str(t.get("id")) for t in setup.teams if t.get("absent")}
    if absent >= {t.id for t in deck.teams}:
        raise OperationError(_("at least one team must play"))
    for channel, status in setup.channels.items():
        if not deck.has_channel(channel):
            raise OperationError(
                _("there is no channel '{channel}' in the deck").format(channel=channel)
            )
        try:
            ChannelStatus(status)
        except ValueError:
            raise OperationError(
                _("'{status}' is not a channel status").format(status=status)
            ) from None
    if setup.level is not None and not deck.ladder.lowest <= setup.level <= deck.ladder.highest:
        raise OperationError(_("the starting level is outside the ladder"))
