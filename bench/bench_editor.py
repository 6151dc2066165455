"""The deck editor on large decks: opening, and typing in an inject's title, at three sizes.

    QT_QPA_PLATFORM=offscreen python bench/bench_editor.py [--sizes 300,1000,3000] [--runs 3]

For each size a valid deck with every inject field filled in (the one
``bench_validate.py`` generates) is written to a file, then:

* **open**: ``open_deck_editor`` until the window is shown and its first check is in,
  against a floor of reading the same deck (the located YAML reader the editor uses)
  and filling a bare list with one row per inject;
* **a key in a title**: one character typed into the first inject's title, until the
  event loop is idle again (the list of injects, the branch editor and the other
  forms updated), against a bare window doing the least that key must do: a line
  edit, and a list of as many rows whose current row shows the new title. Ten keys;
  min / median / max.

Printed: the times, the ratios to the floors, and each cost's growth exponent across
the sizes (a key should cost the same at every size; opening should grow no faster
than the deck); a growth above 1.2 for the whole work fails the bench (exit 1).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QVBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import check_growth, finish, spread
from bench_validate import generate

from tabletop.core.deck.yaml_reader import read_file
from tabletop.gui.editor.window import DeckEditorWindow, open_deck_editor

KEYS = "abcdefghij"


def settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


def open_ours(app: QApplication, path: Path) -> tuple[float, DeckEditorWindow]:
    start = time.perf_counter()
    window = open_deck_editor(None, path)
    assert isinstance(window, DeckEditorWindow)
    window.show()
    window.validator.wait()
    settle(app)
    return time.perf_counter() - start, window


def open_floor(app: QApplication, path: Path, size: int) -> float:
    start = time.perf_counter()
    document = read_file(path)
    injects = document.data["injects"]
    bare = QListWidget()
    for index, inject in enumerate(injects):
        bare.addItem(f"{index + 1}. {inject['title']}")
    bare.show()
    settle(app)
    elapsed = time.perf_counter() - start
    assert bare.count() == size
    bare.close()
    return elapsed


def keys_ours(app: QApplication, window: DeckEditorWindow) -> list[float]:
    title = next(e for e in window.findChildren(QLineEdit) if e.objectName() == "injectTitle")
    times = []
    for char in KEYS:
        start = time.perf_counter()
        title.insert(char)
        settle(app)
        times.append(time.perf_counter() - start)
    return times


def keys_floor(app: QApplication, size: int) -> list[float]:
    window = QWidget()
    layout = QVBoxLayout(window)
    edit = QLineEdit("Inject 0: a cable fault off the coast")
    rows = QListWidget()
    rows.setUniformItemSizes(True)  # one line a row: a changed row is laid out alone
    for index in range(size):
        rows.addItem(f"{index + 1}. Inject {index}: a cable fault off the coast")
    rows.setCurrentRow(0)
    layout.addWidget(edit)
    layout.addWidget(rows)
    window.resize(1200, 680)
    window.show()
    settle(app)
    times = []
    for char in KEYS:
        start = time.perf_counter()
        edit.insert(char)
        rows.item(0).setText(f"1. {edit.text()}")
        settle(app)
        times.append(time.perf_counter() - start)
    window.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,1000,3000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    opened: list[tuple[list[float], list[float]]] = []
    typed: list[tuple[list[float], list[float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"deck{size}.yaml"
            path.write_text(generate(size), encoding="utf-8")
            ours_open, floor_open, ours_keys, floor_keys = [], [], [], []
            for _run in range(args.runs):
                floor_open.append(open_floor(app, path, size))
                elapsed, window = open_ours(app, path)
                ours_open.append(elapsed)
                ours_keys += keys_ours(app, window)
                assert window.document is not None
                window.document.stack.setClean()  # nothing to ask on closing
                window.close()
                settle(app)
                floor_keys += keys_floor(app, size)
            opened.append((ours_open, floor_open))
            typed.append((ours_keys, floor_keys))
    print(f"Deck editor at {', '.join(f'{s:,}' for s in sizes)} injects, {args.runs} runs each")
    for name, results, unit, scale, per_item in (
        ("open", opened, "s", 1.0, False),
        ("a key in a title", typed, "ms", 1000.0, True),
    ):
        print(f"\n{name}")
        for size, (ours, floor) in zip(sizes, results, strict=True):
            ratio = sorted(ours)[len(ours) // 2] / sorted(floor)[len(floor) // 2]
            print(f"  {size:>6,} injects: tabletop {spread(ours, unit, scale)}")
            print(f"  {'':>6}          floor    {spread(floor, unit, scale)}")
            print(f"  {'':>6}          ratio of the medians {ratio:.1f}×")
        medians = [sorted(o)[len(o) // 2] for o, _ in results]
        check_growth(name, sizes, medians, per_item=per_item)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
