"""Comparing ten class sections, at three session lengths: target under 3 s at 1,000 events.

    python bench/bench_compare.py [--sessions 10] [--events 250,500,1000] [--runs 3]

Ten sessions of the gray-zone deck are played through the engine with a
seeded random facilitator (decisions, messages over the channels a team can
use, the next inject, adjudications, observations, channel changes, undos),
each to the given number of events. Measured, best of ``--runs``: the whole
``write_comparison`` (read every session through the read-only opener, fold,
compare, lay out and write the PDF). The floor, measured in the same run, is
a bare read of the same sessions (``read_snapshot``: SQLite rows and their
JSON). Printed: times, the ratio to the floor, whether the 1,000-event case
is under 3 s, and the growth exponent between the shortest and the longest
sessions (above 1.2 the bench says so loudly).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import tempfile
import time
from pathlib import Path

from tabletop.core import paths
from tabletop.core.compare import write_comparison
from tabletop.core.engine import OperationError, Session, SessionSetup
from tabletop.core.store import read_snapshot

LIMIT_SECONDS = 3.0
EXPONENT_LIMIT = 1.2
DECK = "gray-zone-escalation.yaml"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


def play(path: Path, events: int, seed: int) -> None:
    """One section: a seeded facilitator records until the log holds ``events`` events."""
    chance = random.Random(seed)
    clock = Clock()
    text = (paths.bundled_decks_dir() / DECK).read_text(encoding="utf-8")
    session = Session.start(
        text, setup=SessionSetup(name=f"Section {seed}"), path=path, clock=clock
    )
    # the bench needs many events quickly; durability is not what it measures
    session.file.conn.execute("PRAGMA synchronous = OFF")
    deck = session.deck
    teams = [t for t in deck.teams]
    objectives = [o.id for o in deck.objectives]
    with session:
        session.deliver_next()
        while len(session.state.events) < events:
            clock.now += dt.timedelta(seconds=chance.randint(5, 90))
            roll = chance.random()
            try:
                if roll < 0.55:
                    team = chance.choice(teams)
                    usable = [c for c in deck.channels if c.usable_by(team)]
                    if usable and chance.random() < 0.5:
                        session.send_message(team.id, chance.choice(usable).id, "A message")
                    else:
                        session.record_decision(team.id, "A decision", tags=["bench"])
                elif roll < 0.63:
                    if session.next_inject().is_end:
                        session.adjudicate(chance.randint(0, 6), "the room")
                    else:
                        session.deliver_next()
                elif roll < 0.73:
                    session.adjudicate(chance.randint(0, 8), "the room")
                elif roll < 0.85:
                    session.note_observation(
                        chance.choice(["strength", "improvement"]),
                        "Seen",
                        rating=chance.choice("PSMU"),
                        inject=session.state.current,
                        objective=chance.choice(objectives) if objectives else "",
                    )
                elif roll < 0.95:
                    channel = chance.choice(deck.channels)
                    session.set_channel_status(
                        channel.id, chance.choice(["open", "degraded", "closed"]), "the room"
                    )
                elif session.undoable() is not None:
                    session.undo_last()
            except OperationError:
                continue


def best_of(runs: int, action: object) -> float:
    best = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--events", default="250,500,1000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(n) for n in args.events.split(",")]
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        print(f"compare {args.sessions} sessions of {DECK}")
        for size in sizes:
            sessions = [root / f"s{size}-{n}.tabletop" for n in range(args.sessions)]
            for n, path in enumerate(sessions):
                play(path, size, seed=n)
            target = root / f"compare-{size}.pdf"

            def ours(sessions: list[Path] = sessions, target: Path = target) -> None:
                write_comparison(sessions, target, replace=True)

            def floor(sessions: list[Path] = sessions) -> None:
                for path in sessions:
                    read_snapshot(path)

            floor_time = best_of(args.runs, floor)
            ours_time = best_of(args.runs, ours)
            times[size] = ours_time
            verdict = ""
            if size >= 1000:
                verdict = (
                    f"  (target under {LIMIT_SECONDS:.0f} s: "
                    + ("met" if ours_time < LIMIT_SECONDS else "NOT MET")
                    + ")"
                )
            print(
                f"  {size:>5} events each: tabletop {ours_time:6.3f} s   bare read "
                f"{floor_time:6.3f} s   ratio {ours_time / floor_time:5.1f}x{verdict}"
            )
    small, large = sizes[0], sizes[-1]
    loud = False
    if large > small:
        growth = math.log(times[large] / times[small]) / math.log(large / small)
        loud = growth > EXPONENT_LIMIT
        flag = "   <-- GROWS FASTER THAN THE WORK" if loud else ""
        print(f"  growth exponent {small} -> {large} events: {growth:.2f}{flag}")
    over = any(size >= 1000 and t >= LIMIT_SECONDS for size, t in times.items())
    return 1 if loud or over else 0


if __name__ == "__main__":
    sys.exit(main())
