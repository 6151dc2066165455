"""Read an MSEL spreadsheet into deck data, with every problem at its row and column.

The steps: choose the injects sheet, find its header row, give each column a
field (the mapping a person confirmed, else the proposal of
:mod:`tabletop.core.msel.mapping`), read each row's cells, add the rest of the
deck (the Deck sheet, a base deck, or what can be made from the rows), turn
names into ids, then check the whole deck and point each of its problems back
at a row and a column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.collector import collector_paused
from tabletop.core.deck.model import FORMAT
from tabletop.core.deck.writer import ordered_keys
from tabletop.core.msel.cells import (
    CellError,
    cell_text,
    parse_branch,
    parse_channel_changes,
    parse_deck_value,
    parse_escalation,
    parse_expected_actions,
    parse_sources,
    parse_team_only,
    parse_type,
    parse_whole_number,
    read_cell,
    split_lines,
)
from tabletop.core.msel.column_words import field_headers
from tabletop.core.msel.columns import BY_KEY, DECK_ORDER, column_letter
from tabletop.core.msel.files import DECK_SHEET, Cell, Sheet, Workbook, read_workbook
from tabletop.core.msel.header_words import KEEP
from tabletop.core.msel.layout import Layout, choose_sheet, data_sheets, find_layout
from tabletop.core.msel.mapping import SKIP, ColumnChoice, ColumnMapping, propose
from tabletop.core.msel.names import InjectRow, _slug
from tabletop.core.msel.placing import ProblemPlacing
from tabletop.core.msel.times import TimeError, parse_offset, scenario_times
from tabletop.core.problems import Problem, SortsProblems, sort_problems

TITLE_WORDS = 80  # characters of the text a title is made from, when there is no title column


@dataclass
class MselImport(SortsProblems):
    """What importing an MSEL gave: deck data (when it is a valid deck) and every problem.

    ``mapping`` is the field each column was read as (None when no header row
    was found), ``sheet`` the sheet read and ``sheets`` those that could be.
    """

    source: str
    data: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    mapping: ColumnMapping | None = None
    sheet: str = ""
    sheets: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.errors


def import_msel(
    path: Path,
    base: Mapping[str, Any] | None = None,
    *,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
) -> MselImport:
    """Read an MSEL file into deck data; MselFileError if the file cannot be read at all.

    ``base`` is deck data that supplies whatever the spreadsheet does not hold
    (metadata, teams, channels …); a workbook's Deck sheet overrides it.
    ``mapping`` is the field of each column as a person confirmed it (the
    proposal when None); ``sheet`` names the sheet to read.
    """
    with collector_paused():  # every cell read is kept: nothing for the collector to find
        return _Importer(read_workbook(path), base, mapping, sheet).run()


def import_workbook(
    book: Workbook,
    base: Mapping[str, Any] | None = None,
    *,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
) -> MselImport:
    with collector_paused():
        return _Importer(book, base, mapping, sheet).run()


def propose_mapping(
    book: Workbook, base: Mapping[str, Any] | None = None, sheet: str | None = None
) -> ColumnMapping | None:
    """The proposed field of each column of the injects sheet (None without a header row)."""
    chosen = choose_sheet(book, sheet)
    if chosen is None:
        return None
    layout = find_layout(chosen)
    if not layout.found:
        return None
    teams = _deck_teams(book, base)
    return propose(chosen, layout, teams)


def _deck_teams(book: Workbook, base: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    """The teams the deck will have, for recognising a To column by its names."""
    teams = list((base or {}).get("teams") or [])
    deck = book.sheet(DECK_SHEET)
    for row in deck.rows if deck is not None else ():
        if row and cell_text(row[0]).strip().casefold() == "teams" and len(row) > 1:
            try:
                value = parse_deck_value("teams", read_cell(row[1]), row[1])
            except CellError:
                continue
            if isinstance(value, list):
                teams = value
    return [t for t in teams if isinstance(t, Mapping)]


class _Importer(ProblemPlacing):
    """Reads one workbook into deck data, collecting every problem on the way."""

    def __init__(
        self,
        book: Workbook,
        base: Mapping[str, Any] | None,
        mapping: ColumnMapping | None,
        sheet: str | None,
    ) -> None:
        self.book = book
        self.base = dict(base) if base else {}
        self.given = mapping
        self.sheet_name = sheet
        self.mapping: ColumnMapping | None = None
        self.problems: list[Problem] = []
        self.columns: dict[str, int] = {}  # column key -> 1-based column
        self.kept: list[ColumnChoice] = []  # columns kept in the notes
        self.rows: list[InjectRow] = []
        self.deck_rows: dict[str, int] = {}  # top-level key -> Deck sheet row
        self.made: dict[str, list[str]] = {}  # what was made up: teams, objectives
        self.reported: set[str] = set()  # codes of the problems reported so far

    # -- the steps --------------------------------------------------------------------

    def run(self) -> MselImport:
        data = self._deck_level()
        sheet = self._injects_sheet()
        if sheet is not None:
            layout = find_layout(sheet)
            if not layout.found:
                where = "the file" if self.book.kind == "csv" else f"sheet {sheet.name}"
                self.report(
                    f"there is no header row: none of the first rows of {where} names the "
                    "columns; the first row should name them, e.g. Event synopsis, Inject text "
                    "(see docs/msel.md)",
                    code="msel-no-header",
                )
            else:
                if layout.first_header_row > 1:
                    above = layout.first_header_row - 1
                    rows = f"rows 1–{above}" if above > 1 else "row 1"
                    self.warn(
                        f"{rows} above the header row (row {layout.first_header_row}) are not read",
                        code="msel-preamble",
                    )
                self.mapping = self._mapping(sheet, layout, data)
                self._apply(self.mapping)
                if self._required_columns():
                    self._read_rows(sheet, layout, data)
        if self.rows:
            self._resolve(data)
            data["injects"] = [row.inject for row in self.rows]
            self.validate(data)
        if not self.rows and not any(p.is_error for p in self.problems):
            self.report(
                "the sheet has no injects: add one row per inject below the header row",
                code="msel-empty",
            )
        problems = sort_problems(self.problems)
        ok = not any(p.is_error for p in problems)
        ordered = {key: data[key] for key in ordered_keys(data, DECK_ORDER)}
        names = tuple(s.name for s in data_sheets(self.book))
        return MselImport(
            self.book.source,
            ordered if ok else None,
            problems,
            self.mapping,
            sheet.name if sheet is not None else "",
            names,
        )

    def _injects_sheet(self) -> Sheet | None:
        sheet = choose_sheet(self.book, self.sheet_name)
        if sheet is None and self.sheet_name is not None:
            names = ", ".join(s.name for s in data_sheets(self.book)) or "none"
            self.report(
                f"there is no sheet named '{self.sheet_name}'; the sheets are: {names}",
                code="msel-no-sheet",
            )
            return None
        if sheet is None or not sheet.rows:
            self.report(
                "the file is empty: an MSEL has a header row naming its columns "
                "(Event synopsis, Inject text …) and one row per inject",
                code="msel-empty",
            )
            return None
        return sheet

    def _mapping(self, sheet: Sheet, layout: Layout, data: dict[str, Any]) -> ColumnMapping:
        if self.given is not None:
            if self.given.layout.header_set_key() == layout.header_set_key():
                return self.given
            self.warn(
                "the columns were chosen for other headers; the proposal is used instead",
                code="msel-mapping-stale",
            )
        teams = [t for t in data.get("teams") or () if isinstance(t, Mapping)]
        return propose(sheet, layout, teams)

    def _apply(self, mapping: ColumnMapping) -> None:
        proposed = []
        for choice in mapping.choices:
            if choice.field == SKIP:
                continue
            if choice.field in (KEEP, "delivery_method"):
                self.kept.append(choice)
                continue
            if choice.field in self.columns:
                first = self.columns[choice.field]
                self.report(
                    f"'{choice.header}' is read as {BY_KEY[choice.field].header}, and so is "
                    f"column {column_letter(first)} ('{mapping.layout.header(first)}'); "
                    "choose another field for one of them",
                    mapping.layout.header_row,
                    at_column=choice.column,
                    code="msel-duplicate-column",
                )
                continue
            self.columns[choice.field] = choice.column
            if self.given is None and not _named_exactly(choice):
                proposed.append(choice)
        if proposed:
            listed = ", ".join(
                f"{c.letter} ({c.header or 'no header'}) as {c.label}"
                + (" by its cells" if c.why.startswith("its cells") else "")
                for c in proposed
            )
            self.warn(
                f"columns read by their likely meaning: {listed}; check them before using the "
                "deck (--show-mapping lists every column) and choose others if they are wrong",
                mapping.layout.header_row,
                code="msel-proposed-mapping",
            )

    def _required_columns(self) -> bool:
        if "narrative" not in self.columns:
            column = BY_KEY["narrative"]
            self.report(
                f"no column was found for the {column.header} ({column.help}); choose the "
                f'column that holds it (--map "HEADER={column.header}"), or add one headed '
                f"{column.header}",
                code="msel-missing-column",
            )
            return False
        if "title" not in self.columns:
            self.warn(
                "there is no Event synopsis column: each inject's title is made from the "
                "start of its text",
                code="msel-titles-made",
            )
        return True

    # -- the rows ------------------------------------------------------------------------

    def _read_rows(self, sheet: Sheet, layout: Layout, data: dict[str, Any]) -> None:
        narrative = self.columns["narrative"]
        entries: list[tuple[int, str, Any]] = []  # (row, "inject" | "single", payload)
        for index in range(layout.header_row, len(sheet.rows)):
            row = sheet.rows[index]
            filled = _first_filled(row)
            if not filled:
                continue
            if len(filled) == 1 and filled[0] != narrative:
                entries.append((index + 1, "single", read_cell(row[filled[0] - 1])))
            else:
                entries.append((index + 1, "inject", row))
        last = max((i for i, (_n, kind, _p) in enumerate(entries) if kind == "inject"), default=-1)
        heading = ""
        times: list[tuple[int, Any]] = []
        # the cells read as text, (column key, 0-based index), worked out once for every row
        reads = [
            (key, column - 1) for key, column in self.columns.items() if key != "scenario_time"
        ]
        for position, (number, kind, payload) in enumerate(entries):
            if kind == "single":
                if position > last:
                    self.warn(
                        f"'{_short(payload)}' is below the injects, so it is read as a note "
                        "and not as an inject",
                        number,
                        code="msel-note-row",
                    )
                else:
                    heading = payload
                    used = (
                        " and is the Phase of the rows below it"
                        if "phase" not in self.columns
                        else ""
                    )
                    self.warn(
                        f"'{_short(payload)}' fills one cell only, so it is read as a "
                        f"heading{used}",
                        number,
                        code="msel-heading-row",
                    )
                continue
            inject_row = self._read_row(number, payload, reads)
            if heading and "phase" not in self.columns:
                inject_row.inject["phase"] = heading
            scenario = self.columns.get("scenario_time", 0)
            if scenario and scenario - 1 < len(payload):
                value = payload[scenario - 1]
                if value is not None and cell_text(value).strip():
                    times.append((number, value))
            self.rows.append(inject_row)
        self._scenario_times(times, data)
        self._kept_in_notes()

    def _read_row(self, number: int, raw: list[Cell], reads: list[tuple[str, int]]) -> InjectRow:
        texts: dict[str, str] = {}
        width = len(raw)
        for key, index in reads:
            if index < width:
                text = read_cell(raw[index])
                if text:
                    texts[key] = text
        row = InjectRow(number, {}, texts)
        inject = row.inject
        row.kept = [
            (choice, read_cell(raw[choice.column - 1]))
            for choice in self.kept
            if choice.column - 1 < width
        ]
        for key, deck_field in _TEXT_FIELDS:
            if key in texts:
                inject[deck_field] = texts[key]
        self._read_cells(row, texts, _READ_FIELDS, inject)
        effects: dict[str, Any] = {}
        self._read_cells(row, texts, _READ_EFFECTS, effects)
        if effects:
            inject["effects"] = effects
        self._read_cells(row, texts, (("sources", parse_sources),), inject)
        if "private" in texts:
            try:
                if parse_team_only(texts["private"]):
                    inject["private"] = True
            except (CellError, TimeError) as exc:
                self._bad_cell(row, "private", exc)
        if "branch" in texts:
            try:
                branches, follow = parse_branch(texts["branch"])
            except (CellError, TimeError) as exc:
                self._bad_cell(row, "branch", exc)
            else:
                if branches:
                    inject["branches"] = [b for _, b in branches]
                    row.branch_lines = [line for line, _ in branches]
                if follow is not None:
                    row.next_line, inject["next"] = follow
        delivery = self.columns.get("delivery_time", 0)
        if "delivery_time" in texts:
            try:
                row.offset = parse_offset(raw[delivery - 1])
            except TimeError as exc:
                row.bad.add("delivery_time")
                self.report(str(exc), number, "delivery_time", code="msel-delivery_time")
        if "title" not in self.columns and "narrative" in texts:
            inject["title"] = made_title(texts["narrative"])
        required = [("narrative", "every inject needs the text the players read")]
        if "title" in self.columns:
            required.insert(0, ("title", "every inject needs a short headline"))
        for key, message in required:
            if key not in texts:
                row.bad.add(key)
                self.report(f"empty; {message}", number, key, code="msel-required")
        return row

    def _read_cells(
        self,
        row: InjectRow,
        texts: dict[str, str],
        fields: tuple[tuple[str, Callable[[str], Any]], ...],
        into: dict[str, Any],
    ) -> None:
        """Each of these fields the row has, read into ``into``; a cell that cannot be read
        is reported where it is."""
        for key, read in fields:
            if key in texts:
                try:
                    into[key] = read(texts[key])
                except (CellError, TimeError) as exc:
                    self._bad_cell(row, key, exc)

    def _bad_cell(self, row: InjectRow, key: str, exc: Exception) -> None:
        row.bad.add(key)
        self.report(str(exc), row.number, key, path=(), code=f"msel-{key}")

    def _scenario_times(self, values: list[tuple[int, Any]], data: dict[str, Any]) -> None:
        if not values:
            return
        times, problems = scenario_times(values, data.get("start"))
        by_number = {row.number: row for row in self.rows}
        for number, at in times.items():
            by_number[number].inject["at"] = at
        for number, message in problems.items():
            by_number[number].bad.add("scenario_time")
            self.report(message, number, "scenario_time", code="msel-scenario_time")

    def _kept_in_notes(self) -> None:
        """Columns no field was chosen for: their text goes into each inject's notes."""
        used: set[int] = set()
        for row in self.rows:
            lines = []
            for choice, text in row.kept:
                if text:
                    label = choice.header or f"Column {choice.letter}"
                    lines.append(f"{label}: {text}")
                    used.add(choice.column)
            if lines:
                notes = row.inject.get("facilitator_notes", "")
                row.inject["facilitator_notes"] = "\n\n".join(
                    part for part in (notes, "\n".join(lines)) if part
                )
        kept = [c for c in self.kept if c.column in used]
        if kept:
            listed = ", ".join(c.describe() for c in kept)
            plural = "s" if len(kept) > 1 else ""
            example = kept[0].header or f"Column {kept[0].letter}"
            self.warn(
                f"no field was chosen for {listed}, so the text of the column{plural} is kept "
                f"in each inject's facilitator notes ('{example}: …'); choose a field to "
                "import it otherwise",
                code="msel-kept-column",
            )

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
            if not name or (
                index == 0 and name.casefold() in ("field", "key", "setting", *field_headers())
            ):
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


