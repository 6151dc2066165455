"""A realistic two-hour session for the report's tests, benchmark and screenshots.

A gray-zone crisis in the Baltic played by four teams through the engine's
public operations: 42 decisions, 8 messages that never get through, 10
observations, a hot wash and 5 improvement actions. Play branches at the
jets' shadowing: neither the incidents-at-sea code nor the NATO–Russia
hotline is open, so the Collision inject comes; the safe-passage route is
never reached. A late epilogue lies days after the rest of play.

``python -m tabletop.core.report.grayzone_sample FILE.tabletop`` writes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tabletop.core.engine.session import SessionSetup
from tabletop.core.report.sample import practice_session

DECK = """\
format: tabletop-deck/1
id: sample-gray-zone
title: Gray zone in the Baltic
summary: >-
  A cable is cut, a tanker is seized, jets shadow each other over the Gulf of
  Finland. Four teams must find a channel that works before an incident at sea
  turns into something worse.
duration: 120
audience: graduate students of international security
version: "2.0"
overview:
  mission_areas: [Prevention, Response]
  core_capabilities: [Operational communications, Situational assessment, Escalation management]
  scenario_type: Gray-zone crisis at sea
  threat: Sabotage of undersea infrastructure and incidents between armed forces
  sponsor: Department of International Security
  organisations: [Course team, Graduate school of international security]
  evaluation_method: Facilitator observation, an evaluator's ratings and a hot wash
  glossary: {INCSEA: Incidents at Sea Agreement, EEZ: exclusive economic zone}
objectives:
  - id: obj-communicate
    text: Teams use a working channel to the other side within one move of an incident.
    capability: Operational communications
  - id: obj-attribution
    text: Teams seek attribution before taking enforcement steps.
    capability: Situational assessment
  - id: obj-restraint
    text: Teams keep the escalation level below armed incidents.
    capability: Escalation management
teams:
  - {id: nato, name: North Atlantic Council, side: west, parties: [nato, europe]}
  - {id: us, name: US National Security Council, side: west, parties: [us, nato]}
  - {id: russia, name: Russian Security Council, side: east, parties: [russia]}
  - {id: finland, name: Government of Finland, side: west, parties: [europe, nato]}
