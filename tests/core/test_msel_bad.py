"""The folder of bad spreadsheets: every file gives exactly the messages written beside it.

Each ``NAME.expected`` holds the problems ``tabletop msel import`` prints for
``NAME``, one per line; a first line ``# base: decks/minimal.yaml`` imports with
that base deck; a line starting ``cannot read:`` is the message for a file that
cannot be opened at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tabletop.core.deck.loader import load_deck
from tabletop.core.msel import import_msel
from tabletop.core.msel.files import MselFileError

DATA = Path(__file__).resolve().parent.parent / "data"
BAD = DATA / "msel" / "bad"
CASES = sorted(p for p in BAD.iterdir() if p.suffix != ".expected")


def test_every_bad_spreadsheet_has_its_expected_messages() -> None:
    assert CASES
    assert [p.name for p in CASES if not p.with_name(p.name + ".expected").exists()] == []


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_bad_spreadsheet_messages(case: Path) -> None:
    expected = case.with_name(case.name + ".expected").read_text(encoding="utf-8").splitlines()
    base = None
    if expected and expected[0].startswith("# base: "):
        result = load_deck(DATA / expected.pop(0).removeprefix("# base: "))
        assert result.document is not None
        base = result.document.data
    try:
        imported = import_msel(case, base=base)
    except MselFileError as exc:
        got = ["cannot read: " + str(exc).replace(f"{BAD}/", "")]
    else:
        got = [p.with_source(case.name).format() for p in imported.problems]
        if any(p.is_error for p in imported.problems):
            assert imported.data is None  # nothing to write when there are errors
    assert got == expected
