"""A team's view: what its devices are sent, and never anything meant for someone else."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from tabletop.core.deck.model import ChannelStatus
from tabletop.core.engine import OperationError, Session
from tabletop.core.engine.records import DECISION_KINDS, Outcome
from tabletop.core.engine.team_view import (
    DELIVERED,
    IN_TRANSIT,
    NOT_DELIVERED,
    next_arrival,
    submission_key,
    team_view,
    usable_channels,
)
from tests.support.sessions import FakeClock

DATA = Path(__file__).resolve().parent.parent / "data"
TEAM_CARDS = DATA / "decks" / "team-cards.yaml"
TEAMS = ("nato", "us", "russia")


def _start(tmp: Path, clock: FakeClock) -> Session:
    return Session.start(
        TEAM_CARDS.read_text(encoding="utf-8"), path=tmp / "view.tabletop", clock=clock
    )


def _view(session: Session, team: str) -> dict[str, Any]:
    data: dict[str, Any] = team_view(session.state, team, session.clock()).to_json()
    return data


def test_a_message_appears_in_the_inbox_only_once_it_has_arrived(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        # the cable commission is open with a latency of 30 scenario minutes
        session.record_decision(
            "nato", "Send divers", kind="message", channel="cable-commission", recipients=["russia"]
        )
        assert _view(session, "russia")["inbox"] == []
        own = _view(session, "nato")["decisions"][0]
        assert own["status"] == IN_TRANSIT and own["detail"] == "in transit until Day 1 07:10"
        clock.advance(minutes=29)
        assert _view(session, "russia")["inbox"] == []
        clock.advance(minutes=1)
        inbox = _view(session, "russia")["inbox"]
        assert [(m["text"], m["sender"], m["channel"]) for m in inbox] == [
            ("Send divers", "North Atlantic Council", "Joint cable repair commission")
        ]
        assert inbox[0]["arrived"] == "Day 1 07:10" and not inbox[0]["delayed"]
        assert _view(session, "nato")["decisions"][0]["status"] == DELIVERED
        # a team that was not addressed never sees it
        assert _view(session, "us")["inbox"] == []


def test_a_delayed_message_arrives_late_and_an_undeliverable_one_never(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        session.record_decision("nato", "Over the NRC", kind="message", channel="nrc")
        session.record_decision("nato", "Over mil-to-mil", kind="message", channel="mil-to-mil")
        nato = {d["text"]: d for d in _view(session, "nato")["decisions"]}
        assert nato["Over the NRC"]["status"] == NOT_DELIVERED
        assert "closed" in nato["Over the NRC"]["detail"]
        assert nato["Over mil-to-mil"]["status"] == IN_TRANSIT
        assert "degraded" in nato["Over mil-to-mil"]["detail"]
        # mil-to-mil has a latency of four hours; degraded, four times that
        clock.advance(minutes=4 * 240 - 1)
        assert _view(session, "russia")["inbox"] == []
        clock.advance(minutes=1)
        texts = [m["text"] for m in _view(session, "russia")["inbox"]]
        assert texts == ["Over mil-to-mil"]
        assert _view(session, "russia")["inbox"][0]["delayed"]


def test_the_team_sees_its_believed_level_until_the_real_one_is_announced(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        start = session.state.level
        session.adjudicate(start + 3, "a show of force")
        believed = session.state.beliefs["russia"]
        view = _view(session, "russia")["level"]
        assert view["believed"] == believed and view["announced"] is None
        assert believed != start + 3 or session.deck.ladder.misperception == 0
        session.announce_level(["russia"])
        view = _view(session, "russia")["level"]
        assert view["believed"] == start + 3 == view["announced"]
        assert _view(session, "nato")["level"]["announced"] is None


def test_injects_are_public_ones_and_the_teams_own_cards_newest_first(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        for _ in range(4):
            session.deliver_next()
        assert [i["id"] for i in _view(session, "russia")["injects"]] == [
            "talks-offer",
            "kremlin-brief",
            "cable-cut",
        ]
        assert [i["id"] for i in _view(session, "us")["injects"]] == [
            "talks-offer",
            "allied-intel",
            "cable-cut",
        ]
        card = _view(session, "russia")["injects"][1]
        assert card["team_only"] and card["to"] == ["Russian Security Council"]


def test_channels_are_the_teams_own_with_pending_agreements(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        ids = [c["id"] for c in _view(session, "russia")["channels"]]
        assert ids == [c.id for c in usable_channels(session.state, "russia")]
        assert "mil-to-mil" in ids and "cable-commission" in ids
        session.record_decision(
            "russia", "We agree", kind="agree_channel", channel="nato-russia-hotline"
        )
        hotline = next(
            c for c in _view(session, "nato")["channels"] if c["id"] == "nato-russia-hotline"
        )
        assert hotline["status"] == "proposed"
        assert hotline["agreed"] == ["russia"] and hotline["waiting"] == ["nato"]
        own = _view(session, "russia")["decisions"][0]
        assert own["detail"].endswith("still awaited: NATO and its member states")


def test_an_agreement_says_who_is_still_awaited_by_name(tmp_path: Path) -> None:
    """A team that agreed to open a proposed channel reads on its page who must still agree,
    named as on the channel board ("NATO and its member states"), not by the catalog's id."""
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        session.record_decision(
            "russia", "We agree", kind="agree_channel", channel="nato-russia-hotline"
        )
        detail = _view(session, "russia")["decisions"][0]["detail"]
        assert "NATO and its member states" in detail, detail
        assert "nato" not in detail.split(), detail


