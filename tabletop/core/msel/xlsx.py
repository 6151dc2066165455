"""Reading an Excel workbook (.xlsx) safely: a file from anyone is checked before it is parsed.

An ``.xlsx`` file is a zip archive of XML parts. Before openpyxl sees one:

* the archive's directory is read and the parts' declared uncompressed sizes
  are added up: a workbook over :data:`MAX_UNCOMPRESSED` (a zip bomb, or simply
  not an MSEL) is refused without expanding anything; a part that expands
  beyond its declared size fails its checksum and is refused too;
* the start of every XML part is read up to its root element: a document type
  declaration (the door to entity expansion, XXE and "billion laughs") never
  belongs in a workbook and is refused;
* openpyxl parses with defusedxml (a dependency), which refuses entities again.

Any failure after that (malformed XML, a shared-string index out of range, a
damaged archive) is explained by looking at the parts again, so the message
names the part, the line and column, or the cell.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from typing import Any
from xml.etree.ElementTree import ParseError, XMLPullParser

MAX_UNCOMPRESSED = 128 * 1024 * 1024  # all parts together, as the archive declares them
MAX_PARTS = 10_000
MAX_EMPTY_RUN = 100_000  # empty rows after the last value: formatting, not data
_PROLOG_LIMIT = 1024 * 1024
_XML_SUFFIXES = (".xml", ".rels", ".vml")

AGAIN = "open it in your spreadsheet program and save it again as .xlsx"


class WorkbookError(Exception):
    """The workbook cannot be read; the message names the part and the place."""


def check_archive(data: bytes, source: str) -> zipfile.ZipFile:
    """The archive, once its size and its parts' prologs are known to be safe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError, OSError) as exc:
        raise WorkbookError(f"{source}: the workbook is damaged ({exc}); {AGAIN}") from None
    if len(infos) > MAX_PARTS:
        raise WorkbookError(
            f"{source}: the workbook has {len(infos):,} parts; an MSEL has a few dozen ({AGAIN})"
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        biggest = max(infos, key=lambda info: info.file_size)
        raise WorkbookError(
            f"{source}: the workbook would take {_mib(total)} MiB uncompressed "
            f"({biggest.filename} alone {_mib(biggest.file_size)} MiB); an MSEL may be at "
            f"most {MAX_UNCOMPRESSED // 1048576} MiB uncompressed. If it is a real "
            "spreadsheet, split it or save it as CSV"
        )
    for info in infos:
        if info.filename.casefold().endswith(_XML_SUFFIXES) and not info.is_dir():
            _check_prolog(archive, info, source)
    return archive


def _mib(size: int) -> str:
    return f"{size / 1048576:,.1f}"


def _check_prolog(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> None:
    """Refuse a part that declares a document type before its root element."""
    head = b""
    try:
        with archive.open(info) as stream:
            while len(head) < _PROLOG_LIMIT:
                chunk = stream.read(16384)
                if not chunk:
                    break
                head += chunk
                verdict = _prolog_verdict(head)
                if verdict is not None:
                    if verdict:
                        raise WorkbookError(
                            f"{source}: {info.filename} declares a document type (<!DOCTYPE>), "
                            "which a workbook never has and which could make the reader "
                            "fetch files or expand entities without end; the file is refused "
                            "(save the sheet again from a spreadsheet program as .xlsx)"
                        )
                    return
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise WorkbookError(
            f"{source}: the workbook is damaged: {info.filename} cannot be unpacked ({exc}); "
            f"{AGAIN}"
        ) from None


_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


def _prolog_verdict(head: bytes) -> bool | None:
    """True for a DOCTYPE in the prolog, False once the root element starts, None: read on."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as bytes of ASCII
        head = head[2:].replace(b"\x00", b"")
    elif head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    at = 0
    while True:
        match = _PROLOG_ITEM.match(head, at)
        if match is None or match.end() == at:
            break
        at = match.end()
    rest = head[at:]
    if rest.startswith(b"<!DOCTYPE") or rest.startswith(b"<!doctype"):
        return True
    if rest[:1] == b"<" and rest[1:2] not in (b"?", b"!", b""):
        return False
    if rest.startswith((b"<?", b"<!--", b"<!")) or len(rest) < 10:
        return None  # an unfinished comment or processing instruction: read more
    return False  # not XML at all: the parser says so, with its line and column


# -- reading --------------------------------------------------------------------------


def read_sheets(data: bytes, source: str, max_rows: int, max_columns: int) -> list[Any]:
    """Every sheet as ``(title, rows, merged ranges)``; WorkbookError in plain words."""
    from openpyxl import load_workbook

    archive = check_archive(data, source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl's notes on unsupported extensions
        try:
            book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # any failure is explained from the parts below
            if isinstance(exc, (MemoryError, RecursionError)):
                raise
            raise WorkbookError(explain(archive, exc, source, part="")) from None
        sheets = []
        try:
            for worksheet in book.worksheets:
                path = str(getattr(worksheet, "_worksheet_path", "") or "")
                try:
                    rows = _rows(worksheet, source, max_rows, max_columns)
                except WorkbookError:
                    raise
                except Exception as exc:
                    if isinstance(exc, (MemoryError, RecursionError)):
                        raise
                    raise WorkbookError(
                        explain(archive, exc, source, part=path, sheet=worksheet.title)
                    ) from None
                sheets.append((worksheet.title, rows, merged_ranges(archive, path)))
        finally:
            book.close()
    return sheets


def _rows(worksheet: Any, source: str, max_rows: int, max_columns: int) -> list[list[Any]]:
    """The sheet's rows as lists of values; rows past the last value are dropped."""
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()  # a wrong <dimension> would cut rows off
    rows: list[list[Any]] = []
    empty_run = 0
    filled = 0
    for row in worksheet.iter_rows(values_only=True):
        values = list(row[:max_columns])
        if not any(cell is not None and cell != "" for cell in values):
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                break
            continue
        rows.extend([] for _ in range(empty_run))
        empty_run = 0
        filled += 1
        if filled > max_rows:
            raise WorkbookError(
                f"{source}: sheet {worksheet.title} has more than {max_rows:,} rows; "
                "an MSEL never needs that many"
            )
        rows.append(values)
    return rows


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def merged_ranges(archive: zipfile.ZipFile, part: str) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (first row, first column, last row, last column), 1-based."""
    name = part.lstrip("/")
    if not name:
        return []
    try:
        text = archive.read(name)
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError):
        return []
    at = text.rfind(b"</sheetData>")
    ranges = []
    for match in _MERGE.finditer(text, max(at, 0)):
        first_col, first_row, last_col, last_row = match.groups()
        ranges.append(
            (int(first_row), _column(first_col), int(last_row), _column(last_col)),
        )
    return ranges


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


# -- explaining a failure ---------------------------------------------------------------


def explain(
    archive: zipfile.ZipFile, exc: BaseException, source: str, *, part: str, sheet: str = ""
) -> str:
    """A located message for a failure of openpyxl: the part, the line and column, the cell."""
    where = f"sheet {sheet} ({part.lstrip('/')})" if sheet else part.lstrip("/")
    if isinstance(exc, IndexError) and part:
        cell = _bad_shared_string(archive, part.lstrip("/"))
        if cell:
            return f"{source}: {where}: {cell}; {AGAIN}"
    names = [part.lstrip("/")] if part else []
    names += [i.filename for i in archive.infolist() if i.filename not in names]
    for name in names:
        if not name.casefold().endswith(_XML_SUFFIXES):
            continue
        problem = _xml_problem(archive, name)
        if problem:
            label = f"sheet {sheet} ({name})" if sheet and name == part.lstrip("/") else name
            return f"{source}: the workbook is damaged: {label}, {problem}; {AGAIN}"
    detail = str(exc) or type(exc).__name__
    place = f"{where}: " if where else ""
    return f"{source}: the workbook is damaged or not an .xlsx file: {place}{detail}; {AGAIN}"


def _xml_problem(archive: zipfile.ZipFile, name: str) -> str:
    """'line L, column C: what' for a part that is not well-formed XML, else ''."""
    parser: XMLPullParser[Any] = XMLPullParser()
    try:
        with archive.open(name) as stream:
            for chunk in iter(lambda: stream.read(65536), b""):
                parser.feed(chunk)
                for _ in parser.read_events():
                    pass
        parser.close()
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        what = str(exc).split(":")[0]
        return f"line {line}, column {column + 1}: {what}"
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        return f"cannot be unpacked ({exc})"
    return ""


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?v>\s*(\d+)\s*<")
_REF = re.compile(rb'\br="([A-Z]{1,3}\d+)"')
_SHARED_TYPE = re.compile(rb'\bt="s"')
_STRING_ITEM = re.compile(rb"<(?:\w+:)?si\b")


def _bad_shared_string(archive: zipfile.ZipFile, part: str) -> str:
    """'cell C2 refers to …' for the first cell whose shared-string index is out of range."""
    count = 0
    for info in archive.infolist():
        if info.filename.casefold().endswith("sharedstrings.xml"):
            count = len(_STRING_ITEM.findall(archive.read(info)))
    try:
        text = archive.read(part)
    except (KeyError, zipfile.BadZipFile, zlib.error, OSError):
        return ""
    for match in _CELL.finditer(text):
        attributes, value = match.groups()
        if _SHARED_TYPE.search(attributes) and int(value) >= count:
            ref = _REF.search(attributes)
            cell = ref.group(1).decode() if ref else "a cell"
            return (
                f"cell {cell} refers to shared text number {int(value)}, but the workbook "
                f"holds {count} shared text{'s' if count != 1 else ''}"
            )
    return ""
