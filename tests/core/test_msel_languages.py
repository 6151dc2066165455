"""MSEL per language: a deck's translation worked on in a spreadsheet and brought back.

``msel export DECK --language vi`` writes the deck's texts from its companion
translation with the columns named in Vietnamese; ``msel import FILE
--translation-of DECK --language vi`` writes the companion file back. The
bundled Vietnamese and Russian translations make the whole trip unchanged, as
CSV and as XLSX; what a translator changes comes back as exactly that change;
what is missing or stale is said at its cell.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tabletop.cli import main
from tabletop.core import i18n, paths
from tabletop.core.deck.loader import load_deck
from tabletop.core.deck.translation import (
    companion_path,
    read_translation,
    translatable,
    translation_problems,
)
from tabletop.core.msel import import_msel
from tabletop.core.msel.column_words import header_words, help_words, sheet_words
from tabletop.core.msel.columns import COLUMNS, match_header
from tabletop.core.msel.companion import Pair, companion_text
from tabletop.core.msel.files import read_workbook
from tabletop.core.msel.translating import export_translated
from tabletop.core.msel.translation_import import TranslationImport, import_translation

BUNDLED = [
    ("intro", "vi"),
    ("intro", "ru"),
    ("gray-zone-escalation", "vi"),
    ("gray-zone-escalation", "ru"),
]


def deck_data(deck: str) -> dict[str, Any]:
    data: dict[str, Any] = load_deck(paths.bundled_decks_dir() / f"{deck}.yaml").document.data
    return data


def companion(deck: str, language: str) -> str:
    return companion_path(paths.bundled_decks_dir() / f"{deck}.yaml", language).read_text(
        encoding="utf-8"
    )


def entries_of(text: str) -> dict[str, tuple[str, str]]:
    return {k: (e.source, e.text) for k, e in read_translation(text).entries.items()}


def trip(
    data: dict[str, Any], language: str, text: str, sheet: Path, existing: str | None = None
) -> tuple[list[Any], TranslationImport]:
    exported = export_translated(data, sheet, language, read_translation(text) if text else None)
    back = import_translation(
        read_workbook(sheet), data, language, text if existing is None else existing
    )
    return exported, back


# -- the bundled translations make the whole trip ----------------------------------------------


@pytest.mark.parametrize(("deck", "language"), BUNDLED)
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_bundled_translations_come_back_as_they_were(
    deck: str, language: str, kind: str, tmp_path: Path
) -> None:
    data, text = deck_data(deck), companion(deck, language)
    exported, back = trip(data, language, text, tmp_path / f"{deck}.{kind}")
    assert [p for p in exported if p.code != "msel-csv-injects-only"] == []
    assert back.ok and back.problems == [], [p.format() for p in back.problems]
    assert back.text == text  # updating the file changes nothing, byte for byte
    # into a new file: the same entries (a CSV holds the injects' texts only)
    fresh = import_translation(read_workbook(tmp_path / f"{deck}.{kind}"), data, language)
    assert fresh.text is not None
    wanted = entries_of(text)
    if kind == "csv":
        wanted = {k: v for k, v in wanted.items() if k.startswith("injects/")}
    # a text the language writes as the deck does (the tag NATO) cannot be told, in a new
    # file, from a cell left untranslated: it is said at its cell and not taken
    same = {k for k, (source, said) in wanted.items() if source.split() == said.split()}
    untranslated = {p.path[-1] for p in fresh.problems if p.code == "msel-translation-missing"}
    assert untranslated == same
    others = [p.code for p in fresh.problems if p.code != "msel-translation-missing"]
    assert others == (["msel-csv-injects-only"] if kind == "csv" else [])
    assert entries_of(fresh.text) == {k: v for k, v in wanted.items() if k not in same}


@pytest.mark.parametrize("language", ["vi", "ru"])
def test_the_columns_and_sheets_are_named_in_the_language(language: str, tmp_path: Path) -> None:
    data, text = deck_data("intro"), companion("intro", language)
    sheet = tmp_path / "intro.xlsx"
    export_translated(data, sheet, language, read_translation(text))
    book = openpyxl.load_workbook(sheet, read_only=True)
    with i18n.language(language):
        headers, helps, words = header_words(), help_words(), sheet_words()
    first = [c.value for c in next(book["MSEL"].iter_rows(max_row=1))]
    assert first == [headers[c.key] for c in COLUMNS]
    assert [c.value for c in next(book["Deck"].iter_rows(max_row=1))] == [
        words["field"],
        words["value"],
    ]
    help_rows = [[c.value for c in row] for row in book["Help"].iter_rows()]
    assert help_rows[0] == [words["column"], words["what"], words["also"]]
    assert [row[1] for row in help_rows[1:]] == [helps[c.key] for c in COLUMNS]
    # the first inject's row holds its translation
    row = [c.value for c in next(book["MSEL"].iter_rows(min_row=2, max_row=2))]
    assert (
        row[first.index(headers["title"])]
        == read_translation(text).entries["injects/cable-cut/title"].text
    )
    # the sheet is still an MSEL: imported as a deck, it is the deck in the language
    deck = import_msel(sheet)
    assert deck.ok, [p.format() for p in deck.problems]
    assert deck.data is not None
    assert deck.data["title"] == read_translation(text).entries["title"].text
    assert len(deck.data["injects"]) == len(data["injects"])


def test_every_language_s_headers_name_their_own_columns() -> None:
    for language in i18n.available_languages():
        with i18n.language(language):
            words = header_words()
        for key, header in words.items():
            assert match_header(header) == key, (language, header)
            assert match_header(header.upper()) == key, (language, header)
    with i18n.language("en"):
        assert header_words() == {c.key: c.header for c in COLUMNS}
        assert help_words() == {c.key: c.help for c in COLUMNS}


def test_a_vietnamese_scenario_time_is_read() -> None:
    from tabletop.core.msel.times import parse_scenario_time

    assert parse_scenario_time("Ngày 2 06:40") == {"day": 2, "time": "06:40"}
    assert parse_scenario_time("ngày 3, 7:05") == {"day": 3, "time": "07:05"}


# -- a translator's work comes back, and nothing else ------------------------------------------


def _cell(sheet: Path, key: str, language: str, inject_row: int) -> tuple[int, int]:
    """The (row, column) of a column of an inject's row in an exported workbook."""
    with i18n.language(language):
        header = header_words()[key]
    book = openpyxl.load_workbook(sheet)
    headers = [c.value for c in book["MSEL"][1]]
    return inject_row, headers.index(header) + 1


