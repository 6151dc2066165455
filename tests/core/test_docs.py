"""The documentation's examples are real: the complete deck in docs/deck-format.md loads."""

from __future__ import annotations

import re
from pathlib import Path

from tabletop.core.deck.loader import load_deck_text

DOCS = Path(__file__).resolve().parent.parent.parent / "docs"


def test_deck_format_example_is_a_valid_deck() -> None:
    text = (DOCS / "deck-format.md").read_text(encoding="utf-8")
    match = re.search(r"## A complete example\n\n```yaml\n(.*?)```", text, re.S)
    assert match, "the complete example is in the page"
    result = load_deck_text(match.group(1), "deck-format.md example")
    assert result.deck is not None, [p.format() for p in result.problems]
    assert result.errors == []
    assert len(result.deck.injects) == 4
