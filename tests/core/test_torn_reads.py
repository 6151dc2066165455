"""Reading a session while another process records into it as fast as it can.

A report or a listing reads the file without its lock, so it may catch a commit
half written. Such a torn read is retried; it is never judged as damage, and
what is read is always a prefix of the log (nothing acknowledged goes missing
from one read to the next).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tabletop.core.store import SessionDamaged, read_snapshot, summarize

TESTS = Path(__file__).resolve().parent.parent
RECORDER = TESTS / "support" / "recorder.py"
DECK = TESTS / "data" / "decks" / "minimal.yaml"
READS = int(os.environ.get("TABLETOP_TORN_READS", "600"))
SECONDS = float(os.environ.get("TABLETOP_TORN_SECONDS", "10"))


def test_snapshots_taken_during_fast_recording_are_never_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "busy.tabletop"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
    recorder = subprocess.Popen(
        [sys.executable, str(RECORDER), str(path), str(DECK), "busy"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert recorder.stdout is not None
    assert recorder.stdout.readline().strip() == b"READY"
    drain = threading.Thread(target=recorder.stdout.read, daemon=True)
    drain.start()
    damaged: list[str] = []
    seen = reads = 0
    try:
        deadline = time.monotonic() + SECONDS
        while reads < READS and time.monotonic() < deadline:
            reads += 1
            try:
                snapshot = read_snapshot(path)
            except SessionDamaged as exc:
                damaged.append(f"read {reads}: {exc}")
                continue
            assert snapshot.live
            assert [e.seq for e in snapshot.events] == list(range(1, len(snapshot.events) + 1))
            assert len(snapshot.events) >= seen
            seen = len(snapshot.events)
            if reads % 2 == 0:
                summary = summarize(path)
                if summary.status not in ("in use", "running"):
                    damaged.append(f"listing {reads}: {summary.status} {summary.detail}")
    finally:
        recorder.send_signal(signal.SIGKILL)
        recorder.communicate(timeout=30)
    assert reads >= 100
    assert seen > 10  # the recorder really was recording
    assert damaged == []
