"""Three class sections of the test deck, played through the public API along different paths.

* **A** uses the hotline at the cable cut, so the branch takes it to the offer
  of talks; its observations are rated P and S; it ends.
* **B** sends a message over the closed military line (it never gets through),
  reaches the tanker and escalates to 5, which ends the exercise by a branch;
  an observation is rated M; a decision is withdrawn.
* **C** reaches the tanker too, stays below 5 and follows the tanker's
  ``next`` to the talks, delivers the contingency inject on demand, and is
  still running when compared.

``python -m support.sections FOLDER`` writes them (for the docs' screenshots).
"""

from __future__ import annotations

import sys
from pathlib import Path

from support.sessions import MINIMAL, FakeClock
from tabletop.core.engine import Session, SessionSetup


def _start(folder: Path, name: str, facilitator: str, clock: FakeClock) -> Session:
    return Session.start(
        MINIMAL.read_text(encoding="utf-8"),
        setup=SessionSetup(name=name, facilitator=facilitator, date="2026-11-2" + name[-1]),
        path=folder / f"{name.lower().replace(' ', '-')}.tabletop",
        deck_source=str(MINIMAL),
        clock=clock,
    )


def section_a(folder: Path) -> Path:
    clock = FakeClock()
    with _start(folder, "Section 1", "Ann Example", clock) as session:
        clock.advance(2)
        session.deliver_next()  # cable-cut
        clock.advance(4)
        session.send_message("us", "hotline", "Ask Moscow whether the tanker is theirs")
        session.send_message("russia", "hotline", "We know nothing of it")
        session.record_decision("nato", "Convene the Council; no attribution yet")
        session.note_observation(
            "strength",
            "The US called Moscow before any step",
            rating="P",
            inject="cable-cut",
            objective="obj-communicate",
        )
        session.assess_expectation("cable-cut", 0, "met", note="attribution came first")
        session.rate_objective("obj-communicate", "S", note="the Council waited")
        clock.advance(6)
        session.deliver_next()  # talks-offer, by the branch
        session.record_decision("russia", "Accept the talks", kind="statement")
        session.note_observation(
            "strength", "Both sides accepted quickly", rating="S", inject="talks-offer"
        )
        clock.advance(5)
        session.end()
        return session.path


def section_b(folder: Path) -> Path:
    clock = FakeClock()
    with _start(folder, "Section 2", "Ben Example", clock) as session:
        clock.advance(3)
        session.deliver_next()  # cable-cut
        clock.advance(3)
        session.send_message("nato", "mil-to-mil", "Warn Moscow's staff")  # closed: lost
        withdrawn = session.record_decision("us", "Sanctions now")
        assert withdrawn.decision is not None
        session.withdraw_decision(withdrawn.decision.id, "recorded for the wrong team")
        session.note_observation(
            "strength",
            "The Council met quickly",
            rating="P",
            inject="cable-cut",
            objective="obj-communicate",
        )
        # the facilitator's verdict on the expected action decides, not an observation
        session.assess_expectation("cable-cut", 0, "not_met", note="enforcement came first")
        clock.advance(8)
        session.deliver_next()  # tanker-seizure, in order
        session.record_decision("nato", "Board a second tanker")
        session.adjudicate(5, "the boarding was read as an attack")
        clock.advance(5)
        session.end()
        return session.path


def section_c(folder: Path) -> Path:
    clock = FakeClock()
    session = _start(folder, "Section 3", "Cy Example", clock)
    with session:
        clock.advance(2)
        session.deliver_next()  # cable-cut
        clock.advance(5)
        session.record_decision("us", "Ask allies for evidence", tags=["attribution"])
        clock.advance(3)
        session.deliver("stalled")  # the contingency, on demand
        clock.advance(4)
        session.deliver_next()  # tanker-seizure
        session.send_message("nato", "nrc", "Request an NRC meeting")
        clock.advance(6)
        session.deliver_next()  # talks-offer, by the tanker's next
        return session.path


def play_sections(folder: Path) -> list[Path]:
    """The three sessions, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    return [section_a(folder), section_b(folder), section_c(folder)]


if __name__ == "__main__":
    for path in play_sections(Path(sys.argv[1])):
        print(path)
