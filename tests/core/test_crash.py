"""Kill a recording process at random moments; every acknowledged event must survive."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tabletop.core.engine import Session

TESTS = Path(__file__).resolve().parent.parent
RECORDER = TESTS / "support" / "recorder.py"
DECK = TESTS / "data" / "decks" / "minimal.yaml"
ROUNDS = int(os.environ.get("TABLETOP_CRASH_ROUNDS", "20"))


def _run_and_kill(path: Path, label: str, rng: random.Random) -> dict[int, str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
    proc = subprocess.Popen(
        [sys.executable, str(RECORDER), str(path), str(DECK), label],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    assert ready.strip() == "READY", proc.stderr.read() if proc.stderr else ready
    time.sleep(rng.uniform(0.0, 0.4))
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    acked: dict[int, str] = {}
    for line in out.splitlines():
        parts = line.split(" ", 2)
        if len(parts) == 3 and parts[0] == "ACK":
            acked[int(parts[1])] = parts[2]
    return acked


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_event(tmp_path: Path) -> None:
    rng = random.Random(os.environ.get("TABLETOP_CRASH_SEED", "20261122"))
    path = tmp_path / "crash.tabletop"
    all_acked: dict[int, str] = {}
    total_acked = 0
    for round_no in range(ROUNDS):
        acked = _run_and_kill(path, f"r{round_no}", rng)
        total_acked += len(acked)
        all_acked.update(acked)
        session = Session.resume(path)  # the file opens: no lock left, no damage
        try:
            recorded = {
                e.seq: str(e.data.get("text"))
                for e in session.state.events
                if e.type == "decision_recorded"
            }
            missing = {s: t for s, t in all_acked.items() if recorded.get(s) != t}
            assert not missing, f"round {round_no}: acknowledged but lost: {missing}"
            assert not session.state.anomalies
            # and it is usable: one more decision goes in
            change = session.record_decision("russia", f"after round {round_no}", kind="action")
            all_acked[change.event.seq] = f"after round {round_no}"
        finally:
            session.close()
    assert total_acked > ROUNDS  # the recorder really was recording when killed
