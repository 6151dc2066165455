"""A process that records decisions as fast as it can until it is killed.

Used by the crash test: after each decision is durably recorded it prints
``ACK <seq> <text>`` and flushes, so the parent knows what was acknowledged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tabletop.core.engine import Session


def main() -> None:
    path = Path(sys.argv[1])
    deck = Path(sys.argv[2])
    label = sys.argv[3]
    if path.exists():
        session = Session.resume(path)
    else:
        session = Session.start(deck.read_text(encoding="utf-8"), path=path)
    print("READY", flush=True)
    n = 0
    while True:
        n += 1
        text = f"{label}-{n}"
        change = session.record_decision("us", text, kind="message", channel="hotline")
        sys.stdout.write(f"ACK {change.event.seq} {text}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