def _edit(sheet: Path, cells: dict[tuple[int, int], str]) -> None:
    book = openpyxl.load_workbook(sheet)
    for (row, column), value in cells.items():
        book["MSEL"].cell(row=row, column=column, value=value)
    book.save(sheet)


def test_a_translator_s_change_comes_back_as_that_change_only(tmp_path: Path) -> None:
    data, text = deck_data("intro"), companion("intro", "vi")
    sheet = tmp_path / "intro.vi.xlsx"
    export_translated(data, sheet, "vi", read_translation(text))
    new_title = "Một tuyến cáp dữ liệu mất tín hiệu lúc rạng sáng"
    new_question = "Đội bạn biết chắc điều gì, và chỉ nghi ngờ điều gì?"
    title = _cell(sheet, "title", "vi", 2)
    questions = _cell(sheet, "questions", "vi", 2)
    book = openpyxl.load_workbook(sheet)
    lines = str(book["MSEL"].cell(*questions).value).split("\n")
    lines[1] = new_question
    _edit(sheet, {title: new_title, questions: "\n".join(lines)})
    back = import_translation(read_workbook(sheet), data, "vi", text)
    assert back.ok and back.problems == []
    assert back.changed == ["injects/cable-cut/title", "injects/cable-cut/questions/2"]
    assert back.text is not None
    before, after = entries_of(text), entries_of(back.text)
    assert after["injects/cable-cut/title"] == (data["injects"][0]["title"], new_title)
    assert after["injects/cable-cut/questions/2"][1] == new_question
    assert {k: v for k, v in after.items() if k not in back.changed} == {
        k: v for k, v in before.items() if k not in back.changed
    }
    # only the two entries' lines changed; the file is still a clean translation
    changed = [a for a, b in zip(text.split("\n"), back.text.split("\n"), strict=False) if a != b]
    assert 1 <= len(changed) <= 8
    assert translation_problems(read_translation(back.text), data) == []


