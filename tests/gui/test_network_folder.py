"""A session on a network folder: the console says locking there is unreliable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tabletop.core import filesystems
from tabletop.gui import open_window
from tabletop.gui.console_window import ConsoleWindow


def test_the_console_warns_about_a_session_on_a_network_folder(
    qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(filesystems, "network_filesystem", lambda path: "smb3")
    window = open_window(["run", str(minimal_deck_path), "--session", str(tmp_path / "s.tabletop")])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    assert "network folder (smb3)" in window.banner.text()
