"""A session file deleted or moved away while it is open loses nothing already recorded.

A file manager, a clean-up tool or a sync client can delete the file, or rename its
folder, in the middle of a class. The open session must not go on "recording" into a
file nobody can reach again: it says so, writes back everything recorded so far, and
the class carries on in the written-back file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.core import paths
from tabletop.core.engine import Session, open_state
from tabletop.core.store import SessionFileError


def _class_in(folder: Path) -> Session:
    folder.mkdir(parents=True, exist_ok=True)
    session = start_minimal(folder, FakeClock(), name="Period 3")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.record_decision("russia", "Deny everything", kind="statement")
    return session


def _texts(path: Path) -> list[str]:
    _deck, state, _meta = open_state(path)
    return [d.text for d in state.decisions.values()]


def test_a_deleted_session_file_is_written_back_with_everything_recorded(
    tmp_path: Path,
) -> None:
    session = _class_in(tmp_path / "class")
    path = session.path
    path.unlink()

    with pytest.raises(SessionFileError) as info:
        session.record_decision("us", "Ask for talks", kind="action")
    message = str(info.value)
    assert "deleted or moved" in message and str(path) in message

    # the class carries on: the next decision is recorded, in the written-back file
    session.record_decision("us", "Ask for talks", kind="action")
    session.close()
    assert _texts(path) == ["Call Moscow", "Deny everything", "Ask for talks"]
    with Session.resume(path) as again:
        assert again.state.name == "Period 3"
        assert len(again.state.decisions) == 3


def test_a_session_whose_folder_is_gone_is_written_into_the_sessions_folder(
    tmp_path: Path,
) -> None:
    stick = tmp_path / "stick"
    session = _class_in(stick / "class")
    stick.rename(tmp_path / "elsewhere")

    with pytest.raises(SessionFileError) as info:
        session.undo_last()
    rescued = session.path
    assert rescued.parent == paths.sessions_dir()
    assert str(rescued) in str(info.value)

    session.record_decision("us", "Ask for talks", kind="action")
    session.close()
    assert _texts(rescued) == ["Call Moscow", "Deny everything", "Ask for talks"]


def test_a_file_put_in_place_of_the_session_is_never_overwritten(tmp_path: Path) -> None:
    session = _class_in(tmp_path / "class")
    path = session.path
    path.unlink()
    path.write_bytes(b"someone else's notes")

    with pytest.raises(SessionFileError):
        session.record_decision("us", "Ask for talks", kind="action")
    assert path.read_bytes() == b"someone else's notes"
    assert session.path != path
    session.close()
    assert _texts(session.path) == ["Call Moscow", "Deny everything"]


def test_a_session_deleted_and_then_closed_without_another_action_is_written_back(
    tmp_path: Path,
) -> None:
    session = _class_in(tmp_path / "class")
    path = session.path
    session.end()
    path.unlink()
    session.close()  # the facilitator closes the console: nothing more is recorded
    assert _texts(path) == ["Call Moscow", "Deny everything"]
