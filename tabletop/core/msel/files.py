"""Spreadsheet files for the MSEL: read CSV and XLSX into rows of cells, write them back.

CSV is read in UTF-8 (with or without a byte-order mark) or, failing that, in
Windows-1252, the encoding Excel uses for "CSV" on Western European Windows;
the delimiter (comma, semicolon or tab, or Excel's ``sep=`` line) is detected.
CSV is written in UTF-8 with a byte-order mark so that Excel opens it
correctly. XLSX goes through openpyxl. Files are replaced atomically.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.deck.writer import DeckWriteError, write_bytes_atomic

MAX_BYTES = 32 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
SUFFIXES = (".csv", ".xlsx")
DECK_SHEET = "Deck"
MSEL_SHEET = "MSEL"
HELP_SHEET = "Help"  # the columns explained; written, never read

Cell = Any  # str, int, float, bool, datetime, time, None


class MselFileError(Exception):
    """The spreadsheet cannot be opened or written; the message says why in plain words."""


@dataclass
class Sheet:
    """One table of cells; ``rows[0]`` is spreadsheet row 1."""

    name: str
    rows: list[list[Cell]] = field(default_factory=list)
    # merged ranges: (first row, first column, last row, last column), 1-based
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class Workbook:
    """The sheets of a spreadsheet file (a CSV file has one)."""

    source: str
    kind: str  # "csv" or "xlsx"
    sheets: list[Sheet] = field(default_factory=list)
    encoding: str = ""

    def sheet(self, name: str) -> Sheet | None:
        for sheet in self.sheets:
            if sheet.name.casefold() == name.casefold():
                return sheet
        return None


def read_workbook(path: Path) -> Workbook:
    """Read a .csv or .xlsx file; MselFileError if it cannot be read at all."""
    suffix = path.suffix.casefold()
    if suffix not in SUFFIXES:
        if suffix in (".xls", ".ods", ".numbers"):
            raise MselFileError(
                f"{path}: {suffix} files cannot be read; save the spreadsheet as .xlsx or .csv"
            )
        raise MselFileError(f"{path}: an MSEL must be a .csv or .xlsx file")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise MselFileError(f"{path}: no such file") from None
    except OSError as exc:
        raise MselFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if path.is_dir():
        raise MselFileError(f"{path}: is a folder, not a spreadsheet")
    if size > MAX_BYTES:
        raise MselFileError(
            f"{path}: the file is {size / 1048576:.1f} MiB; an MSEL may be at most "
            f"{MAX_BYTES // 1048576} MiB"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MselFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from None
    if suffix == ".csv":
        return read_csv_bytes(data, str(path))
    return read_xlsx_bytes(data, str(path))


# -- CSV -------------------------------------------------------------------------------


def decode_csv(data: bytes, source: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was read in."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            error = exc
    line = data[: error.start].count(b"\n") + 1
    raise MselFileError(
        f"{source}: line {line} has a byte (0x{data[error.start]:02x}) that is neither UTF-8 "
        "nor Windows-1252 text; save the file as CSV UTF-8"
    )


def read_csv_bytes(data: bytes, source: str) -> Workbook:
    if b"\x00" in data[:4096]:
        hint = (
            " (is it UTF-16? save it as CSV UTF-8)"
            if data[:2] in (b"\xff\xfe", b"\xfe\xff")
            else ""
        )
        raise MselFileError(f"{source}: this is not a CSV text file{hint}")
    if data.startswith(b"PK\x03\x04"):
        raise MselFileError(f"{source}: this is an Excel workbook, not CSV; name it .xlsx")
    text, encoding = decode_csv(data, source)
    lines = text.splitlines()
    delimiter = ","
    skip = 0
    if lines and lines[0].strip().casefold().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        skip = 1
    else:
        first = next((line for line in lines if line.strip()), "")
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        if counts[best]:
            delimiter = best
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[Cell]] = []
    try:
        for i, row in enumerate(reader):
            if i < skip:
                continue
            if len(rows) >= MAX_ROWS:
                raise MselFileError(
                    f"{source}: more than {MAX_ROWS:,} rows; an MSEL never needs that many"
                )
            rows.append(list(row[:MAX_COLUMNS]))
    except csv.Error as exc:
        raise MselFileError(f"{source}: row {reader.line_num}: {exc}") from None
    return Workbook(source, "csv", [Sheet("CSV", rows)], encoding)


def csv_text(rows: Sequence[Sequence[Cell]]) -> str:
    """Rows as CSV text (an empty cell, None, written as nothing)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def csv_encode(text: str) -> bytes:
    """CSV text in UTF-8 with a byte-order mark (so Excel reads the accents right)."""
    return text.encode("utf-8-sig")


