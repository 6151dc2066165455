"""Lists of decks read a deck file again only when it changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from support.sessions import MINIMAL

from tabletop.core.deck import library


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    seen: list[Path] = []
    real = library._entry

    def counting(path: Path, origin: str) -> library.DeckEntry:
        seen.append(path)
        return real(path, origin)

    monkeypatch.setattr(library, "_entry", counting)
    return seen


def test_an_unchanged_deck_is_listed_without_reading_it(
    tabletop_home: Path, reads: list[Path]
) -> None:
    decks = tabletop_home / "decks"
    decks.mkdir()
    mine = decks / "mine.yaml"
    shutil.copy(MINIMAL, mine)
    first = {e.id: e for e in library.list_decks()}
    assert mine in reads and "test-minimal" in first
    reads.clear()
    second = {e.id: e for e in library.list_decks()}
    assert reads == []  # nothing was read again, bundled decks included
    assert second["test-minimal"].to_json() == first["test-minimal"].to_json()
    assert second["test-minimal"].summary == first["test-minimal"].summary

    # an edit (new size and time) is noticed
    mine.write_text(
        MINIMAL.read_text(encoding="utf-8").replace("Cable cut, a test deck", "Renamed"),
        encoding="utf-8",
    )
    third = {e.id: e for e in library.list_decks()}
    assert reads == [mine]
    assert third["test-minimal"].title == "Renamed"

    # the same size, a new time, is noticed too
    reads.clear()
    stat = mine.stat()
    os.utime(mine, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    library.list_decks()
    assert reads == [mine]


def test_a_damaged_cache_only_costs_speed(tabletop_home: Path, reads: list[Path]) -> None:
    library.list_decks()
    cache = tabletop_home / "cache" / "decks.json"
    assert cache.is_file()
    cache.write_text("{not json", encoding="utf-8")
    reads.clear()
    entries = library.list_decks()
    assert reads and all(not e.problem for e in entries)
    cache.write_text('{"version": 1, "entries": {"x": {"stamp": [1, 2], "summary": 3}}}')
    assert [e.id for e in library.list_decks()] == [e.id for e in entries]
