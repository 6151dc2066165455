"""``tabletop``, ``tabletop run`` and ``tabletop resume`` from a shell."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tabletop.cli import main
from tabletop.core.engine import Session, open_state
from tabletop.gui.app import QUIT_WHEN_SHOWN


def _launch(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    """Run the real command in a fresh process that quits once its window is painted."""
    env = {
        **os.environ,
        "TABLETOP_HOME": str(home),
        QUIT_WHEN_SHOWN: "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "tabletop", *args],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )


def test_run_opens_the_console_on_a_new_session_file(
    minimal_deck_path: Path, tmp_path: Path, tabletop_home: Path
) -> None:
    session = tmp_path / "class.tabletop"
    done = _launch(["run", str(minimal_deck_path), "--session", str(session)], tabletop_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0] == "shown" and done.stdout.split()[2] == "consoleWindow"
    _deck, state, _meta = open_state(session)
    assert state.started and [t.name for t in state.teams] == [
        "North Atlantic Council",
        "US National Security Council",
        "Russian Security Council",
    ]


def test_resume_reopens_a_session(
    minimal_deck_path: Path, tmp_path: Path, tabletop_home: Path
) -> None:
    session = tmp_path / "class.tabletop"
    with Session.start(minimal_deck_path.read_text(), path=session) as started:
        started.deliver_next()
    done = _launch(["resume", str(session)], tabletop_home)
    assert done.returncode == 0, done.stderr
    assert "consoleWindow" in done.stdout


def test_no_arguments_open_the_start_screen(tabletop_home: Path) -> None:
    done = _launch([], tabletop_home)
    assert done.returncode == 0, done.stderr
    assert "startWindow" in done.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["run", "no-such-deck"], 2, "no deck with the id 'no-such-deck'"),
        (["run", "missing.yaml"], 2, "missing.yaml: no such file"),
        (["resume", "missing.tabletop"], 2, "no such session file"),
    ],
)
def test_problems_found_before_any_window_opens(
    args: list[str], code: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == code
    assert words in capsys.readouterr().err


def test_a_deck_with_errors_is_reported_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "wrong.yaml"
    deck.write_text("format: tabletop-deck/1\nid: wrong\ntitle: Wrong\nteams: []\ninjects: []\n")
    assert main(["run", str(deck)]) == 1
    err = capsys.readouterr().err
    assert f"{deck}:" in err and "has errors" in err


def test_run_refuses_to_overwrite_a_session(
    minimal_deck_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = tmp_path / "class.tabletop"
    session.write_bytes(b"precious")
    assert main(["run", str(minimal_deck_path), "--session", str(session)]) == 2
    assert "tabletop resume" in capsys.readouterr().err
    assert session.read_bytes() == b"precious"


def test_run_with_a_language_plays_the_deck_s_translation_or_says_which_it_has(
    tmp_path: Path, tabletop_home: Path
) -> None:
    session = tmp_path / "ru.tabletop"
    done = _launch(["run", "intro", "--session", str(session), "--language", "ru"], tabletop_home)
    assert done.returncode == 0, done.stderr
    _deck, state, _meta = open_state(session)
    assert state.language == "ru" and state.teams[0].name == "Североатлантический совет"
    refused = _launch(
        ["run", "intro", "--session", str(tmp_path / "de.tabletop"), "--language", "de"],
        tabletop_home,
    )
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "intro.yaml has no translation in 'de'; it can be played in en, ru, vi" in refused.stderr
    assert not (tmp_path / "de.tabletop").exists()


def test_the_window_starts_with_the_cyclic_collector_paused_and_leaves_it_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import tabletop.gui.app
    from tabletop.cli import start_gui

    seen: list[bool] = []

    def run(argv: list[str]) -> int:
        seen.append(gc.isenabled())
        raise RuntimeError("the window failed")

    monkeypatch.setattr(tabletop.gui.app, "run", run)
    with pytest.raises(RuntimeError):
        start_gui([])
    assert seen == [False] and gc.isenabled()
