"""Team devices under load: 40 devices (8 teams × 5) on one console, over loopback.

    QT_QPA_PLATFORM=offscreen python bench/bench_devices.py [--messages 10] [--pace 2]

The console runs in this process, as in class (console window, submissions
queue, the server in its worker thread); the devices run in a child process
so that their memory and CPU are not counted as the console's. Measured:

* submission → facilitator queue: from a device sending a message to the
  console's queue holding it, each device writing about every two seconds
  (target: p99 < 100 ms);
* accept → recipient page update: from the facilitator accepting a message
  (five a second, with 400 waiting) to the recipient team's devices
  receiving a view with it in their inbox (target: p99 < 200 ms);
* extra memory of the console process with the server and 40 devices
  connected, over the console alone (target: < 30 MiB);
* the longest the Qt event loop went without running a 10 ms timer (target:
  never blocked more than 100 ms), beside the longest durable commit of an
  event, which the single-writer rule puts on that thread.

The floor, measured in the same run, is a bare HTTP round trip from the same
devices to the same server (its smallest page); latencies are also printed as
ratios to it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

TEAMS = [f"t{n}" for n in range(1, 9)]
PER_TEAM = 5
DECK = """format: tabletop-deck/1
id: bench-eight-teams
title: Eight teams, a benchmark deck
teams:
{teams}
channels:
  - {{id: assembly, name: The assembly, parties: [delegate], status: open, latency: 0}}
injects:
  - {{id: opening, title: The assembly opens, at: {{day: 1, time: "09:00"}}, narrative: Speak.}}
  - {{id: closing, title: The assembly closes, at: {{day: 1, time: "12:00"}}, narrative: End.}}
""".format(
    teams="\n".join(
        f"  - {{id: t{n}, name: Team {n}, side: s{n}, parties: [delegate]}}" for n in range(1, 9)
    )
)


def rss_mib() -> float:
    """The resident memory of this process, in MiB (Linux /proc; else the peak so far)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


# -- the devices (child process) ------------------------------------------------------------


async def run_devices(
    port: int, codes: dict[str, str], messages: int, pace: float
) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import aiohttp

    from tests.support.devices import SimDevice

    base = f"http://127.0.0.1:{port}"
    devices = [(team, SimDevice(base, codes[team])) for team in TEAMS for _ in range(PER_TEAM)]
    seen: dict[str, float] = {}  # message text -> when a recipient's device first had it

    def watch(message: dict[str, Any]) -> None:
        now = time.monotonic()
        for item in (message.get("view") or {}).get("inbox") or ():
            seen.setdefault(item["text"], now)

    for _team, device in devices:
        device.listeners.append(watch)
        await device.open()
    await asyncio.wait_for(asyncio.gather(*(d.connected.wait() for _t, d in devices)), 60)
    floor: list[float] = []
    async with aiohttp.ClientSession() as http:
        for _ in range(200):
            start = time.monotonic()
            async with http.get(f"{base}/") as response:
                await response.read()
            floor.append(time.monotonic() - start)
    print(json.dumps({"event": "ready"}), flush=True)
    sent: dict[str, float] = {}

    rng = random.Random(13)

    async def send(team: str, device: SimDevice, first: int) -> None:
        # a team writes at its own pace: about one message every two seconds per device
        other = TEAMS[(TEAMS.index(team) + 1) % len(TEAMS)]
        for index in range(first, first + messages):
            await asyncio.sleep(rng.expovariate(1 / pace))
            text = f"bench {index} {team}"
            sent[text] = time.monotonic()
            await device.submit(
                {"kind": "message", "channel": "assembly", "recipients": [other], "text": text}
            )

    await asyncio.gather(
        *(send(team, device, n * messages) for n, (team, device) in enumerate(devices))
    )
    total = len(devices) * messages
    deadline = time.monotonic() + 300
    while len(seen) < total and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    for _team, device in devices:
        await device.close()
    return {"sent": sent, "seen": seen, "floor": floor}


# -- the console (this process) -------------------------------------------------------------


