"""A practice session played through the engine, for the specimen report.

The documentation's screenshots, the benchmark and the tests print reports of
sessions like this one. It is played with a :class:`SteppedClock`, so the
session file (and therefore its report) is the same on every run.

``python -m tabletop.core.report.sample FILE.tabletop`` writes it.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from tabletop.core.engine.session import Session, SessionSetup

SAMPLE_DECK = """\
format: tabletop-deck/1
id: sample-baltic-cable
title: Cable cut in the Baltic
summary: >-
  A data cable between Finland and Estonia stops carrying traffic. A tanker of
  the shadow fleet is suspected. Within two days the sides must decide whom to
  call, over which channel, and how far to go.
duration: 90
audience: graduate students of international security
version: "1.0"
authors: [Course team]
overview:
  mission_areas: [Prevention, Response]
  core_capabilities: [Crisis communication, Situational assessment, Escalation management]
  scenario_type: Gray-zone crisis at sea
  threat: Sabotage of undersea infrastructure
  sponsor: Department of International Security
  organisations: [Course team, Graduate school of international security]
  evaluation_method: Facilitator observation, evaluator ratings and a hot wash
  glossary: {MoD: Ministry of Defence}
objectives:
  - id: obj-communicate
    text: Teams use a working channel to the other side within one move of an incident.
    capability: Crisis communication
  - id: obj-attribution
    text: Teams seek attribution before taking enforcement steps.
    capability: Situational assessment
  - id: obj-restraint
    text: Teams keep the escalation level below armed incidents.
    capability: Escalation management
teams:
  - id: nato
    name: North Atlantic Council
    side: west
    parties: [nato, europe]
    role: Allied decision-making
  - id: us
    name: US National Security Council
    side: west
    parties: [us, nato]
    role: US decision-making
  - id: russia
    name: Russian Security Council
    side: east
    parties: [russia]
    role: Russian decision-making
channels:
  - hotline
  - mil-to-mil
  - nato-russia-hotline
  - nrc
  - public
  - id: cable-commission
    name: Joint cable repair commission
    parties: [nato, russia]
    kind: technical commission
    status: closed
    latency: 60
injects:
  - id: cable-cut
    title: Data cable severed in the Gulf of Finland
    at: {day: 1, time: "06:40"}
    phase: Move 1
    from: Finnish Navy
    to: [nato]
    narrative: A data cable between Finland and Estonia has stopped carrying traffic.
    questions: [Who do you call first, and over which channel?]
    expected_actions:
      - Seek attribution before any enforcement step
      - text: Inform the other side through a working channel
        test: {decision: {channel: hotline, delivered: true, since: cable-cut}}
        before: tanker-boarded
    objectives: [obj-communicate, obj-attribution]
    effects:
      escalation: +1
      channels: {mil-to-mil: closed}
    sources: [{ref: charap-2026, section: On the brink}]
  - id: tanker-boarded
    title: A shadow-fleet tanker is boarded
    at: {day: 1, time: "14:00"}
    phase: Move 1
    from: Estonian Navy
    to: [nato, russia]
    narrative: An allied coast guard boards a tanker suspected of dragging its anchor.
    questions: [How do you explain the boarding to the other side?]
    expected_actions:
      - Explain the legal basis of the boarding publicly
      - text: Use the hotline before the Russian response hardens
        test: {decision: {by: nato, channel: hotline, since: tanker-boarded}}
        before: jets-scrambled
    objectives: [obj-communicate, obj-restraint]
    effects: {escalation: 2}
    sources: [{ref: eln-riac, section: Incident prevention}]
  - id: jets-scrambled
    title: Jets scrambled over the Gulf
    at: {day: 1, time: "21:30"}
    phase: Move 2
    from: Russian Aerospace Forces
    to: [nato, us]
    narrative: Russian fighters escort a naval convoy; allied jets intercept at close range.
    expected_actions:
      - text: Deconflict through a military channel
        test: {decision: {channel: mil-to-mil, delivered: true, since: jets-scrambled}}
    objectives: [obj-restraint]
    effects:
      escalation: 1
      channels: {hotline: degraded}
  - id: talks-offer
    title: An offer of talks
    at: {day: 2, time: "09:00"}
    phase: Move 2
    from: Government of Finland
    to: [nato, us, russia]
    narrative: Finland offers to host technical talks on the cable and incident prevention.
    expected_actions: [Accept talks and agree a technical channel]
    objectives: [obj-communicate]
    effects:
      escalation: -1
      channels: {nato-russia-hotline: open}
    sources: [{ref: managed-coexistence}]
