"""Where an MSEL's table is: which sheet, which row holds the headers, what each column is called.

Spreadsheets from other tools put a title and a version line above the table,
merge a header over two columns with sub-headers below it, leave blank rows
between moves and add notes under the last inject. This module finds the
header row (or the two rows of a two-level header) so that the columns can be
named; :mod:`tabletop.core.msel.mapping` then proposes a field for each.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tabletop.core.msel.cells import cell_text
from tabletop.core.msel.columns import match_header, normalise_header
from tabletop.core.msel.files import DECK_SHEET, HELP_SHEET, MSEL_SHEET, Sheet, Workbook
from tabletop.core.msel.header_words import foreign_header
from tabletop.core.msel.times import looks_like_time

HEADER_SEARCH = 15  # the header row is among the first rows of the sheet


@dataclass
class Layout:
    """The table of one sheet: its header row(s) and the name of each column."""

    sheet: str
    header_row: int = 0  # 1-based row of the last header row; 0 when none was found
    first_header_row: int = 0
    headers: list[str] = field(default_factory=list)  # index 0 is column A

    @property
    def found(self) -> bool:
        return self.header_row > 0

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1

    def header(self, column: int) -> str:
        return self.headers[column - 1] if 0 < column <= len(self.headers) else ""

    def header_set_key(self) -> str:
        """The headers reduced to what matters, to remember a mapping for files like this."""
        return "|".join(normalise_header(h) for h in self.headers)


def data_sheets(book: Workbook) -> list[Sheet]:
    """The sheets that may hold injects (not tabletop's Deck and Help sheets)."""
    skip = {DECK_SHEET.casefold(), HELP_SHEET.casefold()}
    return [s for s in book.sheets if s.name.casefold() not in skip]


def choose_sheet(book: Workbook, name: str | None = None) -> Sheet | None:
    """The sheet named ``name``; else the MSEL sheet; else the one that looks most like one."""
    if name is not None:
        return book.sheet(name)
    sheet = book.sheet(MSEL_SHEET)
    if sheet is not None:
        return sheet
    candidates = data_sheets(book) or book.sheets
    if not candidates:
        return None
    # the sheet whose headers name the most columns; the leftmost of equals
    return max(candidates, key=lambda s: (_sheet_score(s), -candidates.index(s)))


def _sheet_score(sheet: Sheet) -> int:
    layout = find_layout(sheet)
    if not layout.found:
        return -1
    return sum(1 for h in layout.headers if _header_known(h))


def _header_known(text: str) -> bool:
    return bool(text.strip()) and (
        match_header(text) is not None or foreign_header(text) is not None
    )


def _filled(row: list[object]) -> list[int]:
    return [i for i, cell in enumerate(row) if cell is not None and cell_text(cell).strip()]


def _header_like(row: list[object]) -> bool:
    """Short texts that are neither numbers nor times: what a row of headers looks like."""
    filled = _filled(row)
    if len(filled) < 2:
        return False
    for i in filled:
        cell = row[i]
        if not isinstance(cell, str):
            return False
        text = cell.strip()
        if len(text) > 60 or text.replace(".", "").isdigit() or looks_like_time(text):
            return False
    return True


def find_layout(sheet: Sheet) -> Layout:
    """The sheet's header row: the first that names two known columns, else the first row
    of short texts above rows of data; a header merged over sub-headers spans two rows."""
    layout = Layout(sheet.name)
    rows = sheet.rows
    chosen = None
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        texts = [cell_text(c).strip() for c in row]
        if sum(1 for t in texts if t and _header_known(t)) >= 2:
            chosen = index
            break
    if chosen is None:
        for index, row in enumerate(rows[:HEADER_SEARCH]):
            following = next((r for r in rows[index + 1 :] if _filled(r)), None)
            if _header_like(row) and following is not None and len(_filled(following)) >= 2:
                chosen = index
                break
    if chosen is None:
        return layout
    number = chosen + 1
    headers = [cell_text(c).strip() for c in rows[chosen]]
    spans = [
        (first_col, last_col)
        for first_row, first_col, last_row, last_col in sheet.merged
        if first_row == number and last_col > first_col and last_row == number
    ]
    layout.first_header_row = number
    below = rows[chosen + 1] if chosen + 1 < len(rows) else []
    if spans and _header_like(below):
        # a header merged over several columns, with sub-headers in the row below it
        subs = [cell_text(c).strip() for c in below]
        width = max(len(headers), len(subs))
        combined = []
        for column in range(1, width + 1):
            top = headers[column - 1] if column <= len(headers) else ""
            sub = subs[column - 1] if column <= len(subs) else ""
            parent = next((headers[a - 1] for a, b in spans if a <= column <= b), "")
            if parent and sub and sub != parent:
                combined.append(_combine(parent, sub))
            else:
                combined.append(sub or top)
        layout.headers = combined
        layout.header_row = number + 1
    else:
        layout.headers = headers
        layout.header_row = number
    return layout


def _combine(parent: str, sub: str) -> str:
    """A sub-header under a merged header: "Time" over "Scenario" is "Scenario time"."""
    for text in (f"{sub} {parent}", f"{parent} {sub}"):
        if match_header(text) is not None:
            return text
    if match_header(sub) is not None or foreign_header(sub) is not None:
        return sub
    return f"{parent} {sub}"
