"""The session engine: injects, branches, messages over channels, escalation, the clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.core.deck.model import ChannelStatus, ScenarioTime
from tabletop.core.engine import OperationError, Session, describe_event, fold


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock) -> Session:
    s = start_minimal(tmp_path, clock, name="Class A", facilitator="Dr K")
    yield s
    s.close()


def test_start_sets_up_the_world(session: Session) -> None:
    state = session.state
    assert state.started and not state.ended
    assert state.name == "Class A"
    assert state.level == 1  # the shared ladder starts at 1
    assert state.beliefs == {"nato": 1, "us": 1, "russia": 1}
    assert state.channel_status("mil-to-mil") is ChannelStatus.DEGRADED
    assert session.next_inject().inject == "cable-cut"
    assert session.scenario_now() == ScenarioTime(1, 6 * 60 + 40)


def test_setup_overrides_team_names_and_channels(tmp_path: Path, clock: FakeClock) -> None:
    s = start_minimal(
        tmp_path,
        clock,
        teams=[{"id": "nato", "name": "NAC (group 2)", "participants": ["Ana", "Bo"]}],
        channels={"hotline": "closed"},
        level=3,
    )
    assert s.state.team("nato").name == "NAC (group 2)"
    assert s.state.team("nato").participants == ("Ana", "Bo")
    assert s.state.channel_status("hotline") is ChannelStatus.CLOSED
    assert s.state.level == 3
    s.close()
    with pytest.raises(OperationError, match="no channel 'nope'"):
        start_minimal(tmp_path / "b", clock, channels={"nope": "open"})


def test_undo_and_the_exported_log_name_teams_as_the_class_does(
    tmp_path: Path, clock: FakeClock
) -> None:
    from tabletop.core.record.log import log_entries

    s = start_minimal(tmp_path, clock, teams=[{"id": "nato", "name": "NAC (group 2)"}])
    s.deliver_next()
    s.record_decision("nato", "Convene the council")
    rows = list(log_entries(s.deck, s.state))
    assert "NAC (group 2)" in rows[-1]["summary"], rows[-1]
    undone = s.undo_last()
    assert "NAC (group 2)" in undone.summary and "North Atlantic" not in undone.summary
    s.close()


def test_a_team_can_sit_out(tmp_path: Path, clock: FakeClock) -> None:
    s = start_minimal(tmp_path, clock, teams=[{"id": "nato", "absent": True}])
    assert [t.id for t in s.state.teams] == ["us", "russia"]
    with pytest.raises(OperationError, match="no team 'nato'"):
        s.record_decision("nato", "Meet", kind="action")
    sent = s.send_message("us", "public", "A statement").decision
    assert sent is not None and sent.outcome is not None
    assert sent.outcome.recipients == ("russia",)
    s.close()
    everyone = [{"id": t, "absent": True} for t in ("nato", "us", "russia")]
    with pytest.raises(OperationError, match="at least one team"):
        start_minimal(tmp_path / "c", clock, teams=everyone)


def test_delivering_applies_effects_and_misperception(session: Session, clock: FakeClock) -> None:
    clock.advance(minutes=2)
    change = session.deliver_next()
    assert change.touches("injects", "channels", "escalation")
    state = session.state
    assert state.current == "cable-cut"
    assert state.level == 2
    assert state.channel_status("mil-to-mil") is ChannelStatus.CLOSED
    # under suspicion every team reads the rise one rung too high
    assert state.beliefs == {"nato": 3, "us": 3, "russia": 3}


def test_branch_on_a_channel_used(session: Session, clock: FakeClock) -> None:
    session.deliver_next()
    assert session.next_inject().inject == "tanker-seizure"
    session.record_decision("us", "Call the Kremlin", kind="message", channel="hotline")
    upcoming = session.next_inject()
    assert upcoming.inject == "talks-offer"
    assert upcoming.reason == "branch: The hotline was used"


def test_withdrawn_decision_no_longer_counts_for_branches(session: Session) -> None:
    session.deliver_next()
    change = session.record_decision("us", "Call", kind="message", channel="hotline")
    assert change.decision is not None
    session.withdraw_decision(change.decision.id, "recorded for the wrong team")
    assert session.next_inject().inject == "tanker-seizure"
    assert session.state.decisions["D1"].withdrawn


def test_next_and_end_routes(session: Session) -> None:
    session.deliver_next()  # cable-cut, level 2
    session.deliver_next()  # tanker-seizure, +2 -> 4
    assert session.state.level == 4
    assert session.next_inject().inject == "talks-offer"  # its next:
    session.adjudicate(5, "the boarding turned violent")
    assert session.next_inject().is_end  # branch: escalation at least 5 ends it
    with pytest.raises(OperationError, match="no more injects"):
        session.deliver_next()


def test_contingency_on_demand_does_not_move_the_story(session: Session) -> None:
    session.deliver_next()
    session.deliver("stalled")
    assert session.state.current == "stalled"
    assert session.next_inject().inject == "tanker-seizure"
    with pytest.raises(OperationError, match="already delivered"):
        session.deliver("stalled")


def test_skip_needs_a_reason_and_moves_on(session: Session) -> None:
    with pytest.raises(OperationError, match="reason"):
        session.skip("  ")
    session.skip("running late")
    assert session.state.injects["cable-cut"].status == "skipped"
    assert session.state.injects["cable-cut"].reason == "running late"
    assert session.next_inject().inject == "tanker-seizure"
    assert session.state.level == 1  # a skipped inject has no effects


def test_message_outcomes_follow_channel_status(session: Session, clock: FakeClock) -> None:
    session.deliver_next()  # mil-to-mil closes
    sent = session.send_message("us", "hotline", "We did not do this").decision
    assert sent is not None and sent.outcome is not None
    assert sent.outcome.status == "delivered"
    assert sent.outcome.recipients == ("russia",)
    assert sent.outcome.arrives_at == sent.outcome.sent_at + session.deck.channel("hotline").latency

    closed = session.send_message("nato", "mil-to-mil", "Explain your ships").decision
    assert closed is not None and closed.outcome is not None
    assert closed.outcome.status == "undeliverable"
    assert "closed" in closed.outcome.reason

    proposed = session.send_message("nato", "nato-russia-hotline", "Hello?").decision
    assert proposed is not None and proposed.outcome is not None
    assert proposed.outcome.status == "undeliverable"
    assert "only proposed" in proposed.outcome.reason

    session.set_channel_status("mil-to-mil", "degraded", "attachés reconnect")
    slow = session.send_message("nato", "mil-to-mil", "Explain again").decision
    assert slow is not None and slow.outcome is not None
    assert slow.outcome.status == "delayed"
    latency = session.deck.channel("mil-to-mil").latency
    assert slow.outcome.arrives_at == slow.outcome.sent_at + max(latency * 4, 60)


def test_a_team_can_only_use_its_own_channels(session: Session) -> None:
    with pytest.raises(OperationError, match="not a party to Washington–Moscow hotline"):
        session.send_message("nato", "hotline", "Hello")
    assert not session.state.decisions  # nothing written


def test_arrived_message_closes_the_belief_gap(session: Session, clock: FakeClock) -> None:
    session.deliver_next()  # level 2, nato believes 3
    session.set_channel_status("mil-to-mil", "open", "restored")
    session.send_message("russia", "mil-to-mil", "Our ships were not involved", recipients=["nato"])
    assert session.state.beliefs["nato"] == 3  # still in transit
    clock.advance(minutes=session.deck.channel("mil-to-mil").latency + 1)
    session.note_observation("strength", "Russia used the military line")
    assert session.state.beliefs["nato"] == 2


def test_proposed_channel_opens_when_both_parties_agree(session: Session) -> None:
    assert session.state.channel_status("nato-russia-hotline") is ChannelStatus.PROPOSED
    session.record_decision(
        "nato", "We propose an incident line", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert session.state.channel_status("nato-russia-hotline") is ChannelStatus.PROPOSED
    change = session.record_decision(
        "russia", "We accept", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert change.touches("channels")
    assert session.state.channel_status("nato-russia-hotline") is ChannelStatus.OPEN
    history = session.state.channels["nato-russia-hotline"].history
    assert history[-1].cause == "agreed by nato, russia"


def test_falls_go_unnoticed_until_a_message_arrives(session: Session, clock: FakeClock) -> None:
    session.deliver_next()  # level 2, every team believes 3
    session.adjudicate(1, "tension eases")
    assert session.state.beliefs == {"nato": 3, "us": 3, "russia": 3}
    session.send_message("russia", "hotline", "We are standing down", recipients=["us"])
    clock.advance(minutes=session.deck.channel("hotline").latency)
    session.note_observation("strength", "Russia explained its stand-down")
    assert session.state.beliefs == {"nato": 3, "us": 1, "russia": 3}


def test_rises_are_misread_without_compounding(session: Session) -> None:
    for level in range(2, 8):
        session.adjudicate(level)
    # seven rises in a row: every team reads one rung above the truth, not seven
    assert session.state.level == 7
    assert set(session.state.beliefs.values()) == {8}


def test_decision_since_an_inject(session: Session) -> None:
    from tabletop.core.deck.model import DecisionMade
    from tabletop.core.engine import holds

    since = DecisionMade(by="us", channel="hotline", since="tanker-seizure")
    session.send_message("us", "hotline", "Early call")
    assert not holds(since, session.state)  # tanker-seizure not delivered yet
    session.deliver_next()
    session.deliver("tanker-seizure")
    assert not holds(since, session.state)  # the early call does not count
    session.send_message("us", "hotline", "Call after the boarding")
    assert holds(since, session.state)


def test_delivered_false_matches_only_failed_messages(session: Session) -> None:
    from tabletop.core.deck.model import DecisionMade
    from tabletop.core.engine import holds

    failed = DecisionMade(by="nato", delivered=False)
    session.record_decision("nato", "Raise readiness", kind="action")
    assert not holds(failed, session.state)
    session.deliver_next()  # mil-to-mil closes
    session.send_message("nato", "mil-to-mil", "Explain your ships")
    assert holds(failed, session.state)


def test_thresholds_and_peak(session: Session) -> None:
    session.adjudicate(3, "Estonia invokes Article 4")
    session.adjudicate(7, "shots fired")
    session.adjudicate(4, "cease-fire")
    crossed = [c.level for c in session.state.thresholds_crossed]
    assert crossed == [3, 6]
    peak = session.state.peak
    assert peak is not None and peak.level == 7
    with pytest.raises(OperationError, match="between 0 and 10"):
        session.adjudicate(11)


def test_amend_keeps_history(session: Session) -> None:
    d = session.record_decision("nato", "Send ships", tags=["military"]).decision
    assert d is not None
    session.amend_decision(d.id, text="Send two frigates", escalation=1)
    decision = session.state.decisions[d.id]
    assert decision.text == "Send two frigates"
    assert decision.escalation == 1
    assert decision.amendments[0].changes == {"text": "Send two frigates", "escalation": 1}
    with pytest.raises(OperationError, match="withdraw the decision"):
        session.amend_decision(d.id, inject="talks-offer")
    with pytest.raises(OperationError, match="not a party to Washington–Moscow hotline"):
        session.amend_decision(d.id, channel="hotline")


def test_amend_can_move_a_decision_to_another_team_and_channel(
    session: Session, clock: FakeClock
) -> None:
    session.deliver_next()  # mil-to-mil closed
    sent = session.send_message("nato", "mil-to-mil", "Explain your ships").decision
    assert sent is not None and sent.outcome is not None
    assert sent.outcome.status == "undeliverable"
    clock.advance(minutes=5)
    session.set_channel_status("hotline", "closed", "cut")
    # the facilitator picked the wrong team and channel: it was the US, over the hotline,
    # which was still open when the message was sent
    change = session.amend_decision(sent.id, team="us", channel="hotline")
    amended = session.state.decisions[sent.id]
    assert (amended.team, amended.channel) == ("us", "hotline")
    assert amended.outcome is not None and amended.outcome.status == "delivered"
    assert amended.outcome.recipients == ("russia",)
    assert amended.outcome.arrives_at == amended.scenario + session.deck.channel("hotline").latency
    assert "delivered over Washington–Moscow hotline" in change.summary
    clock.advance(minutes=60)
    session.note_observation("strength", "later")
    assert session.state.beliefs["russia"] == session.state.level  # it arrived
    # back to an action without a channel: no outcome
    session.amend_decision(sent.id, channel="")
    assert session.state.decisions[sent.id].outcome is None


def test_agreements_are_shown_as_they_come_and_the_opening_is_announced(
    session: Session,
) -> None:
    first = session.record_decision(
        "nato", "We accept", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert "opens when Russia agrees" in first.summary
    assert session.state.pending_agreement("nato-russia-hotline") == (("nato",), ("russia",))
    second = session.record_decision(
        "russia", "We accept too", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert "is now OPEN" in second.summary
    assert session.state.channel_status("nato-russia-hotline") is ChannelStatus.OPEN


def test_an_agreement_s_summary_names_the_parties_as_people_say_them(session: Session) -> None:
    """The status bar after an agreement reads "… opens when Russia agrees too (agreed so far:
    NATO and its member states)", not "… when russia agrees too (agreed so far: nato)"."""
    first = session.record_decision(
        "nato", "We accept", kind="agree_channel", channel="nato-russia-hotline"
    )
    assert "opens when Russia agrees too" in first.summary, first.summary
    assert "agreed so far: NATO and its member states" in first.summary, first.summary


