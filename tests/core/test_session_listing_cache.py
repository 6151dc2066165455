"""The session list reads a file again only when it changed, and never hides a change of state."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sessions import MINIMAL, FakeClock

from tabletop.core import session_list
from tabletop.core.engine import Session


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = session_list.summarize

    def counting(path: Path) -> session_list.SessionSummary:
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(session_list, "summarize", counting)
    return seen


def _session(folder: Path, name: str, *, end: bool) -> Path:
    session = Session.start(
        MINIMAL.read_text(encoding="utf-8"), path=folder / name, clock=FakeClock()
    )
    with session:
        session.record_decision("nato", "Convene")
        session.undo_last()
        if end:
            session.end()
    return folder / name


def test_a_session_at_rest_is_listed_without_reading_it(tmp_path: Path, reads: list[Path]) -> None:
    ended = _session(tmp_path, "a.tabletop", end=True)
    running = _session(tmp_path, "b.tabletop", end=False)
    first = {s.path.name: s for s in session_list.list_sessions(tmp_path)}
    assert {first["a.tabletop"].status, first["b.tabletop"].status} == {"ended", "running"}
    reads.clear()
    second = {s.path.name: s for s in session_list.list_sessions(tmp_path)}
    assert reads == []
    assert [(s.status, s.events, s.name, s.last_event) for s in second.values()] == [
        (s.status, s.events, s.name, s.last_event) for s in first.values()
    ]
    # more play changes the file: it is read again and the listing follows
    with Session.resume(running, clock=FakeClock()) as session:
        session.end()
    third = {s.path.name: s for s in session_list.list_sessions(tmp_path)}
    assert reads == [running]
    assert third["b.tabletop"].status == "ended"
    assert ended.exists()


def test_a_session_opened_in_a_window_since_is_listed_in_use(tmp_path: Path) -> None:
    path = _session(tmp_path, "c.tabletop", end=False)
    assert session_list.list_sessions(tmp_path)[0].status == "running"
    with Session.resume(path, clock=FakeClock()):
        listed = session_list.list_sessions(tmp_path)[0]
        assert listed.status == "in use"
    assert session_list.list_sessions(tmp_path)[0].status == "running"
