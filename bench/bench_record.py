"""Recording 1,000 durable decisions, against a bare sqlite3 insert-and-commit loop.

    python bench/bench_record.py [--decisions 1000] [--runs 5]

tabletop records each decision through the session engine (checks, durable
commit, fold) before returning. The baseline inserts the same stored rows into
an SQLite table with the same settings (rollback journal, synchronous=FULL,
exclusive lock), committing after each row. Only the loops are timed; runs of
the two alternate so that disk noise hits both alike. Target: at most 1.5x.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report

from tabletop.core import paths
from tabletop.core.engine import Session

DECK = paths.bundled_decks_dir() / "gray-zone-escalation.yaml"


def record_with_tabletop(path: Path, n: int) -> tuple[float, list[str]]:
    session = Session.start(DECK.read_text(encoding="utf-8"), path=path)
    session.deliver_next()
    teams = [t.id for t in session.state.teams]
    start = time.perf_counter()
    for i in range(n):
        session.record_decision(
            teams[i % len(teams)],
            f"Decision {i}: call the other side",
            kind="action",
            tags=["bench"],
        )
    elapsed = time.perf_counter() - start
    rows = [e.stored() for e in session.state.events[-n:]]
    session.close()
    return elapsed, rows


def record_bare(path: Path, rows: list[str]) -> float:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT, record TEXT)")
    start = time.perf_counter()
    for seq, row in enumerate(rows, start=1):
        conn.execute("INSERT INTO events VALUES (?, ?, ?)", (seq, "decision_recorded", row))
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ours: list[float] = []
    bare: list[float] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        _, rows = record_with_tabletop(folder / "warm-up.tabletop", args.decisions)
        for run in range(args.runs):
            # alternate which goes first, so neither always meets a warmer disk
            if run % 2:
                bare.append(record_bare(folder / f"b{run}.sqlite", rows))
                ours.append(record_with_tabletop(folder / f"t{run}.tabletop", args.decisions)[0])
            else:
                ours.append(record_with_tabletop(folder / f"t{run}.tabletop", args.decisions)[0])
                bare.append(record_bare(folder / f"b{run}.sqlite", rows))
    print(
        f"{args.decisions} decisions, each committed durably (synchronous=FULL), "
        f"best of {args.runs}"
    )
    report("record_decision loop vs bare sqlite3 insert+commit loop", min(ours), min(bare), 1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
