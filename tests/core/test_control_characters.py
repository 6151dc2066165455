"""Control characters: one rule for a deck's text, however it arrives, and the right name for each.

The rule is YAML's own: text, tabs and line breaks only. A control character
typed raw into the file, written as an escape in a double-quoted string, or
brought in from a spreadsheet is the same error, naming the same code point.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.sessions import MINIMAL

from tabletop.cli import main
from tabletop.core.deck.loader import load_deck_data, load_deck_text
from tabletop.core.deck.yaml_reader import read_file

TEXT = MINIMAL.read_text(encoding="utf-8")
DATA = read_file(MINIMAL).data
TITLE = "title: Cable cut, a test deck"

CASES = [
    ("\x00", "U+0000 (NUL)", "\\0"),
    ("\x07", "U+0007 (BEL)", "\\a"),
    ("\x1b", "U+001B (ESC)", "\\e"),
    ("\x08", "U+0008 (BS)", "\\b"),
    ("\x0b", "U+000B (VT)", "\\v"),
    ("\x7f", "U+007F (DEL)", "\\x7f"),
    ("\x9b", "U+009B", "\\x9b"),
]
IDS = [name.split()[0] for _c, name, _e in CASES]


@pytest.mark.parametrize(("char", "name", "escape"), CASES, ids=IDS)
def test_a_raw_control_character_is_named_by_its_code_point(
    char: str, name: str, escape: str
) -> None:
    result = load_deck_text(TEXT.replace(TITLE, f"title: Cable{char} cut"), "deck.yaml")
    assert result.deck is None
    (problem,) = result.errors
    assert f"control character {name}" in problem.message
    assert (problem.location.line, problem.location.column) == (4, 13)


@pytest.mark.parametrize(("char", "name", "escape"), CASES, ids=IDS)
def test_an_escaped_control_character_is_the_same_error(char: str, name: str, escape: str) -> None:
    result = load_deck_text(TEXT.replace(TITLE, f'title: "Cable{escape} cut"'), "deck.yaml")
    assert result.deck is None
    (problem,) = result.errors
    assert f"control character {name}" in problem.message
    assert problem.path == ("title",)
    assert problem.location.line == 4


@pytest.mark.parametrize(("char", "name", "escape"), CASES, ids=IDS)
def test_a_control_character_from_a_spreadsheet_is_the_same_error(
    char: str, name: str, escape: str
) -> None:
    data = copy.deepcopy(DATA)
    data["injects"][1]["narrative"] = f"An ally{char}s coast guard"
    result = load_deck_data(data, "sheet.xlsx")
    assert result.deck is None
    (problem,) = result.errors
    assert f"control character {name}" in problem.message
    assert problem.path == ("injects", 1, "narrative")


def test_lone_surrogates_and_noncharacters_are_refused_too() -> None:
    for escape in ("\\ud800", "\\uffff", "\\ufffe"):
        result = load_deck_text(TEXT.replace(TITLE, f'title: "Cable{escape} cut"'), "deck.yaml")
        assert result.deck is None, escape
        assert result.errors[0].location.line == 4
    data = copy.deepcopy(DATA)
    data["title"] = "Cable\ud800 cut"
    (problem,) = load_deck_data(data, "sheet.xlsx").errors
    assert "unpaired surrogate U+D800" in problem.message


def test_tabs_line_breaks_and_ordinary_unicode_are_text() -> None:
    data = copy.deepcopy(DATA)
    data["injects"][0]["narrative"] = "Line one\n\tLine two\r\nÉtat — 国家 — \u00a0 — 🚢"
    assert load_deck_data(data, "deck").ok


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=12))
def test_any_text_either_is_refused_or_exports_as_a_spreadsheet(text: str) -> None:
    data = copy.deepcopy(DATA)
    data["title"] = f"Deck {text}"
    result = load_deck_data(data, "deck")
    if result.ok:
        from tabletop.core.msel.files import xlsx_bytes

        xlsx_bytes([("MSEL", [[data["title"]]], [20])])


def test_msel_export_refuses_such_a_deck_instead_of_crashing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(TEXT.replace(TITLE, 'title: "Cable\\e cut"'), encoding="utf-8")
    assert main(["validate", str(deck)]) == 1
    assert main(["msel", "export", str(deck), "-o", str(tmp_path / "x.xlsx")]) == 1
    assert "U+001B (ESC)" in capsys.readouterr().out
    assert not (tmp_path / "x.xlsx").exists()
