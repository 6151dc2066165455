"""The session engine at three log sizes: recording, resuming and undoing stay linear.

    python bench/bench_fold.py [--sizes 1000,10000,100000] [--runs 5]

For each size a session file holding that many events is built (half of them
messages, all still in transit because the clock is paused, which is the worst
case for the fold), then:

* **record**: 100 more decisions and messages, each committed durably, against
  a bare sqlite3 insert-and-commit of the same rows into a table of the same
  size with the same settings (rollback journal, synchronous=FULL, exclusive
  lock); target ≤ 1.5× per event at every size;
* **resume**: ``Session.resume`` of the file against a bare read and decode of
  the same rows (SELECT, checksum, JSON, timestamps); target ≤ 3×;
* **undo**: ``undo_last`` (one durable event plus taking the latest back);
  target ≤ 10 ms at every size.

Each case prints min / median / max over the runs, the ratio of the minima, and
its growth exponent across the sizes; a growth above 1.2 for the whole work
fails the bench (exit status 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from _common import check_growth, finish, spread
from support.walker import MemoryFile

from tabletop.core import paths
from tabletop.core.deck.catalog import shipped_catalog_texts
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.engine import Session, SessionSetup
from tabletop.core.store import Event, SessionFile

DECK_PATH = paths.bundled_decks_dir() / "gray-zone-escalation.yaml"
EXTRA = 100  # events recorded on top of each log


class Ticking:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(milliseconds=500)
        return self.now


def build(path: Path, size: int) -> None:
    """A session file of ``size`` events: decisions and messages, all messages in transit."""
    text = DECK_PATH.read_text(encoding="utf-8")
    deck = load_deck_text(text, str(DECK_PATH)).deck
    assert deck is not None
    memory = Session(deck, MemoryFile(), [], Ticking())  # type: ignore[arg-type]
    memory._commit("session_started", SessionSetup().to_event(), "start")
    memory.deliver_next()
    memory.pause_clock()
    while len(memory.file.events) < size:  # type: ignore[attr-defined]
        i = len(memory.file.events)  # type: ignore[attr-defined]
        if i % 2:
            memory.send_message("us", "hotline", f"Message {i}: we are standing down")
        else:
            memory.record_decision("nato", f"Decision {i}: convene", tags=["bench"])
    file = SessionFile.create(
        path,
        text,
        deck_id=deck.id,
        deck_title=deck.title,
        extra_meta={"catalog/" + n: t for n, t in shipped_catalog_texts().items()},
    )
    conn = file.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO events(seq, type, record) VALUES (?, ?, ?)",
        ((e.seq, e.type, e.stored()) for e in memory.file.events),  # type: ignore[attr-defined]
    )
    conn.execute("COMMIT")
    file.close()


def bare_copy(source: Path, target: Path) -> None:
    """The same rows in a plain table with the session file's settings."""
    rows = sqlite3.connect(str(source)).execute("SELECT seq, type, record FROM events").fetchall()
    conn = sqlite3.connect(str(target), isolation_level=None)
    conn.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT, record TEXT)")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO events VALUES (?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()


def record_ours(path: Path) -> tuple[float, list[tuple[int, str, str]]]:
    session = Session.resume(path, clock=Ticking())
    start = time.perf_counter()
    for i in range(EXTRA):
        if i % 2:
            session.send_message("us", "hotline", f"Extra message {i}")
        else:
            session.record_decision("nato", f"Extra decision {i}", tags=["bench"])
    elapsed = time.perf_counter() - start
    rows = [(e.seq, e.type, e.stored()) for e in session.state.events[-EXTRA:]]
    for _ in range(EXTRA):  # leave the file as it was for the next run
        session.undo_last()
    session.close()
    return elapsed / EXTRA, rows


def record_bare(path: Path, rows: list[tuple[int, str, str]]) -> float:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    offset = conn.execute("SELECT MAX(seq) FROM events").fetchone()[0] + 1000
    start = time.perf_counter()
    for seq, type_, record in rows:
        conn.execute("INSERT INTO events VALUES (?, ?, ?)", (seq + offset, type_, record))
    elapsed = time.perf_counter() - start
    conn.execute("DELETE FROM events WHERE seq > ?", (offset,))
    conn.close()
    return elapsed / len(rows)


def resume_ours(path: Path) -> float:
    start = time.perf_counter()
    session = Session.resume(path)
    elapsed = time.perf_counter() - start
    session.close()
    return elapsed


def resume_bare(path: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(str(path))
    events = [
        Event.from_stored(record)
        for (record,) in conn.execute("SELECT record FROM events ORDER BY seq")
    ]
    elapsed = time.perf_counter() - start
    conn.close()
    assert events
    return elapsed


def undo_ours(path: Path) -> float:
    session = Session.resume(path, clock=Ticking())
    session.record_decision("nato", "To be taken back")
    start = time.perf_counter()
    session.undo_last()
    elapsed = time.perf_counter() - start
    session.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, list[tuple[list[float], list[float]]]] = {"record": [], "resume": []}
    undo: list[list[float]] = []
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        for size in sizes:
            ours_path = folder / f"s{size}.tabletop"
            bare_path = folder / f"s{size}.sqlite"
            build(ours_path, size)
            bare_copy(ours_path, bare_path)
            rec_ours, rec_bare, res_ours, res_bare, undos = [], [], [], [], []
            for run in range(args.runs):
                first, rows = record_ours(ours_path)
                second = record_bare(bare_path, rows)
                rec_ours.append(first)
                rec_bare.append(second)
                # alternate the order so neither always meets a warmer cache
                if run % 2:
                    res_bare.append(resume_bare(ours_path))
                    res_ours.append(resume_ours(ours_path))
                else:
                    res_ours.append(resume_ours(ours_path))
                    res_bare.append(resume_bare(ours_path))
                undos.append(undo_ours(ours_path))
            results["record"].append((rec_ours, rec_bare))
            results["resume"].append((res_ours, res_bare))
            undo.append(undos)
    print(f"Session engine at {', '.join(f'{s:,}' for s in sizes)} events, {args.runs} runs each")
    for name, target, unit, scale, per_item in (
        ("record", 1.5, "ms", 1000.0, True),
        ("resume", 3.0, "s", 1.0, False),
    ):
        print(f"\n{name} (target ≤ {target}× the bare floor at every size)")
        for size, (ours, bare) in zip(sizes, results[name], strict=True):
            ratio = min(ours) / min(bare)
            mark = "within target" if ratio <= target else "OVER TARGET"
            print(f"  {size:>7,} events: tabletop {spread(ours, unit, scale)}")
            print(f"  {'':>7}         floor    {spread(bare, unit, scale)}")
            print(f"  {'':>7}         ratio {ratio:.2f}×: {mark}")
        check_growth(name, sizes, [min(o) for o, _ in results[name]], per_item=per_item)
    print("\nundo_last (target ≤ 10 ms at every size)")
    for size, undos in zip(sizes, undo, strict=True):
        mark = "within target" if min(undos) <= 0.010 else "OVER TARGET"
        print(f"  {size:>7,} events: {spread(undos, 'ms', 1000.0)}: {mark}")
    check_growth("undo", sizes, [min(u) for u in undo], per_item=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