channels: [hotline, mil-to-mil, nato-russia-hotline, nrc, incidents-code, osce, public, track2]
injects:
  - id: cable-cut
    title: Data cable severed in the Gulf of Finland
    at: {day: 1, time: "06:40"}
    phase: Move 1
    from: Finnish Navy
    to: [nato, finland]
    narrative: A data cable between Finland and Estonia has stopped carrying traffic.
    expected_actions:
      - text: Seek attribution before any enforcement step
        test: {decision: {tag: attribution, since: cable-cut}}
        before: tanker-seized
      - text: Tell Moscow over a working channel that nobody is being blamed yet
        test: {decision: {by: us, channel: hotline, delivered: true, since: cable-cut}}
        before: tanker-seized
    objectives: [obj-attribution, obj-communicate]
    effects: {escalation: 1, channels: {mil-to-mil: closed}}
    sources: [{ref: charap-2026, section: On the brink}]
  - id: tanker-seized
    title: A shadow-fleet tanker is seized
    at: {day: 1, time: "14:00"}
    phase: Move 1
    from: Finnish Border Guard
    to: [nato, finland, russia]
    narrative: The Border Guard boards a tanker suspected of dragging its anchor over the cable.
    expected_actions:
      - text: Explain the legal basis of the boarding in public
        test: {decision: {by: finland, kind: statement, since: tanker-seized}}
      - text: Propose the incidents-at-sea code to the other side
        test: {decision: {kind: agree_channel, channel: incidents-code, since: tanker-seized}}
        before: jets-shadow
    objectives: [obj-communicate, obj-restraint]
    effects: {escalation: 1}
    sources: [{ref: eln-riac, section: Incident prevention}]
  - id: cyber
    title: Cyberattacks on Finnish ports
    at: {day: 1, time: "21:00"}
    phase: Move 2
    from: National Cyber Security Centre
    to: [finland, nato]
    narrative: >-
      Port logistics systems in Helsinki and Kotka stop; a group close to Russian
      services claims it.
    expected_actions:
      - Attribute with care and say what is known publicly
    objectives: [obj-attribution]
    effects: {escalation: 1, channels: {hotline: degraded}}
  - id: jets-shadow
    title: Jets shadow each other over the Gulf
    at: {day: 2, time: "03:00"}
    phase: Move 2
    from: Finnish Air Force
    to: [nato, russia]
    narrative: Russian fighters escort a convoy; allied jets intercept at close range, all night.
    expected_actions:
      - text: Deconflict through a military line
        test: {decision: {channel: mil-to-mil, delivered: true, since: jets-shadow}}
        before: readiness
    objectives: [obj-restraint, obj-communicate]
    branches:
      - label: An incident channel was open
        when:
          any:
            - {channel_status: {channel: incidents-code, is: open}}
            - {channel_status: {channel: nato-russia-hotline, is: open}}
        goto: safe-passage
      - label: No incident channel was open
        when:
          not:
            any:
              - {channel_status: {channel: incidents-code, is: open}}
              - {channel_status: {channel: nato-russia-hotline, is: open}}
        goto: collision
  - id: safe-passage
    title: Safe passage agreed
    type: adaptive
    at: {day: 2, time: "06:00"}
    phase: Move 2
    to: [nato, russia]
    narrative: Both navies keep their distance as agreed over the incident channel.
    effects: {escalation: -1}
    next: readiness
  - id: collision
    title: Collision at sea
    type: adaptive
    at: {day: 2, time: "06:00"}
    phase: Move 2
    from: Estonian Navy
    to: [nato, russia, us]
    narrative: A Russian corvette and an Estonian patrol boat collide; sailors are missing.
    expected_actions:
      - text: Use a crisis channel to agree search and rescue
        test: {decision: {channel: nato-russia-hotline, delivered: true, since: collision}}
      - Keep public statements calm and factual
    objectives: [obj-restraint, obj-communicate]
    effects: {escalation: 2}
    next: readiness
  - id: osce-observers
    title: The OSCE offers observers
    at: {day: 2, time: "09:00"}
    phase: Move 2
    to: [nato, russia, finland]
    narrative: The OSCE chair offers an observer mission for the Gulf.
  - id: readiness
    title: Readiness raised, reservists called
    at: {day: 2, time: "12:00"}
    phase: Move 3
    from: Russian Ministry of Defence
    to: [nato, us, finland]
    narrative: Russia raises readiness in the Western Military District and calls reservists.
    expected_actions:
      - text: Signal restraint in public
        test: {decision: {by: russia, kind: statement, since: readiness}}
      - Keep the hotline in use
    objectives: [obj-restraint]
    effects: {escalation: 1, channels: {hotline: closed}}
  - id: missiles
    title: US long-range missiles for Finland
    at: {day: 2, time: "18:00"}
    phase: Move 3
    from: US Department of Defense
    to: [us, nato, russia]
    narrative: Washington announces a deployment of long-range missiles to Finland.
    expected_actions:
      - text: Consult the allies before announcing
        test: {decision: {by: us, tag: consultation, since: readiness}}
    objectives: [obj-restraint]
    effects: {escalation: 1}
  - id: press-leak
    title: A leaked memo
    type: contingency
    narrative: A newspaper prints a memo about strike options.
  - id: epilogue
    title: Epilogue, a week later
    at: {day: 8, time: "10:00"}
    phase: Epilogue
    narrative: A week on, the navies are still at sea; talks in Helsinki are announced.
    effects: {escalation: -2}
