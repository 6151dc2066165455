"""Load and fault: 40 devices (8 teams × 5) over loopback, the app killed mid-load and resumed.

Each device sends 10 messages at once with auto-accept on. Part-way through,
the app (``tabletop resume`` in its own process) is killed with SIGKILL, then
started again with ``tabletop resume``. The devices reconnect by themselves
and send again whatever was not yet recorded. In the end every submission a
device saw recorded is in the session file exactly once, every submission was
recorded, and nothing else was.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tabletop.core.engine import Session, open_state
from tabletop.teamnet.codes import DeviceSettings
from tests.support.devices import SimDevice

pytestmark = pytest.mark.slow

EIGHT = Path(__file__).resolve().parents[1] / "data" / "decks" / "eight-teams.yaml"
TEAMS = [f"t{n}" for n in range(1, 9)]
PER_TEAM = 5
MESSAGES = 10


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _prepared_session(path: Path, port: int) -> dict[str, str]:
    """A session with the first inject delivered and team devices on, auto-accept on."""
    with Session.start(EIGHT.read_text(encoding="utf-8"), path=path) as session:
        session.deliver_next()
        settings = DeviceSettings(on=True, host="127.0.0.1", port=port, auto_accept=True)
        settings.ensure_codes(TEAMS)
        settings.save(session.file)
        return dict(settings.codes)


def _app(path: Path, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TABLETOP_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "tabletop", "resume", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


async def _play(devices: list[SimDevice], kill: asyncio.Event) -> None:
    for device in devices:
        await device.open()
    await asyncio.wait_for(asyncio.gather(*(d.connected.wait() for d in devices)), 60)

    async def send_all(device: SimDevice, index: int) -> None:
        team = TEAMS[index // PER_TEAM]
        other = TEAMS[(index // PER_TEAM + 1) % len(TEAMS)]

        async def send(n: int) -> None:
            # spread over about two seconds, as a class types: the kill must land mid-load
            # however fast this machine records
            await asyncio.sleep(n * 0.2)
            await device.submit(
                {
                    "kind": "message",
                    "channel": "assembly",
                    "recipients": [other],
                    "text": f"{team} device {index} message {n}",
                }
            )

        await asyncio.gather(*(send(n) for n in range(MESSAGES)))

    sending = asyncio.gather(*(send_all(d, i) for i, d in enumerate(devices)))

    def recorded() -> int:
        return sum(1 for d in devices for s in d.sent.values() if s.recorded_as)

    # the kill comes once some, but far from all, submissions are recorded
    deadline = time.monotonic() + 60
    while recorded() < 40 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    kill.set()
    await sending
    deadline = time.monotonic() + 180
    total = len(TEAMS) * PER_TEAM * MESSAGES
    while recorded() < total and time.monotonic() < deadline:
        await asyncio.sleep(0.1)


def test_every_acknowledged_submission_survives_a_kill_exactly_once(tmp_path: Path) -> None:
    path = tmp_path / "load.tabletop"
    home = tmp_path / "home"
    port = _free_port()
    codes = _prepared_session(path, port)
    team_of_code = {code: team for team, code in codes.items()}
    base = f"http://127.0.0.1:{port}"
    processes = [_app(path, home)]
    seen_before_kill: dict[str, str] = {}  # key -> decision id, as devices were told
    devices: list[SimDevice] = []

    async def run() -> None:
        devices.extend(SimDevice(base, codes[team]) for team in TEAMS for _ in range(PER_TEAM))
        kill = asyncio.Event()
        play = asyncio.ensure_future(_play(devices, kill))
        await kill.wait()
        os.kill(processes[0].pid, signal.SIGKILL)
        processes[0].wait(timeout=30)
        for device in devices:
            for sent in device.sent.values():
                if sent.recorded_as:
                    seen_before_kill[f"{team_of_code[device.code]}/{sent.key}"] = sent.recorded_as
        processes.append(_app(path, home))
        await play
        for device in devices:
            await device.close()

    try:
        asyncio.run(run())
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    assert seen_before_kill, "the app was killed before anything was recorded"
    sent = {f"{team_of_code[d.code]}/{s.key}": s for d in devices for s in d.sent.values()}
    assert len(sent) == len(TEAMS) * PER_TEAM * MESSAGES
    assert len(seen_before_kill) < len(sent), "the kill came after the load"
    _deck, state, _meta = open_state(path)
    recorded = Counter(d.submission for d in state.decision_list if d.source == "device")
    assert all(n == 1 for n in recorded.values()), recorded.most_common(3)
    # every submission a device saw recorded is there, under the id it was shown
    for key, decision_id in seen_before_kill.items():
        assert state.submissions.get(key) == decision_id
    # every submission was recorded in the end (devices sent again after the restart)
    missing = [k for k, s in sent.items() if not s.recorded_as]
    assert not missing, f"{len(missing)} submissions were never recorded"
    # and nothing else is in the file
    assert set(recorded) == set(sent)
    assert len(state.decision_list) == len(sent)
