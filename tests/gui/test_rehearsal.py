"""A class rehearsed by real keys and clicks on a real X server with a window manager.

Xvfb and openbox are started for the test; xdotool presses the keys and clicks
(see rehearsal_driver.py for the class itself). The app is killed with SIGKILL
half-way and resumed. Outside CI the test is skipped, with the reason, when no X
server can be started; in CI it must run.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tabletop.core.engine import open_state
from tabletop.core.store import summarize

DRIVER = Path(__file__).with_name("rehearsal_driver.py")
DECK = Path(__file__).resolve().parents[1] / "data" / "decks" / "minimal.yaml"
TOOLS = ("Xvfb", "openbox", "xdotool")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the real-input rehearsal must run in CI: {reason}")
    pytest.skip(f"no X server for the real-input rehearsal: {reason}")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A private X display (1280×720) with openbox managing its windows."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(f"{', '.join(missing)} not installed (apt-get install xvfb openbox xdotool)")
    started = _start_server()
    if started is None:
        _unavailable("Xvfb did not start on any free display")
        return
    server, name = started
    manager = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env={**os.environ, "DISPLAY": name},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.8)
    try:
        yield name
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


def _start_server() -> tuple[subprocess.Popen[bytes], str] | None:
    """Xvfb on a free display: TABLETOP_TEST_DISPLAY if set, else one from :100 up (never :0
    or :99, which people and CI images use)."""
    wanted = os.environ.get("TABLETOP_TEST_DISPLAY", "").lstrip(":")
    first = int(wanted) if wanted.isdigit() else 100 + os.getpid() % 700
    for number in range(first, first + (1 if wanted else 40)):
        if number == 99 or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while server.poll() is None and not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if server.poll() is None and socket.exists():
            return server, f":{number}"
        server.kill()
        server.wait()
    return None


def _driver(display: str, home: Path, *args: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "TABLETOP_HOME": str(home),
    }
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_until(process: subprocess.Popen[str], line: str, seconds: float) -> list[str]:
    """The driver's lines up to ``line``; fails with what it said if it died or hung first."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for text in process.stdout:
            lines.put(text.rstrip())
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    said: list[str] = []
    deadline = time.monotonic() + seconds
    while True:
        try:
            text = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            process.kill()
            text = None
            said.append(f"(no progress for {seconds:.0f} s: stopped)")
        if text is None:
            break
        said.append(text)
        if text == line:
            return said
    process.wait(timeout=10)
    errors = process.stderr.read() if process.stderr else ""
    raise AssertionError(
        f"the rehearsal stopped (exit {process.returncode}) after:\n"
        + "\n".join(said)
        + f"\n{errors[-4000:]}"
    )


def test_a_class_rehearsed_with_real_keys_and_clicks(
    display: str, tmp_path: Path, tabletop_home: Path
) -> None:
    session = tmp_path / "rehearsal.tabletop"
    first = _driver(display, tabletop_home, "play", str(DECK), str(session))
    try:
        _read_until(first, "KILL NOW", 180)
    finally:
        first.send_signal(signal.SIGKILL)  # the power goes, as in a classroom
        first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    _deck, state, _meta = open_state(session)
    assert [d.id for d in state.decision_list] == ["D1"]
    assert summarize(session).status == "running"
    second = _driver(display, tabletop_home, "resume", str(session))
    _read_until(second, "DONE", 120)
    assert second.wait(timeout=30) == 0, second.stderr.read() if second.stderr else ""
    _deck, state, _meta = open_state(session)
    assert state.ended
    assert [(d.id, d.team) for d in state.active_decisions()] == [("D1", "us"), ("D3", "russia")]
    assert state.decisions["D3"].text == "Half a thought about the cable"
