"""A deck that validates can be played: values the engine cannot use are refused up front."""

from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.sessions import MINIMAL
from support.walker import new_session, walk

from tabletop.core.deck.loader import load_deck_data, load_deck_text
from tabletop.core.deck.yaml_reader import read_file
from tabletop.core.report.build import build_report

TEXT = MINIMAL.read_text(encoding="utf-8")
DATA = read_file(MINIMAL).data


@pytest.mark.parametrize(
    "written", [".nan", ".NaN", ".inf", "-.inf", ".Inf", "1.0e+400", "-1.0e+400"]
)
def test_time_scale_that_is_not_a_finite_number_is_an_error(written: str) -> None:
    text = TEXT.replace("duration: 45\n", f"duration: 45\ntime_scale: {written}\n", 1)
    result = load_deck_text(text, "deck.yaml")
    assert result.deck is None
    (problem,) = [p for p in result.errors if "time_scale" in p.message]
    assert problem.location.line == 7
    assert "finite" in problem.message or "not a number" in problem.message


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_from_a_spreadsheet_are_errors_too(value: float) -> None:
    data = copy.deepcopy(DATA)
    data["time_scale"] = value
    data["injects"][0]["duration"] = value
    result = load_deck_data(data, "sheet.xlsx")
    assert result.deck is None
    messages = " / ".join(p.message for p in result.errors)
    assert "time_scale" in messages and "injects[0].duration" in messages


# where the deck holds numbers, and values a careless author could write there
NUMBER_FIELDS: list[tuple[Any, ...]] = [
    ("time_scale",),
    ("duration",),
    ("injects", 0, "duration"),
    ("injects", 0, "at", "day"),
    ("injects", 0, "effects", "escalation"),
    ("channels", 5, "latency"),
    ("escalation", "start"),
    ("escalation", "misperception"),
]
SPECIALS = [0, -1, 1, 10**18, 2**63, 1e-300, 5e-324, 1e308, 0.5, True, math.nan, math.inf]
EXTREMES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(), st.sampled_from(SPECIALS)
)


def _put(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    parent: Any = data
    for part in path[:-1]:
        if isinstance(part, str) and part not in parent:
            parent[part] = {}
        parent = parent[part]
    parent[path[-1]] = value


def _plays(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
    """If the deck with these changes validates, it plays to an end and reports."""
    data = copy.deepcopy(DATA)
    for path, value in changes:
        _put(data, path, value)
    result = load_deck_data(data, "deck.yaml")
    if result.deck is None:
        assert result.errors  # refused with a located reason
        return
    deck = result.deck
    report = walk(deck, max_routes=20)
    assert report.routes and not report.stuck
    session = new_session(deck)
    session.deliver_next()
    session.record_decision("us", "An action", kind="action")
    session.record_decision("us", "A message", kind="message", channel="hotline")
    for _ in range(5):
        session.scenario_now()  # the scenario clock runs on
    build_report(deck, session.state, {"name": "values"})


@pytest.mark.parametrize("path", NUMBER_FIELDS, ids=lambda p: ".".join(map(str, p)))
def test_each_odd_number_either_is_refused_or_plays(path: tuple[Any, ...]) -> None:
    for value in SPECIALS:
        _plays([(path, value)])


@settings(max_examples=120)
@given(
    changes=st.lists(st.tuples(st.sampled_from(NUMBER_FIELDS), EXTREMES), min_size=1, max_size=3)
)
def test_a_deck_that_validates_plays_to_an_end_and_reports(
    changes: list[tuple[tuple[Any, ...], Any]],
) -> None:
    _plays(changes)


def test_did_you_mean_offers_a_near_spelling_not_a_far_one() -> None:
    from tabletop.core.problems import did_you_mean

    sources = ["track2-2023", "charap-2026", "kofman-2025"]
    assert did_you_mean("charap-2062", sources) == "; did you mean 'charap-2026'?"
    assert did_you_mean("boracay-2025", sources) == ""  # a new source, not a typo of one
    assert did_you_mean("nrd", ["nrc", "osce"]) == "; did you mean 'nrc'?"
