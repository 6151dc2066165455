"""``tabletop resume FILE``: a session that cannot be recorded into is refused before any window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support.holder import held_elsewhere
from support.sessions import FakeClock, start_minimal

import tabletop.cli
from tabletop.cli import main


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The windows the command would open (none is opened in the test)."""
    opened: list[list[str]] = []

    def start_gui(argv: list[str]) -> int:
        opened.append(argv)
        return 0

    monkeypatch.setattr(tabletop.cli, "start_gui", start_gui)
    return opened


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Path]:
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    with held_elsewhere(session.path) as path:
        yield path


def test_resume_of_a_session_open_elsewhere_prints_why_and_exits_2(
    held: Path, windows: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["resume", str(held)]) == 2
    assert windows == []
    err = capsys.readouterr().err
    assert err.startswith("tabletop: s.tabletop: this session is open in another tabletop")


def test_resume_of_a_free_session_opens_the_console(
    tmp_path: Path, windows: list[list[str]]
) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    assert main(["resume", str(session.path)]) == 0
    assert windows == [["resume", str(session.path)]]


def test_resume_of_a_damaged_session_prints_why_and_exits_2(
    tmp_path: Path, windows: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    session = start_minimal(tmp_path, FakeClock())
    session.close()
    data = session.path.read_bytes()
    session.path.write_bytes(data[: len(data) // 2])
    assert main(["resume", str(session.path)]) == 2
    assert windows == []
    assert "tabletop recover" in capsys.readouterr().err
