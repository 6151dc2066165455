"""The interface in English, Vietnamese and Russian: its catalogs, the language chosen, a
class played in a deck's translation.

The catalogs are checked against the code (``pyside6-lupdate`` run again finds
nothing the committed ``.ts`` lacks or holds in excess), for completeness and
for what a translation must keep of its English (placeholders, the one ``&``
of an accelerator, markup, line breaks), and for being compiled. The language
follows the environment, then Preferences, then the system, and the core's
language follows the interface's.
"""

from __future__ import annotations

import ast
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu
from pytestqt.qtbot import QtBot
from support.languages import LANGUAGES_DECK, TEXTS, translation_text

from tabletop.core import i18n
from tabletop.core.deck.translation import read_translation, translation_problems
from tabletop.core.deck.yaml_reader import read_text
from tabletop.gui import language, navigation, open_window, qt_catalogs, settings
from tabletop.gui.console_window import ConsoleWindow
from tabletop.gui.preferences import PreferencesDialog, choose_language
from tabletop.gui.setup_window import SessionSetupWindow
from tabletop.gui.start_lists import ENTRY_ROLE
from tabletop.gui.start_screen import StartWindow

pytestmark = pytest.mark.gui


# -- the catalogs ------------------------------------------------------------------------------


def test_the_catalogs_hold_exactly_the_texts_of_the_code_all_translated_and_compiled() -> None:
    """lupdate run again finds nothing new or gone; no entry is unfinished or empty; each
    .qm is what lrelease makes of its .ts (Qt's Vietnamese words included)."""
    assert qt_catalogs.problems() == []


def _calls() -> Iterator[tuple[Path, ast.Call, str]]:
    for path in qt_catalogs.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in ("translate", "QT_TRANSLATE_NOOP") and path.name != "language.py":
                    yield path, node, name


def test_every_text_is_written_so_that_lupdate_finds_it() -> None:
    """Context and text are plain strings (no f-string, no variable), a count is a plain name
    (lupdate's Python reader drops a call whose count is an expression), and every text so
    written is in the catalog."""
    found: set[tuple[str, str, str]] = set()
    for path, node, name in _calls():
        where = f"{path.name}:{node.lineno}"
        texts = node.args[:2]
        assert len(texts) == 2 and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts
        ), f"{where}: {name} needs a context and a text written as plain strings"
        comment = ""
        if len(node.args) > 2:
            third = node.args[2]
            assert isinstance(third, ast.Constant), f"{where}: a comment is a plain string"
            comment = third.value or ""
        if len(node.args) == 4:
            assert isinstance(node.args[3], ast.Name), f"{where}: the count is a plain name"
        context, text = (a.value for a in texts)  # type: ignore[attr-defined]
        found.add((context, text, comment))
    _code, messages = qt_catalogs.read_catalog(qt_catalogs.ts_path("vi"))
    assert found == {m.key for m in messages}


@pytest.mark.parametrize("code", ["vi", "ru", "en"])
def test_a_translation_keeps_what_the_code_fills_in(code: str) -> None:
    """Every {placeholder}, the single & of an accelerator, markup and line breaks survive;
    each plural form carries its count (English may say "once")."""
    found, messages = qt_catalogs.read_catalog(qt_catalogs.ts_path(code))
    assert found == code
    for message in messages:
        for text in message.translations:
            what = f"{message.context}: {message.source!r} → {text!r}"
            assert set(re.findall(r"\{\w+\}", text)) == set(
                re.findall(r"\{\w+\}", message.source)
            ), what
            assert text.count("&") == message.source.count("&"), what
            assert sorted(re.findall(r"</?\w+>", text)) == sorted(
                re.findall(r"</?\w+>", message.source)
            ), what
            assert text.count("\n") == message.source.count("\n"), what
            if message.numerus and code != "en":
                assert "%n" in text, what
    plural = [m for m in messages if m.numerus]
    assert plural and all(len(m.translations) == qt_catalogs.PLURAL_FORMS[code] for m in plural)


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&\s])", text)
    return found.group(1).casefold() if found else ""


