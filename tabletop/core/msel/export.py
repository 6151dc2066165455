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
from itertools import repeat
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
    neutralise_all,
)
from tabletop.core.msel.files import (
    DECK_SHEET,
    HELP_SHEET,
    MSEL_SHEET,
    Cell,
    MselFileError,
    csv_encode,
    csv_text,
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
_LIST_COLUMNS = ("questions", "expected_actions", "objectives")
_AT = {column.key: index for index, column in enumerate(COLUMNS)}  # each column's place
_NUMBERS = frozenset({_AT["number"], _AT["duration"]})  # columns of whole numbers


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
    row per inject, cells neutralised.

    The sheet is made a column at a time (each column's rule applied to every inject in
    one pass) and the rows put together at the end.
    """
    rows: list[list[Cell]] = [list(headers(language))]
    injects = data.get("injects") or ()
    listed = [(index, inject) for index, inject in enumerate(injects) if isinstance(inject, dict)]
    if not listed:
        return rows, []
    dicts = [inject for _index, inject in listed]
    empty: list[Cell] = [None] * len(dicts)
    columns: list[list[Cell]] = [empty] * len(COLUMNS)
    columns[_AT["number"]] = [index + 1 for index, _inject in listed]
    for name, key in _TEXT_COLUMNS:
        columns[_AT[key]] = _texts(dicts, name)
    columns[_AT["scenario_time"]] = [
        format_scenario_time(v) if isinstance(v := d.get("at"), dict) else None for d in dicts
    ]
    if any(d.get("duration") for d in dicts):
        clock = 0
        delivery: list[Cell] = []
        for d in dicts:
            if d.get("type", "standard") == "standard":
                delivery.append(format_offset(clock))
                clock += int(d.get("duration") or 0)
            else:
                delivery.append(None)
        columns[_AT["delivery_time"]] = delivery
    columns[_AT["to"]] = [
        (", ".join(map(str, v)) or "all") if isinstance(v := d.get("to"), list) else None
        for d in dicts
    ]
    line_breaks = False  # whether an entry of a list may hold a line break
    for key in _LIST_COLUMNS:
        cells: list[Cell] = []
        for d in dicts:
            items = d.get(key)
            if not isinstance(items, list) or not items:
                cells.append(None)
                continue
            if key == "expected_actions":
                text = format_expected_actions(items)
            else:
                text = join_lines(
                    items
                    if set(map(type, items)) <= _TEXT_ONLY
                    else [str(i.get("text") or "") if isinstance(i, dict) else i for i in items]
                )
            # the lines of the cell are the entries, unless an entry holds a line break
            line_breaks = line_breaks or text.count("\n") >= len(items)
            cells.append(text)
        columns[_AT[key]] = cells
    columns[_AT["duration"]] = [
        v if isinstance(v := d.get("duration"), int) else None for d in dicts
    ]
    escalation: list[Cell] = []
    channels: list[Cell] = []
    for d in dicts:
        effects = d.get("effects")
        if isinstance(effects, dict):
            level = effects.get("escalation")
            escalation.append(format_escalation(level) if isinstance(level, int) else None)
            changes = effects.get("channels")
            channels.append(
                format_channel_changes(changes) if isinstance(changes, dict) and changes else None
            )
        else:
            escalation.append(None)
            channels.append(None)
    columns[_AT["escalation"]] = escalation
    columns[_AT["channels"]] = channels
    columns[_AT["sources"]] = [
        format_sources(v) if isinstance(v := d.get("sources"), list) and v else None for d in dicts
    ]
    columns[_AT["private"]] = ["yes" if d.get("private") is True else None for d in dicts]
    branch: list[Cell] = []
    for d in dicts:
        branches = d.get("branches")
        follow = d.get("next")
        if not isinstance(follow, str):
            follow = None
        if isinstance(branches, list) and branches:
            branch.append(format_branch(branches, follow))
        else:
            branch.append(format_branch([], follow) if follow else None)
    columns[_AT["branch"]] = branch
    for at, column in enumerate(columns):
        if column is not empty and at not in _NUMBERS:
            columns[at] = neutralise_all(column)
    rows.extend(map(list, zip(*columns, strict=True)))
    return rows, _line_break_warnings(listed) if line_breaks else []


def _texts(dicts: list[dict[str, Any]], name: str) -> list[Cell]:
    """Each inject's text in field ``name`` (None where it has none, or something else)."""
    values: list[Cell] = list(map(dict.get, dicts, repeat(name)))
    if not set(map(type, values)) <= _TEXT_OR_NONE:  # the usual case, checked in one pass
        values = [v if isinstance(v, str) else None for v in values]
    return values


_TEXT_OR_NONE = frozenset({str, type(None)})
_TEXT_ONLY = frozenset({str})


def _line_break_warnings(listed: list[tuple[int, dict[str, Any]]]) -> list[Problem]:
    problems = []
    for index, inject in listed:
        for key in _LIST_COLUMNS:
            items = inject.get(key)
            if not isinstance(items, list):
                continue
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
    return problems


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


# UTF-8 writes each character of _UNWRITABLE but the surrogates (which it cannot write at
# all) as these bytes, and no other character holds them
_WRITABLE_BYTES = bytes(range(0x20, 0x100)) + b"\t\n\r"
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF


def _unwritable_bytes(payload: bytes, *, ascii_text: bool) -> bool:
    """Whether UTF-8 text holds a character of :data:`_UNWRITABLE` (a quick look at bytes;
    ``ascii_text``: the text is ASCII, so it holds no non-character)."""
    if payload.translate(None, _WRITABLE_BYTES):
        return True
    return not ascii_text and any(sequence in payload for sequence in _NONCHARACTERS)


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
    if suffix == ".csv":
        # the CSV text holds every cell as it is (the writer adds only commas, quotes and
        # line ends), so one search over it finds any character no spreadsheet can hold
        text = csv_text(rows)
        try:
            payload = csv_encode(text)
        except UnicodeEncodeError:  # a lone surrogate, which no file can hold
            return control_characters(data)
        if _unwritable_bytes(payload, ascii_text=text.isascii()):
            return control_characters(data)
        write_file(path, payload)
        return problems
    sheets = [
        (MSEL_SHEET, rows, [_WIDTHS[c.key] for c in COLUMNS]),
        (DECK_SHEET, deck_rows(data, language), [16, 100]),
        (HELP_SHEET, help_rows(language), [22, 60, 60]),
    ]
    cells = [c for _name, table, _w in sheets for row in table for c in row if isinstance(c, str)]
    if _UNWRITABLE.search("\n".join(cells)):  # one search over every cell to be written
        return control_characters(data)
    write_file(path, xlsx_bytes(sheets))
    return problems
