"""Write a deck as an MSEL spreadsheet (CSV or XLSX).

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
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tabletop.core import i18n
from tabletop.core.deck.writer import dump_deck, ordered_keys
from tabletop.core.msel.cells import (
    format_branch,
    format_channel_changes,
    format_escalation,
    format_expected_actions,
    format_sources,
    join_lines,
)
from tabletop.core.msel.column_words import header_words, help_words, sheet_words
from tabletop.core.msel.columns import (
    COLUMNS,
    DECK_ORDER,
    DECK_TEXT_FIELDS,
    neutralise,
)
from tabletop.core.msel.files import (
    DECK_SHEET,
    HELP_SHEET,
    MSEL_SHEET,
    Cell,
    MselFileError,
    csv_bytes,
    write_file,
    xlsx_bytes,
)
from tabletop.core.msel.times import format_offset, format_scenario_time
from tabletop.core.problems import (
    Problem,
    Severity,
    format_path,
)

# inject fields written to a column as they are: (field, column key)
_TEXT_COLUMNS = (
    ("id", "id"),
    ("phase", "phase"),
    ("from", "from"),
    ("title", "title"),
    ("narrative", "narrative"),
    ("facilitator_notes", "notes"),
    ("evaluator_notes", "evaluator_notes"),
    ("type", "type"),
)


# -- export ------------------------------------------------------------------------------


def headers(language: str | None = None) -> list[str]:
    """The header row: each column's header in ``language`` (English by default)."""
    with i18n.language(language or i18n.SOURCE_LANGUAGE):
        words = header_words()
    return [words[column.key] for column in COLUMNS]


def msel_rows(
    data: Mapping[str, Any], language: str | None = None
) -> tuple[list[list[Cell]], list[Problem]]:
    """The MSEL sheet for a deck: a header row (in ``language``, English by default) and one
    row per inject, cells neutralised."""
    problems: list[Problem] = []
    rows: list[list[Cell]] = [list(headers(language))]
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
                if key == "expected_actions":
                    cells[key] = format_expected_actions(items)
                else:
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
        if inject.get("private") is True:
            cells["private"] = "yes"
        branches: list[Any] = inject["branches"] if isinstance(inject.get("branches"), list) else []
        follow = inject.get("next") if isinstance(inject.get("next"), str) else None
        if branches or follow:
            cells["branch"] = format_branch(branches, follow)
        rows.append([_neutral(cells.get(column.key)) for column in COLUMNS])
    return rows, problems


def deck_rows(data: Mapping[str, Any], language: str | None = None) -> list[list[Cell]]:
    """The Deck sheet: one row per top-level field other than the injects (the fields are
    named by their keys in the deck format, whatever the language of the headers)."""
    with i18n.language(language or i18n.SOURCE_LANGUAGE):
        words = sheet_words()
    rows: list[list[Cell]] = [[words["field"], words["value"]]]
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


def help_rows(language: str | None = None) -> list[list[Cell]]:
    """The Help sheet: each column, what goes in it, and the other headers it is read by."""
    with i18n.language(language or i18n.SOURCE_LANGUAGE):
        words, helps = sheet_words(), help_words()
    rows: list[list[Cell]] = [[words["column"], words["what"], words["also"]]]
    for column, header in zip(COLUMNS, headers(language), strict=True):
        also = [column.header] if header != column.header else []
        rows.append([header, helps[column.key], ", ".join([*also, *column.synonyms])])
    return rows


# characters no spreadsheet cell holds: the C0 controls other than tab, line feed and
# carriage return (XML 1.0 forbids them), and the two non-characters U+FFFE and U+FFFF
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_C0_NAMES = [
    "NUL",
    "SOH",
    "STX",
    "ETX",
    "EOT",
    "ENQ",
    "ACK",
    "BEL",
    "BS",
    "HT",
    "LF",
    "VT",
    "FF",
    "CR",
    "SO",
    "SI",
    "DLE",
    "DC1",
    "DC2",
    "DC3",
    "DC4",
    "NAK",
    "SYN",
    "ETB",
    "CAN",
    "EM",
    "SUB",
    "ESC",
    "FS",
    "GS",
    "RS",
    "US",
]


def character_name(character: str) -> str:
    """``U+001B (ESC)``: a character by its code point and, for a control, its short name."""
    code = ord(character)
    name = _C0_NAMES[code] if code < 32 else ""
    return f"U+{code:04X}" + (f" ({name})" if name else "")


def control_characters(data: Any) -> list[Problem]:
    """An error for each text of the deck holding a character a spreadsheet cannot hold."""
    problems: list[Problem] = []
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            match = _UNWRITABLE.search(value)
            if match:
                where = format_path(path) or "the deck"
                problems.append(
                    Problem(
                        f"{where} holds the control character {character_name(match.group())} "
                        f"at character {match.start() + 1}, which a spreadsheet cannot hold; "
                        "remove it from the deck and export again",
                        path=path,
                        code="msel-control-character",
                    )
                )
        elif isinstance(value, Mapping):
            pending.extend(((*path, str(k)), v) for k, v in value.items())
            pending.extend(((*path, str(k)), k) for k in value if isinstance(k, str))
        elif isinstance(value, (list, tuple)):
            pending.extend(((*path, i), v) for i, v in enumerate(value))
    return sorted(problems, key=lambda p: [str(part) for part in p.path])


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
    "evaluator_notes": 40,
    "private": 10,
}


def export_msel(data: Mapping[str, Any], path: Path, language: str | None = None) -> list[Problem]:
    """Write deck data as an MSEL (.csv or .xlsx, by the suffix); returns its problems.

    ``language`` names the columns (and the Deck and Help sheets' headers) in that
    language; the cells hold the data as it is. Text a spreadsheet cannot hold (control
    characters) is an error and nothing is written; otherwise the problems are warnings.
    Raises MselFileError if the file cannot be written (nothing is left half-written).
    """
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".xlsx"):
        raise MselFileError(f"{path}: an MSEL is written as .csv or .xlsx; name the file so")
    rows, problems = msel_rows(data, language)
    sheets = [(MSEL_SHEET, rows, [_WIDTHS[c.key] for c in COLUMNS])]
    if suffix == ".xlsx":
        sheets.append((DECK_SHEET, deck_rows(data, language), [16, 100]))
        sheets.append((HELP_SHEET, help_rows(language), [22, 60, 60]))
    cells = [c for _name, table, _w in sheets for row in table for c in row if isinstance(c, str)]
    if _UNWRITABLE.search("\n".join(cells)):  # one search over every cell to be written
        return control_characters(data)
    payload = csv_bytes(rows) if suffix == ".csv" else xlsx_bytes(sheets)
    write_file(path, payload)
    return problems