class Stalls:
    """The gaps between runs of a 10 ms timer: how long the Qt event loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self.gaps: list[float] = []
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        gap = now - self._last
        self._last = now
        self.gaps.append(gap)
        self.worst = max(self.worst, gap)


def run_console(messages: int, pace: float, gap: float) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tabletop.gui import open_window

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-devices-"))
    os.environ["TABLETOP_HOME"] = str(folder / "home")
    deck = folder / "eight.yaml"
    deck.write_text(DECK, encoding="utf-8")
    window = open_window(["run", str(deck), "--session", str(folder / "s.tabletop")])
    window.show()
    window.controller.deliver_next()
    for _ in range(20):
        app.processEvents()
    from tabletop.core.store import SessionFile

    commits: list[float] = []
    append = SessionFile.append

    def timed_append(self: SessionFile, *args: Any, **kwargs: Any) -> Any:
        start = time.monotonic()
        try:
            return append(self, *args, **kwargs)
        finally:
            commits.append(time.monotonic() - start)

    SessionFile.append = timed_append  # type: ignore[method-assign]
    before = rss_mib()
    devices = window.team_console.ensure()
    problem = devices.start("127.0.0.1")
    if problem:
        print(problem, file=sys.stderr)
        return 2
    queued: dict[str, float] = {}

    def note_queue() -> None:
        now = time.monotonic()
        for submission in devices.waiting():
            queued.setdefault(submission.text, now)

    devices.submissions_changed.connect(note_queue)
    child = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--role",
            "devices",
            "--port",
            str(devices.port),
            "--codes",
            json.dumps(devices.settings.codes),
            "--messages",
            str(messages),
            "--pace",
            str(pace),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout or []), daemon=True)
    reader.start()
    total = len(TEAMS) * PER_TEAM * messages

    def pump(until: Any, limit: float) -> None:
        deadline = time.monotonic() + limit
        while not until() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)

    pump(lambda: any('"ready"' in line for line in lines), 120)
    stalls = Stalls()  # measured from when all 40 devices are connected
    peak = rss_mib()
    pump(lambda: len(devices.waiting()) >= total, 120 + messages * pace * 5)
    peak = max(peak, rss_mib())
    accepted: dict[str, float] = {}
    for submission in devices.waiting():
        accepted[submission.text] = time.monotonic()
        devices.accept(submission)
        pump(lambda: False, gap)
    pump(lambda: child.poll() is not None, 120)
    peak = max(peak, rss_mib())
    stalls.timer.stop()
    reader.join(timeout=10)
    results = json.loads(lines[-1])
    devices.shutdown()
    window.close()
    sent, seen, floor = results["sent"], results["seen"], results["floor"]
    to_queue = [queued[t] - sent[t] for t in sent if t in queued]
    to_page = [seen[t] - accepted[t] for t in accepted if t in seen]
    floor_p50 = percentile(floor, 50)
    extra = peak - before

    def line(name: str, values: list[float], target_ms: float) -> None:
        p50, p99 = percentile(values, 50) * 1000, percentile(values, 99) * 1000
        verdict = "within target" if p99 < target_ms else "OVER TARGET"
        print(f"{name} ({len(values)} of {total})")
        print(
            f"  p50 {p50:.1f} ms  p99 {p99:.1f} ms  max {max(values) * 1000:.1f} ms   "
            f"(p50 {p50 / (floor_p50 * 1000):.1f}x the floor)   "
            f"target p99 < {target_ms:.0f} ms: {verdict}"
        )

    print(
        f"floor: bare HTTP round trip p50 {floor_p50 * 1000:.2f} ms, "
        f"p99 {percentile(floor, 99) * 1000:.2f} ms"
    )
    line("submission → facilitator queue", to_queue, 100)
    line("accept → recipient page update", to_page, 200)
    print(
        f"extra memory: {extra:.1f} MiB over the console alone ({before:.1f} → {peak:.1f} MiB); "
        f"target < 30 MiB: {'within target' if extra < 30 else 'OVER TARGET'}"
    )
    print(
        f"Qt event loop: longest gap {stalls.worst * 1000:.1f} ms between 10 ms timer runs, "
        f"p99 {percentile(stalls.gaps, 99) * 1000:.1f} ms; "
        f"target never blocked > 100 ms: {'within target' if stalls.worst < 0.1 else 'OVER TARGET'}"
    )
    print(
        f"  durable commits on that thread ({len(commits)}): p50 "
        f"{percentile(commits, 50) * 1000:.1f} ms, max {max(commits) * 1000:.1f} ms"
    )
    return 0 if to_queue and to_page else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10, help="messages per device")
    parser.add_argument(
        "--pace", type=float, default=2.0, help="mean seconds between a device's messages"
    )
    parser.add_argument(
        "--accept-every", type=float, default=0.2, help="seconds between two accepts"
    )
    parser.add_argument("--role", choices=("console", "devices"), default="console")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--codes", default="{}")
    args = parser.parse_args()
    if args.role == "devices":
        results = asyncio.run(
            run_devices(args.port, json.loads(args.codes), args.messages, args.pace)
        )
        print(json.dumps(results), flush=True)
        return 0
    return run_console(args.messages, args.pace, args.accept_every)


if __name__ == "__main__":
    sys.exit(main())
