"""The session file: durable, locked, versioned, and recoverable when damaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.core import store
from tabletop.core.engine import Session, open_state
from tabletop.core.session_errors import explain_os_error
from tabletop.core.store import (
    NotASessionFile,
    SessionDamaged,
    SessionFile,
    SessionFileError,
    SessionInUse,
    SessionTooNew,
    list_sessions,
    recover,
    summarize,
    write_recovered,
)


def _recorded(tmp_path: Path, decisions: int = 5) -> Path:
    clock = FakeClock()
    s = start_minimal(tmp_path, clock, name="Recorded")
    s.deliver_next()
    for i in range(decisions):
        clock.advance(minutes=1)
        s.record_decision("us", f"Decision number {i}", kind="message", channel="hotline")
    path = s.path
    s.close()
    return path


def test_the_file_is_self_contained(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.tabletop"]  # no journal left
    with SessionFile.open(path) as f:
        assert "format: tabletop-deck/1" in f.deck_text
        assert (
            f.meta["catalog/channels.yaml"].startswith("#")
            or "channels" in f.meta["catalog/channels.yaml"]
        )
        assert [e.seq for e in f.events()] == list(range(1, 8))


def test_a_second_opener_is_refused_in_plain_words(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    first = Session.resume(path)
    with pytest.raises(SessionInUse, match="already open in this tabletop"):
        Session.resume(path)
    code = textwrap.dedent(
        f"""
        from tabletop.core.store import SessionFile, SessionInUse
        try:
            SessionFile.open({str(path)!r})
        except SessionInUse as exc:
            print("refused:", exc)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("refused: s.tabletop: this session is open in another")
    # a report can still read it, and a listing says it is in use
    _deck, state, _meta = open_state(path)
    assert len(state.decisions) == 5
    assert summarize(path).status == "in use"
    first.close()
    assert summarize(path).status == "running"


def test_listing_reports_each_kind_of_file(tmp_path: Path) -> None:
    _recorded(tmp_path)
    (tmp_path / "junk.tabletop").write_text("not a database")
    (tmp_path / "empty.tabletop").write_bytes(b"")
    conn = sqlite3.connect(tmp_path / "other.tabletop")
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    statuses = {s.path.name: s.status for s in list_sessions(tmp_path)}
    assert statuses == {
        "s.tabletop": "running",
        "junk.tabletop": "not a session",
        "empty.tabletop": "damaged",
        "other.tabletop": "not a session",
    }


def test_not_a_session_and_too_new(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.tabletop"
    bogus.write_text("hello" * 100)
    with pytest.raises(NotASessionFile, match="not a tabletop session"):
        SessionFile.open(bogus)
    path = _recorded(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(SessionTooNew, match="newer tabletop"):
        SessionFile.open(path)


def test_migration_chain_upgrades_and_keeps_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _recorded(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()

    def v0_to_v1(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO meta(key, value) VALUES ('migrated', 'yes')")

    monkeypatch.setitem(store.MIGRATIONS, 0, v0_to_v1)
    with SessionFile.open(path) as f:
        assert f.meta["migrated"] == "yes"
        assert len(f.events()) == 7
    assert (tmp_path / "s.tabletop.v0.bak").exists()


def test_unknown_old_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="no upgrade from session format 0"):
        SessionFile.open(path)
    assert path.read_bytes() == before


def test_truncated_file_is_reported_and_recovered(tmp_path: Path) -> None:
    path = _recorded(tmp_path, decisions=200)
    size = path.stat().st_size
    damaged = tmp_path / "cut.tabletop"
    damaged.write_bytes(path.read_bytes()[: size * 2 // 3])
    with pytest.raises(SessionDamaged, match="tabletop recover"):
        Session.resume(damaged)
    result = recover(damaged)
    assert result.deck_text
    with SessionFile.open(path) as whole:
        original = whole.events()
    # every event on an intact page comes back unchanged, in order
    by_seq = {e.seq: e for e in original}
    assert len(result.events) >= 50
    assert [e.seq for e in result.events] == sorted({e.seq for e in result.events})
    assert all(by_seq[e.seq] == e for e in result.events)
    target = write_recovered(result, result.deck_text, tmp_path / "saved.tabletop")
    resumed = Session.resume(target)
    assert len(resumed.state.decisions) == len(
        [e for e in result.events if e.type == "decision_recorded"]
    )
    resumed.record_decision("russia", "After the recovery", kind="action")
    resumed.close()
    assert damaged.stat().st_size == size * 2 // 3  # the damaged file is left as it was


def test_flipped_bytes_fail_the_checksum_and_recovery_skips_them(tmp_path: Path) -> None:
    path = _recorded(tmp_path, decisions=20)
    data = bytearray(path.read_bytes())
    index = data.find(b"Decision number 7")
    assert index > 0
    data[index + 9 : index + 15] = b"NUMBER"
    path.write_bytes(bytes(data))
    with pytest.raises(SessionDamaged, match="checksum"):
        Session.resume(path)
    result = recover(path)
    texts = [e.data.get("text") for e in result.events if e.type == "decision_recorded"]
    assert "Decision number 7" not in texts
    assert "Decision NUMBER 7" not in texts
    assert len(texts) == 19


def test_destroyed_header_still_gives_back_events(tmp_path: Path) -> None:
    path = _recorded(tmp_path, decisions=10)
    data = bytearray(path.read_bytes())
    data[:100] = b"\0" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(NotASessionFile):
        SessionFile.open(path)
    result = recover(path)
    assert len([e for e in result.events if e.type == "decision_recorded"]) == 10


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_gives_a_plain_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SessionFileError, match=r"read-only|cannot create"):
            start_minimal(folder, FakeClock())
    finally:
        folder.chmod(0o700)


def test_read_only_file_system_gives_a_plain_error() -> None:
    target = Path("/sys/tabletop-test")
    if not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs: no folder that even root cannot write to")
    with pytest.raises(SessionFileError) as info:
        start_minimal(target, FakeClock())
    assert str(info.value) == (
        "s.tabletop: cannot create the session file in /sys/tabletop-test: the folder or file "
        "is read-only. Choose a folder you can write to."
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (OSError(28, "No space left on device"), "the disk is full"),
        (sqlite3.OperationalError("database is locked"), "open in another tabletop window"),
        (sqlite3.DatabaseError("database disk image is malformed"), "tabletop recover"),
        # a USB stick pulled out, a disk gone read-only after an error, a file made immutable
        (sqlite3.OperationalError("disk I/O error"), "could not be written"),
        (OSError(5, "Input/output error"), "could not be written"),
    ],
)
def test_storage_errors_are_explained(error: Exception, expected: str) -> None:
    explained = explain_os_error(error, Path("/x/s.tabletop"), "record this")
    assert expected in str(explained)
    assert str(explained).startswith("s.tabletop: ")


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    with pytest.raises(SessionFileError, match="already exists"):
        SessionFile.create(path, "x", deck_id="d", deck_title="D")
