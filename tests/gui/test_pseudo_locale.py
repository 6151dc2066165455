"""The main windows under a pseudo-locale: no text left that did not come through a catalog,
nothing cut off at 1280×720 though every text is 40 % longer.

A class is run as in a classroom (start screen, setup, console with a delivered
inject and decisions, projector, hot wash, the deck editor), the deck played
in a pseudo translation of its own, so every word on screen that is not
bracketed is one the catalogs missed. Proper names that are not the deck's
text (team tags made from ids, key names, the app's name) are allowed.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from support.languages import LANGUAGES_DECK
from support.pseudo_locale import (
    CODE,
    OPEN,
    clipped,
    core_catalog,
    deck_translation,
    qt_catalog,
    shown,
    untranslated,
    words_of,
)

from tabletop.core import i18n
from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.library import list_decks
from tabletop.core.deck.yaml_reader import read_text
from tabletop.gui import language, navigation
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.setup_window import SessionSetupWindow

pytestmark = pytest.mark.gui

# words that are not the interface's own: team tags made from the deck's ids, key names,
# the app's name, the deck's file name
ALLOWED = {
    "NATO",
    "RUSSIA",
    "tabletop",
    "languages",
    "yaml",
    "HSEEP",
    "Ctrl",
    "Alt",
    "Shift",
    "Enter",
    "Esc",
    "Delete",
    "Del",
    "Return",
    "baltic-exercise",  # an example of a deck's id, written in Latin letters as ids are
    "English",  # a language by its own name (Tiếng Việt, Русский)
}
SIZE = (1280, 720)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return qt_catalog(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    """The interface and the core in the pseudo-locale for one test."""
    i18n.install(CODE, core_catalog())
    language.apply(CODE, catalogs=[pseudo_qm])
    try:
        yield
    finally:
        i18n.uninstall(CODE)
        language.apply("en")


@pytest.fixture
def deck(tabletop_home: Path) -> Path:
    folder = tabletop_home / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "languages.yaml"
    shutil.copy(LANGUAGES_DECK, target)
    (folder / f"languages.{CODE}.yaml").write_text(
        deck_translation(target, "test-languages"), encoding="utf-8"
    )
    return target


class Checks:
    """What each window shows at 1280×720: texts not from a catalog, labels cut off."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.found: list[str] = []
        self.allowed = set(ALLOWED)

    def __call__(self, window: QWidget, what: str, *, own_size: bool = False) -> None:
        if not own_size:
            window.resize(*SIZE)
        window.show()
        self.qtbot.waitExposed(window)
        QApplication.processEvents()
        for widget, text in shown(window):
            for word in untranslated(text, self.allowed):
                self.found.append(
                    f"{what}: not from a catalog: {type(widget).__name__}"
                    f"({widget.objectName()}): {word!r} in {text!r}"
                )
        self.found += [f"{what}: cut off: {line}" for line in clipped(window)]
        folder = os.environ.get("TABLETOP_PSEUDO_SHOTS")
        if folder:  # to look at: the windows as the check saw them
            name = re.sub(r"\W+", "-", what).strip("-")
            window.grab().save(str(Path(folder) / f"{name}.png"))

    def assert_none(self) -> None:
        assert self.found == [], "\n".join(dict.fromkeys(self.found))


@pytest.fixture
def check(qtbot: QtBot) -> Checks:
    return Checks(qtbot)


def _typed(text: str) -> str:
    """What the facilitator types, in the class's words (never taken for the interface's)."""
    return f"{OPEN}{text}⟧"


def test_a_class_under_the_pseudo_locale(
    qtbot: QtBot, pseudo: None, deck: Path, check: Checks
) -> None:
    start = navigation.show_start_screen(preselect=deck)
    qtbot.addWidget(start)
    # the other decks listed have no pseudo translation: their own words are theirs to keep
    kept = set(check.allowed)
    for entry in list_decks():
        if entry.path.resolve() != deck.resolve():
            check.allowed |= words_of([entry.title, entry.summary, *entry.teams])
    check(start, "start screen")
    check.allowed = kept

    navigation.open_setup(deck, replacing=start)
    setup = next(w for w in navigation.open_windows() if isinstance(w, SessionSetupWindow))
    qtbot.addWidget(setup)
    assert setup.language_combo.currentData() == CODE  # the interface's language, offered
    setup.facilitator_edit.setText(_typed("Ведущий"))
    check(setup, "session setup")
    setup.start()

    console = next(w for w in navigation.open_windows() if isinstance(w, ConsoleWindow))
    qtbot.addWidget(console)
    check(console, "console before the first inject")
    console.next_inject()
    recorder = console.recorder
    recorder.text_edit.setPlainText(_typed("Созвать совет"))
    recorder.tags_edit.setText(_typed("атрибуция"))
    recorder.record()
    recorder.select_team(2)
    recorder.select_channel("cable-commission")  # closed: not delivered
    recorder.text_edit.setPlainText(_typed("Звонок"))
    recorder.record()
    recorder.select_channel("hotline")
    recorder.text_edit.setPlainText(_typed("Сообщение"))
    recorder.record()
    recorder.select_team(1)
    recorder.select_channel("nato-russia-hotline")  # only proposed: the longest warning
    console.observation_bar.edit.setText(_typed("Быстро"))
    console.observation_bar.add("strength")
    check(console, "console with an inject and decisions")
    console.toggle_evaluation()
    check(console, "console, evaluation")

    console.toggle_evaluation()
    _dialogs(console, check)

    console.actions_.projector.setChecked(True)
    check(console.projector, "projector")

    hotwash = console.show_hotwash()
    for page in range(hotwash.tabs.count()):
        hotwash.tabs.setCurrentIndex(page)
        check(hotwash, f"hot wash, page {page + 1}")
    check.assert_none()


def _dialogs(console: ConsoleWindow, check: Checks) -> None:
    """The console's dialogs, each at the size it opens at."""
    from tabletop.gui.dialogs import AmendDialog, DeliverDialog, SkipDialog
    from tabletop.gui.help import ShortcutsDialog
    from tabletop.gui.preferences import PreferencesDialog
    from tabletop.gui.record_dialogs import CompareSessionsDialog, ExportRecordDialog

    state = console.controller.state
    dialogs = {
        "preferences": PreferencesDialog(console),
        "skip": SkipDialog(state, console.controller.next_inject().inject, console),
        "deliver": DeliverDialog(state, console),
        "amend": AmendDialog(state.decision_list[0], state, console),
        "export the record": ExportRecordDialog(console),
        "compare": CompareSessionsDialog(console.controller.path, state.deck.id, console),
        "shortcuts": ShortcutsDialog(console.shortcut_rows(), console),
        "team devices": console.team_console.show_dialog(),
    }
    for what, dialog in dialogs.items():
        check(dialog, what, own_size=True)
        dialog.close()


def test_the_editor_under_the_pseudo_locale(
    qtbot: QtBot, pseudo: None, deck: Path, check: Checks
) -> None:
    editor = navigation.open_editor(None, deck)
    assert isinstance(editor, QMainWindow)
    # the editor shows the deck as written (in its own language): those words are not the
    # interface's
    check.allowed |= words_of(read_text(deck.read_text(encoding="utf-8")).data)
    check.allowed |= words_of(load_catalog().channels[0].__dict__) | {
        w for c in load_catalog().channels for w in words_of([c.name, c.kind, c.id])
    }
    qtbot.addWidget(editor)
    tabs = editor.tabs  # type: ignore[attr-defined]
    for page in range(tabs.count()):
        tabs.setCurrentIndex(page)
        check(editor, f"editor, tab {page + 1}")
    check.assert_none()
