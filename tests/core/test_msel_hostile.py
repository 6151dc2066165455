"""Hostile and damaged workbooks: every one refused with a located message, quickly.

Each case starts from a small valid workbook written by openpyxl and replaces
one part of it (the shared strings, a sheet) with something malformed or
malicious. None may raise anything but :class:`MselFileError`, none may resolve
an entity or expand a bomb, and the message names the part of the workbook.
"""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from tabletop.core.msel import import_msel, xlsx
from tabletop.core.msel.files import MselFileError

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"


def _valid_workbook() -> bytes:
    """A workbook whose sheet MSEL reads its cells from a shared-strings part."""
    book = Workbook()
    sheet = book.active
    sheet.title = "MSEL"
    buffer = io.BytesIO()
    book.save(buffer)
    saved = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    rels = saved.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId9" /></Relationships>',
    )
    types = saved.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    return _replace(
        buffer.getvalue(),
        {
            "xl/_rels/workbook.xml.rels": rels,
            "[Content_Types].xml": types,
            STRINGS: _strings(*TEXTS),
            SHEET: _sheet(HEADER_AND_ROW),
        },
    )


def _replace(data: bytes, parts: dict[str, bytes]) -> bytes:
    """The workbook with some of its parts replaced (or added)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info.filename, source.read(info.filename))
        for name, payload in parts.items():
            target.writestr(name, payload)
    return out.getvalue()


def _strings(*texts: str, prolog: str = "") -> bytes:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(texts)}" uniqueCount="{len(texts)}">{items}</sst>'
    ).encode()


def _sheet(rows: list[list[str]]) -> bytes:
    """A sheet of shared-string cells: each cell holds a shared string index."""
    body = []
    for r, row in enumerate(rows, 1):
        cells = "".join(
            f'<c r="{chr(65 + c)}{r}" t="s"><v>{value}</v></c>' for c, value in enumerate(row)
        )
        body.append(f'<row r="{r}">{cells}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    ).encode()


HEADER_AND_ROW = [["0", "1", "2"], ["3", "4", "5"]]
TEXTS = ("Event synopsis", "Inject text", "To", "Cable cut", "A cable is cut.", "nato")

XXE = (
    '<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    ("Event synopsis", "Inject text", "To", "Cable cut", "&secret;", "nato"),
)
LAUGHS = (
    "<!DOCTYPE sst ["
    '<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>",
    ("Event synopsis", "Inject text", "To", "Cable cut", "&lol9;", "nato"),
)


def _write(tmp_path: Path, data: bytes, name: str = "hostile.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refused(path: Path) -> str:
    """The message a hostile file is refused with (it must be refused, and quickly)."""
    started = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(MselFileError) as caught:
            import_msel(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 10, "a hostile workbook must be refused quickly"
    assert peak < 200 * 1024 * 1024, f"a hostile workbook took {peak / 1048576:.0f} MiB"
    return str(caught.value)


def test_the_valid_workbook_is_read(tmp_path: Path) -> None:
    imported = import_msel(_write(tmp_path, _valid_workbook()))
    assert imported.ok, [p.format() for p in imported.problems]
    assert imported.data is not None
    assert imported.data["injects"][0]["narrative"] == "A cable is cut."


@pytest.mark.parametrize(
    ("part", "payload", "where"),
    [
        (STRINGS, b"<sst><si><t>unclosed</sst>", STRINGS),
        (SHEET, b'<worksheet><sheetData><row r="1"><c r="A1"', SHEET),
        (STRINGS, b"\x00\x01 not xml at all", STRINGS),
    ],
    ids=["malformed-strings", "truncated-sheet", "binary-strings"],
)
def test_malformed_xml_is_a_located_message(
    tmp_path: Path, part: str, payload: bytes, where: str
) -> None:
    message = _refused(_write(tmp_path, _replace(_valid_workbook(), {part: payload})))
    assert where in message
    assert "line" in message  # where in the part
    assert "save it again as .xlsx" in message


@pytest.mark.parametrize(("prolog", "texts"), [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_entities_are_never_expanded(tmp_path: Path, prolog: str, texts: tuple[str, ...]) -> None:
    data = _replace(_valid_workbook(), {STRINGS: _strings(*texts, prolog=prolog)})
    message = _refused(_write(tmp_path, data))
    assert STRINGS in message
    assert "declares a document type" in message
    assert "root:" not in message  # nothing of /etc/passwd


def test_a_shared_string_index_out_of_range_names_the_cell(tmp_path: Path) -> None:
    rows = [["0", "1", "2"], ["3", "4", "999"]]
    data = _replace(_valid_workbook(), {SHEET: _sheet(rows)})
    message = _refused(_write(tmp_path, data))
    assert "C2" in message
    assert "999" in message
    assert "sheet MSEL" in message


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with ``member``'s declared uncompressed size changed (local and central)."""
    raw = bytearray(data)
    name = member.encode()
    # central directory entries: signature PK\x01\x02, size at offset 24, name at 46
    at = 0
    while (at := raw.find(b"PK\x01\x02", at)) >= 0:
        name_length = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + name_length] == name:
            struct.pack_into("<I", raw, at + 24, size)
            local = struct.unpack_from("<I", raw, at + 42)[0]
            struct.pack_into("<I", raw, local + 22, size)
        at += 4
    return bytes(raw)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    base = _valid_workbook()
    # the header of a 1.5 GB shared-strings part: refused from the zip's directory alone
    message = _refused(_write(tmp_path, _declare_size(base, STRINGS, 1_500_000_000)))
    assert "1430.5 MiB" in message or "1,430.5 MiB" in message
    assert "at most" in message


def test_a_real_bomb_over_the_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "MAX_UNCOMPRESSED", 4 * 1024 * 1024)
    huge = "A" * (6 * 1024 * 1024)
    data = _replace(_valid_workbook(), {STRINGS: _strings(*TEXTS[:4], huge, "nato")})
    assert len(data) < 100_000  # it compresses to almost nothing
    message = _refused(_write(tmp_path, data))
    assert "uncompressed" in message


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b"PK\x01\x02", b"PK\x09\x09", 1),
        lambda data: _replace(data, {"[Content_Types].xml": b"<Types>"}),
        lambda data: _replace(data, {"xl/workbook.xml": b""}),
    ],
    ids=["truncated", "bad-directory", "bad-content-types", "empty-workbook-part"],
)
def test_damaged_containers_are_refused_with_a_message(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    message = _refused(_write(tmp_path, damage(_valid_workbook())))
    assert message.startswith(str(tmp_path / "hostile.xlsx"))
    assert "save it again as .xlsx" in message


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML, "defusedxml is a dependency: openpyxl must find it"
