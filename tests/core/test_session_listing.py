"""The sessions listing tells running from ended, and never calls an intact file damaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core.engine import OperationError, Session
from tabletop.core.store import list_sessions, recover, summarize, write_recovered

# what a facilitator does, as far as the listing's status can tell
STEPS = st.lists(
    st.sampled_from(["decide", "deliver", "undo", "end", "note"]), min_size=0, max_size=12
)


def _play(session: Session, clock: FakeClock, steps: list[str]) -> None:
    for n, step in enumerate(steps):
        clock.advance(minutes=1)
        try:
            if step == "decide":
                session.record_decision("us", f"Decision {n}", kind="message", channel="hotline")
            elif step == "deliver":
                session.deliver_next()
            elif step == "undo":
                session.undo_last()
            elif step == "end":
                session.end()
            else:
                session.note_hotwash("notes", f"note {n}")
        except OperationError:
            continue  # not possible now (nothing to undo, already ended …): the app says so


def test_an_ended_session_that_used_undo_is_listed_as_ended(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    session = start_minimal(tmp_path, clock, name="With undo")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.undo_last()
    session.end()
    session.close()
    summary = summarize(tmp_path / "s.tabletop")
    assert (summary.status, summary.detail) == ("ended", "")
    assert summary.last_event == "2026-11-22T09:00:00.000Z"
    assert main(["sessions", "--folder", str(tmp_path)]) == 0
    listed = capsys.readouterr().out
    assert "ended" in listed
    assert "damaged" not in listed


def test_the_recovered_copy_of_such_a_session_lists_as_intact(tmp_path: Path) -> None:
    clock = FakeClock()
    session = start_minimal(tmp_path, clock, name="With undo")
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.undo_last()
    session.end()
    session.close()
    result = recover(tmp_path / "s.tabletop")
    copy = write_recovered(result, result.deck_text, tmp_path / "copy.tabletop")
    assert summarize(copy).status == "ended"
    assert {s.path.name: s.status for s in list_sessions(tmp_path)} == {
        "s.tabletop": "ended",
        "copy.tabletop": "ended",
    }


def test_undoing_the_end_lists_the_session_as_running(tmp_path: Path) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.end()
    session.undo_last()
    session.close()
    assert summarize(tmp_path / "s.tabletop").status == "running"


@settings(max_examples=40)
@given(steps=STEPS)
def test_the_listing_agrees_with_what_a_resume_finds(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("listing")
    clock = FakeClock()
    session = start_minimal(folder, clock)
    _play(session, clock, steps)
    session.close()
    summary = summarize(folder / "s.tabletop")
    resumed = Session.resume(folder / "s.tabletop")
    try:
        state = resumed.state
        assert summary.status == ("ended" if state.ended else "running"), summary.detail
        assert summary.events == len(state.events)
    finally:
        resumed.close()


def test_broken_links_in_the_sessions_folder_are_listed_as_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    (tmp_path / "gone.tabletop").symlink_to(tmp_path / "nowhere.tabletop")
    (tmp_path / "loop.tabletop").symlink_to(tmp_path / "loop.tabletop")
    statuses = {s.path.name: (s.status, s.detail) for s in list_sessions(tmp_path)}
    assert statuses["s.tabletop"] == ("running", "")
    assert statuses["gone.tabletop"][0] == "unreadable"
    assert "link to a file that does not exist" in statuses["gone.tabletop"][1]
    assert statuses["loop.tabletop"][0] == "unreadable"
    assert "link that loops" in statuses["loop.tabletop"][1]
    assert main(["sessions", "--folder", str(tmp_path)]) == 0
    listed = capsys.readouterr().out
    assert "gone.tabletop" in listed and "loop.tabletop" in listed
