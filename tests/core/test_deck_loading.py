"""Loading good decks, and the reader's limits and fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tabletop.core.deck import yaml_reader
from tabletop.core.deck.loader import UnreadableFile, load_deck, load_deck_data, load_deck_text
from tabletop.core.deck.model import ChannelStatus, InjectType, ScenarioTime
from tabletop.core.deck.yaml_reader import YamlReadError, read_text


def test_minimal_deck_loads_with_every_field(minimal_deck_path: Path) -> None:
    result = load_deck(minimal_deck_path)
    assert result.ok, [p.format() for p in result.problems]
    deck = result.deck
    assert deck is not None
    assert deck.id == "test-minimal"
    assert [t.id for t in deck.teams] == ["nato", "us", "russia"]
    first = deck.inject("cable-cut")
    assert first.at == ScenarioTime(day=1, minute=6 * 60 + 40)
    assert first.sender == "Finnish Navy"
    assert first.effects.escalation == 1
    assert first.effects.channels == (("mil-to-mil", ChannelStatus.CLOSED),)
    assert first.branches[0].goto == "talks-offer"
    assert deck.inject("stalled").type is InjectType.CONTINGENCY
    # catalog channel with an override, and the deck's own channel
    assert deck.channel("mil-to-mil").status is ChannelStatus.DEGRADED
    assert deck.channel("cable-commission").latency == 60
    # the shared bibliography is available to every deck
    assert deck.source("charap-2026") is not None


def test_unquoted_times_are_taken_as_written() -> None:
    text = Path(__file__).resolve().parent.parent.joinpath("data/decks/minimal.yaml").read_text()
    text = text.replace('time: "06:40"', "time: 6:40")  # YAML 1.1 reads 6:40 as 400
    result = load_deck_text(text)
    assert result.ok
    assert result.deck is not None
    assert result.deck.inject("cable-cut").at == ScenarioTime(1, 400)


def test_missing_file_and_folder_are_unreadable(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="no such file"):
        load_deck(tmp_path / "nope.yaml")
    with pytest.raises(UnreadableFile, match="folder"):
        load_deck(tmp_path)


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("format: tabletop-deck/1\n" + "# padding\n" * 200)
    monkeypatch.setattr(yaml_reader, "MAX_BYTES", 1000)
    result = load_deck(big)
    assert result.deck is None
    assert "may be at most" in result.problems[0].message


def test_libyaml_and_pure_python_readers_agree(minimal_deck_path: Path) -> None:
    text = minimal_deck_path.read_text()
    fast = read_text(text, fast=True)
    slow = read_text(text, fast=False)
    assert fast.data == slow.data
    assert fast.positions == slow.positions
    assert fast.key_positions == slow.key_positions


def test_every_value_keeps_its_place() -> None:
    doc = read_text("a:\n  b: [1, two]\n  c: |\n    text\n")
    assert str(doc.where(("a", "b", 1))) == "2:10"
    assert str(doc.where_key(("a", "c"))) == "3:3"
    # an unknown path falls back to its nearest located parent
    assert str(doc.where(("a", "b", 7))) == "2:6"


def test_pure_python_reader_reports_deep_nesting_too() -> None:
    with pytest.raises(YamlReadError) as info:
        read_text("x: " + "[" * 500 + "]" * 500, fast=False)
    assert "nested more than" in info.value.problems[0].message


def test_data_without_positions_can_be_checked() -> None:
    result = load_deck_data({"format": "tabletop-deck/1", "id": "x", "title": "X"})
    assert result.deck is None
    assert {p.message for p in result.errors} == {
        "the deck is missing the required key 'injects'",
        "the deck is missing the required key 'teams'",
    }
