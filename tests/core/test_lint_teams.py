"""Teams a class cannot tell apart on the meter or in the log."""

from __future__ import annotations

from support.sessions import MINIMAL

from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.loader import load_deck_text

TEXT = MINIMAL.read_text(encoding="utf-8")


def _warnings(text: str) -> list[str]:
    result = load_deck_text(text, "tags.yaml")
    assert result.deck is not None, result.problems
    return [p.format() for p in lint_deck(result) if p.code == "lint-team-tag"]


def test_two_teams_with_the_same_tag_are_pointed_at() -> None:
    text = TEXT.replace(
        "name: US National Security Council", "name: US National Security Council\n    short: NSC"
    ).replace("name: Russian Security Council", "name: Russian Security Council\n    short: nsc")
    found = _warnings(text)
    assert len(found) == 1, found
    assert "tags.yaml:" in found[0] and "'nsc'" in found[0] and "US National Security" in found[0]


def test_distinct_tags_and_default_tags_are_quiet() -> None:
    assert _warnings(TEXT) == []
    text = TEXT.replace(
        "name: Russian Security Council", "name: Russian Security Council\n    short: Russia"
    )
    assert _warnings(text) == []


def test_two_teams_with_the_same_name_and_tag_are_pointed_at_by_their_ids() -> None:
    # a deck copied from another often keeps a name twice: the meter shows one tag twice
    text = TEXT.replace("name: Russian Security Council", "name: US National Security Council")
    text = text.replace("  - id: us\n", "  - id: us\n    short: NSC\n").replace(
        "  - id: russia\n", "  - id: russia\n    short: NSC\n"
    )
    found = _warnings(text)
    assert len(found) == 1, found
    assert "'NSC'" in found[0]
    assert "'us'" in found[0] and "'russia'" in found[0], found[0]
