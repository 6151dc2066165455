"""The record of checked decks: a speed-up that never hides a problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from tabletop.core.deck import checked, loader


def _count_schema_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = loader.schema_problems

    def counting(doc):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(doc)

    monkeypatch.setattr(loader, "schema_problems", counting)
    return calls


def test_quick_loads_skip_the_schema_only_for_a_text_that_passed(
    minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_schema_checks(monkeypatch)
    text = minimal_deck_path.read_text()
    assert loader.load_deck_text(text, quick=True).ok
    assert loader.load_deck_text(text, quick=True).ok
    assert len(calls) == 1  # the second load trusted the first
    assert loader.load_deck_text(text).ok
    assert len(calls) == 2  # a full load always checks


def test_a_changed_text_is_checked_again(
    minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = minimal_deck_path.read_text()
    assert loader.load_deck_text(text, quick=True).ok
    broken = text.replace("title: A tanker is boarded", "titel: A tanker is boarded")
    result = loader.load_deck_text(broken, quick=True)
    assert not result.ok
    assert any("unknown key 'titel'" in p.message for p in result.errors)


def test_an_unwritable_cache_only_costs_speed(minimal_deck_path: Path, tabletop_home: Path) -> None:
    (tabletop_home / "cache").write_text("not a folder")
    assert loader.load_deck_text(minimal_deck_path.read_text(), quick=True).ok
    assert not checked.already_checked(checked.fingerprint("deck", "anything"))


def test_a_quick_load_gives_the_same_deck(minimal_deck_path: Path) -> None:
    text = minimal_deck_path.read_text()
    full = loader.load_deck_text(text)
    quick = loader.load_deck_text(text, quick=True)
    assert quick.deck == full.deck
    assert quick.text == text


def test_a_damaged_cache_entry_is_ignored(minimal_deck_path: Path, tabletop_home: Path) -> None:
    text = minimal_deck_path.read_text()
    assert loader.load_deck_text(text).ok
    for entry in (tabletop_home / "cache" / "checked").glob("*.json"):
        entry.write_text("{not json")
    assert loader.load_deck_text(text, quick=True).ok
