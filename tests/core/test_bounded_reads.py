"""Reads and loops are bounded by the data: no input makes a command hang or eat the memory.

Each command runs in a child process capped at 1 GiB of address space and a
minute of time (see ``support/bounded.py``): a pipe, an endless device, a
huge or hostile file gives a plain message and an exit code, never a hang.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from support.bounded import run_tabletop
from support.sessions import MINIMAL, FakeClock, start_minimal

from tabletop.core.deck.yaml_reader import YamlReadError, read_text
from tabletop.core.session_list import summarize
from tabletop.core.store import Event, SessionFile, parse_time

MINUTE = 60


def test_a_pipe_as_a_deck_is_refused_at_once(tmp_path: Path, tabletop_home: Path) -> None:
    pipe = tmp_path / "deck.yaml"
    os.mkfifo(pipe)
    run = run_tabletop(["validate", str(pipe)], home=tabletop_home, seconds=MINUTE)
    assert not run.timed_out, "validate waited for a writer on the pipe"
    assert run.code == 2 and "Traceback" not in run.err
    assert "not a regular file" in run.err


def test_a_pipe_in_a_folder_of_decks_does_not_stop_the_others(
    tmp_path: Path, tabletop_home: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "good.yaml").write_bytes(MINIMAL.read_bytes())
    os.mkfifo(folder / "pipe.yaml")
    run = run_tabletop(["validate", str(folder)], home=tabletop_home, seconds=MINUTE)
    assert not run.timed_out
    assert run.code == 2 and "Traceback" not in run.err
    assert "pipe.yaml" in run.err and "2 files" in run.err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_as_a_deck_is_refused(device: str, tabletop_home: Path) -> None:
    run = run_tabletop(["validate", device], home=tabletop_home, seconds=MINUTE)
    assert not run.timed_out
    assert run.code == 2 and "Traceback" not in run.err and "MemoryError" not in run.err


def test_an_endless_device_named_as_a_user_deck_is_skipped(tabletop_home: Path) -> None:
    decks = tabletop_home / "decks"
    decks.mkdir(parents=True)
    (decks / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(decks / "pipe.yaml")
    for argv in (["decks"], ["run", "zero"], ["run", "pipe"]):
        run = run_tabletop(argv, home=tabletop_home, seconds=MINUTE)
        assert not run.timed_out, argv
        assert "Traceback" not in run.err and "MemoryError" not in run.err, argv
    assert run_tabletop(["validate", str(decks / "zero.yaml")], home=tabletop_home).code == 2


def test_a_pipe_in_the_sessions_folder_is_listed_without_waiting(tabletop_home: Path) -> None:
    folder = tabletop_home / "sessions"
    folder.mkdir(parents=True)
    session = start_minimal(folder, FakeClock())
    session.close()
    os.mkfifo(folder / "pipe.tabletop")
    run = run_tabletop(["sessions"], home=tabletop_home, seconds=MINUTE)
    assert not run.timed_out, "the listing waited for a writer on the pipe"
    assert run.code == 0 and "Traceback" not in run.err
    assert "s.tabletop" in run.out
    assert summarize(folder / "pipe.tabletop").status == "not a session"


def _with_event(path: Path, seq: int) -> None:
    """Add a well-formed event with this seq to a closed session file."""
    at = parse_time("2026-11-22T09:30:00.000Z")
    event = Event(seq, at, "hotwash_noted", {"field": "notes", "text": "late"})
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO events(seq, type, record) VALUES (?, ?, ?)",
        (seq, event.type, event.stored()),
    )
    conn.commit()
    conn.close()


def test_recover_walks_the_rows_there_are_not_the_numbers_between(
    tmp_path: Path, tabletop_home: Path
) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    _with_event(session.path, 2**63 - 1)
    run = run_tabletop(
        ["recover", str(session.path), "-o", str(tmp_path / "saved.tabletop")],
        home=tabletop_home,
        seconds=MINUTE,
    )
    assert not run.timed_out, "recover counted up to 2**63"
    assert run.code == 0, run.err
    assert "Recovered 3 event(s)" in run.out


def test_recover_of_a_2_gb_file_stays_within_memory(tmp_path: Path, tabletop_home: Path) -> None:
    session = start_minimal(tmp_path, FakeClock())
    for n in range(20):
        session.record_decision("us", f"Decision {n}", kind="message", channel="hotline")
    session.close()
    with open(session.path, "r+b") as handle:  # a sparse tail: takes no disk space
        handle.truncate(2 * 1024**3)
    run = run_tabletop(
        ["recover", str(session.path), "-o", str(tmp_path / "saved.tabletop")],
        home=tabletop_home,
        memory_mb=1024,
        seconds=2 * MINUTE,
    )
    assert not run.timed_out
    assert "MemoryError" not in run.err and "Traceback" not in run.err
    assert run.code == 0, run.err
    assert "Recovered 21 event(s)" in run.out


def _alias_bomb(anchor_bytes: int, aliases: int) -> str:
    """The test deck (valid) with one long anchor repeated by aliases in its authors."""
    big = "x" * anchor_bytes
    refs = "\n".join("  - *big" for _ in range(aliases))
    text = MINIMAL.read_text(encoding="utf-8")
    return text.replace(
        "summary: A small deck", f"audience: &big {big}\nauthors:\n{refs}\nsummary: A small deck"
    )


def test_aliases_are_bounded_by_the_bytes_they_expand_to() -> None:
    with pytest.raises(YamlReadError) as info:
        read_text(_alias_bomb(1024 * 1024, 8000))
    assert info.value.problems[0].code == "alias-bomb"
    # a few aliases of a small anchor are fine
    assert read_text(_alias_bomb(100, 20)).data["authors"][19] == "x" * 100


def test_a_byte_bomb_deck_is_refused_by_validate_within_memory(
    tmp_path: Path, tabletop_home: Path
) -> None:
    deck = tmp_path / "bomb.yaml"
    deck.write_text(_alias_bomb(1024 * 1024, 8000), encoding="utf-8")
    run = run_tabletop(["validate", str(deck)], home=tabletop_home, seconds=MINUTE)
    assert not run.timed_out
    assert run.code == 1 and "Traceback" not in run.err
    assert "alias" in run.out


def test_a_byte_bomb_inside_a_session_does_not_hang_report_or_resume(
    tmp_path: Path, tabletop_home: Path
) -> None:
    path = tmp_path / "bomb.tabletop"
    with SessionFile.create(
        path, _alias_bomb(1024 * 1024, 8000), deck_id="bomb", deck_title="Bomb"
    ) as file:
        file.append("session_started", {"name": "", "teams": [], "channels": {}})
    for argv in (["report", str(path), "-o", str(tmp_path / "r.pdf")], ["resume", str(path)]):
        run = run_tabletop(argv, home=tabletop_home, seconds=MINUTE)
        assert not run.timed_out, argv
        assert run.code == 2 and "Traceback" not in run.err, run.describe()
        assert "deck stored in the session cannot be read" in run.err
