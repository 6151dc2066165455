"""At 1280×720 nothing on the console is cut off or hidden behind something else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tabletop.gui.console_window import ConsoleWindow


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area: reached by scrolling, so it may lie beyond the panel's edge."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible(console: ConsoleWindow, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in console.findChildren(kind) if w.isVisibleTo(console) and not _scrolled(w)]


def _on_window(widget: QWidget, console: ConsoleWindow) -> QRect:
    return QRect(widget.mapTo(console, widget.rect().topLeft()), widget.size())


def _play(console: ConsoleWindow) -> None:
    console.actions_.next_inject.trigger()
    console.controller.record_decision("us", "Call Moscow", channel="hotline")
    console.recorder.select_channel("cable-commission")  # shows the channel warning


def test_controls_get_the_room_they_ask_for(qtbot: QtBot, console: ConsoleWindow) -> None:
    _play(console)
    qtbot.wait(20)
    assert console.size().width() == 1280 and console.size().height() == 720
    for widget in _visible(console, QAbstractButton) + _visible(console, QComboBox):
        need = widget.minimumSizeHint()
        assert widget.width() >= need.width() and widget.height() >= need.height(), (
            f"{widget.objectName() or widget.accessibleName() or type(widget).__name__}: "
            f"{widget.size()} < {need}"
        )


def test_controls_lie_inside_the_window_and_do_not_overlap(
    qtbot: QtBot, console: ConsoleWindow
) -> None:
    _play(console)
    qtbot.wait(20)
    window = console.rect()
    controls = (
        _visible(console, QAbstractButton)
        + _visible(console, QComboBox)
        + _visible(console, QLineEdit)
    )
    controls = [w for w in controls if not isinstance(w.parent(), (QComboBox,))]
    rects = {id(w): _on_window(w, console) for w in controls}
    for widget in controls:
        assert window.contains(rects[id(widget)]), widget.objectName()
    for i, first in enumerate(controls):
        for second in controls[i + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            overlap = rects[id(first)].intersected(rects[id(second)])
            assert overlap.isEmpty(), f"{first.objectName()} overlaps {second.objectName()}"


AT_DOUBLE_SCALE = """
import json, sys
sys.path.insert(0, {tests!r})
from test_layout import _on_window, _visible
from PySide6.QtWidgets import QAbstractButton, QComboBox
from tabletop.gui import open_window
from tabletop.gui.app import application

app = application()
console = open_window(["run", "intro"])
console.resize(1280, 720)
console.show()
app.processEvents()
console.actions_.next_inject.trigger()
app.processEvents()
short = []
for widget in _visible(console, QAbstractButton) + _visible(console, QComboBox):
    need = widget.minimumSizeHint()
    if widget.width() < need.width() or widget.height() < need.height():
        short.append(widget.objectName() or type(widget).__name__)
    if not console.rect().contains(_on_window(widget, console)):
        short.append("outside: " + (widget.objectName() or type(widget).__name__))
print(json.dumps({{"ratio": console.devicePixelRatio(), "short": short}}))
console.close()
"""


def test_at_200_percent_scaling_nothing_is_cut_off(tmp_path: Path, tabletop_home: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 2560, "height": 1440}]})
    )
    env = {
        **os.environ,
        "TABLETOP_HOME": str(tabletop_home),
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    code = AT_DOUBLE_SCALE.format(tests=str(Path(__file__).parent))
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"ratio": 2.0, "short": []}


def _meter_after_play(qtbot: QtBot, console: ConsoleWindow, width: int, height: int) -> None:
    _play(console)
    console.controller.record_decision("russia", "Deny it", kind="statement", channel="public")
    console.controller.adjudicate(3, "statements harden")
    console.resize(width, height)
    qtbot.wait(20)


def test_at_1280_the_log_gives_the_decision_text_room(qtbot: QtBot, console: ConsoleWindow) -> None:
    _meter_after_play(qtbot, console, 1280, 720)
    table = console.log.table
    column = console.log.model.HEADERS.index("Decision")
    assert table.columnWidth(column) >= 240, table.columnWidth(column)


def test_ladder_rung_names_are_not_cut(qtbot: QtBot, console: ConsoleWindow) -> None:
    for width, height in ((1280, 720), (1920, 1080)):
        _meter_after_play(qtbot, console, width, height)
        meter = console.escalation.meter
        meter.grab()  # paint it as it is on screen
        assert meter.cut_names() == [], f"at {width}×{height}"
        assert {b.level for b in meter.beliefs} != {meter.level}  # the teams' tags are drawn too


ON_A_SMALL_SCREEN = """
import json
from tabletop.gui import open_window
from tabletop.gui.app import application

app = application()
console = open_window(["run", "intro"])
console.show()
app.processEvents()
area = console.screen().availableGeometry()
rect = lambda r: [r.x(), r.y(), r.width(), r.height()]
result = {"area": rect(area), "console": rect(console.frameGeometry())}
console.actions_.projector.trigger()
app.processEvents()
projector = console.projector
result["projector"] = rect(projector.frameGeometry())
for _ in range(2):
    console.actions_.projector_full.trigger()
    app.processEvents()
    result["full"] = projector.isFullScreen()
    console.actions_.projector_full.trigger()
    app.processEvents()
result["projector after"] = rect(projector.frameGeometry())
print(json.dumps(result))
console.close()
"""


def test_windows_open_inside_a_small_screen_and_stay_there(
    tmp_path: Path, tabletop_home: Path
) -> None:
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720}]})
    )
    env = {
        **os.environ,
        "TABLETOP_HOME": str(tabletop_home),
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    done = subprocess.run(
        [sys.executable, "-c", ON_A_SMALL_SCREEN],
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    area = QRect(*result["area"])
    assert area.contains(QRect(*result["console"])), result
    assert area.contains(QRect(*result["projector"])), result
    assert result["projector after"] == result["projector"], "full screen and back moved it"


def _many_teams_console(qtbot: QtBot, tmp_path: Path, teams: int) -> ConsoleWindow:
    """The console on a deck whose teams are Group 1, Group 2 … (tags GROUP1, GROUP2 …)."""
    import yaml

    from tabletop.gui import open_window

    minimal = Path(__file__).resolve().parents[1] / "data" / "decks" / "minimal.yaml"
    data = yaml.safe_load(minimal.read_text(encoding="utf-8"))
    data["teams"] = [
        {"id": f"group{n}", "name": f"Group {n}", "side": "west", "parties": [f"group{n}"]}
        for n in range(1, teams + 1)
    ]
    data["channels"] = [
        {"id": "plenary", "name": "Plenary", "parties": ["*"], "status": "open", "latency": 0}
    ]
    for inject in data["injects"]:
        for key in ("branches", "to", "effects"):
            inject.pop(key, None)
    tmp_path.mkdir(parents=True, exist_ok=True)
    deck = tmp_path / "groups.yaml"
    deck.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    window = open_window(["run", str(deck), "--session", str(tmp_path / "groups.tabletop")])
    assert isinstance(window, ConsoleWindow)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_rung_many_teams_believe_keeps_its_name_and_tags_inside_the_meter(
    qtbot: QtBot, tmp_path: Path
) -> None:
    for teams in (8, 14):
        console = _many_teams_console(qtbot, tmp_path / str(teams), teams)
        meter = console.escalation.meter
        meter.grab()
        assert {b.level for b in meter.beliefs} == {meter.level}  # every tag on one rung
        assert meter.cut_names() == [], f"{teams} teams"
        shown = meter.tags_shown()[meter.level]
        assert shown, f"{teams} teams"
        assert all(left >= 0 for _tag, left in shown), (teams, shown)
        console.close()
