"""``tabletop msel export`` and ``tabletop msel import`` from a shell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tabletop.cli import main
from tabletop.core.deck.loader import load_deck

BAD = Path(__file__).resolve().parent.parent / "data" / "msel" / "bad"


def test_export_then_import_gives_the_same_deck(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "msel.xlsx"
    deck = tmp_path / "back.yaml"
    assert main(["msel", "export", str(minimal_deck_path), "-o", str(sheet)]) == 0
    assert main(["msel", "import", str(sheet), "-o", str(deck)]) == 0
    assert load_deck(deck).deck == load_deck(minimal_deck_path).deck
    assert "Wrote 4 injects to" in capsys.readouterr().err


def test_csv_import_with_a_base_deck(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "msel.csv"
    deck = tmp_path / "back.yaml"
    assert main(["msel", "export", str(minimal_deck_path), "-o", str(sheet)]) == 0
    assert "--base" in capsys.readouterr().err  # says how to bring the rest back
    assert (
        main(["msel", "import", str(sheet), "--base", str(minimal_deck_path), "-o", str(deck)]) == 0
    )
    assert load_deck(deck).deck == load_deck(minimal_deck_path).deck


def test_a_bad_sheet_is_reported_row_by_row_and_nothing_is_written(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.yaml"
    code = main(
        [
            "msel",
            "import",
            str(BAD / "bad-cells.csv"),
            "--base",
            str(minimal_deck_path),
            "-o",
            str(deck),
        ]
    )
    assert code == 1
    assert not deck.exists()
    output = capsys.readouterr()
    assert (
        "row 3, column C (Scenario time): 'Day x 25:00' is not a scenario time; "
        "write it like Day 1 06:40"
    ) in output.out
    assert "14 errors, 1 warning; nothing was written" in output.err


def test_an_existing_deck_is_not_replaced_without_force(
    tmp_path: Path, minimal_deck_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "msel.xlsx"
    deck = tmp_path / "deck.yaml"
    deck.write_text("precious", encoding="utf-8")
    main(["msel", "export", str(minimal_deck_path), "-o", str(sheet)])
    assert main(["msel", "import", str(sheet), "-o", str(deck)]) == 2
    assert deck.read_text(encoding="utf-8") == "precious"
    assert "add --force" in capsys.readouterr().err
    assert main(["msel", "import", str(sheet), "-o", str(deck), "--force"]) == 0
    assert load_deck(deck).ok


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["msel", "import", "missing.csv", "-o", "x.yaml"], "missing.csv: no such file"),
        (
            ["msel", "import", str(BAD / "old-format.xls"), "-o", "x.yaml"],
            ".xls files cannot be read; save the spreadsheet as .xlsx or .csv",
        ),
        (["msel", "export", "no-such-deck", "-o", "x.csv"], "no deck with the id 'no-such-deck'"),
        (["msel", "export", "no-such-deck", "-o", "x.ods"], "written as .csv or .xlsx"),
        (["msel", "import", str(BAD / "empty.csv"), "-o", "x.txt"], "written as .yaml"),
    ],
)
def test_unreadable_input_and_bad_names_exit_2_with_a_plain_message(
    args: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    error = capsys.readouterr().err
    assert message in error
    assert "Traceback" not in error


FOREIGN = Path(__file__).resolve().parent.parent / "data" / "msel" / "foreign"


def test_show_mapping_prints_the_proposal_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.yaml"
    code = main(
        [
            "msel",
            "import",
            str(FOREIGN / "hseep-baltic-shield.xlsx"),
            "--show-mapping",
            "-o",
            str(deck),
        ]
    )
    assert code == 0
    assert not deck.exists()
    output = capsys.readouterr().out
    assert "sheet Injects: headers on row 4" in output
    assert "Sheets: Cover, Injects, Lists" in output
    rows = {line.split()[0]: line for line in output.splitlines() if line[:2] in ("B ", "F ")}
    assert "Designated Scenario Time" in rows["B"] and "Scenario time" in rows["B"]
    assert "Kept in the notes" in rows["F"]
    assert '--map "HEADER=FIELD"' in output


def test_map_changes_a_column_and_kept_columns_are_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "deck.yaml"
    code = main(
        [
            "msel",
            "import",
            str(FOREIGN / "english-tool-offsets.csv"),
            "--map",
            "Status=skip",
            "--map",
            "Inject Mode=Delivery method",
            "-o",
            str(deck),
        ]
    )
    assert code == 0
    data = load_deck(deck)
    assert data.deck is not None
    assert data.deck.injects[0].facilitator_notes == "Inject Mode: Email\nLocation: Room A"
    output = capsys.readouterr()
    assert "kept in each inject's facilitator notes" in output.out
    assert "Wrote 3 injects" in output.err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--map", "Nowhere=Inject text"], "--map: there is no column headed 'Nowhere'"),
        (["--map", "Status=colour"], "--map: 'colour' is not a field"),
        (["--sheet", "Annex"], "there is no sheet named 'Annex'"),
    ],
)
def test_bad_map_or_sheet_is_a_clear_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    deck = tmp_path / "deck.yaml"
    code = main(
        ["msel", "import", str(FOREIGN / "english-tool-offsets.csv"), *arguments, "-o", str(deck)]
    )
    output = capsys.readouterr()
    assert code in (1, 2)
    assert message in output.out + output.err
    assert "Traceback" not in output.err
    assert not deck.exists()


def test_import_needs_an_output_unless_it_only_shows_the_mapping(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["msel", "import", str(FOREIGN / "english-tool-offsets.csv")]) == 2
    assert "-o DECK.yaml" in capsys.readouterr().err
