"""An entry of the log read back: the short way and the careful way agree on every record."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tabletop.core.event_log import Event, event_from_raw

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
times = st.sampled_from(
    [
        "2026-11-22T09:30:00.000Z",
        "2026-11-22T09:30:00+03:00",
        "2026-11-22T09:30:00",  # no zone
        "2026-11-22",
        "Z",
        "",
        "yesterday",
        "2026-13-40T99:00:00Z",
    ]
)
FIELDS = ("seq", "at", "type", "data")


ODD = {
    "seq": st.sampled_from([0, -1, 2**63 - 1, 2**63, True, False, 1.0, "3"]) | json_values,
    "at": times | json_values,
    "type": json_values,
    "data": json_values,
}


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """A record as tabletop writes it, then (mostly) one field made odd or left out."""
    record: dict[str, Any] = {
        "seq": draw(st.integers(min_value=1, max_value=10**6)),
        "at": "2026-11-22T09:30:00.000Z",
        "type": draw(st.sampled_from(["decision_recorded", "clock_paused"])),
        "data": draw(st.dictionaries(st.text(max_size=4), json_values, max_size=2)),
    }
    change = draw(st.sampled_from([None, *FIELDS]))
    if change is not None:
        if draw(st.booleans()):
            record[change] = draw(ODD[change])
        else:
            del record[change]
    if draw(st.booleans()):
        record["extra"] = draw(json_values)
    return record


def careful(raw: Any) -> Event | str:
    """What the record holds, read field by field with isinstance (the reference)."""
    if not isinstance(raw, dict) or not {"seq", "at", "type", "data"} <= raw.keys():
        return "it is not an event record"
    seq, at, type_, data = raw["seq"], raw["at"], raw["type"], raw["data"]
    if not isinstance(seq, int) or isinstance(seq, bool) or not 0 < seq < 2**63:
        return "its number is not a whole number"
    if not isinstance(type_, str) or not isinstance(data, dict):
        return "it is not an event record"
    if not isinstance(at, str):
        return "its time is not a time"
    try:
        moment = dt.datetime.fromisoformat(at[:-1] + "+00:00" if at.endswith("Z") else at)
    except ValueError:
        return "its time is not a time"
    if moment.tzinfo is None:
        return "its time has no time zone"
    return Event(seq, moment, type_, data)


@settings(max_examples=500)
@given(raw=records() | json_values)
def test_a_decoded_record_is_read_as_the_careful_reading_says(raw: Any) -> None:
    raw = json.loads(json.dumps(raw))  # what the log gives back: JSON's own types
    expected = careful(raw)
    if isinstance(expected, str):
        with pytest.raises(ValueError) as refused:
            event_from_raw(raw)
        assert str(refused.value) == expected
        with pytest.raises(ValueError, match=expected):
            Event.from_record(json.dumps(raw))
    else:
        event = event_from_raw(raw)
        assert event == expected
        assert event.at.tzinfo is not None
        assert Event.from_record(event.record()) == event


def test_an_event_read_back_is_frozen_like_any_other() -> None:
    event = event_from_raw(
        {"seq": 3, "at": "2026-11-22T09:30:00.000Z", "type": "clock_paused", "data": {}}
    )
    with pytest.raises(AttributeError):
        event.seq = 4  # type: ignore[misc]