def _clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        key = _mnemonic(text)
        if not key:
            clashes.append(f"no accelerator: {text}")
        elif key in seen:
            clashes.append(f"{text} and {seen[key]} share Alt+{key}")
        else:
            seen[key] = text
    return clashes


def _menus(window: QMainWindow) -> list[QMenu]:
    found = []
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        if isinstance(menu, QMenu):
            found.append(menu)
            pending += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


@pytest.mark.parametrize("code", ["en", "vi", "ru"])
def test_accelerators_work_in_every_language(
    qtbot: QtBot, code: str, minimal_deck_path: Path, tmp_path: Path
) -> None:
    """In each menu bar and each menu every entry has its own Alt+letter, and the console's
    form labels do not take a letter a menu has."""
    language.apply(code)
    console = open_window(["run", str(minimal_deck_path), "--session", str(tmp_path / "a.tt")])
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    editor = navigation.open_editor(None, LANGUAGES_DECK)
    assert editor is not None
    qtbot.addWidget(editor)
    for window in (console, editor):
        bar = [a.text() for a in window.menuBar().actions()]
        assert _clashes(bar) == [], bar
        for menu in _menus(window):
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            if menu.objectName() == "teamMenu":
                continue  # team names from the deck, chosen with Ctrl+1…9
            assert _clashes(texts) == [], (menu.title(), texts)
    labels = [
        label.text()
        for label in console.findChildren(QLabel)
        if label.buddy() and "&" in label.text()
    ]
    assert len(labels) >= 6
    assert _clashes(labels + [a.text() for a in console.menuBar().actions()]) == []


# -- which language --------------------------------------------------------------------------


@pytest.fixture
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(language.ENVIRONMENT, raising=False)


def test_the_language_follows_the_environment_then_preferences_then_the_system(
    no_environment: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "system_language", lambda: "ru")
    assert language.chosen_language() == "ru"
    language.set_preferred_language("vi")
    assert language.chosen_language() == "vi"
    monkeypatch.setenv(language.ENVIRONMENT, "en_GB.UTF-8")
    assert language.chosen_language() == "en"
    monkeypatch.setenv(language.ENVIRONMENT, "de")  # a language the interface lacks
    assert language.chosen_language() == "vi"
    language.set_preferred_language("")
    monkeypatch.delenv(language.ENVIRONMENT)
    assert language.chosen_language() == "ru"


@pytest.mark.parametrize(("locale", "expected"), [("vi_VN", "vi"), ("ru-RU", "ru"), ("de_DE", "")])
def test_locale_names_map_to_the_interface_s_languages(locale: str, expected: str) -> None:
    assert language.known(locale) == expected


def test_the_preference_is_kept_in_the_settings_file(
    no_environment: None, tabletop_home: Path
) -> None:
    language.set_preferred_language("ru")
    kept = QSettings(str(settings.settings().fileName()), QSettings.Format.IniFormat)
    assert kept.value(language.SETTING) == "ru"
    settings._open.clear()  # as the next start of the app reads the file again
    assert language.preferred_language() == "ru"
    assert language.chosen_language() == "ru"


def test_the_core_speaks_the_interface_s_language(minimal_deck_path: Path, tmp_path: Path) -> None:
    """Engine messages in the console (a refused operation, a change's summary) come out in
    the language the interface is in."""
    language.apply("ru")
    assert i18n.current_language() == "ru"
    console = open_window(["run", str(minimal_deck_path), "--session", str(tmp_path / "r.tt")])
    assert isinstance(console, ConsoleWindow)
    failures: list[str] = []
    console.controller.failed.connect(lambda message, _serious: failures.append(message))
    console.controller.skip("")  # refused: a skip needs a reason
    assert failures and re.search("[а-я]", failures[0]) and not re.search("[a-z]{4}", failures[0])
    language.apply("en")
    assert i18n.current_language() == "en"