def test_expected_actions_and_objectives_are_evaluated_during_play(session: Session) -> None:
    session.deliver_next()  # cable-cut: one expected action
    d = session.record_decision("nato", "Ask Helsinki for the sonar data").decision
    assert d is not None
    session.assess_expectation("cable-cut", 0, "met", note="asked first", decision=d.id)
    verdict = session.state.assessment("cable-cut", 0)
    assert verdict is not None and (verdict.verdict, verdict.decision) == ("met", d.id)
    session.assess_expectation("cable-cut", 0, "partly", note="slow")
    assert session.state.assessment("cable-cut", 0).verdict == "partly"  # type: ignore[union-attr]
    with pytest.raises(OperationError, match="1 expected action"):
        session.assess_expectation("cable-cut", 3, "met")
    with pytest.raises(OperationError, match="verdict is one of"):
        session.assess_expectation("cable-cut", 0, "great")
    session.assess_expectation("cable-cut", 0, "")
    assert session.state.assessment("cable-cut", 0) is None
    session.rate_objective("obj-communicate", "S", note="late but done")
    rating = session.state.objective_ratings["obj-communicate"]
    assert (rating.rating, rating.note) == ("S", "late but done")
    with pytest.raises(OperationError, match="nothing to change"):
        session.rate_objective("obj-communicate", "S", note="late but done")
    session.end()
    session.rate_objective("obj-communicate", "P")  # still possible during the hot wash
    assert session.state.objective_ratings["obj-communicate"].rating == "P"


