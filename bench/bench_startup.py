"""Start-up: from process start to the console shown with a bundled deck, against a bare window.

    python bench/bench_startup.py [--deck intro] [--runs 5]

Each run starts fresh processes. tabletop runs the real command,
``tabletop run DECK --session NEW_FILE``, with ``TABLETOP_QUIT_WHEN_SHOWN`` set,
so it quits as soon as the console has been painted. The baseline is a bare
PySide6 QMainWindow in its own fresh process, quitting the same way. Time runs
from spawning the process to the line it prints once painted; runs of the two
alternate so that disk and cache noise hits both alike, and the best of each
is compared, after one warm-up run of each that is not counted (it also writes
the bytecode cache, as ``pip install`` does for an installed app, even when
PYTHONDONTWRITEBYTECODE is set in the shell). Peak memory is the console
process's maximum resident set size.
Targets: at most 2.5x the bare window's time, and under 200 MiB.

Runs under any Qt platform; without a display, set QT_QPA_PLATFORM=offscreen
(the default here when DISPLAY is unset).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import report, verdict

TIME_TARGET = 2.5
MEMORY_TARGET_MIB = 200

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare window"))
window.resize(1280, 720)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawn to the "shown" line, and the process's peak RSS in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    shown = None
    for line in process.stdout:
        if line.startswith("shown"):
            shown = time.perf_counter() - start
            break
    process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read() if process.stderr else ""
    if shown is None or process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors}")
    return shown, int(usage.ru_maxrss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", default="intro", help="a bundled deck id or a deck file")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TABLETOP_QUIT_WHEN_SHOWN"] = "1"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours: list[float] = []
    bare: list[float] = []
    peak_kib = 0
    with tempfile.TemporaryDirectory(prefix="tabletop-bench-") as folder:
        env["TABLETOP_HOME"] = folder
        for run in range(args.runs + 1):
            session = Path(folder) / f"run-{run}.tabletop"
            command = [
                sys.executable,
                "-m",
                "tabletop",
                "run",
                args.deck,
                "--session",
                str(session),
            ]
            seconds, kib = timed(command, env)
            baseline = timed([sys.executable, "-c", BARE_WINDOW], env)[0]
            if run == 0:
                continue  # the warm-up
            ours.append(seconds)
            bare.append(baseline)
            peak_kib = max(peak_kib, kib)
    print(
        f"platform: {env.get('QT_QPA_PLATFORM') or 'default'}, deck: {args.deck}, runs: {args.runs}"
    )
    ratio = report(
        "Start-up to the console shown (best of runs)", min(ours), min(bare), TIME_TARGET
    )
    peak = peak_kib / 1024
    print("Peak memory of the console process")
    print(
        f"  {peak:.0f} MiB (target < {MEMORY_TARGET_MIB} MiB): "
        f"{'within target' if peak < MEMORY_TARGET_MIB else 'OVER TARGET'}"
    )
    ok = verdict(ratio, TIME_TARGET) == "within target" and peak < MEMORY_TARGET_MIB
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