# the cells of a row read as they are, as text: (column key, inject field)
_TEXT_FIELDS = (
    ("id", "id"),
    ("title", "title"),
    ("phase", "phase"),
    ("from", "from"),
    ("narrative", "narrative"),
    ("notes", "facilitator_notes"),
    ("evaluator_notes", "evaluator_notes"),
)


def _duration(text: str) -> int:
    return parse_whole_number(text, "the class minutes planned for it", 0, 600)


def _channel_changes(text: str) -> dict[str, str]:
    return dict(parse_channel_changes(text))


# the cells read into an inject field of the same name, in the order the fields are placed
_READ_FIELDS: tuple[tuple[str, Callable[[str], Any]], ...] = (
    ("type", parse_type),
    ("questions", split_lines),
    ("expected_actions", parse_expected_actions),
    ("duration", _duration),
)
_READ_EFFECTS: tuple[tuple[str, Callable[[str], Any]], ...] = (
    ("escalation", parse_escalation),
    ("channels", _channel_changes),
)


def _first_filled(row: list[Cell]) -> list[int]:
    """The filled columns of a row (1-based), the first two only: whether it has none, one
    (and which), or more is all that is asked."""
    found = []
    for column, cell in enumerate(row, 1):
        if _filled(cell):
            found.append(column)
            if len(found) == 2:
                break
    return found


def _filled(cell: Cell) -> bool:
    if type(cell) is str:
        return bool(cell) and not cell.isspace()
    return cell is not None and bool(cell_text(cell).strip())


def _named_exactly(choice: ColumnChoice) -> bool:
    from tabletop.core.msel.columns import match_header

    return bool(choice.header) and match_header(choice.header) == choice.field


def _short(text: str, limit: int = 50) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def made_title(text: str) -> str:
    """A title from an inject's text: its first sentence, or its first words."""
    line = " ".join(text.split())
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= TITLE_WORDS:
        return sentence
    cut = sentence[:TITLE_WORDS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