def test_improvement_actions_carry_the_hseep_columns_and_real_dates(session: Session) -> None:
    change = session.add_action(
        "Attribution was slow",
        "Drill the attribution checklist",
        capability="Operational Communications",
        owner="Ministry of Defence",
        poc="Col. A",
        element="Training",
        start="2027-01-15",
        due="2027-03-31",
        area="O1",
    )
    action = session.state.actions[0]
    assert (action.element, action.poc, action.area, action.due) == (
        "Training",
        "Col. A",
        "O1",
        "2027-03-31",
    )
    assert change.event.data["start"] == "2027-01-15"
    with pytest.raises(OperationError, match="not a date"):
        session.add_action("x", "y", due="31/03/2027")
    with pytest.raises(OperationError, match="before the start date"):
        session.add_action("x", "y", start="2027-03-01", due="2027-02-01")
    with pytest.raises(OperationError, match="capability element"):
        session.add_action("x", "y", element="Money")


def test_announcing_the_level_corrects_beliefs(session: Session) -> None:
    session.deliver_next()  # level 2, everyone believes 3
    session.announce_level(["nato"])
    assert session.state.beliefs == {"nato": 2, "us": 3, "russia": 3}
    session.announce_level()
    assert set(session.state.beliefs.values()) == {2}
    assert [c.cause for c in session.state.announced] == ["announced", "announced"]