def test_preferences_change_the_language_of_the_start_screen_at_once(
    qtbot: QtBot, no_environment: None
) -> None:
    start = navigation.show_start_screen()
    qtbot.addWidget(start)
    dialog = PreferencesDialog(start)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "vi", "ru"]
    combo.setCurrentIndex(combo.findData("vi"))
    choose_language(start, dialog.chosen())
    assert language.current_language() == "vi" and i18n.current_language() == "vi"
    again = [w for w in navigation.open_windows() if w.isVisible()]
    assert len(again) == 1 and again[0] is not start
    assert again[0].menuBar().actions()[0].text() == "&Tệp"
    assert language.preferred_language() == "vi"


def test_with_a_session_open_the_new_language_waits_for_the_next_start(
    qtbot: QtBot, no_environment: None, minimal_deck_path: Path, tmp_path: Path
) -> None:
    console = navigation.open_console(
        navigation.start_session(minimal_deck_path, session_path=tmp_path / "w.tt")
    )
    qtbot.addWidget(console)
    told: list[str] = []

    def tell(*args: object) -> None:
        told.append(str(args[2]))

    from PySide6.QtWidgets import QMessageBox

    original = QMessageBox.information
    QMessageBox.information = tell  # type: ignore[method-assign,assignment]
    try:
        choose_language(console, "ru")
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    assert told and "Русский" in told[0]
    assert language.current_language() == "en"  # the console keeps its language
    assert language.preferred_language() == "ru"


# -- a class played in a deck's translation -----------------------------------------------------


@pytest.fixture
def translated_deck(tabletop_home: Path) -> Path:
    """The languages deck in the user's decks folder, with its Vietnamese and Russian files."""
    folder = tabletop_home / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    deck = folder / "languages.yaml"
    shutil.copy(LANGUAGES_DECK, deck)
    for code in ("vi", "ru"):
        (folder / f"languages.{code}.yaml").write_text(translation_text(code), encoding="utf-8")
    return deck


def _deck_item(start: StartWindow, deck: Path) -> tuple[str, str, str]:
    assert start.select_deck(deck)
    title, summary, details = start.deck_list.currentItem().data(ENTRY_ROLE)
    return str(title), str(summary), str(details)


def test_the_deck_list_names_each_deck_s_languages_and_shows_it_in_the_interface_s(
    qtbot: QtBot, translated_deck: Path, user_deck: Path
) -> None:
    start = navigation.show_start_screen()
    qtbot.addWidget(start)
    title, _summary, details = _deck_item(start, translated_deck)
    assert details.startswith("English · Tiếng Việt · Русский — ")
    assert title == "Cable cut, a deck played in other languages"
    _title, _summary, details = _deck_item(start, user_deck)
    assert details.startswith("English only — ") and "3 teams: " in details
    start.close()
    language.apply("ru")
    start = navigation.show_start_screen()
    qtbot.addWidget(start)
    title, summary, details = _deck_item(start, translated_deck)
    assert (title, summary) == (TEXTS["ru"]["title"], TEXTS["ru"]["summary"])
    assert TEXTS["ru"]["teams/russia/name"] in details and "3 команды: " in details
    _title, _summary, details = _deck_item(start, user_deck)
    assert details.startswith("English (без переводов) — ")
    assert start.language_button.text() == "Язык: Русский…"
    language.apply("en")


def _setup(qtbot: QtBot, deck: Path) -> SessionSetupWindow:
    window = navigation.open_setup(deck)
    qtbot.addWidget(window)
    return window


