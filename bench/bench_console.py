"""The console on long sessions: first paint, and event-loop stalls while recording, scrolling
and switching tabs, at three sizes, against a bare window showing the same rows.

    python bench/bench_console.py [--sizes 1000 3000 10000] [--runs 3]

For each size a session of the intro deck with that many decisions is built
(messages and actions, tags, a few amendments and withdrawals). Each run starts
two fresh processes, alternating: one opens the real console on the session
(the session is read first and not timed: that is the engine's fold, measured
by its own bench) and one a bare QMainWindow with a QTableView over a plain
model holding the same rows' texts. Each measures:

* first paint: from building the window to its decision table's first paint;
* stalls: a timer ticking every millisecond records the longest gap in the
  event loop while an action and everything it triggers (repaints included)
  is processed. Actions: record a decision (console: through the recorder;
  bare: append a row), scroll the log to the top, middle and bottom, switch the
  log's tabs, and (console) switch between the current inject and the
  evaluation.

It prints min / median / max over the runs, the ratio of the medians to the
bare window, and the growth exponent from the smallest to the largest size
(log of the time ratio over log of the size ratio). Targets: first paint
within 3x the bare window; no stall over 50 ms (each run's figure is its
longest stall of that kind; the verdict goes by the median run, since on a
shared machine one run can be held up by other work); no exponent above 1.2.
A missed target is printed as OVER TARGET and the exit status is 1.

Runs under any Qt platform; without a display it uses QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PAINT_TARGET = 3.0
STALL_TARGET_MS = 50.0
EXPONENT_TARGET = 1.2
ACTIONS = ("record", "scroll", "log tab", "inject tab")


# -- building the sessions ---------------------------------------------------------------


def build_session(path: Path, size: int) -> None:
    """A session of the intro deck with ``size`` decisions (written without fsync: the
    durability of recording is not what this bench measures)."""
    from tabletop.core.deck.library import resolve_deck
    from tabletop.core.engine import Session

    text = resolve_deck("intro").read_text(encoding="utf-8")
    rng = random.Random(size)
    tags = [f"tag{n}" for n in range(40)]
    with Session.start(text, path=path) as session:
        session.file.conn.execute("PRAGMA synchronous = OFF")
        session.deliver_next()
        teams = [t.id for t in session.state.teams]
        deck = session.deck
        for number in range(size):
            team = rng.choice(teams)
            usable = [c.id for c in deck.channels if c.usable_by(session.state.team(team))]
            channel = rng.choice(["", *usable])
            session.record_decision(
                team,
                f"Decision {number}: " + " ".join(rng.choice(tags) for _ in range(8)),
                kind="message" if channel else "action",
                channel=channel,
                tags=rng.sample(tags, 2),
                escalation=rng.choice([0, 0, 0, 1, -1]),
            )
            if number % 97 == 5:
                session.amend_decision(f"D{number + 1}", text=f"Amended decision {number}")
            if number % 131 == 7:
                session.withdraw_decision(f"D{number + 1}", "recorded twice")
            if number % 500 == 250 and not session.next_inject().is_end:
                session.deliver_next()


# -- the measuring child ------------------------------------------------------------------


CHILD = r"""
import json, sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QTabWidget, QTableView

which, path = sys.argv[1], sys.argv[2]
app = QApplication.instance() or QApplication(sys.argv)
if which == "console":
    from tabletop.gui.app import application
    app = application()


class FirstPaint(QObject):
    at = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


class Stalls(QObject):
    # the longest gap between ticks of a 1 ms timer: how long the event loop was blocked
    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def during(self, action, settle_ms=120):
        loop = QEventLoop()
        QTimer.singleShot(settle_ms, loop.quit)
        self.last = time.perf_counter()
        self.worst = 0.0
        QTimer.singleShot(0, action)
        loop.exec()
        return self.worst * 1000


def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


if which == "console":
    from tabletop.core.engine import Session
    from tabletop.gui.console_window import ConsoleWindow
    from tabletop.gui.session_controller import SessionController

    session = Session.resume(path)
    controller = SessionController(session)
    start = time.perf_counter()
    window = ConsoleWindow(controller)
    table = window.log.table
    probe = FirstPaint()
    table.viewport().installEventFilter(probe)
    window.resize(1280, 720)
    window.show()
    while probe.at is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    first_paint = probe.at - start
    recorder = window.recorder

    def record():
        recorder.text_edit.setPlainText("Bench: call Moscow")
        recorder.record()

    def log_tab():
        window.log_tabs.setCurrentIndex(1 - window.log_tabs.currentIndex())

    def inject_tab():
        window.toggle_evaluation()