def test_a_device_submission_is_recorded_once(session: Session) -> None:
    change = session.record_decision("nato", "From the tablet", submission="k-1", source="device")
    assert change.decision is not None and change.decision.source == "device"
    assert session.submission_decision("k-1") is change.decision
    with pytest.raises(OperationError, match="already recorded as D1"):
        session.record_decision("nato", "From the tablet", submission="k-1")
    session.return_submission("k-2", "russia", "Strike now", "Rephrase as a message")
    assert session.state.returned[0].note == "Rephrase as a message"
    reopened = fold(session.deck, session.file.events())
    assert reopened.submissions == {"k-1": "D1"}
    assert reopened.returned[0].submission == "k-2"


def test_clock_pause_keeps_scenario_and_wall_time_apart(session: Session, clock: FakeClock) -> None:
    start = session.scenario_now()
    clock.advance(minutes=10)
    assert session.scenario_now().total_minutes == start.total_minutes + 10
    session.pause_clock()
    clock.advance(minutes=30)
    assert session.scenario_now().total_minutes == start.total_minutes + 10
    assert session.elapsed_seconds() == 10 * 60
    session.resume_clock()
    clock.advance(minutes=5)
    assert session.scenario_now().total_minutes == start.total_minutes + 15
    assert session.elapsed_seconds() == 15 * 60
    with pytest.raises(OperationError):
        session.resume_clock()


