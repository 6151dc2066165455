"""Reversible edits of deck data: every edit undoes exactly."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tabletop.core.deck.edits import (
    MISSING,
    Insert,
    Move,
    Remove,
    SetValue,
    get,
    references_to_inject,
    rename_inject,
    set_value,
    unique_id,
)
from tabletop.core.deck.loader import load_deck, load_deck_data


@pytest.fixture
def deck(minimal_deck_path: Path) -> dict[str, Any]:
    result = load_deck(minimal_deck_path)
    assert result.document is not None
    data: dict[str, Any] = result.document.data
    return data


def test_set_add_and_remove_a_key_and_undo(deck: dict[str, Any]) -> None:
    before = copy.deepcopy(deck)
    edit = set_value(deck, ("injects", 3, "phase"), "Move 2")
    edit.apply(deck)
    assert deck["injects"][3]["phase"] == "Move 2"
    edit.inverse().apply(deck)
    assert deck == before and "phase" not in deck["injects"][3]
    removal = set_value(deck, ("summary",), MISSING)
    removal.apply(deck)
    assert "summary" not in deck
    removal.inverse().apply(deck)
    assert deck == before


def test_insert_remove_and_move_in_lists(deck: dict[str, Any]) -> None:
    before = copy.deepcopy(deck)
    insert = Insert(("injects", 0, "questions"), 1, "And then?")
    insert.apply(deck)
    assert deck["injects"][0]["questions"] == ["Who do you call first?", "And then?"]
    move = Move(("injects",), 0, 2)
    move.apply(deck)
    assert [i["id"] for i in deck["injects"]] == [
        "tanker-seizure",
        "talks-offer",
        "cable-cut",
        "stalled",
    ]
    remove = Remove(("injects",), 3)
    remove.apply(deck)
    for edit in (remove, move, insert):
        edit.inverse().apply(deck)
    assert deck == before


def test_inserting_into_a_missing_list_creates_it_and_undo_removes_it(
    deck: dict[str, Any],
) -> None:
    before = copy.deepcopy(deck)
    edit = Insert(("injects", 3, "questions"), 0, "Comment?")
    edit.apply(deck)
    assert deck["injects"][3]["questions"] == ["Comment?"]
    edit.inverse().apply(deck)
    assert deck == before


def test_setting_a_value_under_a_missing_mapping_creates_it(deck: dict[str, Any]) -> None:
    before = copy.deepcopy(deck)
    edit = set_value(deck, ("injects", 3, "effects", "escalation"), 2)
    edit.apply(deck)
    assert deck["injects"][3]["effects"] == {"escalation": 2}
    edit.inverse().apply(deck)
    assert deck == before


def test_replacing_the_whole_deck_and_back(deck: dict[str, Any]) -> None:
    before = copy.deepcopy(deck)
    edit = set_value(deck, (), {"format": "tabletop-deck/1", "id": "other"})
    edit.apply(deck)
    assert deck == {"format": "tabletop-deck/1", "id": "other"}
    edit.inverse().apply(deck)
    assert deck == before


def test_renaming_an_inject_follows_every_reference(deck: dict[str, Any]) -> None:
    deck["injects"][1]["branches"].append(
        {
            "when": {"any": [{"delivered": "talks-offer"}, {"not": {"delivered": "talks-offer"}}]},
            "goto": "talks-offer",
        }
    )
    before = copy.deepcopy(deck)
    assert len(references_to_inject(deck, "talks-offer")) == 5
    edit = rename_inject(deck, 2, "offer")
    edit.apply(deck)
    assert references_to_inject(deck, "talks-offer") == []
    assert len(references_to_inject(deck, "offer")) == 5
    assert load_deck_data(copy.deepcopy(deck)).ok
    edit.inverse().apply(deck)
    assert deck == before


def test_unique_ids() -> None:
    assert unique_id("inject", set()) == "inject"
    assert unique_id("inject", {"inject", "inject-2"}) == "inject-3"


@st.composite
def _edit_sequences(draw: st.DrawFn) -> list[tuple[str, int, int]]:
    return draw(
        st.lists(
            st.tuples(
                st.sampled_from(["set", "insert", "remove", "move"]),
                st.integers(0, 5),
                st.integers(0, 5),
            ),
            max_size=12,
        )
    )


@settings(max_examples=200, deadline=None)
@given(steps=_edit_sequences())
def test_any_sequence_of_edits_undoes_to_the_start(steps: list[tuple[str, int, int]]) -> None:
    data: dict[str, Any] = {"injects": [{"id": f"i{n}", "title": str(n)} for n in range(3)]}
    start = copy.deepcopy(data)
    done = []
    for kind, a, b in steps:
        count = len(data["injects"])
        if kind == "set" and count:
            edit: Any = set_value(data, ("injects", a % count, "title"), f"t{b}")
        elif kind == "insert":
            edit = Insert(("injects",), a % (count + 1), {"id": f"n{b}"})
        elif kind == "remove" and count:
            edit = Remove(("injects",), a % count)
        elif kind == "move" and count:
            edit = Move(("injects",), a % count, b % count)
        else:
            continue
        edit.apply(data)
        done.append(edit)
    for edit in reversed(done):
        edit.inverse().apply(data)
    assert data == start
    assert get(data, ("injects", 9, "id")) is MISSING
    assert isinstance(SetValue((), {}).inverse(), SetValue)
