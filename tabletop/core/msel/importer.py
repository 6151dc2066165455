"""Read an MSEL spreadsheet into deck data, with every problem at its row and column.

The steps: find the injects sheet and its header row, map the headers to
columns, read each row's cells, add the rest of the deck (the Deck sheet, a
base deck, or what can be made from the rows), turn names into ids, then check
the whole deck and point each of its problems back at a row and a column.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.deck.loader import load_deck_data
from tabletop.core.deck.model import FORMAT
from tabletop.core.deck.writer import ordered_keys
from tabletop.core.msel.cells import (
    CellError,
    cell_text,
    parse_branch,
    parse_channel_changes,
    parse_deck_value,
    parse_escalation,
    parse_offset,
    parse_scenario_time,
    parse_sources,
    parse_type,
    parse_whole_number,
    read_cell,
    split_lines,
)
from tabletop.core.msel.columns import (
    BY_KEY,
    DECK_ORDER,
    FIELD_COLUMN,
    column_letter,
    known_headers,
    match_header,
)
from tabletop.core.msel.files import (
    DECK_SHEET,
    HELP_SHEET,
    MSEL_SHEET,
    Cell,
    Sheet,
    Workbook,
    read_workbook,
)
from tabletop.core.msel.names import InjectRow, NameResolution, _slug
from tabletop.core.problems import (
    Problem,
    SortsProblems,
    did_you_mean,
    format_path,
    sort_problems,
)


@dataclass
class MselImport(SortsProblems):
    """What importing an MSEL gave: deck data (when it is a valid deck) and every problem."""

    source: str
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.errors


def import_msel(path: Path, base: Mapping[str, Any] | None = None) -> MselImport:
    """Read an MSEL file into deck data; MselFileError if the file cannot be read at all.

    ``base`` is deck data that supplies whatever the spreadsheet does not hold
    (metadata, teams, channels …); a workbook's Deck sheet overrides it.
    """
    return import_workbook(read_workbook(path), base)


def import_workbook(book: Workbook, base: Mapping[str, Any] | None = None) -> MselImport:
    return _Importer(book, base).run()


class _Importer(NameResolution):
    """Reads one workbook into deck data, collecting every problem on the way."""

    def __init__(self, book: Workbook, base: Mapping[str, Any] | None) -> None:
        self.book = book
        self.base = dict(base) if base else {}
        self.problems: list[Problem] = []
        self.columns: dict[str, int] = {}  # column key -> 1-based column
        self.rows: list[InjectRow] = []
        self.deck_rows: dict[str, int] = {}  # top-level key -> Deck sheet row
        self.made: dict[str, list[str]] = {}  # what was made up: teams, objectives
        self.reported: set[str] = set()  # codes of the problems reported so far

    # -- the steps --------------------------------------------------------------------

    def run(self) -> MselImport:
        sheet = self._injects_sheet()
        if sheet is not None:
            header = self._header_row(sheet)
            if header is not None:
                self._map_columns(sheet.rows[header], header + 1)
                if self._required_columns():
                    self._read_rows(sheet, header + 1)
        data = self._deck_level()
        if self.rows:
            self._resolve(data)
            data["injects"] = [row.inject for row in self.rows]
            self._validate(data)
        if not self.rows and not any(p.is_error for p in self.problems):
            self.report(
                "the sheet has no injects: add one row per inject below the header row",
                code="msel-empty",
            )
        problems = sort_problems(self.problems)
        ok = not any(p.is_error for p in problems)
        ordered = {key: data[key] for key in ordered_keys(data, DECK_ORDER)}
        return MselImport(self.book.source, ordered if ok else None, problems)

    def _injects_sheet(self) -> Sheet | None:
        sheet = self.book.sheet(MSEL_SHEET)
        if sheet is None:
            others = [
                s
                for s in self.book.sheets
                if s.name.casefold() not in (DECK_SHEET.casefold(), HELP_SHEET.casefold())
            ]
            sheet = others[0] if others else None
        if sheet is None or not sheet.rows:
            self.report(
                "the file is empty: an MSEL has a header row naming its columns "
                "(Event synopsis, Inject text …) and one row per inject",
                code="msel-empty",
            )
            return None
        return sheet

    def _header_row(self, sheet: Sheet) -> int | None:
        for index, row in enumerate(sheet.rows[:10]):
            keys = {match_header(cell_text(cell)) for cell in row} - {None}
            if len(keys) >= 2:
                if index:
                    rows = f"rows 1–{index}" if index > 1 else "row 1"
                    self.warn(
                        f"{rows} above the header row (row {index + 1}) are not read",
                        code="msel-preamble",
                    )
                return index
        self.report(
            "there is no header row: none of the first 10 rows names two MSEL "
            "columns; the first row should name the columns, e.g. Event synopsis, "
            "Inject text (see docs/msel.md)",
            code="msel-no-header",
        )
        return None

    def _map_columns(self, header: list[Cell], row: int) -> None:
        names: dict[int, str] = {}
        for index, cell in enumerate(header, 1):
            text = read_cell(cell)
            if not text:
                continue
            key = match_header(text)
            if key is None:
                hint = did_you_mean(text, known_headers())
                self.warn(
                    f"'{text}' is not an MSEL column tabletop knows, so it is not read{hint}",
                    row,
                    at_column=index,
                    code="msel-unmapped-column",
                )
                continue
            if key in self.columns:
                first = self.columns[key]
                self.report(
                    f"'{text}' is read as {BY_KEY[key].header}, and so is column "
                    f"{column_letter(first)} ('{names[first]}'); rename or delete one "
                    "of them",
                    row,
                    at_column=index,
                    code="msel-duplicate-column",
                )
                continue
            self.columns[key] = index
            names[index] = text

    def _required_columns(self) -> bool:
        missing = [key for key in ("title", "narrative") if key not in self.columns]
        for key in missing:
            column = BY_KEY[key]
            others = ", ".join(column.synonyms[2:5])
            self.report(
                f"there is no {column.header} column ({column.help}); add a column "
                f"headed {column.header} (also read as: {others})",
                code="msel-missing-column",
            )
        return not missing

    def _read_rows(self, sheet: Sheet, first: int) -> None:
        # a spreadsheet may give scenario times as dates: the earliest date is Day 1
        when = self.columns.get("scenario_time", 0) - 1
        dates = [
            r[when].date()
            for r in sheet.rows[first:]
            if 0 <= when < len(r) and isinstance(r[when], _dt.datetime)
        ]
        day_one = min(dates, default=None)
        for index in range(first, len(sheet.rows)):
            row = sheet.rows[index]
            texts: dict[str, str] = {}
            for key, col in self.columns.items():
                value = row[col - 1] if col - 1 < len(row) else None
                text = read_cell(value)
                if isinstance(value, _dt.datetime) and key == "scenario_time" and day_one:
                    text = f"Day {(value.date() - day_one).days + 1} {value:%H:%M}"
                if text:
                    texts[key] = text
            if not texts:
                continue
            self.rows.append(self._read_row(index + 1, texts, row))
        for col in range(1, max((len(r) for r in sheet.rows), default=0) + 1):
            if col in self.columns.values():
                continue
            header = sheet.rows[first - 1]
            if col - 1 < len(header) and cell_text(header[col - 1]).strip():
                continue
            if any(col - 1 < len(r) and cell_text(r[col - 1]).strip() for r in sheet.rows[first:]):
                self.warn(
                    "this column has no header, so it is not read",
                    first,
                    at_column=col,
                    code="msel-unmapped-column",
                )

    def _read_row(self, number: int, texts: dict[str, str], raw: list[Cell]) -> InjectRow:
        row = InjectRow(number, {}, texts)
        inject = row.inject

        def attempt(key: str, read: Any) -> None:
            if key not in texts:
                return
            try:
                read(texts[key])
            except CellError as exc:
                row.bad.add(key)
                self.report(str(exc), number, key, path=(), code=f"msel-{key}")

        attempt("id", lambda t: inject.__setitem__("id", t))
        attempt("title", lambda t: inject.__setitem__("title", t))
        attempt("scenario_time", lambda t: inject.__setitem__("at", parse_scenario_time(t)))
        attempt("phase", lambda t: inject.__setitem__("phase", t))
        attempt("type", lambda t: inject.__setitem__("type", parse_type(t)))
        attempt("from", lambda t: inject.__setitem__("from", t))
        attempt("narrative", lambda t: inject.__setitem__("narrative", t))
        attempt("notes", lambda t: inject.__setitem__("facilitator_notes", t))
        attempt("evaluator_notes", lambda t: inject.__setitem__("evaluator_notes", t))
        attempt("questions", lambda t: inject.__setitem__("questions", split_lines(t)))
        attempt(
            "expected_actions", lambda t: inject.__setitem__("expected_actions", split_lines(t))
        )
        attempt(
            "duration",
            lambda t: inject.__setitem__(
                "duration", parse_whole_number(t, "the class minutes planned for it", 0, 600)
            ),
        )

        effects: dict[str, Any] = {}
        attempt("escalation", lambda t: effects.__setitem__("escalation", parse_escalation(t)))
        attempt(
            "channels", lambda t: effects.__setitem__("channels", dict(parse_channel_changes(t)))
        )
        if effects:
            inject["effects"] = effects
        attempt("sources", lambda t: inject.__setitem__("sources", parse_sources(t)))

        def branch(text: str) -> None:
            branches, follow = parse_branch(text)
            if branches:
                inject["branches"] = [b for _, b in branches]
                row.branch_lines = [line for line, _ in branches]
            if follow is not None:
                row.next_line, inject["next"] = follow

        attempt("branch", branch)

        def offset(text: str) -> None:
            row.offset = parse_offset(text)

        attempt("delivery_time", offset)
        for key, message in (
            ("title", "every inject needs a short headline"),
            ("narrative", "every inject needs the text the players read"),
        ):
            if key not in texts:
                row.bad.add(key)
                self.report(f"empty; {message}", number, key, code="msel-required")
        return row

    # -- the deck around the injects -----------------------------------------------------

    def _deck_level(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT}
        for key, value in self.base.items():
            if key not in ("injects", "format"):
                data[key] = value
        sheet = self.book.sheet(DECK_SHEET)
        if sheet is not None:
            data.update(self._read_deck_sheet(sheet))
        stem = Path(self.book.source).stem or "msel"
        data.setdefault("id", _slug(stem) or "msel")
        data.setdefault("title", stem)
        return data

    def _read_deck_sheet(self, sheet: Sheet) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for index, row in enumerate(sheet.rows):
            number = index + 1
            name = cell_text(row[0]).strip() if row else ""
            if not name or (index == 0 and name.casefold() in ("field", "key", "setting")):
                continue
            key = re.sub(r"[\s-]+", "_", name.casefold())
            raw = row[1] if len(row) > 1 else None
            text = read_cell(raw)
            if key in self.deck_rows:
                self.report(
                    f"'{name}' is given twice (first on row {self.deck_rows[key]})",
                    number,
                    sheet=DECK_SHEET,
                    at_column=1,
                    code="msel-deck-duplicate",
                )
                continue
            self.deck_rows[key] = number
            if not text:
                continue
            try:
                values[key] = parse_deck_value(key, text, raw)
            except CellError as exc:
                self.report(
                    str(exc),
                    number,
                    sheet=DECK_SHEET,
                    at_column=2,
                    label=name,
                    code="msel-deck-value",
                )
        return values

    # -- checking the result ----------------------------------------------------------------

    def _validate(self, data: dict[str, Any]) -> None:
        result = load_deck_data(data, self.book.source)
        for problem in result.problems:
            self._locate(problem)

    def _locate(self, problem: Problem) -> None:
        path = problem.path
        kind = problem.severity
        code = problem.code
        if (
            len(path) >= 2
            and path[0] == "injects"
            and isinstance(path[1], int)
            and path[1] < len(self.rows)
        ):
            row = self.rows[path[1]]
            field_name = str(path[2]) if len(path) > 2 else ""
            column = FIELD_COLUMN.get(field_name, "")
            consumed = 2 if field_name else 1
            line = 0
            if field_name == "effects":
                column = "escalation" if path[3:4] == ("escalation",) else "channels"
                consumed = 3
            elif field_name == "branches" and len(path) > 3 and isinstance(path[3], int):
                line = row.branch_lines[path[3]] if path[3] < len(row.branch_lines) else 0
                consumed = 3
            elif field_name == "next":
                line = row.next_line
            if column in row.bad or (code == "schema-required" and len(path) == 2):
                return  # the cell's own problem (or the empty title) is already reported
            subject = "the cell" if field_name else "the inject"
            message = _without_path(problem.message, "injects", consumed, subject)
            if code == "duplicate-inject":
                ident = row.inject.get("id")
                first = next(r.number for r in self.rows if r.inject.get("id") == ident)
                message = (
                    f"the inject id '{ident}' is already used on row {first}; every "
                    "inject needs its own id"
                )
            self.report(
                message,
                row.number,
                column if column in self.columns else "",
                line=line,
                path=path,
                code=code,
                severity=kind,
            )
            return
        top = str(path[0]) if path else ""
        if top in self.deck_rows:
            message = _LINE_NOTE.sub("", _without_path(problem.message, top, 0, top))
            self.report(
                message,
                self.deck_rows[top],
                sheet=DECK_SHEET,
                path=path,
                code=code,
                severity=kind,
                at_column=2,
                label=top,
            )
        elif top in self.base:
            message = _LINE_NOTE.sub("", problem.message)
            self.report(f"in the base deck: {message}", path=path, code=code, severity=kind)
        elif not (code == "schema-required" and "no-teams" in self.reported):
            self.report(problem.message, path=path, code=code, severity=kind)


# "(first on line 3)": deck data from a spreadsheet has no lines to point at
_LINE_NOTE = re.compile(r"(:? already used on line \d+|\s*\(first on line \d+\))")
_MESSAGE_PATH = re.compile(r"(?P<top>[A-Za-z_]\w*)(?P<rest>(?:\.[A-Za-z_]\w*|\[\d+\])*)")
_PATH_PART = re.compile(r"\.?([A-Za-z_]\w*)|\[(\d+)\]")


def _without_path(message: str, top: str, consumed: int, subject: str) -> str:
    """A validator message with the deck path in it made relative to a cell.

    ``consumed`` path parts after ``top`` (``injects[3].effects`` …) are what the
    row and column already say; without anything left, ``subject`` is named.
    """
    for match in _MESSAGE_PATH.finditer(message):
        if match["top"] != top:
            continue
        parts: list[str | int] = [
            int(index) if index else name for name, index in _PATH_PART.findall(match["rest"])
        ]
        remaining = parts[consumed:]
        replacement = format_path(remaining) if remaining else subject
        return message[: match.start()] + replacement + message[match.end() :]
    return message
