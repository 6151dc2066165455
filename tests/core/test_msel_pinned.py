"""What an MSEL export writes and an import reads, pinned: the same deck gives the same file.

The decks in ``tests/data/msel/exported/`` and ``tests/data/decks/`` are exported to CSV
(compared byte for byte) and XLSX (compared cell by cell: a workbook holds timestamps),
and both files are imported again (the deck data and every message compared). The
expected files sit beside the decks; after a change meant to alter them, write them
again with ``TABLETOP_PIN_MSEL=1 pytest tests/core/test_msel_pinned.py`` and review the
difference.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tabletop.core.deck.loader import load_deck
from tabletop.core.msel import export_msel, import_msel

DATA = Path(__file__).resolve().parent.parent / "data"
PINNED = DATA / "msel" / "exported"
DECKS = [
    PINNED / "every-field.yaml",
    DATA / "decks" / "evaluated.yaml",
    DATA / "decks" / "team-cards.yaml",
    DATA / "decks" / "languages.yaml",
]
CASES = [(deck, language) for deck in DECKS for language in (None, "ru")]
WRITE = os.environ.get("TABLETOP_PIN_MSEL") == "1"


def _deck(path: Path) -> dict[str, Any]:
    result = load_deck(path)
    assert result.ok and result.document is not None, [p.format() for p in result.problems]
    data: dict[str, Any] = result.document.data
    return data


def _name(deck: Path, language: str | None) -> str:
    return deck.stem + (f".{language}" if language else "")


def _cells(path: Path) -> list[Any]:
    book = load_workbook(path)
    return [
        [sheet.title, [[cell.value for cell in row] for row in sheet.iter_rows()]]
        for sheet in book.worksheets
    ]


def _imported(path: Path, base: dict[str, Any] | None) -> dict[str, Any]:
    result = import_msel(path, base=base)
    return {
        "data": result.data,
        "problems": [p.with_source(path.name).format() for p in result.problems],
        "sheet": result.sheet,
        "sheets": list(result.sheets),
    }


def _check(expected: Path, got: bytes) -> None:
    if WRITE:
        expected.write_bytes(got)
    assert got == expected.read_bytes(), f"{expected.name} differs"


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1, default=str) + "\n").encode()


@pytest.mark.parametrize(("deck", "language"), CASES, ids=[_name(d, lang) for d, lang in CASES])
def test_an_export_writes_and_an_import_reads_what_is_pinned(
    tmp_path: Path, deck: Path, language: str | None
) -> None:
    data = _deck(deck)
    name = _name(deck, language)
    csv_path, xlsx_path = tmp_path / f"{name}.csv", tmp_path / f"{name}.xlsx"
    assert export_msel(data, csv_path, language) == []
    assert export_msel(data, xlsx_path, language) == []
    _check(PINNED / f"{name}.csv", csv_path.read_bytes())
    _check(PINNED / f"{name}.xlsx.json", _json(_cells(xlsx_path)))
    imported = {
        "csv with the deck as base": _imported(csv_path, data),
        "csv alone": _imported(csv_path, None),
        "xlsx": _imported(xlsx_path, None),
    }
    _check(PINNED / f"{name}.imported.json", _json(imported))