def test_delivery_jumps_the_clock_to_the_inject_time(session: Session, clock: FakeClock) -> None:
    session.deliver_next()
    session.deliver_next()  # tanker-seizure at 14:00
    assert session.scenario_now() == ScenarioTime(1, 14 * 60)


def test_undo_is_a_new_event(session: Session) -> None:
    session.deliver_next()
    assert session.state.level == 2
    change = session.undo_last()
    assert "Inject delivered" in change.summary
    assert session.state.level == 1
    assert session.state.injects["cable-cut"].status == "pending"
    assert [e.type for e in session.state.events][-2:] == ["inject_delivered", "event_undone"]


def test_hotwash_actions_and_end(session: Session) -> None:
    session.note_observation("improvement", "Nobody used the OSCE", rating="M")
    session.note_hotwash("supposed", "Attribution before enforcement")
    session.add_action(
        "No NATO line to Moscow", "Propose an incident hotline", owner="NAC", due="2027-03-31"
    )
    session.end()
    assert session.state.ended
    with pytest.raises(OperationError, match="ended"):
        session.deliver_next()
    # notes after the end are still allowed (the hot wash often runs late)
    session.note_hotwash("happened", "The boarding went ahead without a call")
    assert session.state.hotwash["happened"].startswith("The boarding")
    assert session.state.actions[0].owner == "NAC"


