"""What a spreadsheet holds comes back as it was: merged cells, guarded text, both notes
columns of the HSEEP template, control characters, long campaigns."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from tabletop.cli import main
from tabletop.core.deck.loader import load_deck, load_deck_data
from tabletop.core.msel import export_msel, import_msel


def _data(path: Path) -> dict[str, Any]:
    result = load_deck(path)
    assert result.ok and result.document is not None
    data: dict[str, Any] = result.document.data
    return data


def test_a_merged_phase_cell_fills_every_row_it_spans(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "MSEL"
    sheet.append(["Phase", "Event synopsis", "Inject text", "To"])
    for n in range(1, 6):
        phase = "Move 1" if n == 1 else ("Move 2" if n == 4 else None)
        sheet.append([phase, f"Inject {n}", f"Text {n}.", "nato"])
    sheet.merge_cells("A2:A4")  # Move 1 spans rows 2–4
    sheet.merge_cells("A5:A6")  # Move 2 spans rows 5–6
    path = tmp_path / "merged.xlsx"
    book.save(path)
    imported = import_msel(path)
    assert imported.ok, [p.format() for p in imported.problems]
    assert imported.data is not None
    phases = [inject.get("phase") for inject in imported.data["injects"]]
    assert phases == ["Move 1", "Move 1", "Move 1", "Move 2", "Move 2"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("text", ["\r=1+2 is a formula", "\t=HYPERLINK(1)", "\r\n@SUM(A1)"])
def test_guarded_text_starting_with_a_control_character_comes_back_exactly(
    tmp_path: Path, minimal_deck_path: Path, suffix: str, text: str
) -> None:
    data = _data(minimal_deck_path)
    data["injects"][0]["narrative"] = text
    assert load_deck_data(data).ok
    target = tmp_path / f"guarded{suffix}"
    assert export_msel(data, target) == []
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert imported.data is not None, [p.format() for p in imported.problems]
    assert imported.data["injects"][0]["narrative"] == text


def test_an_hseep_template_with_controller_and_evaluator_notes_keeps_both(
    tmp_path: Path,
) -> None:
    path = tmp_path / "hseep.csv"
    path.write_text(
        "MSEL #,Event Synopsis,Inject,Responding Agency,Controller Notes,Evaluator Notes\n"
        "1,Cable cut,A cable is cut.,nato,Watch who calls first.,Note the first channel used.\n",
        encoding="utf-8",
    )
    imported = import_msel(path)
    assert imported.ok, [p.format() for p in imported.problems]
    assert imported.data is not None
    inject = imported.data["injects"][0]
    assert inject["facilitator_notes"] == "Watch who calls first."
    assert inject["evaluator_notes"] == "Note the first channel used."
    deck = load_deck_data(imported.data).deck
    assert deck is not None
    assert deck.injects[0].evaluator_notes == "Note the first channel used."


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_evaluator_notes_travel_both_ways(
    tmp_path: Path, minimal_deck_path: Path, suffix: str
) -> None:
    data = _data(minimal_deck_path)
    data["injects"][1]["evaluator_notes"] = "Did the team name its channel?"
    assert load_deck_data(data).ok
    target = tmp_path / f"evaluator{suffix}"
    assert export_msel(data, target) == []
    imported = import_msel(target, base=data if suffix == ".csv" else None)
    assert imported.data == data


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(
    ("character", "name"),
    [
        ("\x00", "U+0000 (NUL)"),
        ("\x1b", "U+001B (ESC)"),
        ("\x07", "U+0007 (BEL)"),
        ("\ufffe", "U+FFFE"),
        ("\uffff", "U+FFFF"),
        ("\ud800", "U+D800"),
    ],
)
def test_a_control_character_is_named_and_nothing_is_written(
    tmp_path: Path, minimal_deck_path: Path, suffix: str, character: str, name: str
) -> None:
    data = _data(minimal_deck_path)
    data["injects"][2]["narrative"] = f"Before{character}after"
    target = tmp_path / f"control{suffix}"
    problems = export_msel(data, target)
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1
    assert name in errors[0].message
    assert errors[0].path == ("injects", 2, "narrative")
    assert not target.exists()


def test_the_cli_exports_a_control_character_deck_without_a_traceback(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.yaml"
    text = minimal_deck_path.read_text(encoding="utf-8")
    deck.write_text(
        text.replace("title: Cable cut, a test deck", 'title: "Cable cut\\e, a test deck"', 1),
        encoding="utf-8",
    )
    code = main(["msel", "export", str(deck), "-o", str(tmp_path / "x.xlsx")])
    output = capsys.readouterr()
    assert "Traceback" not in output.err
    assert code == 1
    assert not (tmp_path / "x.xlsx").exists()
    if load_deck(deck).ok:  # the deck validates: the export names the character
        assert "U+001B (ESC)" in output.out
        assert "nothing was written" in output.err


def _long_campaign(data: dict[str, Any], injects: int) -> dict[str, Any]:
    """The deck with many 10-hour injects: delivery times and scenario times pass 1,000 hours."""
    deck = copy.deepcopy(data)
    first = deck["injects"][0]
    made = []
    for n in range(injects):
        inject = {
            "id": f"step-{n}",
            "title": f"Step {n}",
            "narrative": f"Step {n} of a long campaign.",
            "at": {"day": 1 + (n * 600) // 1440, "time": f"{(n * 10) % 24:02d}:00"},
            "duration": 600,
            "to": first.get("to", []),
        }
        made.append(inject)
    deck["injects"] = made
    deck.pop("start", None)
    return deck


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_times_of_a_thousand_hours_and_more_come_back(
    tmp_path: Path, minimal_deck_path: Path, suffix: str
) -> None:
    deck = _long_campaign(_data(minimal_deck_path), 130)  # 1,300 hours of class time
    first = load_deck_data(deck)
    assert first.ok, [p.format() for p in first.problems]
    target = tmp_path / f"campaign{suffix}"
    assert export_msel(deck, target) == []
    if suffix == ".xlsx":
        cells = [r[3] for r in load_workbook(target).worksheets[0].iter_rows(values_only=True)]
    else:
        cells = [line.split(",")[3] for line in target.read_text("utf-8-sig").splitlines()]
    assert "1000:00" in cells  # the delivery time of the 101st inject
    imported = import_msel(target, base=deck if suffix == ".csv" else None)
    assert imported.errors == [], [p.format() for p in imported.errors]
    assert imported.data == deck
