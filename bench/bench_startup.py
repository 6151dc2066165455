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
from _common import check_growth, finish, report, spread, verdict

from tabletop.core import paths

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


def _library(folder: Path, injects: int, sessions: int) -> None:
    """A user folder holding one deck of ``injects`` injects and ``sessions`` session files."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_validate import generate

    from tabletop.core.engine import Session

    os.environ["TABLETOP_HOME"] = str(folder)
    decks = folder / "decks"
    decks.mkdir(parents=True, exist_ok=True)
    if injects:
        (decks / "large.yaml").write_text(generate(injects), encoding="utf-8")
    sessions_dir = folder / "sessions"
    sessions_dir.mkdir(parents=True, exist_ok=True)
    intro = (paths.bundled_decks_dir() / "intro.yaml").read_text(encoding="utf-8")
    for n in range(sessions):
        with Session.start(intro, path=sessions_dir / f"class-{n:03d}.tabletop") as session:
            session.deliver_next()
            session.record_decision(session.state.teams[0].id, f"Decision of class {n}")
            if n % 3 == 0:
                session.undo_last()
            if n % 2 == 0:
                session.end()


def _start_screen(runs: int, sizes: list[tuple[int, int]], env: dict[str, str]) -> bool:
    """The start screen (``tabletop``) over user folders of growing size, against a bare window."""
    print("Start screen (`tabletop`): a user folder with one deck of N injects and K sessions")
    ok = True
    ours_best: list[float] = []
    for injects, sessions in sizes:
        with tempfile.TemporaryDirectory(prefix="tabletop-bench-") as folder:
            _library(Path(folder), injects, sessions)
            env["TABLETOP_HOME"] = folder
            ours: list[float] = []
            bare: list[float] = []
            for run in range(runs + 1):
                seconds = timed([sys.executable, "-m", "tabletop"], env)[0]
                baseline = timed([sys.executable, "-c", BARE_WINDOW], env)[0]
                if run == 0:
                    continue  # the warm-up (it also fills the listing caches)
                ours.append(seconds)
                bare.append(baseline)
        ratio = min(ours) / min(bare)
        within = ratio <= TIME_TARGET
        ok = ok and within
        print(f"  N={injects:>5,} K={sessions:>4}: tabletop {spread(ours)}")
        print(f"  {'':>17}bare     {spread(bare)}")
        print(
            f"  {'':>17}ratio {ratio:.2f}× (target ≤ {TIME_TARGET}×): {verdict(ratio, TIME_TARGET)}"
        )
        ours_best.append(min(ours))
    # the start screen's own work should not grow with the library: the growth exponent of
    # its time against the number of files listed stays near 0 (above 1.2 it fails)
    files = [1 + sessions + (1 if injects else 0) for injects, sessions in sizes]
    check_growth("start screen", files, ours_best, per_item=False)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", default="intro", help="a bundled deck id or a deck file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--start-screen",
        metavar="N:K,…",
        help="time the start screen instead, over user folders of N-inject decks and K "
        "sessions (e.g. 0:0,1000:50,1000:200)",
    )
    args = parser.parse_args()
    if args.start_screen:
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["TABLETOP_QUIT_WHEN_SHOWN"] = "1"
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        sizes = [tuple(int(x) for x in part.split(":")) for part in args.start_screen.split(",")]
        ok = _start_screen(args.runs, sizes, env)  # type: ignore[arg-type]
        return 0 if ok and not finish() else 1

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
