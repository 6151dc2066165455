"""Power loss inside a multi-page commit: every reader sees what a resume will see.

A process is killed while a transaction spanning many pages is half written to
the session file, leaving a hot rollback journal. Before anything resumes the
session, every reader runs on it: the sessions listing (core and command line),
the report (core and command line) and recover. Each must see exactly the
acknowledged events, which is what a resume finds once SQLite has rolled the
journal back, and none may change the file or its journal.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tabletop.cli import main
from tabletop.core.engine import Session, open_state
from tabletop.core.store import list_sessions, recover, summarize, write_recovered

TESTS = Path(__file__).resolve().parent.parent
SPILLER = TESTS / "support" / "spiller.py"
ACKED = 40


def _kill_inside_a_commit(path: Path) -> list[int]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
    child = subprocess.Popen(
        [sys.executable, str(SPILLER), str(path), str(ACKED)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    acked = []
    for line in child.stdout:
        if line.startswith("ACK "):
            acked.append(int(line.split()[1]))
        elif line.strip() in ("SPILLED", "NO SPILL"):
            assert line.strip() == "SPILLED", "the transaction never reached the file"
            break
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    return [1, *acked]  # session_started, then the acknowledged decisions


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def after_power_loss(tmp_path: Path) -> tuple[Path, list[int]]:
    folder = tmp_path / "sessions"
    folder.mkdir()
    path = folder / "class.tabletop"
    expected = _kill_inside_a_commit(path)
    journal = Path(f"{path}-journal")
    assert journal.is_file() and journal.stat().st_size > 0  # a hot journal was left
    return path, expected


def test_every_reader_sees_what_a_resume_sees(
    after_power_loss: tuple[Path, list[int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, expected = after_power_loss
    folder = path.parent
    untouched = _fingerprint(folder)

    summary = summarize(path)
    assert (summary.status, summary.events) == ("running", len(expected)), summary.detail
    assert [(s.path.name, s.status) for s in list_sessions(folder)] == [
        ("class.tabletop", "running")
    ]
    assert main(["sessions", "--folder", str(folder), "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["status"], listed["events"]) == ("running", len(expected))

    _deck, state, _meta = open_state(path)
    assert [e.seq for e in state.events] == expected
    report = tmp_path / "report.pdf"
    code = main(["report", str(path), "-o", str(report)])
    assert code == 0, capsys.readouterr().err
    assert report.read_bytes().startswith(b"%PDF")

    salvaged = recover(path)
    assert [e.seq for e in salvaged.events] == expected
    copy = write_recovered(salvaged, salvaged.deck_text, tmp_path / "recovered.tabletop")
    with Session.resume(copy) as recovered:
        assert [e.seq for e in recovered.state.events] == expected
    code = main(["recover", str(path), "-o", str(tmp_path / "cli-recovered.tabletop")])
    assert code == 0
    assert f"Recovered {len(expected)} event(s)" in capsys.readouterr().out

    assert _fingerprint(folder) == untouched  # no reader changed the file or its journal

    with Session.resume(path) as resumed:
        assert [e.seq for e in resumed.state.events] == expected
        resumed.record_decision("russia", "After the power cut", kind="action")
    assert not Path(f"{path}-journal").exists()
    assert summarize(path).events == len(expected) + 1