def test_setup_offers_the_deck_s_languages_the_interface_s_first(
    qtbot: QtBot, translated_deck: Path
) -> None:
    language.apply("vi")
    window = _setup(qtbot, translated_deck)
    combo = window.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "ru", "vi"]
    assert combo.currentData() == "vi"
    assert window.title.text() == TEXTS["vi"]["title"]
    assert window.team_table.item(0, 0).text() == TEXTS["vi"]["teams/nato/name"]
    combo.setCurrentIndex(combo.findData("ru"))
    assert window.title.text() == TEXTS["ru"]["title"]
    assert window.team_table.item(2, 0).text() == TEXTS["ru"]["teams/russia/name"]
    assert window.setup().language == "ru"
    combo.setCurrentIndex(combo.findData("en"))
    assert window.setup().language == ""  # the deck's own


def test_a_deck_without_the_interface_s_language_defaults_to_its_own(
    qtbot: QtBot, minimal_deck_path: Path
) -> None:
    language.apply("ru")
    window = _setup(qtbot, minimal_deck_path)
    assert window.language_combo.count() == 1
    assert window.setup().language == ""


def test_the_class_plays_the_deck_in_the_language_chosen(
    qtbot: QtBot, translated_deck: Path
) -> None:
    """Console, projector and channel board show the Vietnamese deck; the parties on the
    board are named by the Vietnamese catalog, the interface stays English."""
    window = _setup(qtbot, translated_deck)
    window.language_combo.setCurrentIndex(window.language_combo.findData("vi"))
    window.start()
    console = next(w for w in navigation.open_windows() if isinstance(w, ConsoleWindow))
    qtbot.addWidget(console)
    assert console.controller.state.language == "vi"
    console.next_inject()
    assert console.current.title.text() == TEXTS["vi"]["injects/cable-cut/title"]
    console.projector.refresh()
    assert TEXTS["vi"]["injects/cable-cut/title"] in console.projector.visible_text()
    details = console.channels.details_text("hotline")
    assert "Hoa Kỳ" in details and "Nga" in details  # the catalog's parties in Vietnamese
    assert "United States" not in details
    assert console.play_bar.skip_button.text() == "Skip…"  # the interface is English


def test_party_names_come_from_the_catalog_in_the_session_s_language() -> None:
    from tabletop.core.deck.model import Channel
    from tabletop.gui.channel_board import party_list, party_names

    channel = Channel(id="x", name="X", parties=("us", "russia"))
    assert party_names(channel, "ru") == "США, Россия"
    assert party_names(channel, "") == "United States, Russia"
    language.apply("vi")
    assert party_list(("us", "russia"), "vi") == "Hoa Kỳ và Nga"


# -- the editor's translation view --------------------------------------------------------------


def test_the_editor_shows_each_text_beside_its_translation_and_saves_it(
    qtbot: QtBot, translated_deck: Path
) -> None:
    companion = translated_deck.with_name("languages.vi.yaml")
    # the deck's title changed since it was translated; one text is not translated yet
    data = read_text(translated_deck.read_text(encoding="utf-8")).data
    text = companion.read_text(encoding="utf-8").replace(
        "source: Cable cut, a deck played in other languages", "source: An older title"
    )
    body = read_translation(text, str(companion))
    del_key = "injects/stalled/title"
    text = re.sub(rf"  {re.escape(del_key)}:\n(    .*\n)+", "", text)
    companion.write_text(text, encoding="utf-8")
    editor = navigation.open_editor(None, translated_deck)
    assert editor is not None
    qtbot.addWidget(editor)
    tab = editor.translation_tab  # type: ignore[attr-defined]
    tab.language_combo.setCurrentIndex(tab.language_combo.findData("vi"))
    assert tab.file is not None
    states = {t.key: t.state for t in tab.file.texts}
    assert states["title"] == "stale" and states[del_key] == "missing"
    assert states["summary"] == "done" and body.entries["summary"].text
    assert "1 stale" in tab.summary.text() and "1 missing" in tab.summary.text()
    tab.select("title")
    assert tab.source.toPlainText() == data["title"]
    assert tab.old_source.toPlainText() == "An older title" and not tab.old_source.isHidden()
    assert tab.text.toPlainText() == TEXTS["vi"]["title"]
    tab.select(del_key)
    tab.text.setPlainText("Một nhà báo gọi điện thoại")
    tab.show_combo.setCurrentIndex(tab.show_combo.findData("todo"))
    assert tab.list.count() == 1  # only the stale title is left to do
    tab.select("title")
    tab._keep()
    assert tab.save()
    saved = read_translation(companion.read_text(encoding="utf-8"), str(companion))
    assert saved.entries[del_key].text == "Một nhà báo gọi điện thoại"
    assert saved.entries["title"].source == data["title"]
    assert translation_problems(saved, data) == []
    assert companion.read_text(encoding="utf-8").startswith("format: tabletop-translation/1")


