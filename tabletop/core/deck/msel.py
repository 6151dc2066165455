"""Convert a deck to an MSEL spreadsheet (CSV or XLSX) and back.

What travels (see ``docs/msel.md``):

* every inject field has a column: the HSEEP columns (number, scenario time,
  delivery time, phase, inject type, delivery method, from, to, event
  synopsis, inject text, expected player action, objective, controller notes,
  discussion questions, branch) plus Inject ID, Duration, Escalation change,
  Channel changes and Sources;
* the rest of the deck (metadata, teams, channels, objectives, sources,
  escalation ladder) travels in the workbook's second sheet, ``Deck``. A CSV
  file holds one table only, so a CSV import takes the rest from a base deck
  (``--base``) or, without one, makes the teams from the To column and the
  objectives from the Objective column;
* the Delivery method column is not kept (tabletop delivers every inject on
  the console and the projector), and Delivery time is written from the
  injects' durations and read only when there is no Duration column.

An import reports every problem at once, each with its row and column, and
gives deck data only when the deck it makes is valid.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tabletop.core.deck.msel_cells import (
    format_branch,
    format_channel_changes,
    format_escalation,
    format_offset,
    format_scenario_time,
    format_sources,
    join_lines,
)
from tabletop.core.deck.msel_columns import (
    COLUMNS,
    DECK_ORDER,
    DECK_TEXT_FIELDS,
    neutralise,
)
from tabletop.core.deck.msel_files import (
    DECK_SHEET,
    HELP_SHEET,
    MSEL_SHEET,
    Cell,
    MselFileError,
    csv_bytes,
    write_file,
    xlsx_bytes,
)
from tabletop.core.deck.msel_import import MselImport, import_msel, import_workbook
from tabletop.core.deck.writer import dump_deck, ordered_keys
from tabletop.core.problems import (
    Problem,
    Severity,
)

__all__ = [
    "MselFileError",
    "MselImport",
    "deck_rows",
    "export_msel",
    "import_msel",
    "import_workbook",
    "msel_rows",
]

# inject fields written to a column as they are: (field, column key)
_TEXT_COLUMNS = (
    ("id", "id"),
    ("phase", "phase"),
    ("from", "from"),
    ("title", "title"),
    ("narrative", "narrative"),
    ("facilitator_notes", "notes"),
    ("type", "type"),
)


# -- export ------------------------------------------------------------------------------


def msel_rows(data: Mapping[str, Any]) -> tuple[list[list[Cell]], list[Problem]]:
    """The MSEL sheet for a deck: a header row and one row per inject, cells neutralised."""
    problems: list[Problem] = []
    rows: list[list[Cell]] = [[column.header for column in COLUMNS]]
    clock = 0
    timed = any(isinstance(i, dict) and i.get("duration") for i in data.get("injects") or ())
    for index, inject in enumerate(data.get("injects") or ()):
        if not isinstance(inject, dict):
            continue
        cells: dict[str, Cell] = {"number": index + 1}
        for name, key in _TEXT_COLUMNS:
            if isinstance(inject.get(name), str):
                cells[key] = inject[name]
        if isinstance(inject.get("at"), dict):
            cells["scenario_time"] = format_scenario_time(inject["at"])
        main_line = inject.get("type", "standard") == "standard"
        if timed and main_line:
            cells["delivery_time"] = format_offset(clock)
            clock += int(inject.get("duration") or 0)
        if isinstance(inject.get("to"), list):
            cells["to"] = ", ".join(str(t) for t in inject["to"]) or "all"
        for key in ("questions", "expected_actions", "objectives"):
            items = inject.get(key)
            if isinstance(items, list) and items:
                for j, item in enumerate(items):
                    if isinstance(item, str) and "\n" in item:
                        problems.append(
                            Problem(
                                f"injects[{index}].{key}[{j}] holds a line break; in the MSEL each "
                                "line is read as a separate entry",
                                severity=Severity.WARNING,
                                path=("injects", index, key, j),
                                code="msel-line-break",
                            )
                        )
                cells[key] = join_lines(
                    [str(i.get("text") or "") if isinstance(i, dict) else str(i) for i in items]
                )
        if isinstance(inject.get("duration"), int):
            cells["duration"] = inject["duration"]
        effects = inject.get("effects")
        if isinstance(effects, dict):
            if isinstance(effects.get("escalation"), int):
                cells["escalation"] = format_escalation(effects["escalation"])
            if isinstance(effects.get("channels"), dict) and effects["channels"]:
                cells["channels"] = format_channel_changes(effects["channels"])
        if isinstance(inject.get("sources"), list) and inject["sources"]:
            cells["sources"] = format_sources(inject["sources"])
        branches: list[Any] = inject["branches"] if isinstance(inject.get("branches"), list) else []
        follow = inject.get("next") if isinstance(inject.get("next"), str) else None
        if branches or follow:
            cells["branch"] = format_branch(branches, follow)
        rows.append([_neutral(cells.get(column.key)) for column in COLUMNS])
    return rows, problems


def deck_rows(data: Mapping[str, Any]) -> list[list[Cell]]:
    """The Deck sheet: one row per top-level field other than the injects."""
    rows: list[list[Cell]] = [["Field", "Value"]]
    for key in ordered_keys(data, DECK_ORDER):
        if key in ("format", "injects"):
            continue
        value = data[key]
        if key in DECK_TEXT_FIELDS and isinstance(value, str):
            cell: Cell = value
        elif key == "start" and isinstance(value, dict):
            cell = format_scenario_time(value)
        elif key == "authors" and isinstance(value, list):
            cell = join_lines([str(a) for a in value])
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = value
        else:
            # the YAML as a deck file has it, key included, so a list never starts the cell
            # with "-" (which would need neutralising)
            cell = dump_deck({key: value}).rstrip("\n")
        rows.append([key, _neutral(cell)])
    return rows


def help_rows() -> list[list[Cell]]:
    rows: list[list[Cell]] = [["Column", "What goes in it", "Also read as"]]
    for column in COLUMNS:
        rows.append([column.header, column.help, ", ".join(column.synonyms)])
    return rows


def _neutral(value: Cell) -> Cell:
    return neutralise(value) if isinstance(value, str) else value


_WIDTHS = {
    "number": 5,
    "id": 16,
    "scenario_time": 14,
    "delivery_time": 10,
    "phase": 10,
    "type": 12,
    "delivery_method": 12,
    "from": 16,
    "to": 14,
    "title": 30,
    "narrative": 60,
    "expected_actions": 36,
    "objectives": 18,
    "notes": 40,
    "questions": 40,
    "branch": 40,
    "duration": 9,
    "escalation": 10,
    "channels": 22,
    "sources": 24,
}


def export_msel(data: Mapping[str, Any], path: Path) -> list[Problem]:
    """Write deck data as an MSEL (.csv or .xlsx, by the suffix); returns warnings.

    Raises MselFileError if the file cannot be written (nothing is left half-written).
    """
    suffix = path.suffix.casefold()
    rows, problems = msel_rows(data)
    if suffix == ".csv":
        payload = csv_bytes(rows)
    elif suffix == ".xlsx":
        payload = xlsx_bytes(
            [
                (MSEL_SHEET, rows, [_WIDTHS[c.key] for c in COLUMNS]),
                (DECK_SHEET, deck_rows(data), [16, 100]),
                (HELP_SHEET, help_rows(), [22, 60, 60]),
            ]
        )
    else:
        raise MselFileError(f"{path}: an MSEL is written as .csv or .xlsx; name the file so")
    write_file(path, payload)
    return problems