def test_state_is_a_pure_fold_and_resume_matches(tmp_path: Path, clock: FakeClock) -> None:
    s = start_minimal(tmp_path, clock)
    s.deliver_next()
    s.record_decision("us", "Call", kind="message", channel="hotline")
    clock.advance(minutes=20)
    s.set_channel_status("osce", "open") if s.deck.has_channel("osce") else None
    s.adjudicate(4)
    s.undo_last()
    s.pause_clock()
    live = s.state
    path = s.path
    events = list(live.events)
    s.close()
    replayed = fold(live.deck, events)
    resumed = Session.resume(path, clock=clock)
    for other in (replayed, resumed.state):
        assert other.level == live.level
        assert other.beliefs == live.beliefs
        assert other.order == live.order
        assert {k: c.status for k, c in other.channels.items()} == {
            k: c.status for k, c in live.channels.items()
        }
        assert other.decisions.keys() == live.decisions.keys()
        assert other.running == live.running
        assert other.scenario_at(clock()) == live.scenario_at(clock())
    resumed.close()


def test_degraded_channels_follow_the_catalog_rule(session: Session) -> None:
    """One rule for degraded channels: the catalog's factor and minimum, read by the engine."""
    rule = session.deck.degraded
    assert (rule.latency_factor, rule.minimum) == (4, 60)
    for latency, expected in ((10, 60), (30, 120), (240, 960), (0, 60)):
        assert rule.delay(latency) == expected
    assert session.state.channel_status("mil-to-mil") is ChannelStatus.DEGRADED
    slow = session.send_message("nato", "mil-to-mil", "Explain").decision
    assert slow is not None and slow.outcome is not None
    latency = session.deck.channel("mil-to-mil").latency
    assert slow.outcome.arrives_at == slow.outcome.sent_at + max(latency * 4, 60)


def test_a_deck_may_override_the_degraded_rule(tmp_path: Path, clock: FakeClock) -> None:
    from support.sessions import MINIMAL

    text = MINIMAL.read_text(encoding="utf-8").replace(
        "duration: 45\n", "duration: 45\ndegraded: {latency_factor: 3, minimum_minutes: 30}\n"
    )
    s = Session.start(text, path=tmp_path / "o.tabletop", clock=clock)
    assert (s.deck.degraded.latency_factor, s.deck.degraded.minimum) == (3, 30)
    slow = s.send_message("nato", "mil-to-mil", "Explain").decision
    assert slow is not None and slow.outcome is not None
    latency = s.deck.channel("mil-to-mil").latency
    assert slow.outcome.arrives_at == slow.outcome.sent_at + max(latency * 3, 30)
    s.close()


def test_messages_that_arrive_during_a_clock_jump_carry_the_level_before_it(
    session: Session, clock: FakeClock
) -> None:
    """An inject that moves the clock applies its effects after what arrived meanwhile."""
    session.deliver_next()  # cable-cut, day 1 06:40: level 2, everyone believes 3
    session.set_channel_status("mil-to-mil", "open", "restored")
    sent = session.send_message("russia", "mil-to-mil", "Not us", recipients=["nato"]).decision
    assert sent is not None and sent.outcome is not None and sent.outcome.arrives_at is not None
    arrival = sent.outcome.arrives_at
    session.skip("no time", "talks-offer")
    # tanker-seizure at 14:00 jumps the clock past the arrival, then raises the level by 2
    session.deliver("tanker-seizure")
    state = session.state
    assert state.level == 4
    # nato learnt the true level (2) when the message arrived, then read the rise as usual
    assert state.beliefs["nato"] == max(2 + 2, 4 + session.deck.ladder.misperception)
    arrived = [c for c in state.levels if c.cause == "messages arrived"]
    assert arrived and arrived[0].scenario == arrival  # plotted when it arrived
    assert arrived[0].level == 2 and arrived[0].beliefs["nato"] == 2


