"""Every command that writes a file, pointed at something that must not be replaced.

An output goes over a plain file only with ``--force``, never over a session file
(whatever its name), a folder or a disk, and it is streamed into a pipe or a
character device without replacing the node. Each command is run against each
kind of target; afterwards the target is what it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.holder import held_elsewhere
from support.sessions import MINIMAL, FakeClock, start_minimal

import tabletop.cli
from tabletop.cli import main
from tabletop.core.deck.yaml_reader import read_file
from tabletop.core.engine import Session
from tabletop.core.msel import export_msel


@dataclass(frozen=True)
class Writer:
    """A command that writes one file, and what it may do with an existing one."""

    name: str
    suffix: str
    argv: Callable[[Path, Path], list[str]]  # (inputs folder, target) -> arguments
    streams: bool  # writes into a pipe or a device as a stream
    forces: bool  # has --force to replace a plain file
    magic: bytes  # how its output starts


def _report(i: Path, t: Path) -> list[str]:
    return ["report", str(i / "in.tabletop"), "-o", str(t)]


def _cards(i: Path, t: Path) -> list[str]:
    return ["cards", str(MINIMAL), "-o", str(t)]


def _msel_export(i: Path, t: Path) -> list[str]:
    return ["msel", "export", str(MINIMAL), "-o", str(t)]


def _msel_import(i: Path, t: Path) -> list[str]:
    return ["msel", "import", str(i / "in.xlsx"), "-o", str(t)]


def _recover(i: Path, t: Path) -> list[str]:
    return ["recover", str(i / "in.tabletop"), "-o", str(t)]


def _run_session(i: Path, t: Path) -> list[str]:
    return ["run", str(MINIMAL), "--session", str(t)]


WRITERS = [
    Writer("report", ".pdf", _report, streams=True, forces=True, magic=b"%PDF"),
    Writer("cards", ".pdf", _cards, streams=True, forces=True, magic=b"%PDF"),
    Writer("msel-xlsx", ".xlsx", _msel_export, streams=True, forces=True, magic=b"PK"),
    Writer("msel-csv", ".csv", _msel_export, streams=True, forces=True, magic=b"\xef\xbb\xbf"),
    Writer("msel-import", ".yaml", _msel_import, streams=True, forces=True, magic=b"format:"),
    Writer("recover", ".tabletop", _recover, streams=False, forces=False, magic=b"SQLite"),
    Writer("run", ".tabletop", _run_session, streams=False, forces=False, magic=b""),
]
IDS = [w.name for w in WRITERS]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session to report on or recover, and a spreadsheet to import."""
    folder = tmp_path_factory.mktemp("inputs")
    session = Session.start(MINIMAL.read_text(encoding="utf-8"), path=folder / "in.tabletop")
    session.deliver_next()
    session.record_decision("us", "Call Moscow", kind="message", channel="hotline")
    session.close()
    export_msel(read_file(MINIMAL).data, folder / "in.xlsx")
    return folder


@pytest.fixture(autouse=True)
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """``run`` would open the console: record that instead."""
    opened: list[list[str]] = []
    monkeypatch.setattr(tabletop.cli, "start_gui", lambda argv: opened.append(argv) or 0)
    return opened


def _identity(path: Path) -> tuple[int, int, int, int]:
    st = os.lstat(path)
    return (stat.S_IFMT(st.st_mode), st.st_ino, st.st_rdev, st.st_size)


def _session_at(folder: Path, name: str) -> tuple[Path, int]:
    """A real session file under an output's name; returns it and its number of events."""
    session = start_minimal(folder, FakeClock())
    session.deliver_next()
    session.record_decision("us", "Keep me", kind="message", channel="hotline")
    session.close()
    target = folder / name
    session.path.rename(target)
    return target, 3


