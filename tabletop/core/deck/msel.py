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

import datetime as _dt
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.loader import load_deck_data
from tabletop.core.deck.model import FORMAT
from tabletop.core.deck.msel_cells import (
    CellError,
    cell_text,
    format_branch,
    format_channel_changes,
    format_escalation,
    format_offset,
    format_scenario_time,
    format_sources,
    join_lines,
    parse_branch,
    parse_channel_changes,
    parse_escalation,
    parse_offset,
    parse_scenario_time,
    parse_sources,
    parse_type,
    parse_whole_number,
    split_entries,
    split_lines,
    split_names,
)
from tabletop.core.deck.msel_columns import (
    BY_KEY,
    COLUMNS,
    FIELD_COLUMN,
    column_letter,
    known_headers,
    match_header,
    neutralise,
    restore,
)
from tabletop.core.deck.msel_files import (
    DECK_SHEET,
    MSEL_SHEET,
    Cell,
    MselFileError,
    Sheet,
    Workbook,
    csv_bytes,
    read_workbook,
    write_file,
    xlsx_bytes,
)
from tabletop.core.deck.writer import dump_deck, ordered_keys
from tabletop.core.deck.yaml_reader import YamlReadError, read_text
from tabletop.core.problems import (
    Location,
    Problem,
    Severity,
    did_you_mean,
    format_path,
    sort_problems,
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

HELP_SHEET = "Help"
_ALL_TEAMS = frozenset({"all", "all teams", "everyone", "all players", "every team"})
_TEXT_FIELDS = ("id", "title", "summary", "audience", "language", "version")
_DECK_ORDER = (
    "format",
    "id",
    "title",
    "summary",
    "duration",
    "audience",
    "language",
    "version",
    "authors",
    "start",
    "time_scale",
    "objectives",
    "sources",
    "teams",
    "channels",
    "escalation",
    "injects",
)
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
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


@dataclass
class MselImport:
    """What importing an MSEL gave: deck data (when it is a valid deck) and every problem."""

    source: str
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

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


# -- import ------------------------------------------------------------------------------


@dataclass
class _Row:
    """One inject row as read, with what is resolved once the whole sheet is known."""

    number: int  # spreadsheet row
    inject: dict[str, Any]
    cells: dict[str, str] = field(default_factory=dict)  # column key -> text
    branch_lines: list[int] = field(default_factory=list)
    next_line: int = 0
    offset: int | None = None
    bad: set[str] = field(default_factory=set)  # fields with a reported cell problem


class _Importer:
    def __init__(self, book: Workbook, base: Mapping[str, Any] | None) -> None:
        self.book = book
        self.base = dict(base) if base else {}
        self.problems: list[Problem] = []
        self.columns: dict[str, int] = {}  # column key -> 1-based column
        self.rows: list[_Row] = []
        self.deck_rows: dict[str, int] = {}  # top-level key -> Deck sheet row
        self.made: dict[str, list[str]] = {}  # what was made up: teams, objectives
        self.reported: set[str] = set()  # codes of the problems reported so far

    # -- reporting --------------------------------------------------------------------

    def report(
        self,
        message: str,
        row: int = 0,
        column: str = "",
        *,
        line: int = 0,
        path: tuple[str | int, ...] = (),
        code: str = "msel",
        severity: Severity = Severity.ERROR,
        sheet: str = "",
        at_column: int = 0,
        label: str = "",
    ) -> None:
        place = []
        if sheet:
            place.append(f"sheet {sheet}")
        if row:
            place.append(f"row {row}")
        col = at_column or self.columns.get(column, 0)
        label = label or (BY_KEY[column].header if column else "")
        if col:
            place.append(f"column {column_letter(col)}" + (f" ({label})" if label else ""))
        if line:
            place.append(f"line {line}")
        prefix = ", ".join(place)
        self.reported.add(code.removeprefix("msel-"))
        self.problems.append(
            Problem(
                f"{prefix}: {message}" if prefix else message,
                Location(row, col),
                severity,
                path,
                code,
                self.book.source,
            )
        )

    def warn(self, message: str, row: int = 0, column: str = "", **kw: Any) -> None:
        self.report(message, row, column, severity=Severity.WARNING, **kw)

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
        ordered = {key: data[key] for key in ordered_keys(data, _DECK_ORDER)}
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
            text = restore(cell_text(cell)).strip()
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
                text = restore(cell_text(value)).strip()
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

    def _read_row(self, number: int, texts: dict[str, str], raw: list[Cell]) -> _Row:
        row = _Row(number, {}, texts)
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
            text = restore(cell_text(raw)).strip()
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
                values[key] = self._deck_value(key, text, raw)
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

    @staticmethod
    def _deck_value(key: str, text: str, raw: Cell) -> Any:
        if key in _TEXT_FIELDS:
            return text
        if key == "duration":
            return parse_whole_number(text, "the class time in minutes", 0, 100_000)
        if key == "time_scale":
            try:
                return float(text) if not isinstance(raw, (int, float)) else raw
            except ValueError:
                raise CellError(f"'{text}' is not a number; write e.g. 1 or 2.5") from None
        if key == "start":
            return parse_scenario_time(text)
        if key == "authors":
            return split_lines(text)
        try:
            document = read_text(text)
        except YamlReadError as exc:
            problem = exc.problems[0]
            raise CellError(f"line {problem.location.line}: {problem.message}") from None
        if document.problems:
            problem = document.problems[0]
            raise CellError(f"line {problem.location.line}: {problem.message}")
        value = document.data
        if isinstance(value, dict) and len(value) == 1 and next(iter(value)) == key:
            return value[key]  # written as in a deck file: "teams:" and the list below it
        return value

    # -- names to ids ---------------------------------------------------------------------

    def _resolve(self, data: dict[str, Any]) -> None:
        self._resolve_teams(data)
        self._resolve_objectives(data)
        self._resolve_channels(data)
        self._fill_ids()
        self._durations_from_delivery_times()

    def _resolve_teams(self, data: dict[str, Any]) -> None:
        teams = data.get("teams")
        known = [t for t in teams if isinstance(t, dict)] if isinstance(teams, list) else []
        making = not known and "teams" not in data
        made: list[dict[str, Any]] = []
        for row in self.rows:
            text = row.cells.get("to")
            if text is None:
                continue
            if text.casefold() in _ALL_TEAMS:
                row.inject["to"] = []
                continue
            ids: list[str] = []
            for name in split_names(text):
                team = _find(known + made, name, ("id", "name"))
                if team is None and making:
                    team = {
                        "id": _unique(_slug(name) or "team", {t["id"] for t in made}),
                        "name": name,
                    }
                    made.append(team)
                if team is None:
                    names = [str(t.get("id")) for t in known]
                    hint = did_you_mean(name, names) or (
                        f"; the teams are: {', '.join(names)}" if names else ""
                    )
                    self.report(
                        f"unknown team '{name}'{hint}", row.number, "to", code="msel-unknown-team"
                    )
                    row.bad.add("to")
                    continue
                ids.append(str(team["id"]))
            row.inject["to"] = ids
        if made:
            data["teams"] = made
            self.made["teams"] = [t["id"] for t in made]
            self.warn(
                "the teams were made from the To column: "
                + ", ".join(t["name"] for t in made)
                + "; give them sides and parties in the deck editor",
                code="msel-made-teams",
            )
        elif making:
            self.report(
                "the deck has no teams: name them in the To column, add a Deck sheet "
                "with teams, or import with a base deck that has them",
                code="msel-no-teams",
            )

    def _resolve_objectives(self, data: dict[str, Any]) -> None:
        objectives = data.get("objectives")
        known = (
            [o for o in objectives if isinstance(o, dict)] if isinstance(objectives, list) else []
        )
        making = not known and "objectives" not in data
        made: list[dict[str, Any]] = []
        for row in self.rows:
            text = row.cells.get("objectives")
            if text is None:
                continue
            ids: list[str] = []
            for entry in split_entries(text):
                found = _find(known + made, entry, ("id", "text"))
                parts = [_find(known + made, p.strip(), ("id",)) for p in entry.split(",")]
                if found is not None:
                    ids.append(str(found["id"]))
                elif "," in entry and all(parts):
                    ids.extend(str(p["id"]) for p in parts if p)
                elif making:
                    ident = entry if _ID.fullmatch(entry) else "obj-" + (_slug(entry)[:40] or "x")
                    made.append({"id": _unique(ident, {o["id"] for o in made}), "text": entry})
                    ids.append(made[-1]["id"])
                else:
                    names = [str(o.get("id")) for o in known]
                    self.report(
                        f"unknown objective '{entry}'{did_you_mean(entry, names)}",
                        row.number,
                        "objectives",
                        code="msel-unknown-objective",
                    )
                    row.bad.add("objectives")
            row.inject["objectives"] = ids
        if made:
            data["objectives"] = made
            self.warn(
                "the objectives were made from the Objective column: "
                + ", ".join(o["id"] for o in made),
                code="msel-made-objectives",
            )

    def _resolve_channels(self, data: dict[str, Any]) -> None:
        """Channel names in Channel changes become ids (ids are kept as written)."""
        catalog = load_catalog()
        names = {c.name.casefold(): c.id for c in catalog.channels}
        for entry in data.get("channels") or ():
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                ident = entry.get("id") or entry.get("ref")
                if isinstance(ident, str):
                    names[entry["name"].casefold()] = ident
        for row in self.rows:
            channels = row.inject.get("effects", {}).get("channels")
            if channels:
                row.inject["effects"]["channels"] = {
                    names.get(name.casefold(), name) if not _ID.fullmatch(name) else name: status
                    for name, status in channels.items()
                }

    def _fill_ids(self) -> None:
        taken = {str(r.inject["id"]) for r in self.rows if "id" in r.inject}
        for position, row in enumerate(self.rows, 1):
            if "id" in row.inject:
                continue
            number = row.cells.get("number", "")
            if _ID.fullmatch(number) and number not in taken:
                ident = number
            else:
                ident = _unique(
                    _slug(str(row.inject.get("title", "")))[:40].strip("-") or f"inject-{position}",
                    taken,
                )
            taken.add(ident)
            row.inject["id"] = ident

    def _durations_from_delivery_times(self) -> None:
        if "duration" in self.columns:
            return
        timed = [row for row in self.rows if row.offset is not None]
        for row, following in itertools.pairwise(timed):
            assert row.offset is not None and following.offset is not None
            if 0 < following.offset - row.offset <= 600:
                row.inject["duration"] = following.offset - row.offset

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


def _find(
    entries: list[dict[str, Any]], name: str, fields: tuple[str, ...]
) -> dict[str, Any] | None:
    """The entry whose first field (the id), else a later one, is ``name``; exact match first."""
    folded = name.casefold()
    for exact in (True, False):
        for key in fields:
            for entry in entries:
                value = entry.get(key)
                if (
                    value == name
                    if exact
                    else (isinstance(value, str) and value.casefold() == folded)
                ):
                    return entry
    return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _unique(ident: str, taken: set[str]) -> str:
    if ident not in taken:
        return ident
    n = 2
    while f"{ident}-{n}" in taken:
        n += 1
    return f"{ident}-{n}"


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
                cells[key] = join_lines([str(i) for i in items])
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
    for key in ordered_keys(data, _DECK_ORDER):
        if key in ("format", "injects"):
            continue
        value = data[key]
        if key in _TEXT_FIELDS and isinstance(value, str):
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
