"""Recovery: every intact event of a damaged session file, saved into a new file.

The damaged file is only read. SQLite reads every row it still can from a copy
whose header is made to agree with the file's real length; the raw bytes are
then scanned for event records (each accepted only if its checksum matches).
A file a process left inside a commit is first rolled back in a private copy,
so recovery saves exactly the events a resume would see.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tabletop.core.snapshot import journal_of, rolled_back_copy
from tabletop.core.store import (
    _SQLITE_MAGIC,
    Event,
    SessionFile,
    _connect_read_only,
    open_in_this_process,
)

_RECORD_START = re.compile(rb'\{"at":"')


@dataclass
class Recovery:
    """What could be saved from a damaged file."""

    source: Path
    meta: dict[str, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def deck_text(self) -> str:
        return self.meta.get("deck_text", "")


def _patched_copy(path: Path, folder: Path) -> Path:
    """A copy of a damaged file whose header agrees with its real length.

    SQLite refuses a file shorter than its header says; with the page count
    set to the pages actually present, every row on an intact page can be read.
    """
    data = bytearray(path.read_bytes())
    copy = folder / "salvage.sqlite"
    if len(data) >= 100 and data[:16] == _SQLITE_MAGIC:
        page_size = int.from_bytes(data[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size >= 512:
            pages = -(-len(data) // page_size)
            data.extend(b"\0" * (pages * page_size - len(data)))
            data[28:32] = pages.to_bytes(4, "big")
            data[92:96] = data[24:28]  # mark the page count as valid
    copy.write_bytes(bytes(data))
    return copy


def _sqlite_salvage(path: Path, recovery: Recovery) -> None:
    """Read what SQLite can still read, row by row, skipping damaged parts."""
    if open_in_this_process(path):
        recovery.notes.append("the file is open for recording in this tabletop")
        return
    with tempfile.TemporaryDirectory() as folder:
        _salvage_rows(_patched_copy(path, Path(folder)), recovery)


def _salvage_rows(path: Path, recovery: Recovery) -> None:
    try:
        conn = _connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        recovery.notes.append(f"SQLite could not open the file: {exc}")
        return
    try:
        try:
            for key, value in conn.execute("SELECT key, value FROM meta"):
                recovery.meta[str(key)] = str(value)
        except sqlite3.Error as exc:
            recovery.notes.append(f"the session details table is damaged: {exc}")
        try:
            top = conn.execute("SELECT MAX(seq) FROM events").fetchone()[0] or 0
        except sqlite3.Error:
            top = 100_000
        seq = 1
        while seq <= top:
            try:
                row = conn.execute("SELECT record FROM events WHERE seq = ?", (seq,)).fetchone()
            except sqlite3.Error:
                row = None
            if row is not None and isinstance(row[0], str):
                with contextlib.suppress(ValueError):
                    recovery.events.append(Event.from_stored(row[0]))
            seq += 1
    finally:
        conn.close()


def _raw_scan(path: Path) -> Iterator[Event]:
    """Find event records in the raw bytes when SQLite cannot read the file."""
    if open_in_this_process(path):
        return
    try:
        data = path.read_bytes()
    except OSError:
        return
    decoder = json.JSONDecoder()
    for match in _RECORD_START.finditer(data):
        start = match.start()
        chunk = data[start : start + (1 << 20)].decode("utf-8", "ignore")
        try:
            _raw, end = decoder.raw_decode(chunk)
            yield Event.from_stored(chunk[: end + 9])
        except (ValueError, TypeError):
            continue


def recover(path: Path) -> Recovery:
    """Salvage the session details and every intact event from a damaged file."""
    path = Path(path)
    recovery = Recovery(source=path)
    if journal_of(path).is_file() and not open_in_this_process(path):
        # a process died inside a commit: what a resume sees is the file rolled back
        try:
            with rolled_back_copy(path) as copy:
                return _recover(copy, recovery)
        except (OSError, sqlite3.Error) as exc:
            recovery.notes.append(f"the file's rollback journal could not be applied: {exc}")
    return _recover(path, recovery)


def _recover(path: Path, recovery: Recovery) -> Recovery:
    _sqlite_salvage(path, recovery)
    scanned = {e.seq: e for e in _raw_scan(path)}
    known = {e.seq for e in recovery.events}
    extra = [e for seq, e in scanned.items() if seq not in known]
    if extra:
        recovery.notes.append(f"{len(extra)} event(s) found by scanning the raw file")
        recovery.events.extend(extra)
    recovery.events.sort(key=lambda e: e.seq)
    if not recovery.deck_text:
        recovery.notes.append("the deck text could not be read from the file")
    return recovery


def write_recovered(recovery: Recovery, deck_text: str, target: Path) -> Path:
    """Write the salvaged events into a new session file; the damaged one is left alone."""
    meta = recovery.meta
    session = SessionFile.create(
        target,
        deck_text,
        deck_id=meta.get("deck_id", ""),
        deck_title=meta.get("deck_title", ""),
        deck_source=meta.get("deck_source", ""),
        name=meta.get("name", ""),
    )
    try:
        session.set_meta("recovered_from", str(recovery.source))
        conn = session.conn
        conn.execute("BEGIN IMMEDIATE")
        for event in recovery.events:
            conn.execute(
                "INSERT INTO events(seq, type, record) VALUES (?, ?, ?)",
                (event.seq, event.type, event.stored()),
            )
        conn.execute("COMMIT")
    finally:
        session.close()
    return target


def recovered_path(path: Path) -> Path:
    """A name beside the damaged file for its recovered copy."""
    candidate = path.with_name(path.stem + "-recovered.tabletop")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-recovered-{n}.tabletop")
        n += 1
    return candidate
