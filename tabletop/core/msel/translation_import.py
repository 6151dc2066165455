"""An MSEL brought back as a deck's companion translation (``deck.vi.yaml``), not a new deck.

``tabletop msel import FILE --translation-of DECK --language vi`` reads a
spreadsheet the export wrote in a language (or any MSEL with an Inject ID
column): each row is matched to the deck's inject by its id, and each text in
it becomes the translation of that inject's text, keyed as the companion file
keys it (``injects/<id>/narrative``), with ``source:`` the deck's text it
translates. The Deck sheet of an ``.xlsx`` gives the deck's own texts (title,
teams, channels, ladder …). The companion file is written or updated
(:mod:`tabletop.core.msel.companion`): an entry the sheet did not change keeps
its lines, so exporting and importing again gives back the same file.

What the sheet cannot change is said at its cell, never taken: a row whose id
the deck lacks, a cell of a column a translation does not hold (times,
recipients, branch targets …) that differs from the deck, a text where the
deck has none. A text still the deck's own, or a stale translation left as it
was, is reported at its cell too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tabletop.core.deck.translation import clip, read_translation, same_text, translatable
from tabletop.core.msel.cells import (
    CellError,
    cell_text,
    parse_branch,
    parse_deck_value,
    parse_expected_actions,
    read_cell,
    split_lines,
)
from tabletop.core.msel.columns import BY_KEY, COLUMNS
from tabletop.core.msel.companion import CompanionError, Pair, companion_text
from tabletop.core.msel.export import msel_rows
from tabletop.core.msel.files import DECK_SHEET, Cell, Sheet, Workbook
from tabletop.core.msel.header_words import KEEP
from tabletop.core.msel.layout import choose_sheet, find_layout
from tabletop.core.msel.mapping import SKIP, ColumnMapping, propose
from tabletop.core.msel.translating import DECK_FIELDS, Place
from tabletop.core.problems import (
    Location,
    Problem,
    Severity,
    SortsProblems,
    did_you_mean,
    sort_problems,
)

# columns whose cells hold texts a translation carries: column key -> inject field
TEXT_COLUMNS = {
    "title": "title",
    "phase": "phase",
    "from": "from",
    "narrative": "narrative",
    "notes": "facilitator_notes",
}
# columns a translation does not carry: what they hold must stay as the deck has it
FIXED_COLUMNS = (
    "scenario_time",
    "delivery_time",
    "type",
    "to",
    "objectives",
    "duration",
    "escalation",
    "channels",
    "sources",
    "private",
    "evaluator_notes",
)


@dataclass
class TranslationImport(SortsProblems):
    """What reading a sheet as a translation gave: the companion file's text (None when
    there are errors), its entries, and every problem at its cell."""

    source: str
    text: str | None
    entries: dict[str, Pair] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.text is not None and not self.errors


@dataclass(frozen=True)
class _Found:
    text: str
    place: Place


def import_translation(
    book: Workbook,
    deck: Mapping[str, Any],
    language: str,
    existing: str = "",
    *,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
) -> TranslationImport:
    """Read ``book`` as the translation of deck data ``deck`` into ``language``.

    ``existing`` is the companion file as it is now ("" for none): entries the sheet does
    not hold are kept from it, and the text returned is it updated.
    """
    return _Reader(book, deck, language, existing, mapping, sheet).run()


class _Reader:
    def __init__(
        self,
        book: Workbook,
        deck: Mapping[str, Any],
        language: str,
        existing: str,
        mapping: ColumnMapping | None,
        sheet: str | None,
    ) -> None:
        self.book = book
        self.deck = deck
        self.language = language
        self.existing = existing
        self.given = mapping
        self.sheet_name = sheet
        self.problems: list[Problem] = []
        self.found: dict[str, _Found] = {}
        self.rows_seen: set[str] = set()  # inject ids that have a row
        self.empty: dict[str, Place] = {}  # keys whose cell (or line) is empty
        self.texts = {key: text for key, (_path, text) in translatable(deck).items()}
        self.columns: dict[str, int] = {}  # column key -> 1-based column of the injects sheet
        self.labels: dict[str, str] = {}  # column key -> its header as written

    def report(
        self,
        message: str,
        place: Place | None = None,
        severity: Severity = Severity.ERROR,
        code: str = "msel-translation",
        key: str = "",
    ) -> None:
        self.problems.append(
            Problem(
                f"{place.describe()}: {message}" if place is not None else message,
                place.location if place is not None else Location(),
                severity,
                ("strings", key) if key else (),
                code,
                self.book.source,
            )
        )

    def warn(self, message: str, place: Place | None = None, code: str = "", key: str = "") -> None:
        self.report(message, place, Severity.WARNING, code or "msel-translation", key)

    # -- the steps ------------------------------------------------------------------------

    def run(self) -> TranslationImport:
        old = read_translation(self.existing) if self.existing.strip() else None
        deck_id = str(self.deck.get("id") or "")
        if old is not None:
            if old.problems and not old.entries:
                self.report(f"the companion file cannot be read: {old.problems[0].message}")
            elif old.translates and old.translates != deck_id:
                self.report(f"the companion file translates '{old.translates}', not '{deck_id}'")
            elif old.language and old.language != self.language:
                self.report(f"the companion file is in '{old.language}', not '{self.language}'")
        sheet = choose_sheet(self.book, self.sheet_name)
        if sheet is None or not sheet.rows:
            what = f"no sheet named '{self.sheet_name}'" if self.sheet_name else "no injects sheet"
            self.report(f"there is {what} in the file")
        else:
            self._read_injects(sheet)
        deck_sheet = self.book.sheet(DECK_SHEET)
        if deck_sheet is not None:
            self._read_deck_sheet(deck_sheet)
        entries, added, changed = self._entries(old)
        problems = sort_problems(self.problems)
        text = None
        if not any(p.is_error for p in problems):
            try:
                text = companion_text(deck_id, self.language, entries, self.existing)
            except CompanionError as exc:
                problems.append(Problem(str(exc), source=self.book.source, code="msel-companion"))
        return TranslationImport(self.book.source, text, entries, problems, added, changed)

    # -- the injects sheet ------------------------------------------------------------------

    def _read_injects(self, sheet: Sheet) -> None:
        layout = find_layout(sheet)
        if not layout.found:
            self.report("there is no header row naming the columns (see docs/msel.md)")
            return
        mapping = self.given
        if mapping is None or mapping.layout.header_set_key() != layout.header_set_key():
            teams = [t for t in self.deck.get("teams") or () if isinstance(t, Mapping)]
            mapping = propose(sheet, layout, teams)
        columns: dict[str, int] = {}
        for choice in mapping.choices:
            if choice.field not in (KEEP, SKIP) and choice.field not in columns:
                columns[choice.field] = choice.column
        if "id" not in columns:
            self.report(
                "there is no Inject ID column: a translation is matched to the deck's injects "
                "by their ids; keep the column the export wrote"
            )
            return
        self.columns = columns
        self.labels = {
            key: layout.header(column) or BY_KEY[key].header for key, column in columns.items()
        }
        injects = {
            str(i.get("id")): i for i in self.deck.get("injects") or () if isinstance(i, Mapping)
        }
        expected = self._deck_cells()
        for index in range(layout.header_row, len(sheet.rows)):
            row = sheet.rows[index]
            number = index + 1
            filled = [i for i, c in enumerate(row, 1) if read_cell(c)]
            if not filled:
                continue
            ident = read_cell(_cell(row, columns["id"]))
            at_id = self._place(number, "id")
            if not ident:
                if len(filled) == 1:
                    self.warn("a row with one cell is not an inject; it is not read", at_id)
                else:
                    self.report(
                        "no inject id: each row is matched to the deck's inject by it", at_id
                    )
                continue
            if ident not in injects:
                hint = did_you_mean(ident, list(injects))
                self.report(
                    f"'{ident}' is not an inject of the deck{hint}; a translation keeps the "
                    "deck's injects and their ids",
                    at_id,
                )
                continue
            if ident in self.rows_seen:
                self.report(
                    f"the inject '{ident}' has a second row; keep one row per inject", at_id
                )
                continue
            self.rows_seen.add(ident)
            self._read_row(number, row, ident, expected.get(ident, {}))

    def _place(self, row: int, key: str, line: int = 0) -> Place:
        column = self.columns.get(key, 0)
        return Place("", row, column, self.labels.get(key, ""), line)

    def _deck_cells(self) -> dict[str, dict[str, Cell]]:
        """The cells the deck itself would have, by inject id and column key."""
        rows, _problems = msel_rows(self.deck)
        keys = [column.key for column in COLUMNS]
        out: dict[str, dict[str, Cell]] = {}
        for row in rows[1:]:
            cells = dict(zip(keys, row, strict=True))
            out[read_cell(cells.get("id"))] = cells
        return out

    def _read_row(
        self, number: int, row: list[Cell], ident: str, deck_cells: dict[str, Cell]
    ) -> None:
        base = f"injects/{ident}/"
        for key, name in TEXT_COLUMNS.items():
            if key in self.columns:
                self._take(
                    base + name, read_cell(_cell(row, self.columns[key])), self._place(number, key)
                )
        if "questions" in self.columns:
            lines = split_lines(read_cell(_cell(row, self.columns["questions"])))
            self._take_lines(base + "questions/", lines, number, "questions")
        if "expected_actions" in self.columns:
            text = read_cell(_cell(row, self.columns["expected_actions"]))
            items = parse_expected_actions(text)
            said = [str(i.get("text") or "") if isinstance(i, dict) else str(i) for i in items]
            self._take_lines(base + "expected_actions/", said, number, "expected_actions")
        if "branch" in self.columns:
            self._take_branches(base, number, row, deck_cells)
        for key in FIXED_COLUMNS:
            if key in self.columns:
                given = read_cell(_cell(row, self.columns[key]))
                wanted = read_cell(deck_cells.get(key))
                if not same_text(given, wanted):
                    what = f"'{clip(wanted)}'" if wanted.strip() else "nothing"
                    self.warn(
                        f"differs from the deck, which has {what} here; a translation changes "
                        "only the texts, so this cell is not taken",
                        self._place(number, key),
                        "msel-translation-fixed",
                    )

    def _take_lines(self, prefix: str, lines: list[str], number: int, column: str) -> None:
        wanted = sorted(
            int(k[len(prefix) :])
            for k in self.texts
            if k.startswith(prefix) and k[len(prefix) :].isdigit()
        )
        count = max([len(lines), *wanted], default=0)
        for n in range(1, count + 1):
            text = lines[n - 1] if n <= len(lines) else ""
            self._take(f"{prefix}{n}", text, self._place(number, column, n))

    def _take_branches(
        self, base: str, number: int, row: list[Cell], deck_cells: dict[str, Cell]
    ) -> None:
        place = self._place(number, "branch")
        try:
            branches, follow = parse_branch(read_cell(_cell(row, self.columns["branch"])))
            deck_branches, deck_follow = parse_branch(read_cell(deck_cells.get("branch")))
        except CellError as exc:
            self.report(str(exc), place)
            return
        bare = [{k: v for k, v in b.items() if k != "label"} for _line, b in branches]
        deck_bare = [{k: v for k, v in b.items() if k != "label"} for _line, b in deck_branches]
        if bare != deck_bare or (follow and follow[1]) != (deck_follow and deck_follow[1]):
            self.warn(
                "the branches differ from the deck's (a test or a target); a translation "
                "changes only their labels, so only the labels are taken",
                place,
                "msel-translation-fixed",
            )
        for n in range(1, max(len(branches), len(deck_branches)) + 1):
            line, branch = branches[n - 1] if n <= len(branches) else (0, {})
            label = branch.get("label")
            self._take(
                f"{base}branches/{n}/label",
                label.strip() if isinstance(label, str) else "",
                self._place(number, "branch", line or n),
            )

    def _take(self, key: str, text: str, place: Place) -> None:
        if key not in self.texts:
            if text:
                self.warn(
                    f"the deck has no text here ('{key}'), so a translation cannot give one; "
                    "it is not taken",
                    place,
                    "msel-translation-extra",
                    key,
                )
            return
        if not text:
            self.empty[key] = place
            return
        self.found[key] = _Found(text, place)

    # -- the Deck sheet ----------------------------------------------------------------------

    def _read_deck_sheet(self, sheet: Sheet) -> None:
        fields = {value: group for group, value in DECK_FIELDS.items()}
        for index, row in enumerate(sheet.rows):
            name = cell_text(row[0]).strip() if row else ""
            if name not in fields:
                continue
            raw = row[1] if len(row) > 1 else None
            text = read_cell(raw)
            place = Place(DECK_SHEET, index + 1, 2, name)
            if not text:
                continue
            try:
                value = parse_deck_value(name, text, raw)
            except CellError as exc:
                self.report(str(exc), place)
                continue
            for key, (_path, said) in translatable({name: value}).items():
                self._take(key, said.strip(), place)
            for key in self.texts:
                if key.split("/")[0] == fields[name] and key not in self.found:
                    self.empty.setdefault(key, place)

    # -- the entries ---------------------------------------------------------------------------

    def _entries(self, old: Any) -> tuple[dict[str, Pair], list[str], list[str]]:
        entries: dict[str, Pair] = {}
        added: list[str] = []
        changed: list[str] = []
        have = old.entries if old is not None else {}
        for key, source in self.texts.items():
            entry = have.get(key)
            found = self.found.get(key)
            if found is None:
                if entry is not None:
                    entries[key] = Pair(entry.source, entry.text)
                place = self.empty.get(key)
                if place is not None:
                    kept = "; the companion file's translation is kept" if entry else ""
                    self.warn(
                        f"'{key}' is empty: the deck has a text here (\"{clip(source)}\"){kept}",
                        place,
                        "msel-translation-missing",
                        key,
                    )
                elif entry is None and self._in_sheet(key):
                    self.warn(f"'{key}' is not translated: the sheet has no place for it", key=key)
                continue
            if entry is not None and entry.text.strip() == found.text:
                entries[key] = Pair(entry.source, entry.text)
                if not same_text(entry.source, source):
                    self.warn(
                        f"'{key}' is stale: the deck's text changed since it was translated "
                        f'(now: "{clip(source)}"); translate the cell again',
                        found.place,
                        "msel-translation-stale",
                        key,
                    )
                continue
            if entry is None and found.text == source.strip():
                self.warn(
                    f"'{key}' is not translated yet: the cell holds the deck's own text",
                    found.place,
                    "msel-translation-missing",
                    key,
                )
                continue
            entries[key] = Pair(source, found.text)
            (changed if entry is not None else added).append(key)
        deck_level = [k for k in self.texts if k.split("/")[0] in DECK_FIELDS]
        if self.book.kind == "csv" and any(k not in entries for k in deck_level):
            self.warn(
                "a CSV holds the injects only: the deck's title, teams, channels, objectives "
                "and ladder are not translated by it (an .xlsx export holds them too)",
                code="msel-csv-injects-only",
            )
        for ident in self._missing_rows():
            self.warn(
                f"the inject '{ident}' has no row in the sheet; its translations are kept as "
                "they are",
                code="msel-translation-row",
            )
        return entries, added, changed

    def _in_sheet(self, key: str) -> bool:
        parts = key.split("/")
        if parts[0] == "injects":
            return parts[1] in self.rows_seen
        return False

    def _missing_rows(self) -> list[str]:
        if "id" not in self.columns:  # the rows could not be read at all
            return []
        return [
            str(i.get("id"))
            for i in self.deck.get("injects") or ()
            if isinstance(i, Mapping) and str(i.get("id")) not in self.rows_seen
        ]


def _cell(row: list[Cell], column: int) -> Cell:
    return row[column - 1] if 0 < column <= len(row) else None
