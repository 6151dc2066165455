"""A process killed inside a multi-page transaction, leaving a hot journal behind.

It records ``ACKED`` decisions (each committed and acknowledged), then opens a
transaction and records large decisions into it with a tiny page cache, so that
SQLite writes changed pages into the session file before the commit. Once the
file has changed on disk it prints ``SPILLED`` and waits to be killed: the file
then holds pages of a transaction that never committed, and its rollback
journal holds what they replaced, as after a power loss inside a commit.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from tabletop.core.engine import Session

DECK = Path(__file__).resolve().parent.parent / "data" / "decks" / "minimal.yaml"


def _on_disk(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def main() -> None:
    path = Path(sys.argv[1])
    acked = int(sys.argv[2])
    session = Session.start(DECK.read_text(encoding="utf-8"), path=path)
    for n in range(acked):
        change = session.record_decision("us", f"acked {n} " + "a" * 2000, kind="action")
        print(f"ACK {change.event.seq}", flush=True)
    conn = session.file.conn
    conn.execute("PRAGMA cache_size = 2")
    before = _on_disk(path)
    conn.execute("BEGIN IMMEDIATE")
    for n in range(400):
        session.record_decision("us", f"never committed {n} " + "u" * 6000, kind="action")
        if _on_disk(path) != before and os.path.exists(f"{path}-journal"):
            print("SPILLED", flush=True)
            time.sleep(600)
    print("NO SPILL", flush=True)


if __name__ == "__main__":
    main()
