"""The command line: what a user types and what they see, including exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.sessions import FakeClock, start_minimal

from tabletop import __version__
from tabletop.cli import main
from tabletop.core import paths

DATA = Path(__file__).resolve().parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"tabletop {__version__}"
    out = subprocess.run(
        [sys.executable, "-m", "tabletop", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"tabletop {__version__}"


def test_validate_clean_deck(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", str(DATA / "decks" / "minimal.yaml"))
    assert code == 0
    assert out == ""
    assert err.strip() == "1 file: 0 errors, 0 warnings"


def test_validate_reports_like_a_compiler(capsys: pytest.CaptureFixture[str]) -> None:
    deck = DATA / "broken" / "unknown-keys.yaml"
    code, out, err = run(capsys, "validate", str(deck))
    assert code == 1
    lines = out.splitlines()
    assert (
        lines[2] == f"{deck}:9:5: error: unknown key 'titel' in injects[0]; did you mean 'title'?"
    )
    assert "5 errors" in err


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    deck = DATA / "broken" / "duplicate-ids.yaml"
    code, out, _ = run(capsys, "validate", "--format", "json", str(deck))
    assert code == 1
    report = json.loads(out)
    assert report["errors"] == 1
    problem = report["files"][0]["problems"][0]
    assert (problem["line"], problem["column"], problem["severity"]) == (10, 10, "error")
    assert problem["path"] == "injects[2].id"


def test_validate_unreadable_and_usage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "missing.yaml"))
    assert code == 2
    assert "no such file" in err
    # the summary does not pass a file it could not read as checked and clean
    assert err.strip().splitlines()[-1] == "1 file: not read", err
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2


def test_validate_a_folder_of_decks(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", str(DATA / "broken"))
    assert code == 1
    assert err.startswith(f"{len(list((DATA / 'broken').glob('*.yaml')))} files:")


def test_lint_warnings_fail_strict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lint", str(DATA / "decks" / "minimal.yaml"))
    assert code == 1
    assert "warning: inject 'stalled' has no discussion questions" in out


def test_decks_lists_bundled_and_user_decks(
    capsys: pytest.CaptureFixture[str], tabletop_home: Path
) -> None:
    user = paths.ensure_dir(paths.user_decks_dir())
    (user / "mine.yaml").write_text((DATA / "decks" / "minimal.yaml").read_text())
    (user / "broken.yaml").write_text("format: [")
    code, out, _ = run(capsys, "decks", "--format", "json")
    assert code == 0
    entries = {e["id"]: e for e in json.loads(out)}
    assert entries["test-minimal"]["origin"] == "user"
    assert entries["test-minimal"]["teams"] == [
        "North Atlantic Council",
        "US National Security Council",
        "Russian Security Council",
    ]
    assert entries["broken"]["problem"]
    bundled = [e for e in entries.values() if e["origin"] == "bundled"]
    assert bundled, "the bundled decks are found"
    code, out, _ = run(capsys, "decks")
    assert "test-minimal" in out and "45 min" in out


def test_sessions_lists_files(capsys: pytest.CaptureFixture[str], tabletop_home: Path) -> None:
    code, out, _ = run(capsys, "sessions")
    assert code == 0 and "No sessions" in out
    folder = paths.ensure_dir(paths.sessions_dir())
    s = start_minimal(folder, FakeClock(), name="Tuesday class")
    s.close()
    code, out, _ = run(capsys, "sessions")
    assert code == 0
    row = out.splitlines()[2]
    started = f"{FakeClock()().astimezone():%Y-%m-%d %H:%M}".split()
    assert row.split()[:5] == ["s.tabletop", "test-minimal", *started, "running"]
    assert row.endswith("Tuesday class")


def test_recover_writes_a_new_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    s = start_minimal(tmp_path, FakeClock())
    for i in range(30):
        s.record_decision("us", f"message {i}", kind="message", channel="hotline")
    path = s.path
    s.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 4])
    code, out, _ = run(capsys, "recover", str(path), "-o", str(tmp_path / "back.tabletop"))
    assert code == 0
    assert "Recovered" in out and "left as it was" in out
    code, _, err = run(capsys, "recover", str(tmp_path / "nothing.tabletop"))
    assert code == 2 and "no such file" in err
    junk = tmp_path / "junk.tabletop"
    junk.write_text("not a session at all")
    code, _, err = run(capsys, "recover", str(junk))
    assert code == 2 and "nothing of a tabletop session was found" in err


def test_recover_of_a_file_that_is_not_damaged_does_not_call_it_damaged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    s = start_minimal(tmp_path, FakeClock())
    s.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    path = s.path
    s.close()
    code, out, _ = run(capsys, "recover", str(path), "-o", str(tmp_path / "copy.tabletop"))
    assert code == 0
    assert "The damaged file" not in out
    assert "was not damaged" in out and "left as it was" in out


def test_no_display_is_a_plain_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "run", "intro")
    assert code == 2
    assert "there is no display" in err
