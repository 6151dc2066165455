"""Entries whose checksum is right but whose content is odd are skipped with a warning.

Such an entry was not written by tabletop (a tool, a hand edit, a bug elsewhere);
its checksum only says it was not damaged afterwards. Every reader (resume,
report, recover, the listing) skips it and says so; none stops with a traceback.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core.engine import Session, open_state
from tabletop.core.report.build import build_report
from tabletop.core.salvage import recover
from tabletop.core.session_list import summarize
from tabletop.core.store import SessionFile


def _stored(record: str) -> str:
    return f"{record}\t{zlib.crc32(record.encode('utf-8')):08x}"


def _record(seq: Any, at: Any = "2026-11-22T09:30:00.000Z", **data: Any) -> str:
    fields = {"at": at, "data": data, "seq": seq, "type": "hotwash_noted"}
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _session(folder: Path) -> Path:
    clock = FakeClock()
    session = start_minimal(folder, clock)
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    return session.path


def _insert(path: Path, seq: int, stored: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO events(seq, type, record) VALUES (?, 'hotwash_noted', ?)", (seq, stored)
    )
    conn.commit()
    conn.close()


ODD_ROWS = {
    "seq as text": _stored(_record("4", field="notes", text="x")),
    "seq with a fraction": _stored(_record(4.5, field="notes", text="x")),
    "seq true": _stored(_record(True, field="notes", text="x")),
    "seq of another row": _stored(_record(9, field="notes", text="x")),
    "naive time": _stored(_record(4, at="2026-11-22T09:30:00", field="notes", text="x")),
    "time as a number": _stored(_record(4, at=1764000000, field="notes", text="x")),
    "time as words": _stored(_record(4, at="half past nine", field="notes", text="x")),
    "data not a mapping": _stored(
        '{"at":"2026-11-22T09:30:00.000Z","data":[1,2],"seq":4,"type":"hotwash_noted"}'
    ),
    "type not text": _stored('{"at":"2026-11-22T09:30:00.000Z","data":{},"seq":4,"type":7}'),
    "deeply nested data": _stored(
        '{"at":"2026-11-22T09:30:00.000Z","data":{"x":'
        + "[" * 100_000
        + "]" * 100_000
        + '},"seq":4,"type":"hotwash_noted"}'
    ),
    "a binary record": _stored(_record(4, field="notes", text="x")).encode("utf-8"),
}


@pytest.mark.parametrize("odd", list(ODD_ROWS), ids=list(ODD_ROWS))
def test_every_reader_skips_an_odd_entry_and_says_so(
    odd: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _session(tmp_path)
    _insert(path, 4, ODD_ROWS[odd])
    with SessionFile.open(path) as file:
        file.append("hotwash_noted", {"field": "notes", "text": "after"})

    _deck, state, _meta = open_state(path)
    assert 4 in {a.seq for a in state.anomalies}
    assert state.hotwash.get("notes") == "after"
    assert len(state.decisions) == 1

    code = main(["report", str(path), "-o", str(tmp_path / "r.pdf")])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "entry 4 was ignored" in captured.err and "Traceback" not in captured.err

    with Session.resume(path) as session:
        assert 4 in {a.seq for a in session.state.anomalies}
        session.record_decision("russia", "Still recording", kind="action")
    assert summarize(path).status == "running"

    salvaged = recover(path)
    assert 4 not in {e.seq for e in salvaged.events}
    assert {1, 2, 3, 5, 6} <= {e.seq for e in salvaged.events}


# event types and the fields each carries, for data of every odd shape
FIELDS = {
    "inject_delivered": ["inject", "chosen", "via"],
    "inject_skipped": ["inject", "reason"],
    "decision_recorded": [
        "decision", "team", "text", "kind", "channel", "recipients", "tags", "escalation",
        "inject",
    ],
    "decision_amended": ["decision", "changes"],
    "decision_withdrawn": ["decision", "reason"],
    "channel_changed": ["channel", "status", "reason"],
    "escalation_adjudicated": ["level", "reason"],
    "observation_noted": ["observation", "kind", "text", "rating", "inject", "objective"],
    "clock_paused": [],
    "clock_resumed": [],
    "hotwash_noted": ["field", "text"],
    "action_added": [
        "action", "issue", "corrective_action", "capability", "owner", "start", "due",
    ],
    "session_ended": [],
    "event_undone": ["target", "type"],
}  # fmt: skip
PLAUSIBLE = st.sampled_from(
    ["us", "nato", "russia", "hotline", "cable-cut", "D1", "O1", "A1", "message", "open",
     "strength", "P", "notes", 2, 3, 1, 0, -1, True, None, [], {}, "", "2026-11-22"]
)  # fmt: skip
JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=8),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def odd_events(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    kind = draw(st.sampled_from(sorted(FIELDS)))
    data = {
        name: draw(st.one_of(PLAUSIBLE, JSON))
        for name in FIELDS[kind]
        if draw(st.integers(0, 9)) > 0  # now and then a field is missing
    }
    return kind, data


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(odd_events(), min_size=1, max_size=6))
def test_odd_data_in_any_event_is_skipped_by_the_fold_and_the_report(
    tmp_path_factory: pytest.TempPathFactory, events: list[tuple[str, dict[str, Any]]]
) -> None:
    folder = tmp_path_factory.mktemp("odd")
    path = _session(folder)
    with SessionFile.open(path) as file:
        for kind, data in events:
            file.append(kind, data)
    deck, state, meta = open_state(path)
    build_report(deck, state, meta)
    with Session.resume(path) as session:
        session.state.anomalies  # noqa: B018 - opening is what is tested
    assert summarize(path).status in ("running", "ended")


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("decision_recorded", {"decision": "D²", "team": "us", "text": "Odd number"}),
        ("observation_noted", {"observation": "O³", "kind": "strength", "text": "Odd"}),
        ("action_added", {"action": "A¹", "issue": "Odd", "corrective_action": "Fix"}),
        ("decision_recorded", {"decision": "D" + "9" * 5000, "team": "us", "text": "Long"}),
    ],
)
def test_an_entry_numbered_with_other_digits_or_too_many_is_read_and_numbering_goes_on(
    kind: str, data: dict[str, Any], tmp_path: Path
) -> None:
    path = _session(tmp_path)
    with SessionFile.open(path) as file:
        file.append(kind, data)
    _deck, state, _meta = open_state(path)
    assert not state.anomalies
    with Session.resume(path) as session:
        recorded = session.record_decision("russia", "Still recording", kind="action")
        observed = session.note_observation("strength", "Still noting")
    assert recorded.decision is not None
    assert recorded.decision.id not in {"D1", data.get("decision")}
    assert observed.event.data["observation"] != data.get("observation")


@pytest.mark.parametrize("index", ["²", "9" * 5000, "٣"])
def test_an_improvement_action_answering_an_odd_expected_action_number_is_reported_as_written(
    index: str, tmp_path: Path
) -> None:
    path = _session(tmp_path)
    area = f"cable-cut#{index}"
    with Session.resume(path) as session:
        session.add_action("Slow call", "Drill the hotline", area=area)
    deck, state, meta = open_state(path)
    report = build_report(deck, state, meta)
    assert [row.answers for row in report.plan] == [""]