def test_translating_a_deck_not_yet_saved_says_how(qtbot: QtBot) -> None:
    editor = navigation.open_editor(None, None)
    assert editor is not None
    qtbot.addWidget(editor)
    tab = editor.translation_tab  # type: ignore[attr-defined]
    assert tab.file is None and "save the deck first" in tab.note.text()


def test_a_new_deck_starts_in_the_interface_s_language(qtbot: QtBot) -> None:
    from tabletop.gui.editor.template import new_deck_data

    language.apply("ru")
    data = new_deck_data()
    assert data["language"] == "ru" and data["teams"][0]["name"] == "Североатлантический совет"
    from tabletop.core.deck.loader import load_deck_data

    result = load_deck_data(data, "new.yaml")
    assert result.deck is not None and not result.errors


def test_run_from_a_shell_plays_the_deck_in_the_interface_s_language_when_it_has_it(
    qtbot: QtBot, translated_deck: Path, tmp_path: Path
) -> None:
    """`tabletop run DECK` on a Russian interface plays the deck's Russian translation, as
    the session setup would by default; `--language` chooses another; a deck without that
    translation is played as written."""
    language.apply("ru")
    try:
        console = open_window(["run", str(translated_deck), "--session", str(tmp_path / "a.tt")])
        assert isinstance(console, ConsoleWindow)
        qtbot.addWidget(console)
        assert console.controller.state.language == "ru"
        assert console.controller.deck.title == TEXTS["ru"]["title"]
        chosen = open_window(
            ["run", str(translated_deck), "--session", str(tmp_path / "b.tt"), "--language", "vi"]
        )
        assert isinstance(chosen, ConsoleWindow)
        qtbot.addWidget(chosen)
        assert chosen.controller.state.language == "vi"
        assert chosen.controller.deck.title == TEXTS["vi"]["title"]
    finally:
        language.apply("en")
    english = open_window(["run", str(translated_deck), "--session", str(tmp_path / "c.tt")])
    assert isinstance(english, ConsoleWindow)
    qtbot.addWidget(english)
    assert english.controller.state.language in ("", "en")
    assert english.controller.deck.title == "Cable cut, a deck played in other languages"


@pytest.mark.parametrize("code", ["en", "vi", "ru"])
def test_the_met_by_list_beside_a_verdict_does_not_read_as_a_verdict(
    qtbot: QtBot, code: str, minimal_deck_path: Path, tmp_path: Path
) -> None:
    """With nothing chosen, the list of the decisions that met an expected action is labelled
    so that it cannot be taken for the verdict beside it (Russian said "Выполнено: —", the
    very word of the verdict "Met", beside "Не оценено")."""
    language.apply(code)
    console = open_window(["run", str(minimal_deck_path), "--session", str(tmp_path / "a.tt")])
    assert isinstance(console, ConsoleWindow)
    qtbot.addWidget(console)
    console.show()
    qtbot.waitExposed(console)
    console.controller.deliver_next()
    console.toggle_evaluation()  # F8
    item = console.evaluation.expectations[0]
    verdicts = {item.verdict.itemText(i) for i in range(item.verdict.count())}
    label = item.met_by.itemText(0).partition(":")[0].strip()
    assert label and label not in verdicts, (label, verdicts)
