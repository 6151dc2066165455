"""A running session: named operations that check, record durably, and say what changed.

Every operation either raises :class:`OperationError` (nothing is written) or
writes exactly one event to the session file, commits it to disk, applies it
to the state and returns a :class:`Change`. Views refresh from the change.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
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
from tabletop.core.engine.decision_operations import DecisionOperations
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
    Folder,
    SessionState,
)
from tabletop.core.engine.wall_clock import Clock, SteadyClock
from tabletop.core.i18n import _
from tabletop.core.store import (
    Event,
    SessionFile,
    new_session_path,
    utc_now,
)

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


class Session(DecisionOperations, EvaluationOperations):
    """A session file opened for recording, with its state kept up to date."""

    def __init__(self, deck: Deck, file: SessionFile, events: list[Event], clock: Clock) -> None:
        self.deck = deck
        self.file = file
        # the times the session stamps and plays by never go back (see wall_clock)
        self.clock: Clock = SteadyClock(clock, events[-1].at if events else None)
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

    def pause_clock(self, *, on_close: bool = False) -> Change:
        """Pause the story clock; ``on_close``: because the session's window is closing (a
        pause Undo passes over: taking it back would run the clock through the closed time)."""
        self._require_live()
        if not self.state.running:
            raise OperationError(_("the clock is already paused"))
        return self._commit(
            "clock_paused", {"on_close": True} if on_close else {}, _("Clock paused")
        )

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
            if event.type == "clock_paused" and event.data.get("on_close") is True:
                continue  # made by closing the window, not by the facilitator
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
            _("Undone: {entry}").format(
                entry=describe_event(target, self.deck, self.state.team_names())
            ),
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
