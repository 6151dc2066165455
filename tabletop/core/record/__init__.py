"""A session's record leaving the app: the event log, decisions, an evidence package.

:func:`export_record` is the one call the CLI and the GUI use. The session is
read with :func:`tabletop.core.engine.session.open_state` (a read-only
snapshot), so it may be open for recording in a console, and it is never
changed. Files are written through :func:`tabletop.core.record.output.write_output`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tabletop.core.engine.session import open_state
from tabletop.core.record.evidence import evidence_bytes
from tabletop.core.record.log import decisions_csv, jsonl_bytes
from tabletop.core.record.output import OutputError, write_output
from tabletop.core.store import SessionFileError

FORMATS = {
    "jsonl": "the event log as JSON Lines, one event per line",
    "csv": "the decisions and messages as CSV, for a spreadsheet",
    "evidence": "a ZIP of the deck, the log, the decisions, the report and a manifest",
}
SUFFIXES = {"jsonl": ".jsonl", "csv": ".csv", "evidence": ".zip"}


class RecordError(Exception):
    """The record cannot be exported; the message says why in plain words."""


@dataclass(frozen=True)
class Exported:
    """What was written: where, in which format, how many events, and the fingerprint."""

    path: Path
    format: str
    events: int
    decisions: int
    fingerprint: str = ""  # an evidence package's manifest SHA-256


def export_record(
    session: Path, fmt: str, target: Path, *, replace: bool = False, paper: str = "a4"
) -> Exported:
    """Write a session's record in ``fmt`` (jsonl, csv or evidence) to ``target``."""
    if fmt not in FORMATS:
        raise RecordError(f"unknown format '{fmt}': use {', '.join(FORMATS)}")
    try:
        deck, state, meta = open_state(Path(session))
    except SessionFileError as exc:
        raise RecordError(str(exc)) from None
    fingerprint = ""
    if fmt == "jsonl":
        data = jsonl_bytes(deck, state)
    elif fmt == "csv":
        data = decisions_csv(deck, state)
    else:
        data, fingerprint = evidence_bytes(deck, state, meta, Path(session).name, paper=paper)
    try:
        write_output(Path(target), data, replace=replace)
    except OutputError as exc:
        raise RecordError(str(exc)) from None
    return Exported(Path(target), fmt, len(state.events), len(state.decisions), fingerprint)
