"""A session file whose name leaves no room for its journal's name is refused at once.

SQLite writes each commit through a journal named ``NAME.tabletop-journal`` beside the
file. A name a few bytes short of the file system's limit (255 bytes: about 85
Vietnamese letters with tone marks) can be created or copied, but no journal can be
made beside it: every action would then fail with "unable to open database file".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core.engine import Session
from tabletop.core.store import SessionFileError

pytestmark = pytest.mark.skipif(
    not hasattr(os, "pathconf"), reason="the limit is asked of the file system (POSIX)"
)

_LIMIT = 255  # bytes in a name on Linux and macOS file systems


def _name(size: int) -> str:
    """A Vietnamese session name of ``size`` bytes with its suffix."""
    stem = "Lớp khủng hoảng " * 30
    while len(os.fsencode(stem + ".tabletop")) > size:
        stem = stem[:-1]
    while len(os.fsencode(stem + ".tabletop")) < size:
        stem += "a"
    return stem + ".tabletop"


def _recorded(folder: Path) -> Path:
    session = start_minimal(folder, FakeClock(), name="Lớp 12A")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    return session.path


def test_a_name_with_no_room_for_the_journal_is_refused_when_the_session_is_created(
    tmp_path: Path, minimal_deck_path: Path
) -> None:
    path = tmp_path / _name(_LIMIT - 3)
    with pytest.raises(SessionFileError) as info:
        Session.start(minimal_deck_path.read_text(encoding="utf-8"), path=path)
    assert "too long" in str(info.value)
    assert not path.exists()


def test_a_session_renamed_too_long_is_refused_at_open_not_at_the_first_action(
    tmp_path: Path,
) -> None:
    path = _recorded(tmp_path)
    long = path.rename(tmp_path / _name(_LIMIT - 2))
    with pytest.raises(SessionFileError) as info:
        Session.resume(long)
    assert "too long" in str(info.value) and "shorter" in str(info.value)
    assert main(["resume", str(long)]) == 2  # before any window opens


def test_the_longest_name_that_fits_records(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    longest = path.rename(tmp_path / _name(_LIMIT - len("-journal")))
    with Session.resume(longest) as session:
        session.record_decision("russia", "Deny everything", kind="statement")
        assert len(session.state.decisions) == 2
