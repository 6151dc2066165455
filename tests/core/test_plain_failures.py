"""Inputs that used to end in a traceback: each now gives a plain message and an exit code."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from support.sessions import MINIMAL, FakeClock, start_minimal

from tabletop.cli import main

TEXT = MINIMAL.read_text(encoding="utf-8")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_a_tag_with_a_value_it_cannot_take_is_located_and_the_other_files_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "maybe.yaml"
    odd.write_text(TEXT.replace("duration: 45", "duration: !!bool maybe"), encoding="utf-8")
    code, out, err = _run(capsys, "validate", str(odd), str(MINIMAL))
    assert code == 1
    assert "maybe.yaml:6:11: error: 'maybe' is not a valid bool" in out
    assert "2 files" in err
    for tagged in ("!!int 0x", "!!float abc", "!!timestamp 2026-13-45"):
        odd.write_text(TEXT.replace("duration: 45", f"duration: {tagged}"), encoding="utf-8")
        code, out, _err = _run(capsys, "validate", str(odd))
        assert code == 1 and "is not a valid" in out, tagged


def _deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make ``target`` (and everything under it) unreadable, as a folder without permission."""
    denied = str(target)

    def guard(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if str(path).startswith(denied):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        return call

    for name in ("stat", "open", "scandir", "listdir", "lstat"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))


def test_an_unreadable_folder_of_decks_is_reported_and_the_rest_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "deck.yaml").write_text(TEXT, encoding="utf-8")
    _deny(monkeypatch, closed)
    for spec in (closed, closed / "deck.yaml"):
        code, _out, err = _run(capsys, "validate", str(spec), str(MINIMAL))
        assert code == 2, err
        assert "Permission denied" in err
        assert "0 errors" in err  # the readable deck was checked all the same


def test_recover_of_an_unreadable_file_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    _deny(monkeypatch, session.path)
    code, _out, err = _run(capsys, "recover", str(session.path))
    assert code == 2
    assert "Permission denied" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_files_and_folders_for_real(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "deck.yaml").write_text(TEXT, encoding="utf-8")
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    session.path.chmod(0)
    folder.chmod(0o600)  # listed, not entered
    try:
        assert _run(capsys, "validate", str(folder))[0] == 2
        assert _run(capsys, "validate", str(folder / "deck.yaml"))[0] == 2
        assert _run(capsys, "recover", str(session.path))[0] == 2
        folder.chmod(0)
        assert _run(capsys, "validate", str(folder))[0] == 2
    finally:
        folder.chmod(0o700)
        session.path.chmod(0o600)


def _python_run(argv: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[bytes]:
    """The real command with UTF-8 output, as a terminal under a UTF-8 locale has it."""
    env = dict(
        os.environ,
        PYTHONIOENCODING="utf-8",
        LC_ALL="C.UTF-8",
        TABLETOP_HOME=str(home),
        PYTHONPATH=os.pathsep.join(sys.path),  # tabletop may run from the checkout
    )
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "tabletop", *argv], cwd=cwd, capture_output=True, env=env
    )


def test_file_names_that_are_not_utf8_are_printed_not_crashed_on(
    tmp_path: Path, tabletop_home: Path
) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xff.yaml"
    with open(raw, "wb") as handle:
        handle.write(TEXT.replace("duration: 45", "duration: 4").encode("utf-8"))
    sessions = tabletop_home / "sessions"
    sessions.mkdir(parents=True)
    session = start_minimal(sessions, FakeClock())
    session.close()
    os.rename(session.path, os.fsencode(sessions) + b"/class\xff.tabletop")
    for argv in (
        ["validate", os.fsdecode(raw)],
        ["validate", os.fsdecode(raw), "--format", "json"],
        ["sessions"],
        ["sessions", "--format", "json"],
        ["decks"],
    ):
        done = _python_run(argv, tmp_path, tabletop_home)
        assert b"Traceback" not in done.stderr, (argv, done.stderr.decode("utf-8", "replace"))
        assert done.returncode in (0, 1), argv
    done = _python_run(["validate", os.fsdecode(raw)], tmp_path, tabletop_home)
    assert b"bad" in done.stdout and b"duration is 4" in done.stdout


def test_cards_of_a_deck_with_a_very_long_title_do_not_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "long.yaml"
    deck.write_text(
        TEXT.replace("title: Cable cut, a test deck", "title: " + "word " * 400),
        encoding="utf-8",
    )
    code, out, err = _run(capsys, "cards", str(deck), "-o", str(tmp_path / "cards.pdf"))
    assert code in (0, 1), err
    if code == 1:  # refused by the checks, with the place and the limit
        assert "long.yaml:4:8: error: title is" in out and "at most" in out
