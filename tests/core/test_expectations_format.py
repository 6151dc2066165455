"""Expected actions with tests, and the exercise overview, in the deck format."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tabletop.core.deck.edits import references_to_inject, rename_inject
from tabletop.core.deck.loader import load_deck, load_deck_data
from tabletop.core.deck.model import DecisionMade, Expectation
from tabletop.core.deck.writer import check_faithful, dump_deck
from tabletop.core.deck.yaml_reader import read_text

DECK = Path(__file__).parents[1] / "data" / "decks" / "evaluated.yaml"


@pytest.fixture
def data() -> dict[str, Any]:
    return read_text(DECK.read_text(encoding="utf-8")).data


def test_plain_and_structured_expected_actions_load_side_by_side() -> None:
    deck = load_deck(DECK).deck
    assert deck is not None
    inject = deck.inject("cable-cut")
    assert inject.expected_actions == (
        "Seek attribution before any enforcement step",
        "Warn Moscow over the hotline before the tanker is boarded",
    )
    plain, checked = inject.expectations
    assert plain == Expectation("Seek attribution before any enforcement step")
    assert checked.test == DecisionMade(
        by="us", channel="hotline", delivered=True, since="cable-cut"
    )
    assert checked.before == "tanker-boarded"


def test_overview_fields_are_deck_metadata() -> None:
    deck = load_deck(DECK).deck
    assert deck is not None
    assert deck.overview.mission_areas == ("Prevention", "Response")
    assert deck.overview.threat == "Sabotage of undersea infrastructure"
    assert deck.overview.glossary == (("INCSEA", "Incidents at Sea Agreement"),)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e.update(before="nowhere"), "unknown inject 'nowhere'"),
        (
            lambda e: e.update(test={"decision": {"channel": "hotlin"}}),
            "unknown channel 'hotlin'; did you mean 'hotline'?",
        ),
        (lambda e: e.update(test={"decision": {"since": "cable"}}), "unknown inject 'cable'"),
        (lambda e: e.pop("text"), "text"),
        (lambda e: e.update(when={"delivered": "talks"}), "unknown key 'when'"),
    ],
)
def test_ids_and_keys_in_an_expected_action_are_checked(
    data: dict[str, Any], change: Any, message: str
) -> None:
    change(data["injects"][0]["expected_actions"][1])
    result = load_deck_data(data)
    assert not result.ok
    paths = [p.path for p in result.problems]
    assert any(path[:4] == ("injects", 0, "expected_actions", 1) for path in paths), paths
    assert any(message in p.message for p in result.problems), result.problems


def test_the_writer_keeps_structured_expected_actions_in_schema_order(
    data: dict[str, Any],
) -> None:
    entry = data["injects"][0]["expected_actions"][1]
    data["injects"][0]["expected_actions"][1] = dict(reversed(list(entry.items())))
    text = dump_deck(data)
    check_faithful(data, text)
    block = text[text.index("- text: Warn Moscow") :]
    assert block.index("text:") < block.index("test:") < block.index("before:")


def test_renaming_an_inject_follows_expected_actions(data: dict[str, Any]) -> None:
    before = copy.deepcopy(data)
    found = references_to_inject(data, "cable-cut")
    assert ("injects", 0, "expected_actions", 1, "test", "decision", "since") in found
    edit = rename_inject(data, 1, "boarding")
    edit.apply(data)
    assert data["injects"][0]["expected_actions"][1]["before"] == "boarding"
    assert load_deck_data(copy.deepcopy(data)).ok
    edit.inverse().apply(data)
    assert data == before