def test_what_the_sheet_cannot_change_is_said_at_its_cell_and_not_taken(tmp_path: Path) -> None:
    data, text = deck_data("intro"), companion("intro", "ru")
    sheet = tmp_path / "intro.ru.xlsx"
    export_translated(data, sheet, "ru", read_translation(text))
    time = _cell(sheet, "scenario_time", "ru", 3)
    ident = _cell(sheet, "id", "ru", 4)
    questions = _cell(sheet, "questions", "ru", 2)
    book = openpyxl.load_workbook(sheet)
    extra = str(book["MSEL"].cell(*questions).value) + "\nЛишний вопрос?"
    _edit(sheet, {time: "Day 1 09:99", questions: extra})
    back = import_translation(read_workbook(sheet), data, "ru", text)
    said = {p.code: p for p in back.problems}
    assert back.ok and back.text == text  # nothing of it is taken
    fixed = said["msel-translation-fixed"]
    assert fixed.message.startswith("row 3, column C (Время по сценарию): differs from the deck")
    assert (fixed.location.line, fixed.location.column) == (3, 3)
    assert said["msel-translation-extra"].message.startswith(
        "row 2, column O (Вопросы для обсуждения), line 4: the deck has no text here "
        "('injects/cable-cut/questions/4')"
    )
    # an inject the deck does not have is an error, and nothing is written
    _edit(sheet, {ident: "kremlin-replies"})
    wrong = import_translation(read_workbook(sheet), data, "ru", text)
    assert not wrong.ok and wrong.text is None
    assert wrong.errors[0].message == (
        "row 4, column B (Идентификатор вводной): 'kremlin-replies' is not an inject of the "
        "deck; did you mean 'kremlin-reply'?; a translation keeps the deck's injects and their ids"
    )


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_stale_or_missing_translation_is_located_at_its_cell(kind: str, tmp_path: Path) -> None:
    """The deck's text of one inject changed since it was translated, another text has no
    translation: the export and the import say so at the cell, in the sheet's own words."""
    data, text = deck_data("gray-zone-escalation"), companion("gray-zone-escalation", "vi")
    first = data["injects"][0]["id"]
    narrative_key = f"injects/{first}/narrative"
    data["injects"][0]["narrative"] += " The operator has sent a repair ship."
    translation = read_translation(text)
    missing = f"injects/{first}/questions/2"
    assert missing in translatable(data)
    without = {k: v for k, v in entries_of(text).items() if k != missing}
    partial = companion_text(
        "gray-zone-escalation", "vi", {k: Pair(*v) for k, v in without.items()}
    )
    sheet = tmp_path / f"gray.{kind}"
    exported = export_translated(data, sheet, "vi", read_translation(partial))
    by_code = {p.code: p for p in exported}
    with i18n.language("vi"):
        words = header_words()
    stale = by_code["msel-translation-stale"]
    assert stale.message.startswith(
        f"row 2, column K ({words['narrative']}): '{narrative_key}' is stale: the deck's text "
        "changed since it was translated"
    )
    assert (stale.location.line, stale.location.column) == (2, 11)
    gap = by_code["msel-translation-missing"]
    assert gap.message == (
        f"row 2, column O ({words['questions']}), line 2: '{missing}' is not translated yet: "
        "the cell holds the deck's own text"
    )
    # brought back untouched: the same two things, at the same cells; the stale entry keeps
    # its old source (it is still stale), the missing one is still missing
    back = import_translation(read_workbook(sheet), data, "vi", partial)
    again = {p.code: p for p in back.problems}
    assert again["msel-translation-stale"].location == stale.location
    assert again["msel-translation-missing"].message.startswith(
        f"row 2, column O ({words['questions']}), line 2: '{missing}' is not translated yet"
    )
    assert back.text == partial
    assert translation.entries[narrative_key].source == entries_of(back.text)[narrative_key][0]


def test_a_translation_filled_in_the_sheet_becomes_the_companion_file(tmp_path: Path) -> None:
    """A deck with no translation yet: the sheet holds its own texts, the translator fills
    some, and the new companion file holds those (with the deck's texts as their source)."""
    data = deck_data("intro")
    sheet = tmp_path / "intro.ru.csv"
    exported = export_translated(data, sheet, "ru", None)
    assert [p.code for p in exported] == ["msel-no-translation"]
    rows = sheet.read_text(encoding="utf-8-sig").split("\n")
    assert rows[0].startswith("Номер,Идентификатор вводной,Время по сценарию")
    table = list(csv.reader(sheet.open(encoding="utf-8-sig", newline="")))
    title = table[0].index("Краткое содержание")
    table[1][title] = "Кабель передачи данных отключился"
    with sheet.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(table)
    back = import_translation(read_workbook(sheet), data, "ru")
    assert back.ok and back.text is not None
    assert entries_of(back.text) == {
        "injects/cable-cut/title": ("A data cable goes dark", "Кабель передачи данных отключился")
    }
    assert yaml.safe_load(back.text)["translates"] == "intro"
    untranslated = [p for p in back.problems if p.code == "msel-translation-missing"]
    assert len(untranslated) > 50  # every other cell still holds the deck's own text
    assert untranslated[0].location.line == 2


