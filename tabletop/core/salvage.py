"""Recovery: every intact event of a damaged session file, saved into a new file.

The damaged file is only read. SQLite reads every row it still can from a copy
whose header is made to agree with the file's real length; the raw bytes are
then scanned for event records (each accepted only if its checksum matches).
A file a process left inside a commit is first rolled back in a private copy,
so recovery saves exactly the events a resume would see.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tabletop.core.snapshot import journal_of, rolled_back_copy
from tabletop.core.store import (
    SQLITE_MAGIC,
    Event,
    SessionFile,
    connect_read_only,
    open_in_this_process,
)

_RECORD_START = b'{"at":"'  # a record's JSON has its keys sorted: "at" comes first
_RECORD_END = b'"}\t'  # … and "type" last; then a tab and the checksum
_CHUNK = 8 << 20
_MAX_RECORD = 1 << 20
_FAILED_READS = 4096


@dataclass
class Recovery:
    """What could be saved from a damaged file."""

    source: Path
    meta: dict[str, str] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: set[int] = field(default_factory=set)  # the event rows SQLite could still read

    @property
    def deck_text(self) -> str:
        return self.meta.get("deck_text", "")


def _page_size(head: bytes) -> int:
    """The page size an SQLite header states (0 when it states none that makes sense)."""
    if len(head) < 100 or head[:16] != SQLITE_MAGIC:
        return 0
    size = int.from_bytes(head[16:18], "big")
    size = 65536 if size == 1 else size
    return size if size >= 512 and size & (size - 1) == 0 else 0


def _readable_as_is(path: Path) -> bool:
    """Whether SQLite can read the file without a patched header: it is at least as long
    as its header says (or has no header a patch could fix)."""
    with open(path, "rb") as handle:
        head = handle.read(100)
        size = os.fstat(handle.fileno()).st_size
    page_size = _page_size(head)
    return not page_size or int.from_bytes(head[28:32], "big") * page_size <= size


def _patched_copy(path: Path, folder: Path) -> Path:
    """A copy of a damaged file whose header agrees with its real length.

    SQLite refuses a file shorter than its header says; with the page count
    set to the pages actually present, every row on an intact page can be read.
    The copy is made piece by piece (runs of zeros are left as holes), so a huge
    file costs neither memory nor disk.
    """
    copy = folder / "salvage.sqlite"
    with open(path, "rb") as source, open(copy, "wb") as target:
        head = source.read(100)
        source.seek(0)
        while chunk := source.read(_CHUNK):
            if chunk.count(0) == len(chunk):
                target.seek(len(chunk), os.SEEK_CUR)
            else:
                target.write(chunk)
        size = source.tell()
        page_size = _page_size(head)
        if page_size:
            pages = -(-size // page_size)
            target.truncate(pages * page_size)
            target.seek(28)
            target.write(pages.to_bytes(4, "big"))
            target.seek(92)
            target.write(head[24:28])  # mark the page count as valid
        else:
            target.truncate(size)
    return copy


def _sqlite_salvage(path: Path, recovery: Recovery) -> None:
    """Read what SQLite can still read, row by row, skipping damaged parts."""
    if open_in_this_process(path):
        recovery.notes.append("the file is open for recording in this tabletop")
        return
    try:
        if _readable_as_is(path):
            _salvage_rows(path, recovery)
            return
        with tempfile.TemporaryDirectory(prefix="tabletop-") as folder:
            _salvage_rows(_patched_copy(path, Path(folder)), recovery)
    except OSError as exc:
        recovery.notes.append(f"the file could not be read: {exc.strerror or exc}")


def _salvage_rows(path: Path, recovery: Recovery) -> None:
    try:
        conn = connect_read_only(path, immutable=True)
    except sqlite3.Error as exc:
        recovery.notes.append(f"SQLite could not open the file: {exc}")
        return
    try:
        for _rowid, key, value in _rows(conn, _META_ROW, first=0):
            if isinstance(key, str) and isinstance(value, str):
                recovery.meta[key] = value
        for seq, stored, _none in _rows(conn, _EVENT_ROW, first=0):
            recovery.rows.add(seq)
            if isinstance(stored, str):
                with contextlib.suppress(ValueError):
                    event = Event.from_stored(stored)
                    if event.seq == seq:
                        recovery.events.append(event)
    finally:
        conn.close()


_META_ROW = "SELECT rowid, key, value FROM meta WHERE rowid > ? ORDER BY rowid LIMIT 1"
_EVENT_ROW = "SELECT seq, record, NULL FROM events WHERE seq > ? ORDER BY seq LIMIT 1"


def _rows(conn: sqlite3.Connection, query: str, first: int) -> Iterator[tuple[int, object, object]]:
    """Every row of a table SQLite can still reach, in order of its number, one at a time.

    The walk goes from one stored row to the next (so it costs what the file holds,
    whatever the numbers); a damaged page is stepped over one number at a time, then in
    growing jumps, within a fixed budget of failed reads.
    """
    last = first
    failures = 0
    while failures < _FAILED_READS:
        try:
            row = conn.execute(query, (last,)).fetchone()
        except sqlite3.Error:
            row = ()
        if row is None:
            return
        if len(row) != 3 or not isinstance(row[0], int) or row[0] <= last:
            # a damaged page (or a tree out of order there): step past it
            failures += 1
            step = 1 if failures <= _FAILED_READS // 2 else 2 ** (failures - _FAILED_READS // 2)
            if last >= 2**63 - 1 - step:
                return
            last += step
            continue
        last = row[0]
        yield last, row[1], row[2]
        if last >= 2**63 - 1:
            return


def _raw_scan(path: Path) -> Iterator[Event]:
    """Find event records in the raw bytes when SQLite cannot read the file.

    The file is read piece by piece. A record is JSON ending in ``"}``, then a tab and
    its checksum; only a candidate whose checksum matches is parsed.
    """
    if open_in_this_process(path):
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return
    with handle:
        carried = b""
        while True:
            try:
                chunk = handle.read(_CHUNK)
            except OSError:
                return
            data = carried + chunk
            last_piece = not chunk
            # a record starting before `safe` ends inside `data` if it is not too long
            safe = len(data) if last_piece else max(0, len(data) - _MAX_RECORD)
            yield from _records_in(data, safe)
            if last_piece:
                return
            carried = data[safe:]


def _records_in(data: bytes, safe: int) -> Iterator[Event]:
    start = data.find(_RECORD_START, 0, safe + len(_RECORD_START))
    end = -1
    while 0 <= start < safe:
        if end < start:
            end = data.find(_RECORD_END, start)
            if end < 0:
                return  # no record can end in what is left
        if end - start <= _MAX_RECORD:
            checksum = data[end + 3 : end + 11]
            record = data[start : end + 2]
            if checksum == f"{zlib.crc32(record):08x}".encode():
                with contextlib.suppress(ValueError):
                    yield Event.from_stored(data[start : end + 11].decode("utf-8"))
        start = data.find(_RECORD_START, start + 1, safe + len(_RECORD_START))


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
    # a row SQLite could read is judged by what it holds: the scan only adds rows it lost
    known = recovery.rows | {e.seq for e in recovery.events}
    extra = [e for seq, e in scanned.items() if seq not in known]
    if extra:
        recovery.notes.append(f"{len(extra)} event(s) found by scanning the raw file")
        recovery.events.extend(extra)
    recovery.events.sort(key=lambda e: e.seq)
    if not recovery.deck_text:
        recovery.notes.append("the deck text could not be read from the file")
    return recovery


# details a new file states for itself rather than taking from the damaged one
_FRESH_META = frozenset({"format", "format_version", "app_version", "deck_text", "deck_sha256"})


def write_recovered(recovery: Recovery, deck_text: str, target: Path) -> Path:
    """Write the salvaged events into a new session file; the damaged one is left alone.

    The new file keeps the session's details: its identity, when it was created, its
    name and the channel catalog it embedded (so it opens the same way on any machine).
    """
    meta = recovery.meta
    session = SessionFile.create(
        target,
        deck_text,
        deck_id=meta.get("deck_id", ""),
        deck_title=meta.get("deck_title", ""),
        deck_source=meta.get("deck_source", ""),
        name=meta.get("name", ""),
        extra_meta={k: v for k, v in meta.items() if k not in _FRESH_META},
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