def test_a_device_submission_shows_its_key_and_a_returned_one_its_note(tmp_path: Path) -> None:
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        session.record_decision(
            "us", "Call Moscow", submission=submission_key("us", "k1"), source="device"
        )
        session.return_submission(submission_key("us", "k2"), "us", "Nuke them", "Not in scope")
        view = _view(session, "us")
        assert [(d["key"], d["id"]) for d in view["decisions"]] == [("k1", "D1")]
        assert view["returned"] == [{"key": "k2", "text": "Nuke them", "note": "Not in scope"}]
        assert _view(session, "nato")["returned"] == []


# -- the property: nothing meant for someone else ever appears ---------------------------


class TeamViewMachine(RuleBasedStateMachine):
    """Random play; after every step each team's view holds exactly what it may know."""

    def __init__(self) -> None:
        super().__init__()
        self.counter = 0

    @initialize(tmp=st.just(None))
    def start(self, tmp: None) -> None:
        import tempfile

        self.folder = tempfile.TemporaryDirectory()
        self.clock = FakeClock()
        self.session = _start(Path(self.folder.name), self.clock)
        self.markers: dict[str, str] = {}  # decision text -> its decision id

    def teardown(self) -> None:
        if hasattr(self, "session"):
            self.session.close()
            self.folder.cleanup()

    def _try(self, operation: Any) -> None:
        with contextlib.suppress(OperationError):
            operation()

    @rule()
    def deliver(self) -> None:
        self._try(self.session.deliver_next)

    @rule(minutes=st.integers(0, 240))
    def time_passes(self, minutes: int) -> None:
        self.clock.advance(minutes=minutes)

    @rule(
        team=st.sampled_from(TEAMS),
        kind=st.sampled_from(DECISION_KINDS),
        channel=st.integers(0, 5),
        recipients=st.lists(st.sampled_from(TEAMS), max_size=2, unique=True),
        device=st.booleans(),
    )
    def decide(
        self, team: str, kind: str, channel: int, recipients: list[str], device: bool
    ) -> None:
        self.counter += 1
        text = f"MSG-{self.counter}-{team}-END"
        usable = usable_channels(self.session.state, team)
        channel_id = usable[channel % len(usable)].id if channel < 5 and usable else ""
        key = submission_key(team, f"key{self.counter}") if device else ""
        self._try(
            lambda: self.session.record_decision(
                team,
                text,
                kind=kind,
                channel=channel_id,
                recipients=[r for r in recipients if r != team],
                submission=key,
                source="device" if device else "",
            )
        )

    @rule(
        channel=st.sampled_from(["hotline", "mil-to-mil", "nrc", "cable-commission"]),
        status=st.sampled_from(list(ChannelStatus)),
    )
    def change_channel(self, channel: str, status: ChannelStatus) -> None:
        self._try(lambda: self.session.set_channel_status(channel, status))

    @precondition(lambda self: bool(self.session.state.decision_list))
    @rule(index=st.integers(0, 1000))
    def withdraw(self, index: int) -> None:
        decisions = self.session.state.decision_list
        self._try(lambda: self.session.withdraw_decision(decisions[index % len(decisions)].id))

    @precondition(lambda self: bool(self.session.state.decision_list))
    @rule(index=st.integers(0, 1000), recipients=st.lists(st.sampled_from(TEAMS), max_size=2))
    def readdress(self, index: int, recipients: list[str]) -> None:
        decision = self.session.state.decision_list[index % len(self.session.state.decision_list)]
        chosen = [r for r in dict.fromkeys(recipients) if r != decision.team]
        self._try(lambda: self.session.amend_decision(decision.id, recipients=chosen))

    @rule()
    def undo(self) -> None:
        self._try(self.session.undo_last)

    @rule(team=st.sampled_from(TEAMS))
    def give_back(self, team: str) -> None:
        self.counter += 1
        n = self.counter
        self._try(
            lambda: self.session.return_submission(
                submission_key(team, f"ret{n}"), team, f"RET-{n}-{team}-END", f"NOTE-{n}-{team}-END"
            )
        )

    @rule(level=st.integers(0, 10))
    def adjudicate(self, level: int) -> None:
        self._try(lambda: self.session.adjudicate(level))

    @rule(teams=st.lists(st.sampled_from(TEAMS), unique=True))
    def announce(self, teams: list[str]) -> None:
        self._try(lambda: self.session.announce_level(teams))

    @rule()
    def clock_button(self) -> None:
        state = self.session.state
        self._try(self.session.pause_clock if state.running else self.session.resume_clock)

    @invariant()
    def each_team_sees_exactly_what_it_may(self) -> None:
        if not hasattr(self, "session"):
            return
        state = self.session.state
        now = self.clock()
        scenario = state.scenario_at(now)
        deck = state.deck
        for team in TEAMS:
            view = team_view(state, team, now)
            text = json.dumps(view.to_json(), ensure_ascii=False)
            for inject in deck.injects:
                if inject.facilitator_notes:
                    assert inject.facilitator_notes not in text
                for question in inject.questions:
                    assert question not in text
                if inject.private and team not in inject.to:
                    assert inject.narrative not in text
            delivered = {
                i
                for i in state.order
                if state.injects[i].status == "delivered" and deck.inject(i).seen_by(team)
            }
            assert {card.id for card in view.injects} == delivered
            for decision in state.decision_list:
                outcome = decision.outcome
                arrived = (
                    outcome is not None
                    and not decision.withdrawn
                    and team in outcome.recipients
                    and outcome.status != Outcome.UNDELIVERABLE
                    and outcome.arrives_at is not None
                    and outcome.arrives_at <= scenario
                )
                may = decision.team == team or arrived
                assert (decision.text in text) == may, (team, decision)
            for returned in state.returned:
                for marker in (returned.text, returned.note):
                    assert (marker in text) == (returned.team == team)
            assert view.level.believed == state.beliefs[team]
            # the level last announced to this team, read from the log itself
            announced = None
            by_seq = {event.seq: event for event in state.events}
            for change in state.announced:
                named = by_seq[change.seq].data.get("teams") or [t.id for t in state.teams]
                if team in named:
                    announced = change.level
            assert view.level.announced == announced, (team, state.announced)
            assert set(view.to_json()["level"]) == {
                "believed",
                "name",
                "lowest",
                "highest",
                "announced",
                "announced_name",
                "announced_when",
            }

    @invariant()
    def no_view_changes_before_the_next_arrival(self) -> None:
        # the console recomputes the views on a clock tick only once the next message is due
        if not hasattr(self, "session"):
            return
        state = self.session.state
        now = self.clock()
        due = next_arrival(state, state.scenario_at(now))

        def shown(moment: Any) -> dict[str, Any]:
            views = {team: team_view(state, team, moment).to_json() for team in TEAMS}
            return {
                team: {k: v for k, v in view.items() if k != "clock"}
                for team, view in views.items()
            }

        before = shown(now)
        for minutes in (1, 7, 30, 120, 600):
            later = now + dt.timedelta(minutes=minutes)
            if due is not None and state.scenario_at(later) >= due:
                break
            assert shown(later) == before, (minutes, due)


TeamViewMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=30)
test_nothing_meant_for_another_team_reaches_a_team = pytest.mark.slow(TeamViewMachine.TestCase)


def test_an_agreement_awaiting_one_party_reads_as_a_sentence(tmp_path: Path) -> None:
    """The awaited parties are named whatever their number or grammar: never "… opens when
    Russia agree too" (nor "when NATO and its member states agrees too")."""
    clock = FakeClock()
    with _start(tmp_path, clock) as session:
        session.deliver_next()
        session.record_decision(
            "nato", "We agree", kind="agree_channel", channel="nato-russia-hotline"
        )
        detail = _view(session, "nato")["decisions"][0]["detail"]
        assert "Russia agree " not in detail, detail
        assert detail.endswith("still awaited: Russia"), detail
