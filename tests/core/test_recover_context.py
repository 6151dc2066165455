"""Recovery keeps the session's context, and one bad byte spoils one value, not the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core.engine import Session, open_state
from tabletop.core.salvage import recover, write_recovered
from tabletop.core.store import SessionFile

KEPT = ("session_id", "created_at", "name", "deck_id", "deck_title", "deck_source", "deck_sha256")


def _recorded(folder: Path) -> Path:
    clock = FakeClock()
    session = start_minimal(folder, clock, name="Seminar 4")
    session.deliver_next()
    for n in range(30):
        clock.advance(minutes=1)
        session.record_decision("us", f"Decision {n}", kind="message", channel="hotline")
    session.close()
    return session.path


def _meta(path: Path) -> dict[str, str]:
    with SessionFile.open(path) as file:
        return dict(file.meta)


def test_the_recovered_file_keeps_the_catalog_times_and_identity(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    original = _meta(path)
    catalog = {k: v for k, v in original.items() if k.startswith("catalog/")}
    assert len(catalog) == 3
    data = bytearray(path.read_bytes())
    index = data.find(b"Decision 7")
    data[index : index + 8] = b"DECISION"  # the event's checksum no longer matches
    damaged = tmp_path / "damaged.tabletop"
    damaged.write_bytes(bytes(data))
    result = recover(damaged)
    copy = write_recovered(result, result.deck_text, tmp_path / "saved.tabletop")
    saved = _meta(copy)
    assert {k: saved.get(k) for k in KEPT} == {k: original[k] for k in KEPT}
    assert {k: v for k, v in saved.items() if k.startswith("catalog/")} == catalog
    assert saved["recovered_from"] == str(damaged)
    with Session.resume(copy) as resumed:
        assert resumed.state.name == "Seminar 4"


def _spoil(path: Path, key: str) -> None:
    """Put an invalid UTF-8 byte in the middle of one meta value."""
    conn = sqlite3.connect(path)
    (value,) = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    raw = value.encode("utf-8")
    spoiled = raw[:3] + b"\xff" + raw[3:]
    conn.execute("UPDATE meta SET value = CAST(? AS TEXT) WHERE key = ?", (spoiled, key))
    conn.commit()
    conn.close()


def test_one_bad_byte_in_the_details_spoils_that_value_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _recorded(tmp_path)
    original = _meta(path)
    _spoil(path, "name")
    result = recover(path)
    assert result.deck_text == original["deck_text"]
    assert result.meta["session_id"] == original["session_id"]
    assert result.meta["name"] == "Sem\ufffdinar 4"
    assert len([e for e in result.events if e.type == "decision_recorded"]) == 30
    # the readers take the file as it is, the bad byte shown as a replacement character
    _deck, state, meta = open_state(path)
    assert meta["name"] == "Sem\ufffdinar 4" and len(state.decisions) == 30
    assert main(["report", str(path), "-o", str(tmp_path / "r.pdf")]) == 0
    with Session.resume(path) as resumed:
        assert len(resumed.state.decisions) == 30
