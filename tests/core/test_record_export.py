"""Exports of a session's record: JSON Lines, CSV, the evidence package and its verification."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop.cli import main
from tabletop.core.engine import Session
from tabletop.core.record import RecordError, export_record
from tabletop.core.record.evidence import FORMAT, EvidenceError, verify
from tabletop.core.record.log import DECISION_COLUMNS, LOG_FIELDS
from tabletop.core.store import read_snapshot

FORMULA = '=HYPERLINK("http://example.com","click")'


@pytest.fixture
def played(tmp_path: Path) -> Iterator[Session]:
    """A session with messages that got through and one that did not, an amendment, a
    withdrawal, an undo and an observation; still open for recording."""
    clock = FakeClock()
    session = start_minimal(tmp_path, clock, name="Section A")
    clock.advance(2)
    session.deliver_next()  # cable-cut: mil-to-mil closes
    clock.advance(3)
    session.send_message("us", "hotline", "Call the Kremlin", tags=["attribution"])
    clock.advance(1)
    session.send_message("nato", "mil-to-mil", "Warn Moscow's staff")  # closed by the inject
    clock.advance(1)
    decision = session.record_decision("nato", FORMULA)
    session.amend_decision(decision.decision.id if decision.decision else "", text=FORMULA + "!")
    clock.advance(1)
    withdrawn = session.record_decision("russia", "Deny everything")
    session.withdraw_decision(withdrawn.decision.id if withdrawn.decision else "", "mistake")
    session.adjudicate(3, "the room is tense")
    session.undo_last()
    session.note_observation("strength", "The US used the hotline first", rating="P")
    clock.advance(4)
    session.deliver_next()
    yield session
    session.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_jsonl_has_one_event_per_line_in_the_schema(played: Session, tmp_path: Path) -> None:
    target = tmp_path / "log.jsonl"
    done = export_record(played.path, "jsonl", target)
    lines = target.read_text(encoding="utf-8").splitlines()
    events = read_snapshot(played.path).events
    assert done.events == len(lines) == len(events)
    decisions_by_id = {}
    for line, event in zip(lines, events, strict=True):
        entry = json.loads(line)
        assert list(entry) == list(LOG_FIELDS)
        assert entry["seq"] == event.seq
        assert entry["type"] == event.type
        assert entry["data"] == event.data
        moment = dt.datetime.fromisoformat(entry["at"].replace("Z", "+00:00"))
        assert moment == event.at and entry["at"].endswith("Z")
        assert entry["scenario"].startswith("Day ")
        if event.type == "decision_recorded":
            decisions_by_id[event.data["decision"]] = event.data["team"]
            assert entry["team"] == event.data["team"]
            assert entry["inject"] == event.data["inject"]
        if event.type in ("decision_amended", "decision_withdrawn"):
            assert entry["team"] == decisions_by_id[event.data["decision"]]
        if event.type == "inject_delivered":
            assert entry["inject"] == event.data["inject"]
            assert entry["team"] is None
        assert isinstance(entry["summary"], str) and entry["summary"]
    undone = [json.loads(line) for line in lines if json.loads(line)["undone"]]
    assert [u["type"] for u in undone] == ["escalation_adjudicated"]


def test_csv_holds_every_decision_with_formula_cells_guarded(
    played: Session, tmp_path: Path
) -> None:
    target = tmp_path / "decisions.csv"
    export_record(played.path, "csv", target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    state = played.state
    assert len(rows) == len(state.decisions)
    assert list(rows[0]) == list(DECISION_COLUMNS)
    by_id = {row["decision"]: row for row in rows}
    for decision in state.decisions.values():
        row = by_id[decision.id]
        assert row["team"] == decision.team
        assert row["channel"] == decision.channel
        assert row["outcome"] == (decision.outcome.status if decision.outcome else "")
        assert row["withdrawn"] == ("yes" if decision.withdrawn else "")
        assert row["amendments"] == str(len(decision.amendments))
    formula = next(r for r in rows if "HYPERLINK" in r["text"])
    assert formula["text"] == "'" + FORMULA + "!"  # a spreadsheet shows it, never runs it
    outcomes = sorted(r["outcome"] for r in rows if r["channel"])
    assert outcomes == ["delivered", "undeliverable"]
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row.values())


def test_the_evidence_package_verifies_and_says_what_it_holds(
    played: Session, tmp_path: Path
) -> None:
    target = tmp_path / "evidence.zip"
    done = export_record(played.path, "evidence", target)
    package = zipfile.ZipFile(target)
    names = package.namelist()
    assert names[0] == "manifest.json"
    assert set(names) == {
        "manifest.json",
        "deck.yaml",
        "events.jsonl",
        "decisions.csv",
        "report.pdf",
    } | ({"report.docx"} if "report.docx" in names else set())
    manifest = json.loads(package.read("manifest.json"))
    assert manifest["format"] == FORMAT
    assert manifest["session"]["events"] == done.events
    assert manifest["session"]["status"] == "running"
    for entry in manifest["files"]:
        content = package.read(entry["name"])
        assert entry["size"] == len(content)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
    assert package.read("report.pdf").startswith(b"%PDF")
    result = verify(target.read_bytes())
    assert result.ok, result.problems
    assert result.fingerprint == done.fingerprint
    assert result.fingerprint == hashlib.sha256(package.read("manifest.json")).hexdigest()
    assert sorted(result.checked) == sorted(n for n in names if n != "manifest.json")


def test_the_same_session_gives_the_same_package(played: Session, tmp_path: Path) -> None:
    first = export_record(played.path, "evidence", tmp_path / "one.zip")
    second = export_record(played.path, "evidence", tmp_path / "two.zip")
    assert (tmp_path / "one.zip").read_bytes() == (tmp_path / "two.zip").read_bytes()
    assert first.fingerprint == second.fingerprint


def _rezip(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in change:
                if change[name] is not None:
                    new.writestr(name, change[name] or b"")
            else:
                new.writestr(name, old.read(name))
        for name, data in change.items():
            if name not in old.namelist() and data is not None:
                new.writestr(name, data)


def test_a_tampered_package_is_refused_naming_what_changed(played: Session, tmp_path: Path) -> None:
    good = tmp_path / "good.zip"
    export_record(played.path, "evidence", good)
    log = zipfile.ZipFile(good).read("events.jsonl")
    cases = {
        "edited": (
            {"events.jsonl": log.replace(b"Call the Kremlin", b"Call the Kremlim")},
            "events.jsonl: its SHA-256 differs",
        ),
        "shortened": ({"events.jsonl": log[: len(log) // 2]}, "events.jsonl: "),
        "missing": ({"report.pdf": None}, "report.pdf: listed in the manifest but missing"),
        "added": ({"notes.txt": b"added later"}, "notes.txt: in the ZIP but not in the manifest"),
    }
    for name, (change, message) in cases.items():
        bad = tmp_path / f"{name}.zip"
        _rezip(good, bad, change)
        result = verify(bad.read_bytes())
        assert not result.ok, name
        assert any(message in p for p in result.problems), (name, result.problems)


def test_a_package_whose_manifest_was_rewritten_keeps_a_different_fingerprint(
    played: Session, tmp_path: Path
) -> None:
    good = tmp_path / "good.zip"
    done = export_record(played.path, "evidence", good)
    package = zipfile.ZipFile(good)
    manifest = json.loads(package.read("manifest.json"))
    forged_log = package.read("events.jsonl").replace(b"Kremlin", b"Kremlim")
    for entry in manifest["files"]:
        if entry["name"] == "events.jsonl":
            entry["sha256"] = hashlib.sha256(forged_log).hexdigest()
    forged = tmp_path / "forged.zip"
    _rezip(
        good,
        forged,
        {"manifest.json": json.dumps(manifest).encode(), "events.jsonl": forged_log},
    )
    result = verify(forged.read_bytes())
    assert result.ok  # consistent in itself …
    assert result.fingerprint != done.fingerprint  # … but not the package that was made


@pytest.mark.parametrize(
    "data", [b"not a zip", b"PK\x03\x04broken", b""], ids=["text", "broken", "empty"]
)
def test_what_is_not_a_package_is_said_plainly(data: bytes) -> None:
    with pytest.raises(EvidenceError):
        verify(data)


def test_exports_never_change_the_session_and_work_while_it_records(
    played: Session, tmp_path: Path
) -> None:
    before = _digest(played.path)
    for fmt, name in (("jsonl", "a.jsonl"), ("csv", "a.csv"), ("evidence", "a.zip")):
        export_record(played.path, fmt, tmp_path / name)
    assert _digest(played.path) == before
    played.record_decision("us", "Recording goes on after the exports")
    assert played.state.decision_count >= 1


def test_an_export_never_replaces_a_session_or_an_existing_file(
    played: Session, tmp_path: Path
) -> None:
    before = _digest(played.path)
    with pytest.raises(RecordError, match="is a session file"):
        export_record(played.path, "jsonl", played.path, replace=True)
    disguised = tmp_path / "other.jsonl"
    disguised.write_bytes(played.path.read_bytes())
    with pytest.raises(RecordError, match="is a session file"):
        export_record(played.path, "jsonl", disguised, replace=True)
    existing = tmp_path / "existing.csv"
    existing.write_text("keep me", encoding="utf-8")
    with pytest.raises(RecordError, match="already exists"):
        export_record(played.path, "csv", existing)
    assert existing.read_text(encoding="utf-8") == "keep me"
    export_record(played.path, "csv", existing, replace=True)
    assert existing.read_text(encoding="utf-8-sig").startswith("decision,")
    with pytest.raises(RecordError, match="is a folder"):
        export_record(played.path, "csv", tmp_path, replace=True)
    assert _digest(played.path) == before


def test_the_cli_exports_and_verifies(
    played: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "evidence.zip"
    assert main(["export", str(played.path), "--format", "evidence", "-o", str(package)]) == 0
    said = capsys.readouterr().err
    fingerprint = said.split("Fingerprint (SHA-256 of its manifest): ")[1].split()[0]
    assert main(["verify", str(package)]) == 0
    output = capsys.readouterr().out
    assert "ok  events.jsonl" in output
    assert f"Fingerprint (SHA-256 of its manifest): {fingerprint}" in output
    # an existing output needs --force; a wrong suffix is a usage error
    assert main(["export", str(played.path), "--format", "evidence", "-o", str(package)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["export", str(played.path), "--format", "jsonl", "-o", str(package)]) == 2
    assert "is written as .jsonl" in capsys.readouterr().err
    bad = tmp_path / "bad.zip"
    _rezip(package, bad, {"decisions.csv": b"decision\r\nD1\r\n"})
    assert main(["verify", str(bad)]) == 1
    assert "FAILED  decisions.csv" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "none.zip")]) == 2


def test_the_cli_on_a_file_that_is_not_a_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.tabletop"
    notes.write_text("not a session", encoding="utf-8")
    assert main(["export", str(notes), "--format", "jsonl", "-o", str(tmp_path / "x.jsonl")]) == 2
    output = capsys.readouterr()
    assert "Traceback" not in output.err
    assert "notes.tabletop" in output.err
    assert not (tmp_path / "x.jsonl").exists()
