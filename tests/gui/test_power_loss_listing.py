"""The start screen after a power loss inside a commit: the session is offered, not "damaged"."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tabletop.gui import open_window
from tabletop.gui.start_screen import ENTRY_ROLE, StartWindow

TESTS = Path(__file__).resolve().parent.parent
SPILLER = TESTS / "support" / "spiller.py"


def _kill_inside_a_commit(path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TESTS), *sys.path]))
    child = subprocess.Popen(
        [sys.executable, str(SPILLER), str(path), "10"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() in ("SPILLED", "NO SPILL"):
            assert line.strip() == "SPILLED"
            break
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)


def test_the_start_screen_offers_the_session_to_resume(qtbot: QtBot, tabletop_home: Path) -> None:
    folder = tabletop_home / "sessions"
    folder.mkdir(parents=True)
    path = folder / "class.tabletop"
    _kill_inside_a_commit(path)
    journal = Path(f"{path}-journal")
    assert journal.stat().st_size > 0
    before = hashlib.sha256(path.read_bytes() + journal.read_bytes()).hexdigest()
    window = open_window([])
    assert isinstance(window, StartWindow)
    qtbot.addWidget(window)
    item = window.session_list.item(0)
    assert Path(item.data(Qt.ItemDataRole.UserRole)) == path
    assert "Not ended" in item.data(ENTRY_ROLE)[2]
    assert window.crash_box.isVisibleTo(window)
    window.session_list.setCurrentItem(item)
    assert window.resume_button.isEnabled() and not window.recover_button.isVisibleTo(window)
    assert hashlib.sha256(path.read_bytes() + journal.read_bytes()).hexdigest() == before
