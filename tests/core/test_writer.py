"""The YAML writer: faithful, stable, readable deck files, saved atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tabletop.core.deck.loader import load_deck, load_deck_data, load_deck_text
from tabletop.core.deck.translation import is_companion
from tabletop.core.deck.writer import DeckWriteError, dump_deck, save_deck
from tabletop.core.deck.yaml_comments import comments, header_comments, lost_comments
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.problems import Location


def _load(path: Path) -> dict[str, Any]:
    result = load_deck(path)
    assert result.document is not None
    data: dict[str, Any] = result.document.data
    return data


def test_load_save_load_gives_an_equal_deck(minimal_deck_path: Path) -> None:
    original = load_deck(minimal_deck_path)
    text = dump_deck(_load(minimal_deck_path))
    again = load_deck_text(text)
    assert again.problems == []
    assert again.deck == original.deck


def test_writing_twice_gives_the_same_text(minimal_deck_path: Path) -> None:
    once = dump_deck(_load(minimal_deck_path))
    assert read_text(once).data is not None
    twice = dump_deck(load_deck_text(once).document.data)  # type: ignore[union-attr]
    assert once == twice


def test_keys_follow_the_schema_order_whatever_order_they_were_written_in() -> None:
    data = {
        "injects": [
            {
                "narrative": "N",
                "branches": [{"goto": "end", "when": {"escalation_at_least": 3}}],
                "title": "T",
                "id": "one",
            },
        ],
        "teams": [{"name": "Team A", "id": "a"}],
        "title": "Deck",
        "id": "d",
        "format": "tabletop-deck/1",
    }
    text = dump_deck(data)
    lines = [line.strip() for line in text.splitlines()]
    assert lines[:3] == ["format: tabletop-deck/1", "id: d", "title: Deck"]
    assert text.index("teams:") < text.index("injects:")
    inject = text[text.index("injects:") :]
    assert inject.index("id: one") < inject.index("title: T") < inject.index("narrative: N")
    assert inject.index("when:") < inject.index("goto: end")
    assert load_deck_data(read_text(text).data).ok


def test_unknown_keys_are_kept_after_the_known_ones() -> None:
    text = dump_deck({"zeta": 1, "title": "T", "alpha": 2, "format": "tabletop-deck/1"})
    keys = [line.split(":")[0] for line in text.splitlines()]
    assert keys == ["format", "title", "zeta", "alpha"]


def test_long_text_is_written_in_block_style_and_unicode_as_written() -> None:
    narrative = (
        "Над Балтийским морем потеряна связь с самолётом; the Estonian navy reports "
        "a second cable fault near Tallinn – 06:40 local time, «no comment» from Moscow."
    )
    notes = "First line.\nSecond line: ask who called whom.\n"
    text = dump_deck({"narrative": narrative, "facilitator_notes": notes, "title": "Ð ñ 你好"})
    assert "narrative: >-\n" in text
    assert "facilitator_notes: |\n" in text
    assert "Над Балтийским" in text and "«no comment»" in text and "你好" in text
    assert "\\u" not in text
    assert max(len(line) for line in text.splitlines()) <= 100
    assert read_text(text).data == {
        "narrative": narrative,
        "facilitator_notes": notes,
        "title": "Ð ñ 你好",
    }


def test_text_that_yaml_would_read_as_something_else_is_quoted() -> None:
    data = {
        "title": "yes",
        "version": "1.10",
        "phase": "06:40",
        "summary": "null",
        "audience": "- not a list",
        "language": "# not a comment",
    }
    assert read_text(dump_deck(data)).data == data


def test_positive_escalation_changes_are_signed() -> None:
    text = dump_deck(
        {
            "injects": [
                {"id": "a", "effects": {"escalation": 2}},
                {"id": "b", "effects": {"escalation": -1}},
            ]
        }
    )
    assert "escalation: +2" in text and "escalation: -1" in text
    assert read_text(text).data["injects"][0]["effects"]["escalation"] == 2


def test_the_top_comment_block_is_kept(minimal_deck_path: Path) -> None:
    source = minimal_deck_path.read_text(encoding="utf-8")
    header = header_comments(source)
    assert header.startswith("# yaml-language-server:")
    text = dump_deck(_load(minimal_deck_path), header)
    assert text.startswith(header)
    assert lost_comments(source) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1 # why\n", [Location(1, 6)]),
        ("# top\na: 1\n", [Location(1, 1)]),
        ("a: 'x # not a comment'\n", []),
        ('a: "x # not a comment"\n', []),
        ("a: x#y\n", []),
        ("a: |\n  text # inside block text\n  more\n", []),
        ("a: >-\n  # looks like a comment but is text\n", []),
        ("a: |  # on the header line\n  text\n", [Location(1, 7)]),
        ("a: [x, y]  # after a flow list\n", [Location(1, 12)]),
        ("a:\n  - x\n  # between items\n  - y\n", [Location(3, 3)]),
        ("a: 1\n# trailing\n", [Location(2, 1)]),
    ],
)
def test_comments_are_told_apart_from_hash_signs_in_text(
    text: str, expected: list[Location]
) -> None:
    assert comments(text) == expected


def test_comments_below_the_top_block_are_reported_as_lost() -> None:
    text = "# schema line\n\n# about this deck\nid: x  # the id\ntitle: 'a # b'\n"
    assert header_comments(text) == "# schema line\n\n# about this deck\n"
    assert lost_comments(text) == [Location(4, 8)]


INJECTS = Path(__file__).resolve().parents[2] / "injects"
BUNDLED = sorted(p for p in INJECTS.glob("*.yaml") if not is_companion(p))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_decks_load_save_load_equal(path: Path) -> None:
    original = load_deck(path)
    assert original.document is not None
    source = path.read_text(encoding="utf-8")
    text = dump_deck(original.document.data, header_comments(source))
    again = load_deck_text(text)
    assert again.deck == original.deck
    assert again.document is not None and again.document.data == original.document.data
    assert text.startswith("# yaml-language-server:")
    assert max(len(line) for line in text.splitlines() if "://" not in line) <= 100


# -- saving ------------------------------------------------------------------------------


def test_save_replaces_the_file_and_leaves_no_temporary_files(
    tmp_path: Path, minimal_deck_path: Path
) -> None:
    target = tmp_path / "deck.yaml"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    text = save_deck(target, _load(minimal_deck_path))
    assert target.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.yaml"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert load_deck(target).ok


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_a_failed_save_says_why_and_keeps_the_old_file(
    tmp_path: Path, minimal_deck_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "deck.yaml"
    target.write_text("precious", encoding="utf-8")
    folder.chmod(0o500)
    try:
        with pytest.raises(DeckWriteError, match=r"cannot save .*deck\.yaml: .*unchanged"):
            save_deck(target, _load(minimal_deck_path))
    finally:
        folder.chmod(0o700)
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in folder.iterdir()] == ["deck.yaml"]


def test_a_full_disk_during_save_keeps_the_old_file(
    tmp_path: Path, minimal_deck_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deck.yaml"
    target.write_text("precious", encoding="utf-8")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(DeckWriteError, match="No space left on device; the previous file"):
        save_deck(target, _load(minimal_deck_path))
    assert target.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.yaml"]


# -- properties ----------------------------------------------------------------------------

_any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=120)
_prose = st.lists(st.text(alphabet="ab #:-'\"|>\n\té Ж", max_size=25), min_size=1, max_size=12).map(
    " ".join
)
_scalars = (
    _any_text
    | _prose
    | st.integers(-(10**9), 10**9)
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False)
)
_keys = st.sampled_from(
    ["narrative", "title", "effects", "escalation", "to", "at", "injects", "questions", "ladder"]
) | st.text(min_size=1, max_size=12).filter(
    lambda k: k != "<<"
)  # a merge key, which the reader rejects
_plain_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, _plain_data, min_size=1, max_size=6))
def test_any_plain_data_reads_back_exactly(data: dict[str, Any]) -> None:
    assert read_text(dump_deck(data)).data == data


_line = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), min_size=1, max_size=90
).filter(lambda s: s.strip() == s and s != "")
_long = st.one_of(
    _line,
    st.lists(_line, min_size=1, max_size=4).map("\n".join),
    _prose.filter(lambda s: s.strip() != ""),
)


@st.composite
def _decks(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 5))
    injects = []
    for i in range(count):
        inject: dict[str, Any] = {"id": f"i{i}", "title": draw(_line), "narrative": draw(_long)}
        if draw(st.booleans()):
            hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
            inject["at"] = {"day": draw(st.integers(1, 9)), "time": f"{hour:02d}:{minute:02d}"}
        if draw(st.booleans()):
            inject["facilitator_notes"] = draw(_long)
        if draw(st.booleans()):
            inject["questions"] = draw(st.lists(_line, min_size=1, max_size=3))
        if draw(st.booleans()):
            inject["effects"] = {
                "escalation": draw(st.integers(-3, 3)),
                "channels": {"hotline": draw(st.sampled_from(["open", "closed"]))},
            }
        if i + 1 < count and draw(st.booleans()):
            inject["branches"] = [
                {
                    "when": {"escalation_at_least": draw(st.integers(0, 10))},
                    "goto": f"i{i + 1}",
                    "label": draw(_line),
                }
            ]
        injects.append(inject)
    return {
        "format": "tabletop-deck/1",
        "id": "generated",
        "title": draw(_line),
        "summary": draw(_long),
        "teams": [{"id": "us", "name": draw(_line)}, {"id": "russia", "name": draw(_line)}],
        "injects": injects,
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_decks())
def test_generated_decks_load_save_load_equal(data: dict[str, Any]) -> None:
    first = load_deck_data(data)
    assert first.ok, [p.message for p in first.problems]
    text = dump_deck(data)
    again = load_deck_text(text)
    assert again.deck == first.deck
    assert dump_deck(again.document.data) == text  # type: ignore[union-attr]
