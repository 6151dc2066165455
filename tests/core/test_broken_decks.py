"""Every broken deck in tests/data/broken gives exactly the messages in its .expected file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tabletop.core.deck.loader import load_deck

BROKEN = Path(__file__).resolve().parent.parent / "data" / "broken"
CASES = sorted(BROKEN.glob("*.yaml"))


def test_the_folder_has_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("deck_path", CASES, ids=[p.stem for p in CASES])
def test_broken_deck_messages(deck_path: Path) -> None:
    expected = deck_path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    result = load_deck(deck_path)
    got = [p.with_source(deck_path.name).format() for p in result.problems]
    assert got == expected
    assert result.problems, "a broken deck must report something"
    if any(p.is_error for p in result.problems):
        assert result.deck is None
    for problem in result.problems:
        assert problem.location.line >= 1, problem