def test_a_fall_is_not_noticed_through_a_message_that_arrived_before_it(
    session: Session, clock: FakeClock
) -> None:
    session.deliver_next()  # level 2, beliefs 3
    session.set_channel_status("mil-to-mil", "open", "restored")
    session.send_message("russia", "mil-to-mil", "Not us", recipients=["nato"])
    session.skip("no time", "tanker-seizure")
    session.deliver("talks-offer")  # day 2: the message arrived on day 1; then the level falls
    state = session.state
    assert state.level == 1
    assert state.beliefs["nato"] == 2  # corrected to the level at arrival; the fall unnoticed


def test_a_decision_id_is_never_given_twice(session: Session) -> None:
    first = session.record_decision("nato", "Convene the council").decision
    assert first is not None and first.id == "D1"
    session.undo_last()
    again = session.record_decision("nato", "Convene the council again").decision
    assert again is not None and again.id == "D2"
    session.note_observation("strength", "Quick")
    session.undo_last()
    assert session.note_observation("strength", "Quick again").event.data["observation"] == "O2"
    session.add_action("Slow", "Faster")
    session.undo_last()
    assert session.add_action("Slow", "Faster!").event.data["action"] == "A2"
    ids = [d.id for d in session.state.decisions.values()]
    assert ids == ["D2"]
    reopened = fold(session.deck, session.file.events())
    assert list(reopened.decisions) == ["D2"]


def test_log_lines_name_teams_and_channels_as_people_read_them(session: Session) -> None:
    session.deliver_next()
    session.send_message("us", "hotline", "Stand down")
    label = describe_event(session.undoable(), session.deck)  # type: ignore[arg-type]
    assert "US National Security Council" in label and "Washington–Moscow hotline" in label
    assert " by us " not in label and "over hotline" not in label
    session.set_channel_status("mil-to-mil", "open", "repaired")
    label = describe_event(session.undoable(), session.deck)  # type: ignore[arg-type]
    assert "Military-to-military channels" in label and "open" in label
    change = session.undo_last()
    assert "Military-to-military channels" in change.summary


def test_setting_the_system_clock_back_mid_class_does_not_stop_the_story_clock(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt
    import time

    ticks = [1000.0]  # the process's monotonic clock, which setting the system clock leaves be
    monkeypatch.setattr(time, "monotonic", lambda: ticks[0])

    def minutes_pass(minutes: float) -> None:
        clock.advance(minutes=minutes)
        ticks[0] += minutes * 60

    s = start_minimal(tmp_path, clock)
    s.deliver_next()
    scale = s.deck.time_scale
    minutes_pass(10)
    before = s.state.scenario_at(s.clock())
    first = s.record_decision("us", "Before the clock was set back")
    clock.now -= dt.timedelta(hours=2)  # someone corrects the laptop's clock during class
    minutes_pass(5)
    assert s.state.scenario_at(s.clock()) == pytest.approx(before + 5 * scale)
    second = s.record_decision("us", "After the clock was set back")
    assert second.event.at > first.event.at
    assert s.elapsed_seconds() == pytest.approx(15 * 60)
    path = s.path
    s.close()
    # reopened while the system clock is still behind: the story goes on from where it was
    minutes_pass(1)
    again = Session.resume(path, clock=clock)
    minutes_pass(1)
    assert again.state.scenario_at(again.clock()) >= before + 5 * scale
    third = again.record_decision("us", "After reopening")
    assert third.event.at > second.event.at
    again.close()


def test_the_log_says_which_pause_closing_the_window_made(tmp_path: Path, clock: FakeClock) -> None:
    s = start_minimal(tmp_path, clock)
    s.deliver_next()
    s.pause_clock(on_close=True)
    assert describe_event(s.state.events[-1], s.deck) == "Clock paused: the session was closed"
    s.resume_clock()
    s.pause_clock()
    assert describe_event(s.state.events[-1], s.deck) == "Clock paused"
    assert s.undoable() is s.state.events[-1]  # the facilitator's own pause can be undone
    s.close()
