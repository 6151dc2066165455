"""Resuming a session gives exactly the state a fold of its log from nothing gives.

A session is played with a random mix of operations, raw entries of odd shape are
appended, and rows that were not written by tabletop are slipped in. Resuming it
(reading the rows, checking them, folding them) must give the very events and the
very state that the read-only reader and a plain fold give; undoing and recording
after the resume must carry on from that state as if the session had never been
closed. A damaged row stops the resume with a plain message pointing to
``tabletop recover``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.state_digest import digest

from tabletop.core.engine import OperationError, Session, SessionSetup, fold
from tabletop.core.paths import bundled_decks_dir
from tabletop.core.snapshot import read_snapshot
from tabletop.core.store import SessionDamaged, SessionFile

DECK_PATH = bundled_decks_dir() / "gray-zone-escalation.yaml"
TEAMS = ["nato", "us", "finland", "russia", "nobody"]
CHANNELS = ["", "hotline", "mil-to-mil", "nato-russia-hotline", "nrc", "osce", "public", "nowhere"]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.timezone.utc)

    def __call__(self) -> dt.datetime:
        return self.now


def _stored(record: str) -> str:
    return f"{record}\t{zlib.crc32(record.encode('utf-8')):08x}"


def _record(seq: Any, type_: Any = "hotwash_noted", at: Any = None, data: Any = None) -> str:
    fields = {
        "at": "2026-11-22T12:30:00.000Z" if at is None else at,
        "data": {"field": "notes", "text": "x"} if data is None else data,
        "seq": seq,
        "type": type_,
    }
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# rows with a right checksum but content tabletop did not write: each is read as an
# ``unreadable`` entry, or (when it is still a well-formed event) as that event
ODD_ROWS: dict[str, Any] = {
    "seq as text": lambda seq: _stored(_record(str(seq))),
    "seq of another row": lambda seq: _stored(_record(seq + 7)),
    "seq true": lambda seq: _stored(_record(True)),
    "seq zero": lambda seq: _stored(_record(0)),
    "naive time": lambda seq: _stored(_record(seq, at="2026-11-22T12:30:00")),
    "time with an offset": lambda seq: _stored(_record(seq, at="2026-11-22T13:30:00+01:00")),
    "time without milliseconds": lambda seq: _stored(_record(seq, at="2026-11-22T12:30:00Z")),
    "time as words": lambda seq: _stored(_record(seq, at="half past twelve")),
    "time as a number": lambda seq: _stored(_record(seq, at=1764000000)),
    "data not a mapping": lambda seq: _stored(_record(seq, data=[1, 2])),
    "type not text": lambda seq: _stored(_record(seq, type_=7)),
    "unknown type": lambda seq: _stored(_record(seq, type_="tea_served")),
    "an extra key": lambda seq: _stored(
        _record(seq)[:-1] + ',"zz":1}'  # keys stay sorted
    ),
    "a key missing": lambda seq: _stored(json.dumps({"seq": seq, "type": "x", "data": {}})),
    "not an object": lambda seq: _stored("[1,2,3]"),
    "not JSON": lambda seq: _stored("{oops"),
    "two objects": lambda seq: _stored(_record(seq) + _record(seq)),
    "spaces around": lambda seq: _stored(" " + _record(seq) + " \n"),
    "spaced JSON": lambda seq: _stored(
        json.dumps(json.loads(_record(seq)), indent=1, sort_keys=True)
    ),
    "a binary record": lambda seq: _stored(_record(seq)).encode("utf-8"),
    "deeply nested data": lambda seq: _stored(
        '{"at":"2026-11-22T12:30:00.000Z","data":{"x":'
        + "[" * 100_000
        + "]" * 100_000
        + '},"seq":'
        + str(seq)
        + ',"type":"hotwash_noted"}'
    ),
}


def operation() -> st.SearchStrategy[tuple[str, tuple[Any, ...]]]:
    return st.one_of(
        st.tuples(st.just("wait"), st.tuples(st.integers(0, 400))),
        st.tuples(st.just("deliver_next"), st.just(())),
        st.tuples(st.just("skip"), st.just(())),
        st.tuples(
            st.just("decide"),
            st.tuples(
                st.sampled_from(TEAMS),
                st.sampled_from(CHANNELS),
                st.sampled_from(["action", "message", "statement", "agree_channel"]),
                st.lists(st.sampled_from(["attribution", "restraint", "query"]), max_size=2),
                st.integers(-2, 2),
            ),
        ),
        st.tuples(
            st.just("amend"),
            st.tuples(
                st.integers(0, 30),
                st.sampled_from(["text", "tags", "kind", "team", "channel", "recipients"]),
                st.integers(0, 30),
            ),
        ),
        st.tuples(st.just("withdraw"), st.tuples(st.integers(0, 30))),
        st.tuples(
            st.just("channel"),
            st.tuples(
                st.sampled_from(CHANNELS[1:]),
                st.sampled_from(["open", "degraded", "closed", "proposed"]),
            ),
        ),
        st.tuples(st.just("adjudicate"), st.tuples(st.integers(0, 10))),
        st.tuples(st.just("announce"), st.tuples(st.lists(st.sampled_from(TEAMS), max_size=2))),
        st.tuples(st.just("observe"), st.just(())),
        st.tuples(st.just("pause"), st.just(())),
        st.tuples(st.just("undo"), st.just(())),
        st.tuples(st.just("end"), st.just(())),
    )


def play(session: Session, clock: Clock, name: str, args: tuple[Any, ...]) -> None:
    decisions = session.state.decision_list
    try:
        if name == "wait":
            clock.now += dt.timedelta(minutes=args[0])
        elif name == "deliver_next":
            session.deliver_next()
        elif name == "skip":
            session.skip("running late")
        elif name == "decide":
            team, channel, kind, tags, escalation = args
            session.record_decision(
                team, "A decision", kind=kind, channel=channel, tags=tags, escalation=escalation
            )
        elif name == "amend" and decisions:
            pick, change, value = args
            options: dict[str, Any] = {
                "text": f"Amended {value}",
                "tags": ["restraint"] if value % 2 else [],
                "kind": ["action", "message", "statement"][value % 3],
                "team": TEAMS[value % len(TEAMS)],
                "channel": CHANNELS[value % len(CHANNELS)],
                "recipients": [TEAMS[value % len(TEAMS)]],
            }
            session.amend_decision(decisions[pick % len(decisions)].id, **{change: options[change]})
        elif name == "withdraw" and decisions:
            session.withdraw_decision(decisions[args[0] % len(decisions)].id, "wrong team")
        elif name == "channel":
            session.set_channel_status(args[0], args[1], "facilitator")
        elif name == "adjudicate":
            session.adjudicate(args[0], "judged")
        elif name == "announce":
            session.announce_level(list(dict.fromkeys(args[0])))
        elif name == "observe":
            session.note_observation("strength", "Used the hotline")
        elif name == "pause":
            if session.state.running:
                session.pause_clock()
            else:
                session.resume_clock()
        elif name == "undo":
            session.undo_last()
        elif name == "end":
            session.end()
    except (OperationError, KeyError):
        pass


RAW_TYPES = [
    "decision_recorded",
    "decision_amended",
    "decision_withdrawn",
    "inject_delivered",
    "channel_changed",
    "escalation_adjudicated",
    "event_undone",
    "clock_resumed",
    "hotwash_noted",
]
RAW_VALUES = st.sampled_from(
    ["us", "russia", "hotline", "D1", "D2", "cable-cut", "message", "open", "notes", 1, 3,
     -1, True, None, [], {}, ["us"], "", 2.5]
)  # fmt: skip
RAW_KEYS = st.sampled_from(
    ["decision", "team", "kind", "channel", "recipients", "tags", "escalation", "inject",
     "status", "level", "target", "changes", "field", "text"]
)  # fmt: skip
RAW_EVENTS = st.tuples(
    st.sampled_from(RAW_TYPES), st.dictionaries(RAW_KEYS, RAW_VALUES, max_size=6)
)


def _start(folder: Path, clock: Clock) -> Session:
    return Session.start(
        DECK_PATH.read_text(encoding="utf-8"),
        setup=SessionSetup(),
        path=folder / "s.tabletop",
        deck_source=str(DECK_PATH),
        clock=clock,
    )


def _insert(path: Path, rows: list[tuple[int, object]]) -> None:
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO events(seq, type, record) VALUES (?, 'odd', ?)", rows)
    conn.commit()
    conn.close()


def _assert_resumes_as_folded(path: Path) -> None:
    """Resuming gives the events the read-only reader gives, and their fold."""
    expected = read_snapshot(path).events
    with Session.resume(path) as session:
        assert gc.isenabled()
        assert session.state.events == expected
        assert [type(e.at) for e in session.state.events] == [type(e.at) for e in expected]
        assert digest(session.state) == digest(fold(session.deck, expected))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations=st.lists(operation(), max_size=40),
    raw=st.lists(RAW_EVENTS, max_size=4),
    odd=st.lists(st.sampled_from(sorted(ODD_ROWS)), max_size=3),
    more=st.lists(operation(), max_size=8),
)
def test_a_resumed_session_has_the_state_a_fold_of_its_log_gives(
    tmp_path_factory: pytest.TempPathFactory,
    operations: list[tuple[str, tuple[Any, ...]]],
    raw: list[tuple[str, dict[str, Any]]],
    odd: list[str],
    more: list[tuple[str, tuple[Any, ...]]],
) -> None:
    folder = tmp_path_factory.mktemp("resume")
    clock = Clock()
    session = _start(folder, clock)
    for name, args in operations:
        play(session, clock, name, args)
    for type_, data in raw:
        clock.now += dt.timedelta(minutes=1)
        session.file.append(type_, data, at=clock())
    live = digest(session.state) if not raw else None
    session.close()
    path = session.path
    last = read_snapshot(path).events[-1].seq
    _insert(path, [(last + 1 + i, ODD_ROWS[name](last + 1 + i)) for i, name in enumerate(odd)])

    _assert_resumes_as_folded(path)
    if live is not None and not odd:
        with Session.resume(path) as resumed:
            assert digest(resumed.state) == live

    # carrying on after the resume: undo (from the trail) and more operations
    with Session.resume(path, clock=clock) as resumed:
        with contextlib.suppress(OperationError):
            resumed.undo_last()
        assert digest(resumed.state) == digest(fold(resumed.deck, resumed.state.events))
        for name, args in more:
            play(resumed, clock, name, args)
            assert digest(resumed.state) == digest(fold(resumed.deck, resumed.state.events))
    _assert_resumes_as_folded(path)


@pytest.mark.parametrize("odd", sorted(ODD_ROWS))
def test_an_odd_row_resumes_as_the_reader_sees_it(odd: str, tmp_path: Path) -> None:
    clock = Clock()
    session = _start(tmp_path, clock)
    session.deliver_next()
    session.send_message("us", "hotline", "We did not do this")
    session.close()
    _insert(session.path, [(4, ODD_ROWS[odd](4))])
    with SessionFile.open(session.path) as file:
        file.append("hotwash_noted", {"field": "notes", "text": "after"}, at=clock())
    _assert_resumes_as_folded(session.path)
    with Session.resume(session.path) as resumed:
        assert resumed.state.hotwash["notes"] == "after"
        assert len(resumed.state.decisions) == 1


def _many(folder: Path, count: int) -> Path:
    clock = Clock()
    session = _start(folder, clock)
    session.deliver_next()
    session.close()
    conn = sqlite3.connect(session.path)
    rows = []
    for seq in range(3, count + 3):
        at = f"2026-11-22T09:{seq // 1000 % 60:02d}:{seq // 10 % 60:02d}.{seq % 1000:03d}Z"
        data = {"decision": f"D{seq}", "team": "us", "text": f"Message {seq}", "kind": "message",
                "channel": "hotline", "recipients": [], "tags": ["bench"], "escalation": 0,
                "inject": "cable-damage"}  # fmt: skip
        rows.append((seq, _stored(_record(seq, "decision_recorded", at=at, data=data))))
    conn.executemany("INSERT INTO events(seq, type, record) VALUES (?, 'x', ?)", rows)
    conn.commit()
    conn.close()
    return session.path


def test_a_long_session_resumes_as_folded_and_undoes(tmp_path: Path) -> None:
    path = _many(tmp_path, 12_000)
    _assert_resumes_as_folded(path)
    clock = Clock()
    clock.now = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc)
    with Session.resume(path, clock=clock) as session:
        session.undo_last()
        assert "D12002" not in session.state.decisions
        assert digest(session.state) == digest(fold(session.deck, session.state.events))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize(
    "damage",
    ["a changed letter", "an upper-case checksum", "a short checksum", "a missing tab"],
)
def test_a_damaged_row_stops_the_resume_and_points_to_recover(
    tmp_path: Path, where: str, damage: str
) -> None:
    path = _many(tmp_path, 300)
    seq = {"first": 1, "middle": 150, "last": 302}[where]
    conn = sqlite3.connect(path)
    (stored,) = conn.execute("SELECT record FROM events WHERE seq = ?", (seq,)).fetchone()
    record, _tab, crc = stored.rpartition("\t")
    if damage == "a changed letter":
        changed = record.replace('"at":"2026', '"at":"2027') + "\t" + crc
    elif damage == "an upper-case checksum":
        crc = f"{zlib.crc32(record.encode('utf-8')):08X}"
        changed = record + "\t" + (crc if crc != crc.lower() else "Z" + crc[1:])
    elif damage == "a short checksum":
        changed = record + "\t" + crc[1:]
    else:
        changed = record + crc
    conn.execute("UPDATE events SET record = ? WHERE seq = ?", (changed, seq))
    conn.commit()
    conn.close()
    with pytest.raises(SessionDamaged) as caught:
        Session.resume(path)
    message = str(caught.value)
    assert f"event {seq} is damaged" in message and "tabletop recover" in message
    assert gc.isenabled()
    # the file was let go: it can be opened again at once (for a recovery, say)
    SessionFile.open(path).close()


def test_rows_that_are_json_only_when_joined_are_each_read_as_odd(tmp_path: Path) -> None:
    """Rows decoded together are still each one event or none, as when read alone."""
    clock = Clock()
    session = _start(tmp_path, clock)
    session.deliver_next()
    session.close()
    whole = _record(4)
    cut = whole.index('"data":') + len('"data":')
    two = _record(6) + "," + _record(7)
    _insert(
        session.path,
        [
            (4, _stored(whole[:cut] + '{"x":[0')),  # an array left open …
            (5, _stored("1]}" + whole[cut + len('{"field":"notes","text":"x"}') :])),  # … shut
            (6, _stored(two)),  # two events in one row
            (7, _stored(_record(7))),
            (8, _stored('"')),  # a string left open …
            (9, _stored('"')),  # … shut
            (10, _stored(_record(10))),
            (11, _stored(_record(11) + "," + _record(12))),  # as many items as rows, joined
        ],
    )
    _assert_resumes_as_folded(session.path)
    with Session.resume(session.path) as resumed:
        odd = {a.seq for a in resumed.state.anomalies}
    assert {4, 5, 6, 8, 9, 11} <= odd and not {7, 10} & odd


@pytest.mark.parametrize("checksum_of", ["the bytes written", "the text read"])
def test_a_row_with_a_broken_character_resumes_as_the_reader_sees_it(
    tmp_path: Path, checksum_of: str
) -> None:
    clock = Clock()
    session = _start(tmp_path, clock)
    session.deliver_next()
    session.close()
    record = _record(3, data={"field": "notes", "text": "caf\ufffd"})
    raw = record.encode("utf-8").replace("\ufffd".encode(), b"\xff")
    crc = zlib.crc32(raw if checksum_of == "the bytes written" else record.encode("utf-8"))
    conn = sqlite3.connect(session.path)
    conn.execute(
        "INSERT INTO events(seq, type, record) VALUES (3, 'odd', CAST(? AS TEXT))",
        (raw + f"\t{crc:08x}".encode(),),
    )
    conn.commit()
    conn.close()
    if checksum_of == "the bytes written":  # read as text, it is no longer what was summed
        with pytest.raises(SessionDamaged, match="event 3 is damaged"):
            Session.resume(session.path)
        return
    _assert_resumes_as_folded(session.path)
    with Session.resume(session.path) as resumed:
        assert resumed.state.hotwash["notes"] == "caf\ufffd"
