"""Help opens the facilitator's guide from every window; titles name the app once; an empty
Sessions list says why it is empty."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from tabletop.gui import navigation, open_window
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.editor import open_deck_editor
from tabletop.gui.start_screen import StartWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "facilitator-guide.md"


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    yield


def _windows(qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path) -> dict[str, QMainWindow]:
    start = open_window([])
    console = open_window(
        ["run", str(minimal_deck_path), "--session", str(tmp_path / "s.tabletop")]
    )
    editor = open_deck_editor(None, None)
    windows = {"start screen": start, "console": console, "deck editor": editor}
    for window in windows.values():
        qtbot.addWidget(window)
        window.show()
    assert isinstance(start, StartWindow) and isinstance(console, ConsoleWindow)
    return windows


def _guide_windows() -> list[QTextBrowser]:
    return [
        browser
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        for browser in w.findChildren(QTextBrowser, "guideText")
    ]


@pytest.mark.parametrize("which", ["start screen", "console", "deck editor"])
def test_help_opens_the_facilitators_guide(
    qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path, which: str
) -> None:
    window = _windows(qtbot, minimal_deck_path, tmp_path)[which]
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    (guide,) = [
        a
        for a in help_menu.actions()
        if isinstance(a, QAction) and "Facilitator" in a.text().replace("&", "")
    ]
    guide.trigger()
    qtbot.waitUntil(lambda: bool(_guide_windows()))
    (browser,) = _guide_windows()
    text = browser.toPlainText()
    # every section of the guide, as written
    for heading in re.findall(r"^## (.+)$", GUIDE.read_text(encoding="utf-8"), re.M):
        assert heading in text
    # its picture is there too
    image = browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("screenshots/console.png")
    )
    assert image is not None and not image.isNull()
    guide.trigger()  # a second time: the same window comes forward
    assert len(_guide_windows()) == 1
    browser.window().close()


def test_titles_name_the_app_once(qtbot: QtBot, minimal_deck_path: Path, tmp_path: Path) -> None:
    """The platform adds " — tabletop" to a title that does not end with it (Linux, Windows)."""
    name = "tabletop"  # the display name tabletop.gui.app.application() gives the app
    windows = _windows(qtbot, minimal_deck_path, tmp_path)
    windows["setup"] = navigation.open_setup(minimal_deck_path)
    qtbot.addWidget(windows["setup"])
    for which, window in windows.items():
        title = window.windowTitle().replace("[*]", "")
        shown = title if title.endswith(name) else f"{title} — {name}"
        assert shown.lower().count("tabletop") == 1, f"{which}: {shown!r}"


def test_an_empty_sessions_list_says_why(qtbot: QtBot) -> None:
    start = open_window([])
    assert isinstance(start, StartWindow)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    assert start.session_list.count() == 0
    said = [
        label.text()
        for label in start.findChildren(QLabel)
        if label.isVisible() and "No sessions yet" in label.text()
    ]
    assert len(said) == 1
    assert "Set up session" in said[0]


def test_the_guide_is_found_where_an_installed_package_keeps_it(tmp_path: Path) -> None:
    from tabletop.gui.help import guide_path

    package = tmp_path / "site-packages" / "tabletop"
    (package / "guide").mkdir(parents=True)
    assert guide_path(package=package) is None  # neither shipped nor beside a checkout
    shipped = package / "guide" / "facilitator-guide.md"
    shipped.write_text("# Facilitator's guide\n", encoding="utf-8")
    assert guide_path(package=package) == shipped
    found = guide_path()  # here: docs/ of the checkout, or the copy an install ships
    assert found is not None and found.read_bytes() == GUIDE.read_bytes()
