"""Writing a deck's companion translation file (``deck.vi.yaml``) from translated texts.

A companion file is written by hand as much as by tools, so an update changes
only what changed: an entry whose text and source are the same keeps its
lines (its comments, its quoting, its folding) byte for byte, a changed entry
is written again in place, and a new entry goes after the entry that comes
before it in the deck. A file with nothing to change comes back as it was.

Entries are written as the bundled translations are: a short text in single
quotes on its line, a longer one folded (``>-``) at about 88 columns; what
YAML could not give back exactly in those forms is written double-quoted.
Whatever is written is read back and compared before it is returned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from tabletop.core.deck.translation import FORMAT, Translation, read_translation

WIDTH = 88
_INDENT = "  "
_VALUE_INDENT = "      "
_PLAIN_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_./-]*")
# characters YAML does not hold as they are, or reads as line breaks: written as escapes
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


class CompanionError(ValueError):
    """The companion file could not be written faithfully; the message says why."""


@dataclass(frozen=True)
class Pair:
    """One entry of a companion file: the text translated and its translation."""

    source: str
    text: str


def companion_text(
    deck_id: str,
    language: str,
    entries: Mapping[str, Pair],
    existing: str = "",
) -> str:
    """The text of a companion file holding ``entries`` (in their order).

    With ``existing`` (the file as it is), unchanged entries keep their lines, changed
    ones are written again in place, new ones are placed after the entry before them;
    entries of ``existing`` that ``entries`` does not name are kept as they are.
    Raises CompanionError if what would be written does not read back as ``entries``.
    """
    if existing.strip():
        text = _update(existing, entries)
    else:
        lines = [
            f"format: {FORMAT}",
            f"translates: {_scalar(deck_id)}",
            f"language: {_scalar(language)}",
            "strings:" if entries else "strings: {}",
        ]
        text = "\n".join(lines + [_block(key, pair) for key, pair in entries.items()]) + "\n"
    _check(text, entries)
    return text


# -- one entry ---------------------------------------------------------------------------------


def _scalar(text: str) -> str:
    """A short value for a header line: plain when YAML reads it back the same."""
    try:
        if yaml.safe_load(f"k: {text}") == {"k": text} and text.strip() == text:
            return text
    except yaml.YAMLError:
        pass
    return _quoted(text)


def _quoted(text: str) -> str:
    """Double-quoted YAML that reads back as ``text`` whatever it holds."""
    body = json.dumps(text, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", body)


def _key(key: str) -> str:
    return key if _PLAIN_KEY.fullmatch(key) else _quoted(key)


def _block(key: str, pair: Pair) -> str:
    """An entry as the lines of the file: the key, then its source and its text."""
    return "\n".join(
        [f"{_INDENT}{_key(key)}:", _value("source", pair.source), _value("text", pair.text)]
    )


def _value(name: str, text: str) -> str:
    head = f"{_INDENT}{_INDENT}{name}: "
    if _UNSAFE.search(text):
        return head + _quoted(text)
    quoted = "'" + text.replace("'", "''") + "'"
    if "\n" not in text and len(head) + len(quoted) <= WIDTH and _reads(head + quoted, text):
        return head + quoted
    folded = _folded(text)
    if folded is not None:
        candidate = f"{head}>-\n" + "\n".join(_VALUE_INDENT + line for line in folded)
        if _reads(candidate, text):
            return candidate
    return head + _quoted(text)


def _folded(text: str) -> list[str] | None:
    """The lines of a folded (``>-``) scalar giving back ``text``, or None if none can."""
    if not text or "\n" in text or text != text.strip() or "  " in text or "\t" in text:
        return None
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(_VALUE_INDENT) + len(current) + 1 + len(word) > WIDTH:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _reads(lines: str, text: str) -> bool:
    name = lines.strip().split(":", 1)[0]
    try:
        data = yaml.safe_load(lines.strip() if "\n" not in lines else _dedent(lines))
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and data.get(name) == text


def _dedent(lines: str) -> str:
    return "\n".join(line[4:] if line.startswith("    ") else line for line in lines.split("\n"))


# -- updating a file ---------------------------------------------------------------------------


def _update(existing: str, entries: Mapping[str, Pair]) -> str:
    old = read_translation(existing)
    if old.document is None or (old.problems and not old.entries):
        raise CompanionError("the companion file cannot be read; fix it or write a new one")
    lines = existing.split("\n")
    spans = _spans(lines, old)
    replaced: dict[int, list[str]] = {}  # first line -> the lines in place of the span
    after: dict[int, list[str]] = {}  # last line of a span -> new entries after it
    previous_end = -1
    for key, pair in entries.items():
        entry = old.entries.get(key)
        if entry is not None and key in spans:
            start, end = spans[key]
            if (entry.source, entry.text) != (pair.source, pair.text):
                replaced[start] = [_block(key, pair)]
                replaced.update({line: [] for line in range(start + 1, end)})
            previous_end = end
            continue
        at = previous_end if previous_end >= 0 else _strings_line(lines) + 1
        after.setdefault(at, []).append(_block(key, pair))
    out: list[str] = []
    for number, line in enumerate(lines):
        out += after.get(number, [])
        out += replaced.get(number, [line])
    if len(lines) in after:  # new entries after the last line of the file
        tail = after[len(lines)]
        while out and out[-1] == "":
            out.pop()
        out += [*tail, ""]
    return "\n".join(out)


def _strings_line(lines: list[str]) -> int:
    for number, line in enumerate(lines):
        if re.match(r"strings\s*:", line):
            return number
    raise CompanionError("the companion file has no 'strings:'")


def _spans(lines: list[str], old: Translation) -> dict[str, tuple[int, int]]:
    """Each entry's lines in the file: from its key's line to the line after its last."""
    spans: dict[str, tuple[int, int]] = {}
    for key, entry in old.entries.items():
        start = entry.location.line - 1
        indent = len(lines[start]) - len(lines[start].lstrip(" "))
        end = start + 1
        while end < len(lines):
            line = lines[end]
            stripped = line.strip()
            if stripped and len(line) - len(line.lstrip(" ")) <= indent:
                break
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        spans[key] = (start, end)
    return spans


def _check(text: str, entries: Mapping[str, Pair]) -> None:
    back = read_translation(text)
    if back.problems:
        raise CompanionError(f"the companion file would not read back: {back.problems[0].message}")
    for key, pair in entries.items():
        entry = back.entries.get(key)
        if entry is None or (entry.source, entry.text) != (pair.source, pair.text):
            raise CompanionError(f"'{key}' would not read back as it was written")