# -- XLSX ------------------------------------------------------------------------------


def read_xlsx_bytes(data: bytes, source: str) -> Workbook:
    """The sheets of a workbook, read safely (:mod:`tabletop.core.msel.xlsx`)."""
    from tabletop.core.msel.xlsx import WorkbookError, read_sheets

    if not data.startswith(b"PK"):
        raise MselFileError(
            f"{source}: this is not an Excel workbook (.xlsx); if it is CSV, name it .csv"
        )
    try:
        sheets = read_sheets(data, source, MAX_ROWS, MAX_COLUMNS)
    except WorkbookError as exc:
        raise MselFileError(str(exc)) from None
    book = Workbook(source, "xlsx")
    for title, rows, merged in sheets:
        for row in rows:
            for i, cell in enumerate(row):
                if isinstance(cell, str) and "_x" in cell:
                    row[i] = ooxml_unescape(cell)
        book.sheets.append(Sheet(title, _fill_merged(_trim(rows), merged), merged))
    return book


def _fill_merged(
    rows: list[list[Cell]], merged: list[tuple[int, int, int, int]]
) -> list[list[Cell]]:
    """A cell merged over several rows (a Phase for a whole move) gives its value to each."""
    for first_row, first_col, last_row, _last_col in merged:
        if last_row <= first_row or first_row > len(rows):
            continue
        top = rows[first_row - 1]
        value = top[first_col - 1] if first_col - 1 < len(top) else None
        if value is None or value == "":
            continue
        for number in range(first_row + 1, min(last_row, len(rows)) + 1):
            row = rows[number - 1]
            if len(row) < first_col:
                row.extend([None] * (first_col - len(row)))
            if row[first_col - 1] is None or row[first_col - 1] == "":
                row[first_col - 1] = value
    return rows


# Text in a workbook part cannot hold a carriage return (XML reads it as a line feed) or
# most control characters; Office writes them as _xHHHH_, and a literal "_xHHHH_" as
# "_x005F_xHHHH_". openpyxl leaves both as they are, so tabletop does the escaping.
_OOXML_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def ooxml_escape(text: str) -> str:
    """Text for an .xlsx cell: carriage returns kept as _x000D_, literal escapes protected."""
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda match: "_x005F" + match.group(0), text)
    return text.replace("\r", "_x000D_") if "\r" in text else text


def ooxml_unescape(text: str) -> str:
    """The inverse of :func:`ooxml_escape` (and how Excel reads what it wrote)."""
    return _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(0)[2:6], 16)), text)


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop the empty rows and columns openpyxl reports past the last value."""
    while rows and all(cell is None or cell == "" for cell in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for i in range(len(row) - 1, -1, -1):
            if row[i] is not None and row[i] != "":
                width = max(width, i + 1)
                break
    return [row[:width] for row in rows]


def xlsx_bytes(sheets: Sequence[tuple[str, Sequence[Sequence[Cell]], Sequence[int]]]) -> bytes:
    """A workbook of (name, rows, column widths) sheets; the first row is a frozen header."""
    from openpyxl import Workbook as OpenpyxlWorkbook
    from openpyxl.styles import Alignment, Font

    book = OpenpyxlWorkbook()
    book.remove(book.active)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    for name, rows, widths in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append([ooxml_escape(c) if isinstance(c, str) else c for c in row])
        # the wrapped, top-aligned style is made once and its index shared by every cell
        # (assigning the Alignment cell by cell would look it up 100,000 times)
        shared = None
        for cells in sheet.iter_rows():
            for cell in cells:
                if shared is None:
                    cell.alignment = wrap
                    shared = cell._style
                else:
                    cell._style = copy(shared)
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
        from openpyxl.utils import get_column_letter

        for i, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(i)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_file(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; MselFileError in plain words on failure."""
    try:
        write_bytes_atomic(path, data)
    except DeckWriteError as exc:
        raise MselFileError(str(exc)) from None
