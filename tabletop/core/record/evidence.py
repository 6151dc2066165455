"""An evidence package: a session's record in one ZIP, with a manifest that proves it whole.

The ZIP holds:

* ``deck.yaml``: the deck the session was played from, as the session file embeds it;
* ``events.jsonl``: the event log (:mod:`tabletop.core.record.log`);
* ``decisions.csv``: the decisions and messages, for a spreadsheet;
* ``report.pdf``: the after-action report (and ``report.docx`` when the
  report package can write one; see :func:`report_documents`);
* ``manifest.json``: the package's format, the session it comes from, and for
  every other file its name, size and SHA-256.

The same session gives the same bytes (fixed member times, a reproducible
report). :func:`verify` checks a package: every listed file present with its
size and digest, nothing unlisted, the log readable line by line and as long
as the manifest says, the deck the one the session recorded. The manifest's
own SHA-256 is the package's *fingerprint*: written down when the package is
made, it shows later that the manifest was not replaced.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import json
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from tabletop import __version__
from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.record.log import LOG_FIELDS, decisions_csv, jsonl_bytes
from tabletop.core.store import format_time

FORMAT = "tabletop-evidence/1"
MANIFEST = "manifest.json"
MAX_MEMBERS = 64
MAX_TOTAL = 512 * 1024 * 1024  # a package bigger than this (file, or unpacked) is refused
_EPOCH = (1980, 1, 1, 0, 0, 0)  # member times: the same session gives the same bytes

DESCRIPTIONS = {
    "deck.yaml": "the deck the session was played from, as the session file embeds it",
    "events.jsonl": "the event log, one event per line (JSON Lines)",
    "decisions.csv": "the decisions and messages, one per row, for a spreadsheet",
    "report.pdf": "the after-action report",
    "report.docx": "the after-action report, editable",
}


class EvidenceError(Exception):
    """The package cannot be read at all (not a ZIP, too large); the message says why."""


def report_documents(
    deck: Deck, state: SessionState, meta: Mapping[str, str], paper: str = "a4"
) -> dict[str, bytes]:
    """The after-action report's files: the PDF, and a DOCX when the report package has one.

    The DOCX renderer is looked up by name (``tabletop.core.report.docx`` with a
    ``render_docx(model) -> bytes`` function); once it exists, packages include it.
    """
    from tabletop.core.report.build import build_report
    from tabletop.core.report.pdf import render_report

    model = build_report(deck, state, meta)
    documents = {"report.pdf": render_report(model, paper)}
    try:
        docx = importlib.import_module("tabletop.core.report.docx")
    except ImportError:
        return documents
    render_docx = getattr(docx, "render_docx", None)
    if callable(render_docx):
        documents["report.docx"] = render_docx(model)
    return documents


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def session_facts(
    deck: Deck, state: SessionState, meta: Mapping[str, str], file_name: str
) -> dict[str, Any]:
    """What the manifest says about the session the package comes from."""
    return {
        "file": file_name,
        "id": meta.get("session_id", ""),
        "name": state.name or meta.get("name", ""),
        "deck_id": deck.id,
        "deck_title": deck.title,
        "deck_sha256": meta.get("deck_sha256", ""),
        "started_at": format_time(state.started_at) if state.started_at else None,
        "ended_at": format_time(state.ended_at) if state.ended_at else None,
        "status": "ended" if state.ended else ("running" if state.started else "not started"),
        "events": len(state.events),
        "last_seq": state.last_seq,
    }


def evidence_bytes(
    deck: Deck,
    state: SessionState,
    meta: Mapping[str, str],
    file_name: str,
    *,
    paper: str = "a4",
) -> tuple[bytes, str]:
    """The package for a session already read, and its fingerprint."""
    files: dict[str, bytes] = {
        "deck.yaml": meta.get("deck_text", "").encode("utf-8"),
        "events.jsonl": jsonl_bytes(deck, state),
        "decisions.csv": decisions_csv(deck, state),
        **report_documents(deck, state, meta, paper),
    }
    manifest = {
        "format": FORMAT,
        "app_version": __version__,
        "session": session_facts(deck, state, meta, file_name),
        "files": [
            {
                "name": name,
                "size": len(data),
                "sha256": _digest(data),
                "describes": DESCRIPTIONS.get(name, ""),
            }
            for name, data in files.items()
        ],
    }
    manifest_data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in [(MANIFEST, manifest_data), *files.items()]:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, data)
    return buffer.getvalue(), _digest(manifest_data)


# -- verifying a package ---------------------------------------------------------------------


@dataclass
class Verification:
    """What checking a package found: the files checked, every problem, the fingerprint."""

    fingerprint: str = ""
    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    session: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(data: bytes) -> Verification:
    """Check an evidence package; EvidenceError when it is not one at all."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        infos = package.infolist()
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, OSError) as exc:
        raise EvidenceError(f"this is not a ZIP file, or it is damaged ({exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise EvidenceError(f"the ZIP holds {len(infos)} files; a package holds a handful")
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        raise EvidenceError("the ZIP would be larger than 512 MiB unpacked; it is not a package")
    result = Verification()
    names = [info.filename for info in infos]
    for name in names:
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or "\\" in name or name.endswith("/"):
            result.problems.append(f"{name}: a file name a package never has")
    if len(set(names)) != len(names):
        result.problems.append("a file name appears twice in the ZIP")
    if MANIFEST not in names:
        raise EvidenceError(f"there is no {MANIFEST}: this is not a tabletop evidence package")
    manifest_data = _read(package, MANIFEST, result)
    if manifest_data is None:
        return result
    result.fingerprint = _digest(manifest_data)
    try:
        manifest = json.loads(manifest_data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        result.problems.append(f"{MANIFEST} cannot be read as JSON ({exc})")
        return result
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        result.problems.append(f"{MANIFEST} is not a manifest of format {FORMAT}")
        return result
    session = manifest.get("session")
    result.session = session if isinstance(session, dict) else {}
    listed = manifest.get("files")
    if not isinstance(listed, list):
        result.problems.append(f"{MANIFEST} lists no files")
        return result
    contents: dict[str, bytes] = {}
    for entry in listed:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            result.problems.append(f"{MANIFEST}: an entry without a file name")
            continue
        name = entry["name"]
        if name not in names:
            result.problems.append(f"{name}: listed in the manifest but missing from the ZIP")
            continue
        content = _read(package, name, result)
        if content is None:
            continue
        if len(content) != entry.get("size"):
            result.problems.append(
                f"{name}: {len(content):,} bytes, but the manifest says {entry.get('size')}"
            )
        elif _digest(content) != entry.get("sha256"):
            result.problems.append(f"{name}: its SHA-256 differs from the manifest's: changed")
        else:
            result.checked.append(name)
            contents[name] = content
    listed_names = {e.get("name") for e in listed if isinstance(e, dict)}
    for name in names:
        if name != MANIFEST and name not in listed_names:
            result.problems.append(f"{name}: in the ZIP but not in the manifest")
    _check_log(contents.get("events.jsonl"), result)
    _check_deck(contents.get("deck.yaml"), result)
    return result


def _read(package: zipfile.ZipFile, name: str, result: Verification) -> bytes | None:
    try:
        return package.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        result.problems.append(f"{name}: cannot be unpacked ({exc}): the ZIP is damaged")
        return None


def _check_log(content: bytes | None, result: Verification) -> None:
    if content is None:
        return
    expected = result.session.get("events")
    previous = 0
    count = 0
    for number, line in enumerate(content.decode("utf-8", "replace").splitlines(), 1):
        try:
            entry = json.loads(line)
        except ValueError:
            result.problems.append(f"events.jsonl, line {number}: not a JSON record")
            return
        if not isinstance(entry, dict) or set(entry) != set(LOG_FIELDS):
            result.problems.append(f"events.jsonl, line {number}: not an event record")
            return
        if not isinstance(entry["seq"], int) or entry["seq"] <= previous:
            result.problems.append(f"events.jsonl, line {number}: events out of order")
            return
        previous = entry["seq"]
        count += 1
    if isinstance(expected, int) and count != expected:
        result.problems.append(
            f"events.jsonl holds {count} events, but the manifest says the session has {expected}"
        )


def _check_deck(content: bytes | None, result: Verification) -> None:
    recorded = result.session.get("deck_sha256")
    if content is None or not recorded:
        return
    if _digest(content) != recorded:
        result.problems.append(
            "deck.yaml is not the deck the session recorded (its SHA-256 differs from the "
            "session's)"
        )