else:
    from tabletop.core.engine import open_state

    _deck, state, _meta = open_state(path)
    rows = [
        [d.id, d.team, d.text, d.outcome.status if d.outcome else ""] for d in state.decision_list
    ]

    class Bare(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 4

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return rows[index.row()][index.column()]
            return None

    start = time.perf_counter()
    window = QMainWindow()
    tabs = QTabWidget(window)
    model = Bare()
    table = QTableView(tabs)
    table.setModel(model)
    table.verticalHeader().setDefaultSectionSize(40)
    tabs.addTab(table, "Decision log")
    tabs.addTab(QListWidget(tabs), "Observations")
    window.setCentralWidget(tabs)
    probe = FirstPaint()
    table.viewport().installEventFilter(probe)
    window.resize(1280, 720)
    window.show()
    while probe.at is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    first_paint = probe.at - start

    def record():
        model.beginInsertRows(QModelIndex(), len(rows), len(rows))
        rows.append(["D", "us", "Bench: call Moscow", "delivered"])
        model.endInsertRows()
        table.scrollToBottom()

    def log_tab():
        tabs.setCurrentIndex(1 - tabs.currentIndex())

    inject_tab = None

settle(200)
meter = Stalls()
bar = table.verticalScrollBar()
stalls = {"record": [], "scroll": [], "log tab": [], "inject tab": []}
for _ in range(5):
    stalls["record"].append(meter.during(record))
    for where in (0, bar.maximum() // 2, bar.maximum()):
        stalls["scroll"].append(meter.during(lambda where=where: bar.setValue(where)))
    stalls["log tab"].append(meter.during(log_tab))
    if inject_tab is not None:
        stalls["inject tab"].append(meter.during(inject_tab))
print(json.dumps({"first_paint": first_paint,
                  "stalls": {k: max(v) for k, v in stalls.items() if v}}), flush=True)
window.close()
"""


def child(which: str, path: Path, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, which, str(path)],
        env=env,
        text=True,
        capture_output=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {which} run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# -- reporting ---------------------------------------------------------------------------


def spread(values: list[float]) -> str:
    return f"{min(values):7.1f} / {statistics.median(values):7.1f} / {max(values):7.1f}"


def exponent(small: float, large: float, n_small: int, n_large: int) -> float:
    if small <= 0 or large <= 0:
        return 0.0
    return math.log(large / small) / math.log(n_large / n_small)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=3, default=[1000, 3000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    ok = True
    medians: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="tabletop-bench-console-") as folder:
        env["TABLETOP_HOME"] = folder
        os.environ["TABLETOP_HOME"] = folder
        print(f"platform: {env.get('QT_QPA_PLATFORM') or 'default'}, runs: {args.runs}")
        print("times in ms: min / median / max over the runs")
        for size in args.sizes:
            path = Path(folder) / f"s{size}.tabletop"
            began = time.perf_counter()
            build_session(path, size)
            print(f"\n{size} decisions (session built in {time.perf_counter() - began:.1f} s)")
            ours: dict[str, list[float]] = {}
            bare: dict[str, list[float]] = {}
            for _run in range(args.runs):
                for which, into in (("console", ours), ("bare", bare)):
                    result = child(which, path, env)
                    into.setdefault("first paint", []).append(result["first_paint"] * 1000)
                    for action, worst in result["stalls"].items():
                        into.setdefault(action, []).append(worst)
            medians[size] = {k: statistics.median(v) for k, v in ours.items()}
            paint_ratio = medians[size]["first paint"] / statistics.median(bare["first paint"])
            verdict = "within target" if paint_ratio <= PAINT_TARGET else "OVER TARGET"
            ok &= paint_ratio <= PAINT_TARGET
            print(f"  first paint   console {spread(ours['first paint'])}")
            print(f"                bare    {spread(bare['first paint'])}")
            print(
                f"                ratio {paint_ratio:.2f}x (target <= {PAINT_TARGET}x): {verdict}"
            )
            for action in ACTIONS:
                if action not in ours:
                    continue
                # each run's figure is its longest stall; the verdict goes by the median run,
                # as one run on a shared machine can be held up by other work
                worst = statistics.median(ours[action])
                verdict = "within target" if worst <= STALL_TARGET_MS else "OVER TARGET"
                ok &= worst <= STALL_TARGET_MS
                floor = statistics.median(bare[action]) if action in bare else None
                against = (
                    f", bare {spread(bare[action])}, ratio {medians[size][action] / floor:.2f}x"
                    if floor
                    else ""
                )
                print(
                    f"  stall {action:<10} console {spread(ours[action])}{against}; "
                    f"median run's longest {worst:.1f} ms (target <= {STALL_TARGET_MS:.0f} ms): "
                    f"{verdict}"
                )
        small, large = args.sizes[0], args.sizes[-1]
        print(f"\ngrowth exponents from {small} to {large} decisions (target <= {EXPONENT_TARGET})")
        for what in ("first paint", *ACTIONS):
            if what not in medians[small]:
                continue
            value = exponent(medians[small][what], medians[large][what], small, large)
            verdict = "within target" if value <= EXPONENT_TARGET else "OVER TARGET"
            ok &= value <= EXPONENT_TARGET
            print(f"  {what:<12} {value:5.2f}: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