"""

PLAYERS = {
    "nato": ["Anna Kowalska", "Jonas Petersen"],
    "us": ["Maria Lopez", "Nguyễn Thị Minh Khai"],
    "russia": ["Алексей Смирнов", "Екатерина Волкова"],
    "finland": ["Aino Virtanen", "Mikko Laine"],
}


def setup() -> SessionSetup:
    return SessionSetup(
        name="Baltic seminar, group C",
        facilitator="Dr. Elena Marković",
        date="1 December 2026",
        teams=[{"id": team, "participants": people} for team, people in PLAYERS.items()],
        overview={
            "point_of_contact": "Dr. Elena Marković, course director",
            "controllers": ["Jonas Weber"],
            "evaluators": ["Sara Lindqvist", "Tomás Ruiz"],
        },
    )


def play_grayzone_session(path: Path, *, end: bool = True) -> Path:
    """Play the two-hour gray-zone session into ``path``; returns the path."""
    session, clock = practice_session(path, DECK, setup())
    step = clock.advance
    with session:

        def say(team: str, text: str, channel: str = "", **more: object) -> str:
            step(2)
            kind = more.pop("kind", "message" if channel else "action")
            change = session.record_decision(
                team,
                text,
                kind=str(kind),
                channel=channel,
                **more,  # type: ignore[arg-type]
            )
            return str(change.event.data["decision"])

        def note(kind: str, text: str, rating: str, objective: str) -> None:
            session.note_observation(kind, text, rating=rating, objective=objective)

        # -- Move 1: the cable
        step(5)
        session.deliver_next()  # cable-cut
        say("finland", "Ask the Navy for a damage survey of the cable.", tags=["attribution"])
        say("nato", "Convene the Council; ask Finland for its assessment.")
        say("us", "We see no evidence yet; we are not blaming anyone.", "hotline")  # D3
        say("nato", "Ask Moscow about its ships in the area.", "nrc")  # closed: D4 fails
        say(
            "russia", "Deny involvement; call it a Western provocation.", "public", kind="statement"
        )
        say("finland", "Inform Estonia and Sweden.", "osce")
        note("strength", "Finland sought the facts before anything else.", "P", "obj-attribution")
        note("improvement", "NATO reached for the NRC, which was closed.", "S", "obj-communicate")
        step(6)
        session.deliver_next()  # tanker-seized
        say("finland", "Board the tanker under coastal-state jurisdiction.", escalation=1)
        say(
            "finland",
            "The boarding is lawful within our territorial sea.",
            "public",
            kind="statement",
        )
        say("russia", "Demand the tanker's release.", "mil-to-mil")  # closed: D9 fails
        say("nato", "Agree to the incidents-at-sea code.", "incidents-code", kind="agree_channel")
        say("russia", "Warn against further boardings.", "osce")
        say("us", "Brief allies on the boarding.", "track2")
        session.adjudicate(2, "the boarding was explained in public at once")
        note("strength", "Finland explained the legal basis at once.", "P", "obj-communicate")
        note("improvement", "Russia never agreed to the incidents code.", "M", "obj-communicate")
        session.pause_clock()
        step(10)
        session.resume_clock()
        # -- Move 2
        step(4)
        session.deliver_next()  # cyber
        say("finland", "Restore the ports from backups.")
        say("finland", "Say publicly what is known, and no more.", "public", kind="statement")
        say("nato", "Offer cyber experts to Finland.")
        say("russia", "We had nothing to do with it.", "nato-russia-hotline")  # proposed: fails
        say("us", "Ask Moscow to rein in the group.", "hotline")  # degraded: delayed
        step(6)
        session.deliver_next()  # jets-shadow (no incident channel open)
        say("nato", "Order the jets to keep 10 nautical miles.", escalation=0)
        say("russia", "Protest the intercepts.", "nrc")  # closed: fails
        say("us", "Propose mutual distance rules.", "mil-to-mil")  # closed: fails
        say(
            "nato",
            "Propose a NATO–Russia incident line.",
            "nato-russia-hotline",
            kind="agree_channel",
        )
        note("improvement", "No team tried a channel that worked at night.", "U", "obj-restraint")
        step(4)
        session.deliver_next()  # collision
        say("nato", "Launch search and rescue.")
        say("russia", "Sailors missing; NATO is to blame.", "public", kind="statement")
        say("nato", "Ask Moscow to coordinate the search.", "nato-russia-hotline")  # fails
        say("us", "Call for calm.", "public", kind="statement")
        say("finland", "Offer a Finnish rescue ship.", "osce")
        session.adjudicate(6, "a collision with sailors missing")
        note("improvement", "Search and rescue was never coordinated.", "U", "obj-restraint")
        note("strength", "Public statements stayed calm after the collision.", "S", "obj-restraint")
        step(3)
        session.skip("out of time; the observers come up in the hot wash", "osce-observers")
        # -- Move 3
        step(4)
        session.deliver_next()  # readiness: the hotline closes
        say("russia", "Readiness is a routine measure.", "public", kind="statement")
        say("us", "Call Moscow about the reservists.", "hotline")  # closed by the inject: fails
        say("nato", "Raise readiness of the response force.", escalation=1)
        say("finland", "Call up reservists for the coast.")
        say("us", "Move a destroyer to the Baltic.")
        session.set_channel_status("osce", "closed", "Russia walks out of the Permanent Council")
        say("russia", "Complain to the OSCE about the destroyer.", "osce")  # closed: fails
        say("nato", "Ask the OSCE for observers.", "track2")
        session.adjudicate(5, "readiness and reservists on both sides")
        note(
            "improvement",
            "The hotline closed and nobody asked for it back.",
            "M",
            "obj-communicate",
        )
        step(6)
        session.deliver_next()  # missiles
        say("us", "Consult the allies before the announcement.", tags=["consultation"])
        say("us", "Announce the deployment.", "public", kind="statement", escalation=1)
        say("russia", "Threaten countermeasures.", "public", kind="statement")
        say("nato", "Support the deployment.")
        say("finland", "Ask for a pause.", "track2")
        say("russia", "Offer talks on missile ranges.", "track2", tags=["talks"])
        say("us", "Accept talks in principle.", "track2")
        wrong = say("nato", "Recorded for the wrong team.")
        session.withdraw_decision(wrong, "recorded for the wrong team")
        say("nato", "Welcome the talks.", "public", kind="statement")
        say("finland", "Host the talks in Helsinki.", "public", kind="statement")
        note("strength", "Talks were offered and taken up quickly.", "P", "obj-restraint")
        note("strength", "The US consulted the allies first.", "P", "obj-communicate")
        step(5)
        session.deliver_next()  # epilogue, days later
        step(3)
        if end:
            session.end()
            step(5)
            session.note_hotwash(
                "supposed", "Attribution first, then a call over a working channel."
            )
            session.note_hotwash(
                "happened", "Attribution came first; the calls went to closed channels."
            )
            session.note_hotwash("why", "Nobody checked which channels were open before calling.")
            session.note_hotwash(
                "sustain_improve", "Sustain Finland's public line; rehearse the channel map."
            )
            session.assess_expectation(
                "readiness", 1, "not_met", note="The hotline closed and stayed closed."
            )
            session.assess_expectation("collision", 1, "partly", note="Russia blamed NATO.")
            session.rate_objective("obj-attribution", "P", note="Facts were sought first.")
            session.rate_objective(
                "obj-communicate", "M", note="Most calls went to channels that were closed."
            )
            session.rate_objective("obj-restraint", "M")
            actions = (
                (
                    "Teams did not know which channels were open.",
                    "Brief the channel map at the start of every move.",
                    "Operational communications",
                    "Training",
                    "Course team",
                    "Jonas Weber",
                    "O2",
                ),
                (
                    "No incident channel existed when the jets met.",
                    "Rehearse agreeing the incidents code in move 1.",
                    "Operational communications",
                    "Exercise",
                    "Course team",
                    "Jonas Weber",
                    "tanker-seized#1",
                ),
                (
                    "Search and rescue was never coordinated.",
                    "Add a search-and-rescue card to the NATO brief.",
                    "Escalation management",
                    "Planning",
                    "NATO team mentors",
                    "Sara Lindqvist",
                    "O7",
                ),
                (
                    "The hotline closed and nobody asked for it back.",
                    "Give the US team a standing hotline check.",
                    "Operational communications",
                    "Organization",
                    "US team mentors",
                    "Tomás Ruiz",
                    "readiness#1",
                ),
                (
                    "Evaluators rated objectives only at the end.",
                    "Rate objectives in the console during play.",
                    "Escalation management",
                    "Equipment",
                    "Course team",
                    "Dr. Elena Marković",
                    "",
                ),
            )
            for n, (issue, action, capability, element, owner, poc, area) in enumerate(actions):
                session.add_action(
                    issue,
                    action,
                    capability=capability,
                    element=element,
                    owner=owner,
                    poc=poc,
                    start="2027-01-11",
                    due=f"2027-0{3 + n % 3}-30",
                    area=area,
                )
    return Path(path)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m tabletop.core.report.grayzone_sample FILE.tabletop\n")
        return 2
    target = Path(argv[0])
    if target.exists():
        sys.stderr.write(f"{target}: already exists; choose a new file name\n")
        return 2
    play_grayzone_session(target)
    sys.stdout.write(f"Sample session written to {target}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