"""

PARTICIPANTS = {
    "nato": ["Anna Kowalska", "Jonas Petersen"],
    "us": ["Maria Lopez", "Nguyễn Thị Minh Khai"],
    "russia": ["Алексей Смирнов", "Екатерина Волкова"],
}

START = _dt.datetime(2026, 11, 24, 9, 0, tzinfo=_dt.timezone.utc)


class SteppedClock:
    """A session clock that moves only when told: play is the same on every run."""

    def __init__(self, start: _dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> _dt.datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += _dt.timedelta(minutes=minutes)


def sample_setup() -> SessionSetup:
    return SessionSetup(
        name="Baltic seminar, group B",
        facilitator="Dr. Elena Marković",
        date="24 November 2026",
        overview={
            "point_of_contact": "Dr. Elena Marković, course director",
            "controllers": ["Jonas Weber"],
            "evaluators": ["Sara Lindqvist"],
        },
        teams=[{"id": team, "participants": people} for team, people in PARTICIPANTS.items()],
    )


def practice_session(
    path: Path, deck_text: str = SAMPLE_DECK, setup: SessionSetup | None = None
) -> tuple[Session, SteppedClock]:
    """Start a session on a deck with a stepped clock; play it by calling its operations."""
    clock = SteppedClock()
    session = Session.start(
        deck_text,
        setup=setup if setup is not None else SessionSetup(),
        path=Path(path),
        deck_source="practice",
        clock=clock,
    )
    return session, clock


def play_sample_session(path: Path, *, end: bool = True) -> Path:
    """Play the sample deck through a whole session into ``path``; returns the path."""
    session, clock = practice_session(path, SAMPLE_DECK, sample_setup())
    with session:
        step = clock.advance
        step(5)
        session.deliver_next()  # cable cut
        step(6)
        session.record_decision(
            "nato",
            "Convene the Council; ask Finland and Estonia for a damage assessment.",
            tags=["attribution"],
        )
        step(3)
        session.send_message(
            "nato",
            "cable-commission",
            "Request a joint inspection of the cable.",
            recipients=["russia"],
        )
        step(4)
        session.send_message("us", "hotline", "We see no evidence yet; we are not blaming anyone.")
        step(2)
        session.record_decision(
            "russia",
            "Deny involvement; accuse the West of provocation.",
            kind="statement",
            channel="public",
        )
        session.note_observation(
            "strength",
            "The US used the hotline within minutes of the incident.",
            rating="P",
            objective="obj-communicate",
        )
        session.note_observation(
            "improvement",
            "NATO tried a closed commission before any working channel.",
            rating="S",
            objective="obj-communicate",
        )
        step(8)
        session.deliver_next()  # tanker boarded
        step(5)
        session.record_decision(
            "nato",
            "Board the tanker under the coastal state's jurisdiction.",
            escalation=1,
        )
        step(3)
        session.send_message(
            "russia",
            "mil-to-mil",
            "Warn against further boardings.",
            recipients=["nato"],
        )
        step(2)
        session.adjudicate(3, "the boarding was explained in public")
        session.note_observation(
            "improvement",
            "The boarding went ahead before attribution was sought.",
            rating="M",
            objective="obj-attribution",
        )
        session.assess_expectation(
            "tanker-boarded", 0, "not_met", note="The legal basis was never explained in public."
        )
        step(4)
        session.pause_clock()
        step(10)
        session.resume_clock()
        session.deliver_next()  # jets scrambled
        step(6)
        session.send_message(
            "us",
            "hotline",
            "Propose that both sides pull their aircraft back 20 km.",
        )
        step(2)
        session.record_decision(
            "russia",
            "Agree to a NATO–Russia incident hotline.",
            kind="agree_channel",
            channel="nato-russia-hotline",
        )
        session.record_decision(
            "nato",
            "Agree to a NATO–Russia incident hotline.",
            kind="agree_channel",
            channel="nato-russia-hotline",
        )
        step(3)
        session.note_observation(
            "strength",
            "Both sides agreed to open an incident hotline under pressure.",
            rating="S",
            objective="obj-restraint",
        )
        step(5)
        session.deliver_next()  # talks offer
        step(6)
        session.send_message(
            "nato",
            "nato-russia-hotline",
            "Accept the Finnish offer of technical talks.",
        )
        step(2)
        session.send_message(
            "russia",
            "nato-russia-hotline",
            "Accept, on condition the tanker is released.",
        )
        session.record_decision("us", "Recorded by mistake.")
        session.withdraw_decision("D12", "recorded for the wrong team")
        step(4)
        session.adjudicate(2, "talks agreed")
        if end:
            step(5)
            session.end()
            step(5)
            session.note_hotwash("supposed", "Teams would seek attribution and talk before acting.")
            session.note_hotwash(
                "happened", "The boarding came before attribution; talking came later."
            )
            session.note_hotwash("why", "The only channel NATO thought of first was closed.")
            session.note_hotwash(
                "sustain_improve", "Sustain the hotline habit; rehearse the channel map."
            )
            session.assess_expectation("cable-cut", 0, "partly", decision="D1")
            session.rate_objective(
                "obj-communicate", "S", note="The hotline was used early; NATO tried a closed one."
            )
            session.rate_objective("obj-restraint", "P")
            session.add_action(
                "Teams did not know which channels were open.",
                "Brief the channel map at the start of every move.",
                capability="Crisis communication",
                owner="Course team",
                start="2026-12-01",
                due="2027-01-15",
                element="Training",
                poc="Jonas Weber",
                area="O2",
            )
            session.add_action(
                "Enforcement came before attribution.",
                "Add an attribution checklist to the NATO team briefing.",
                capability="Situational assessment",
                owner="Dr. Elena Marković",
                start="2026-12-01",
                due="2027-02-01",
                element="Planning",
                poc="Dr. Elena Marković",
                area="cable-cut#0",
            )
    return Path(path)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m tabletop.core.report.sample FILE.tabletop\n")
        return 2
    target = Path(argv[0])
    if target.exists():
        sys.stderr.write(f"{target}: already exists; choose a new file name\n")
        return 2
    play_sample_session(target)
    sys.stdout.write(f"Sample session written to {target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
