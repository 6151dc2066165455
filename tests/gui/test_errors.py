"""Problems are shown in plain words, never crash the app, and never lose recorded work."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tabletop.core.engine import open_state
from tabletop.core.session_errors import explain_os_error
from tabletop.core.store import SessionFile
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.start_screen import StartWindow


def _fail_writes(monkeypatch: pytest.MonkeyPatch, sqlite_message: str) -> None:
    """Make every write to a session file fail as SQLite reports it (disk full, read-only)."""

    def append(self: SessionFile, *args: Any, **kwargs: Any) -> Any:
        raise explain_os_error(sqlite3.OperationalError(sqlite_message), self.path, "record this")

    monkeypatch.setattr(SessionFile, "append", append)


@pytest.mark.parametrize(
    ("sqlite_message", "words"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
    ],
)
def test_a_failed_write_is_explained_and_loses_nothing(
    qtbot: QtBot,
    console: ConsoleWindow,
    session_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_message: str,
    words: str,
) -> None:
    console.actions_.next_inject.trigger()
    console.recorder.text_edit.setPlainText("Call Moscow")
    console.recorder.select_channel("")
    console.recorder.record()
    assert console.log.model.rowCount() == 1
    _fail_writes(monkeypatch, sqlite_message)
    console.recorder.text_edit.setPlainText("Open the commission")
    console.recorder.record()
    assert console.banner.isVisible()
    assert words in console.banner.text()
    assert "everything recorded before it is safe" in console.banner.text()
    assert console.log.model.rowCount() == 1  # not shown as recorded
    assert console.recorder.text_edit.toPlainText() == "Open the commission"  # not lost
    console.next_guard.clear()
    console.actions_.next_inject.trigger()
    assert console.timeline.status_of("tanker-seizure") == "Next"
    monkeypatch.undo()
    console.recorder.record()
    assert console.log.model.rowCount() == 2
    console.close()
    _deck, state, _meta = open_state(session_path)
    assert [d.text for d in state.decisions.values()] == ["Call Moscow", "Open the commission"]


def test_a_session_already_open_here_brings_its_window_forward(
    qtbot: QtBot, console: ConsoleWindow, session_path: Path
) -> None:
    assert open_window(["resume", str(session_path)]) is console


def test_a_session_open_in_another_process_is_refused_plainly(
    qtbot: QtBot, minimal_deck_path: Path, tabletop_home: Path
) -> None:
    session_path = tabletop_home / "sessions" / "class.tabletop"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import pathlib, sys, time
            from tabletop.core.engine import Session
            s = Session.start(pathlib.Path({str(minimal_deck_path)!r}).read_text(),
                              path=pathlib.Path({str(session_path)!r}))
            print("open", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TABLETOP_HOME": str(tabletop_home)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        window = open_window(["resume", str(session_path)])
        qtbot.addWidget(window)
        assert isinstance(window, StartWindow)
        assert "open in another tabletop window or process" in window.banner.text()
        statuses = {
            window.session_list.item(r).data(Qt.ItemDataRole.UserRole): window.session_list.item(
                r
            ).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(window.session_list.count())
        }
        assert statuses[str(session_path)] == "in use"
    finally:
        holder.communicate("", timeout=30)
    # once the other process is gone the session opens
    again = open_window(["resume", str(session_path)])
    qtbot.addWidget(again)
    assert isinstance(again, ConsoleWindow)


def test_a_folder_that_cannot_hold_the_session_file(
    qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    window = open_window(
        ["run", str(minimal_deck_path), "--session", str(blocker / "class.tabletop")]
    )
    qtbot.addWidget(window)
    assert isinstance(window, StartWindow)
    assert "cannot create the session file" in window.banner.text()


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a user that folder permissions apply to"
)
def test_a_read_only_folder(qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        window = open_window(
            ["run", str(minimal_deck_path), "--session", str(folder / "class.tabletop")]
        )
        qtbot.addWidget(window)
        assert isinstance(window, StartWindow)
        assert "read-only" in window.banner.text()
    finally:
        folder.chmod(0o755)


def test_a_refused_action_says_why_and_changes_nothing(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    console.recorder.record()  # nothing written
    assert console.banner.text() == "Write what the team decided."
    assert console.log.model.rowCount() == 0
    console.controller.skip("   ")
    assert "give a reason" in console.banner.text().lower()
    assert console.controller.state.order == []


def test_a_damaged_session_file_is_explained_and_can_be_recovered(
    qtbot: QtBot,
    console: ConsoleWindow,
    session_path: Path,
    tabletop_home: Path,
    minimal_deck_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    say_yes: list[str],
) -> None:
    console.actions_.next_inject.trigger()
    console.controller.record_decision("us", "Call Moscow", channel="hotline")
    console.close()
    damaged = tabletop_home / "sessions" / "damaged.tabletop"
    damaged.parent.mkdir(parents=True, exist_ok=True)
    data = bytearray(session_path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # wipe the schema page after the header
    damaged.write_bytes(bytes(data))
    window = open_window(["resume", str(damaged)])
    qtbot.addWidget(window)
    assert isinstance(window, StartWindow)
    assert "damaged" in window.banner.text().lower()
    rows = {
        window.session_list.item(r).data(Qt.ItemDataRole.UserRole): r
        for r in range(window.session_list.count())
    }
    window.session_list.setCurrentRow(rows[str(damaged)])
    assert window.recover_button.isVisibleTo(window)
    # the deck inside the file is lost too: the user points to the deck file
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(minimal_deck_path), "")
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.recover_button.click()
    assert say_yes == ["Recover a damaged session"]  # asked before anything is written
    recovered = damaged.with_name("damaged-recovered.tabletop")
    # started, delivered, recorded, and the clock paused when the console closed
    assert recovered.is_file() and "4 intact events" in told[0]
    _deck, state, _meta = open_state(recovered)
    assert state.current == "cable-cut"
    assert [d.text for d in state.decisions.values()] == ["Call Moscow"]
    assert damaged.read_bytes() == bytes(data)  # the damaged file is left alone


def test_unknown_arguments_open_the_start_screen_with_a_message(qtbot: QtBot) -> None:
    window = open_window(["frobnicate"])
    qtbot.addWidget(window)
    assert isinstance(window, StartWindow)
    assert "Unknown arguments" in window.banner.text()


def test_an_unexpected_error_in_the_deck_editor_speaks_of_the_deck_not_a_session(
    qtbot: QtBot, tmp_path: Path, minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message of a bug met in the deck editor tells the author to save the deck (which
    no session file holds); in the console it says the record is safe."""
    from tabletop.gui import app
    from tabletop.gui.editor import open_deck_editor

    def message_in(window: Any) -> str:
        window.show()
        monkeypatch.setattr(app.QApplication, "activeWindow", staticmethod(lambda: window))
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            app._excepthook(type(exc), exc, exc.__traceback__)
        # the box of an earlier call may not be deleted yet: take the one on screen
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        text = box.text()
        box.done(0)
        box.deleteLater()
        return text

    deck = tmp_path / "deck.yaml"
    deck.write_bytes(minimal_deck_path.read_bytes())
    editor = open_deck_editor(None, deck)
    said = message_in(editor)
    assert "session file" not in said and "save" in said.lower(), said
    editor.document.stack.setClean()  # type: ignore[attr-defined]
    editor.close()
    console = open_window(["run", str(deck), "--session", str(tmp_path / "s.tabletop")])
    qtbot.addWidget(console)
    said = message_in(console)
    assert "session file" in said, said