# -- any text comes back exactly ---------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"), blacklist_characters="\ufeff"
    ),
    min_size=1,
    max_size=60,
).filter(lambda t: t == t.strip() and not t.startswith(("- ", "• ", "{")))


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(_TEXT, min_size=8, max_size=8), kind=st.sampled_from(["xlsx", "csv"]))
def test_any_translated_text_makes_the_trip_exactly(
    texts: list[str], kind: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Quotes, formula signs, YAML's special characters, any script: what a translator
    writes in a cell is what the companion file says."""
    data = deck_data("intro")
    keys = [k for k in translatable(data) if k.startswith("injects/")][::13][:8]
    sources = {k: v[1] for k, v in translatable(data).items()}
    chosen = {k: Pair(sources[k], t) for k, t in zip(keys, texts, strict=True) if t != sources[k]}
    text = companion_text("intro", "vi", chosen)
    sheet = tmp_path_factory.mktemp("trip") / f"intro.{kind}"
    export_translated(data, sheet, "vi", read_translation(text))
    back = import_translation(read_workbook(sheet), data, "vi")
    assert back.text is not None, [p.format() for p in back.problems]
    assert entries_of(back.text) == {k: (p.source, p.text) for k, p in chosen.items()}


@settings(max_examples=150, deadline=None)
@given(
    entries=st.dictionaries(
        st.from_regex(
            r"injects/[a-z][a-z0-9-]{0,10}/(title|narrative|questions/[1-9])", fullmatch=True
        ),
        st.tuples(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=120),
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=120),
        ),
        max_size=6,
    )
)
def test_a_companion_file_reads_back_as_written(entries: dict[str, tuple[str, str]]) -> None:
    pairs = {k: Pair(*v) for k, v in entries.items()}
    text = companion_text("deck", "vi", pairs)
    assert entries_of(text) == entries
    # and an update of it with the same entries is the same file
    assert companion_text("deck", "vi", pairs, text) == text


# -- from a shell ------------------------------------------------------------------------------


def test_export_and_import_a_translation_from_a_shell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("intro.yaml", "intro.vi.yaml"):
        shutil.copy(paths.bundled_decks_dir() / name, tmp_path / name)
    deck, sheet = tmp_path / "intro.yaml", tmp_path / "intro.vi.xlsx"
    original = (tmp_path / "intro.vi.yaml").read_bytes()
    assert main(["msel", "export", str(deck), "-o", str(sheet), "--language", "vi"]) == 0
    assert f"--translation-of {deck} --language vi" in capsys.readouterr().err
    args = ["msel", "import", str(sheet), "--translation-of", str(deck), "--language", "vi"]
    assert main(args) == 0
    assert "intro.vi.yaml is unchanged (129 translated texts" in capsys.readouterr().err
    assert (tmp_path / "intro.vi.yaml").read_bytes() == original
    # into another file, as a start for another language's translator
    assert main([*args[:-1], "ru", "-o", str(tmp_path / "start.ru.yaml")]) == 0
    # the tag NATO reads the same in both languages: in a new file it is not taken as new
    assert "128 new and 0 changed" in capsys.readouterr().err
    # the options go together, and say so
    assert main(["msel", "import", str(sheet), "--language", "vi"]) == 2
    assert "--translation-of DECK and --language LANGUAGE go together" in capsys.readouterr().err
    assert main([*args, "-o", str(tmp_path / "x.txt")]) == 2
    assert "a translation is written as .yaml" in capsys.readouterr().err
    assert (
        main(["msel", "export", str(deck), "-o", str(tmp_path / "x.csv"), "--language", "v i"]) == 2
    )
    assert "'v i' is not a language code" in capsys.readouterr().err
    # a sheet with an inject the deck lacks writes nothing
    book = openpyxl.load_workbook(sheet)
    book["MSEL"].cell(row=2, column=2, value="nowhere")
    book.save(sheet)
    capsys.readouterr()
    assert main(args) == 1
    assert "row 2, column B (Mã tình huống): 'nowhere' is not an inject" in capsys.readouterr().out
    assert (tmp_path / "intro.vi.yaml").read_bytes() == original
