"""MSEL import and export against the bare spreadsheet library, at three sizes.

    python bench/bench_msel.py [--sizes 1250,2500,5000] [--runs 3]

For each size, a generated deck with every inject field filled in (the one
``bench_validate.py`` uses) is written as an MSEL, then:

* **import CSV**: ``import_msel`` (read, map the columns, read every cell,
  build and check the deck) against a bare ``csv.reader`` read of the same file;
* **import XLSX**: ``import_msel`` against openpyxl reading every sheet of the
  same workbook (read-only mode, as tabletop reads it);
* **export CSV / XLSX**: ``export_msel`` against ``csv.writer`` / openpyxl
  writing the same cells (openpyxl without styles).

Each is the best of ``--runs``, ours and the floor measured in turn. Printed: the
times, the ratio of the best times (target at most 2x), the median and the
slowest of our runs (the machine may be shared) and, between the smallest and
the largest size, the growth exponent (time ratio per size ratio in logs; above
1.2 the bench says so loudly). For the imports it also prints the share of the
time spent checking the deck (``load_deck_data``, the same check ``tabletop
validate`` does), which the import cannot skip; the check is timed as the
import runs it, with the cyclic garbage collector held off.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_validate import generate

from tabletop.core.collector import collector_paused
from tabletop.core.deck.loader import load_deck_data
from tabletop.core.msel import export_msel, import_msel
from tabletop.core.msel.export import deck_rows, help_rows, msel_rows

TARGET = 2.0
EXPONENT_LIMIT = 1.2


SPREAD: dict[tuple[int, str], tuple[float, float]] = {}  # (size, case) -> our median, slowest


def interleaved(
    runs: int,
    ours: Callable[[], object],
    floor: Callable[[], object],
    label: tuple[int, str] | None = None,
) -> tuple[float, float]:
    """Best of ``runs`` for each, measured in turn so both see the same machine load
    (with a ``label``, our median and slowest run are kept in :data:`SPREAD`)."""
    mine: list[float] = []
    best_floor = math.inf
    for _ in range(runs):
        start = time.perf_counter()
        floor()
        best_floor = min(best_floor, time.perf_counter() - start)
        start = time.perf_counter()
        ours()
        mine.append(time.perf_counter() - start)
    mine.sort()
    if label is not None:
        SPREAD[label] = (mine[len(mine) // 2], mine[-1])
    return mine[0], best_floor


def bare_csv_read(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def bare_xlsx_read(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    rows = [list(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def bare_csv_write(rows: list[list[Any]], path: Path) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def bare_xlsx_write(sheets: list[tuple[str, list[list[Any]]]], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def measure(size: int, runs: int, folder: Path) -> dict[str, tuple[float, float, float]]:
    """name -> (ours, floor, share of ours spent checking the deck)."""
    data = yaml.safe_load(generate(size))
    csv_path, xlsx_path = folder / f"m{size}.csv", folder / f"m{size}.xlsx"
    export_msel(data, csv_path)
    export_msel(data, xlsx_path)
    rows, _ = msel_rows(data)
    sheets = [("MSEL", rows), ("Deck", deck_rows(data)), ("Help", help_rows())]
    out: dict[str, tuple[float, float, float]] = {}

    imported = import_msel(csv_path, base=data)
    assert imported.ok and imported.data is not None, imported.problems[:3]

    def check() -> None:
        with collector_paused():  # as the import runs it
            load_deck_data(imported.data)

    check_time, _ = interleaved(runs, check, lambda: None)
    ours, floor = interleaved(
        runs,
        lambda: import_msel(csv_path, base=data),
        lambda: bare_csv_read(csv_path),
        (size, "import CSV"),
    )
    out["import CSV"] = (ours, floor, check_time / ours)
    ours, floor = interleaved(
        runs,
        lambda: import_msel(xlsx_path),
        lambda: bare_xlsx_read(xlsx_path),
        (size, "import XLSX"),
    )
    out["import XLSX"] = (ours, floor, check_time / ours)
    ours, floor = interleaved(
        runs,
        lambda: export_msel(data, folder / "out.csv"),
        lambda: bare_csv_write(rows, folder / "bare.csv"),
        (size, "export CSV"),
    )
    out["export CSV"] = (ours, floor, 0.0)
    ours, floor = interleaved(
        runs,
        lambda: export_msel(data, folder / "out.xlsx"),
        lambda: bare_xlsx_write(sheets, folder / "bare.xlsx"),
        (size, "export XLSX"),
    )
    out["export XLSX"] = (ours, floor, 0.0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1250,2500,5000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            results[size] = measure(size, args.runs, Path(folder))
    loud = False
    for name in results[sizes[0]]:
        print(name)
        for size in sizes:
            ours, floor, check = results[size][name]
            ratio = ours / floor
            verdict = "within target" if ratio <= TARGET else "OVER TARGET"
            extra = ""
            if check:
                share = min(check, 1.0)
                rest = ours * (1 - share) / floor
                extra = f"; deck check {share:.0%} of it, the rest {rest:.2f}x the floor"
            median, slowest = SPREAD[(size, name)]
            print(
                f"  {size:>6} rows: tabletop {ours:7.3f} s (median {median:.3f}, slowest "
                f"{slowest:.3f})   floor {floor:7.3f} s   "
                f"ratio {ratio:5.2f}x (target <= {TARGET}x): {verdict}{extra}"
            )
        small, large = sizes[0], sizes[-1]
        if large > small:
            growth = math.log(results[large][name][0] / results[small][name][0]) / math.log(
                large / small
            )
            flag = "" if growth <= EXPONENT_LIMIT else "   <-- GROWS FASTER THAN THE WORK"
            loud = loud or growth > EXPONENT_LIMIT
            print(f"  growth exponent {small} -> {large} rows: {growth:.2f}{flag}")
    return 1 if loud else 0


if __name__ == "__main__":
    sys.exit(main())
