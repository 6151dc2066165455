"""Play time beside class time: a deck may say how many of its minutes are play.

``duration`` is the class (briefing, play and hot wash); ``play_time`` is what the
injects fill. The linter times the routes against the play time, the writer keeps
the key beside the duration, and ``tabletop decks`` shows both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tabletop.cli import main
from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.writer import dump_deck
from tabletop.core.deck.yaml_reader import read_text

MINIMAL = Path(__file__).resolve().parent.parent / "data" / "decks" / "minimal.yaml"


def _text(duration: int, play_time: int | None) -> str:
    text = MINIMAL.read_text(encoding="utf-8").replace("duration: 45\n", f"duration: {duration}\n")
    if play_time is not None:
        text = text.replace(
            f"duration: {duration}\n", f"duration: {duration}\nplay_time: {play_time}\n"
        )
    return text


def _timing(text: str) -> list[str]:
    result = load_deck_text(text, "t.yaml")
    assert result.deck is not None, [p.format() for p in result.problems]
    return [p.message for p in lint_deck(result) if p.code.startswith(("lint-timing", "lint-play"))]


def test_the_deck_carries_both_times() -> None:
    deck = load_deck_text(_text(60, 35), "t.yaml").deck
    assert deck is not None
    assert (deck.duration, deck.play_time, deck.planned_play) == (60, 35, 35)
    deck = load_deck_text(_text(45, None), "t.yaml").deck
    assert deck is not None
    assert (deck.play_time, deck.planned_play) == (0, 45)


def test_routes_are_timed_against_the_play_time_not_the_class_time() -> None:
    # the minimal deck's routes plan 20 to 30 minutes
    assert _timing(_text(45, 27)) == []
    found = _timing(_text(90, 60))
    assert found == [
        "the shortest route through the deck plans only 20 minutes of the stated play time "
        "of 60; the class would finish early"
    ]
    # without a play time the class time is used, as before
    assert "stated duration of 90" in _timing(_text(90, None))[0]


def test_a_play_time_longer_than_the_class_is_flagged() -> None:
    found = _timing(_text(30, 40))
    assert (
        "the play time (40 minutes) is longer than the class time (30 minutes), which "
        "includes it with the briefing and hot wash"
    ) in found


def test_the_writer_puts_play_time_after_duration() -> None:
    data = read_text(_text(60, 35)).data
    moved = {k: v for k, v in data.items() if k != "play_time"}
    moved = {"play_time": 35, **moved}
    text = dump_deck(moved)
    lines = [line.split(":")[0] for line in text.splitlines() if not line.startswith((" ", "#"))]
    assert lines.index("play_time") == lines.index("duration") + 1


@pytest.mark.parametrize("value", [0, 4, 2000, "45"])
def test_a_bad_play_time_is_an_error_that_says_where(value: object) -> None:
    result = load_deck_text(
        _text(60, None).replace(
            "duration: 60\n", f"duration: 60\nplay_time: {value!r}\n".replace("'", '"')
        ),
        "t.yaml",
    )
    assert result.deck is None
    assert any("play_time" in p.format() for p in result.problems)


def test_tabletop_decks_shows_play_and_class_time(
    capsys: pytest.CaptureFixture[str], tabletop_home: Path
) -> None:
    assert main(["decks", "--format", "json"]) == 0
    entries = {e["id"]: e for e in json.loads(capsys.readouterr().out)}
    assert (entries["intro"]["play_time"], entries["intro"]["duration"]) == (30, 45)
    assert main(["decks"]) == 0
    out = capsys.readouterr().out
    header = out.splitlines()[0].split()
    assert header[:4] == ["ID", "TITLE", "PLAY", "CLASS"]
    intro = next(line for line in out.splitlines() if line.startswith("intro "))
    assert "30 min" in intro and "45 min" in intro
    assert intro.index("30 min") < intro.index("45 min")