def _events(path: Path) -> int:
    with Session.resume(path) as session:
        return len(session.state.events)


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_an_existing_session_is_never_replaced(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, events = _session_at(tmp_path, f"class{writer.suffix}")
    before = target.read_bytes()
    for force in ([], ["--force"]) if writer.forces else ([],):
        code, err = _run(capsys, writer.argv(inputs, target) + force)
        assert code == 2, err
        assert target.name in err
        assert target.read_bytes() == before
    assert _events(target) == events


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_session_being_recorded_is_never_replaced(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, events = _session_at(tmp_path, f"live{writer.suffix}")
    identity = _identity(target)
    with held_elsewhere(target):
        for force in ([], ["--force"]) if writer.forces else ([],):
            code, err = _run(capsys, writer.argv(inputs, target) + force)
            assert code == 2, err
            assert _identity(target) == identity
    assert _events(target) == events


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_link_to_a_session_is_never_followed_over_it(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, events = _session_at(tmp_path, "linked.tabletop")
    link = tmp_path / f"link{writer.suffix}"
    link.symlink_to(session)
    before = session.read_bytes()
    for force in ([], ["--force"]) if writer.forces else ([],):
        code, err = _run(capsys, writer.argv(inputs, link) + force)
        assert code == 2, err
    assert link.is_symlink() and session.read_bytes() == before
    assert _events(session) == events


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_folder_is_refused(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / f"folder{writer.suffix}"
    folder.mkdir()
    (folder / "keep.txt").write_text("kept")
    for force in ([], ["--force"]) if writer.forces else ([],):
        code, err = _run(capsys, writer.argv(inputs, folder) + force)
        assert code == 2, err
    assert folder.is_dir() and (folder / "keep.txt").read_text() == "kept"
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


@pytest.mark.parametrize("writer", [w for w in WRITERS if w.forces], ids=lambda w: w.name)
def test_a_plain_file_is_replaced_only_with_force(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"older{writer.suffix}"
    target.write_bytes(b"what was there before")
    code, err = _run(capsys, writer.argv(inputs, target))
    assert code == 2, err
    assert "--force" in err
    assert target.read_bytes() == b"what was there before"
    code, err = _run(capsys, [*writer.argv(inputs, target), "--force"])
    assert code == 0, err
    assert target.read_bytes().startswith(writer.magic)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no temporary left


@pytest.mark.parametrize("writer", [w for w in WRITERS if not w.forces], ids=lambda w: w.name)
def test_a_plain_file_is_never_replaced_by_a_session(
    writer: Writer, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"older{writer.suffix}"
    target.write_bytes(b"what was there before")
    code, err = _run(capsys, writer.argv(inputs, target))
    assert code == 2, err
    assert target.read_bytes() == b"what was there before"


@pytest.fixture
def fifo(tmp_path: Path) -> Callable[[str], Path]:
    def make(suffix: str) -> Path:
        path = tmp_path / f"pipe{suffix}"
        os.mkfifo(path)
        return path

    return make


class PipeReader:
    """Reads whatever is written into a pipe, in a thread (a program at the other end)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.data = b""
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        with open(self.path, "rb") as stream:
            self.data = stream.read()

    def finish(self) -> bytes:
        deadline = time.monotonic() + 30
        while self._thread.is_alive() and time.monotonic() < deadline:
            # nothing was written: open and close the writing end so the reader's open returns
            with contextlib.suppress(OSError):  # the reader may not be at its open yet
                os.close(os.open(self.path, os.O_WRONLY | os.O_NONBLOCK))
            self._thread.join(timeout=0.05)
        self._thread.join(timeout=30)
        assert not self._thread.is_alive()
        return self.data


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_pipe_with_a_reader_gets_a_stream(
    writer: Writer,
    inputs: Path,
    fifo: Callable[[str], Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    pipe = fifo(writer.suffix)
    identity = _identity(pipe)
    reader = PipeReader(pipe)
    try:
        code, err = _run(capsys, writer.argv(inputs, pipe))
    finally:
        data = reader.finish()
    assert _identity(pipe) == identity
    if writer.streams:
        assert code == 0, err
        assert data.startswith(writer.magic)
    else:
        assert code == 2, err
        assert data == b""


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_pipe_nobody_reads_is_refused_at_once(
    writer: Writer, inputs: Path, fifo: Callable[[str], Path], tabletop_home: Path
) -> None:
    pipe = fifo(writer.suffix)
    identity = _identity(pipe)
    script = (
        "import sys, tabletop.cli as c; c.start_gui = lambda argv: 0; "
        "sys.exit(c.main(sys.argv[1:]))"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), TABLETOP_HOME=str(tabletop_home))
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, *writer.argv(inputs, pipe)],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
        )
    except subprocess.TimeoutExpired:
        PipeReader(pipe).finish()
        pytest.fail(f"{writer.name} waited for a reader of {pipe.name} instead of refusing")
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert _identity(pipe) == identity


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """A character device (a copy of /dev/null) and a block device node, made with mknod."""
    folder = tmp_path / "dev"
    folder.mkdir()
    made = {}
    try:
        for kind, mode, numbers in (
            ("char", stat.S_IFCHR, os.makedev(1, 3)),  # /dev/null
            ("block", stat.S_IFBLK, os.makedev(7, 200)),  # a loop device nobody uses
        ):
            path = folder / kind
            os.mknod(path, mode | 0o666, numbers)
            made[kind] = path
    except PermissionError:
        pytest.skip("making device nodes needs root (CI runs as root)")
    yield made


@pytest.mark.parametrize("writer", WRITERS, ids=IDS)
def test_a_device_is_written_as_a_stream_or_refused_never_replaced(
    writer: Writer, inputs: Path, devices: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, node in devices.items():
        target = node.with_name(f"{kind}{writer.suffix}")
        node.rename(target)
        identity = _identity(target)
        for force in ([], ["--force"]) if writer.forces else ([],):
            code, err = _run(capsys, writer.argv(inputs, target) + force)
            assert _identity(target) == identity, f"{kind} device replaced"
            if kind == "char" and writer.streams:
                assert code == 0, err
            else:
                assert code == 2, err
        assert sorted(p.name for p in target.parent.iterdir()) == sorted(
            p.name for p in target.parent.iterdir() if not p.name.startswith(".")
        )
