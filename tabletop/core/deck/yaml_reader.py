"""Read YAML safely into plain data, keeping the line and column of every value.

Only plain data comes out: mappings with text keys, lists, text, numbers,
booleans and nulls. The reader works from the parser's event stream with an
explicit stack, so it never recurses, stops early on hostile input (deep
nesting, alias bombs counted in values and in characters, huge files, pipes
and devices) and reports problems with their places instead of raising.
libyaml's parser is used when present; PyYAML's pure-Python parser is the
fallback. The parsing itself is in :mod:`tabletop.core.deck.yaml_events`, loaded
(with PyYAML) only when a text is read: a deck remembered as checked needs neither.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.problems import Location, Problem
from tabletop.core.regular_file import NotRegularFile, opened_regular
from tabletop.core.value_class import value_class

FieldPath = tuple[str | int, ...]

MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 64
MAX_VALUES = 2_000_000
# the text a document may expand to through aliases (``*name``), counted in characters
MAX_EXPANDED = MAX_BYTES

# What a deck's text may hold: YAML's printable characters (text, tabs, line breaks).
# The same rule judges a file's raw text, escapes inside quoted strings and spreadsheet cells.
# (YAML's printable set is \t \n \r, U+0020-U+007E, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD and
# U+10000 up; the pattern names its complement, which compiles ten times faster)
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_C0_NAMES = (
    *("NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT"),
    *("FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB"),
    *("CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"),
)


def describe_character(char: str) -> str:
    """``U+001B (ESC)``: a character a deck may not hold, by its code point and name."""
    code = ord(char)
    if code < 0x20:
        return f"the control character U+{code:04X} ({_C0_NAMES[code]})"
    if code == 0x7F:
        return "the control character U+007F (DEL)"
    if 0x80 <= code <= 0x9F:
        return f"the control character U+{code:04X}"
    if 0xD800 <= code <= 0xDFFF:
        return f"an unpaired surrogate U+{code:04X}"
    return f"the noncharacter U+{code:04X}"


def character_problem(where: str, char: str) -> str:
    """The one message for a character a deck may not hold, wherever it was found."""
    return (
        f"{where} contains {describe_character(char)}; a deck holds text, tabs and "
        "line breaks only: remove it"
    )


class YamlReadError(Exception):
    """The file could not be read as YAML at all; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@value_class
class RawScalar:
    """A plain (unquoted) scalar that YAML read as something other than text."""

    text: str
    kind: str  # "a boolean", "a number", …

    def describe(self, value: object) -> str:
        if value is None:  # the kind says it already: "null (nothing)"
            return f"'{self.text}' is read by YAML as {self.kind}"
        shown = _show(value)
        return f"'{self.text}' is read by YAML as {self.kind} ({shown})"


def _show(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, _dt.date):
        return value.isoformat()
    return repr(value)


@dataclass
class YamlDocument:
    """Plain data read from a YAML file, with the place of every value and key."""

    data: Any
    positions: dict[FieldPath, Location] = field(default_factory=dict)
    key_positions: dict[FieldPath, Location] = field(default_factory=dict)
    raw_scalars: dict[FieldPath, RawScalar] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    tainted: set[FieldPath] = field(default_factory=set)

    def where(self, path: FieldPath) -> Location:
        """The place of the value at ``path``, or of its nearest located parent."""
        p = tuple(path)
        while p:
            loc = self.positions.get(p)
            if loc is not None:
                return loc
            p = p[:-1]
        return self.positions.get((), Location(1, 1))

    def where_key(self, path: FieldPath) -> Location:
        """The place of the key whose value is at ``path`` (else of the value)."""
        loc = self.key_positions.get(tuple(path))
        return loc if loc is not None else self.where(path)


def _loc(mark: Any) -> Location:
    return Location(mark.line + 1, mark.column + 1)


def _fatal(message: str, location: Location | None = None, code: str = "yaml") -> YamlReadError:
    return YamlReadError([Problem(message, location or Location(), code=code)])


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without a byte-order mark); a located error otherwise."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise _fatal(
            f"the file is not valid UTF-8 (byte 0x{data[exc.start]:02x}); "
            "save it as UTF-8 in your editor",
            Location(line, column),
            code="encoding",
        ) from None
    return text


def read_bytes_limited(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (the size a deck may have);
    a located YamlReadError else.

    A pipe, a device or a folder is refused before anything is read, so a stray
    ``/dev/zero`` or a pipe nobody writes to never hangs or fills the memory.
    """
    limit = MAX_BYTES if limit is None else limit
    try:
        with opened_regular(path) as (fd, info):
            if info.st_size > limit:
                raise _too_big(info.st_size, limit)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(limit + 1)
    except NotRegularFile as exc:
        what = "it is a folder" if exc.folder else "it is not a regular file (a pipe or a device)"
        raise _fatal(f"cannot read the file: {what}", code="io") from None
    except OSError as exc:
        raise _fatal(f"cannot read the file: {exc.strerror or exc}", code="io") from None
    if len(data) > limit:
        raise _too_big(len(data), limit)
    return data


def _too_big(size: int, limit: int) -> YamlReadError:
    return _fatal(
        f"the file is {size / 1048576:.1f} MiB; a deck may be at most {limit // 1048576} MiB",
        Location(1, 1),
        code="size",
    )


def read_file(path: Path) -> YamlDocument:
    """Read a YAML file from disk; an unreadable or oversized file is a YamlReadError."""
    return read_text(decode(read_bytes_limited(path)))


def read_text(text: str, *, fast: bool = True) -> YamlDocument:
    """Read one YAML document from text into located plain data."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise _fatal(
            f"the text is larger than {MAX_BYTES // 1048576} MiB", Location(1, 1), code="size"
        )
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise _fatal(
            "the file is empty; a deck is a YAML mapping that starts with "
            "'format: tabletop-deck/1'",
            Location(1, 1),
            code="empty",
        )
    from tabletop.core.deck import yaml_events  # loads PyYAML on first use

    return yaml_events.parse(text, fast=fast)
