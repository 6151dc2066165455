"""A session that cannot be written to is said so when it is opened, and can be copied."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from support.readonly import read_only
from support.sessions import FakeClock, start_minimal

import tabletop.cli
from tabletop.cli import main
from tabletop.core.engine import Session, open_state
from tabletop.core.snapshot import copy_session
from tabletop.core.store import SessionFileError, SessionReadOnly


def _recorded(folder: Path) -> Path:
    session = start_minimal(folder, FakeClock(), name="Read only")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    return session.path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_session_is_refused_at_open_with_the_reason(what: str, tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    path = _recorded(folder)
    before = _digest(path)
    with read_only(path if what == "file" else folder):
        with pytest.raises(SessionReadOnly) as info:
            Session.resume(path)
        assert "read-only" in str(info.value) and "copy" in str(info.value)
        # it can still be read: a report, a listing
        _deck, state, _meta = open_state(path)
        assert len(state.decisions) == 1
    assert _digest(path) == before


def test_a_copy_of_a_read_only_session_can_be_recorded_into(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    copy = tmp_path / "copy" / "class.tabletop"
    copy.parent.mkdir()
    with read_only(path):
        copy_session(path, copy)
    with Session.resume(copy) as session:
        assert session.state.name == "Read only"
        assert [d.text for d in session.state.decisions.values()] == ["Call Moscow"]
        session.record_decision("russia", "In the copy", kind="action")
    with pytest.raises(SessionFileError, match="already exists"):
        copy_session(path, copy)


def test_resume_from_the_command_line_says_so_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr(tabletop.cli, "start_gui", lambda argv: opened.append(argv) or 0)
    path = _recorded(tmp_path)
    with read_only(path):
        assert main(["resume", str(path)]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "copy" in err
    assert opened == []
