"""Read and write the text of single MSEL cells: times, lists, branches, channel changes.

Each ``parse_*`` function takes a cell's text and returns deck data or raises
:class:`CellError` saying what is wrong and how to write it; each ``format_*``
function writes deck data so that its ``parse_*`` reads it back unchanged.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from tabletop.core.deck.writer import flow_text
from tabletop.core.deck.yaml_reader import YamlReadError, read_text
from tabletop.core.msel.columns import DECK_TEXT_FIELDS, is_guarded
from tabletop.core.msel.inline_yaml import read_inline, write_inline
from tabletop.core.msel.times import TimeError, format_offset, parse_scenario_time

STATUSES = ("open", "degraded", "closed", "proposed")
INJECT_TYPES = ("standard", "contingency", "adaptive")


class CellError(ValueError):
    """A cell that cannot be read; the message says what to write instead."""


# -- plain values ----------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """The text of a cell as a spreadsheet holds it (numbers without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, _dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return format_offset(int(value.total_seconds() // 60))
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def read_cell(value: Any) -> str:
    """A cell's text as an import reads it: guarded text exactly, other text trimmed.

    Guarded text (a leading ``'`` before a formula character, see
    :func:`~tabletop.core.msel.columns.neutralise`) comes back exactly as it was
    written, whatever control characters it starts or ends with.
    """
    if type(value) is str:  # most cells: no conversion needed
        if value[:1] == "'" and is_guarded(value):
            return value[1:]
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value.strip()
    if value is None:
        return ""
    return cell_text(value).strip()


def parse_whole_number(text: str, what: str, low: int, high: int, example: str = "") -> int:
    """A whole number (``10``, ``+1``, ``10 min``) within ``low``..``high``."""
    cleaned = re.sub(r"\s*(min|mins|minutes|minute)\.?$", "", text.strip(), flags=re.I)
    if not re.fullmatch(r"[+-]?\d+", cleaned):
        raise CellError(f"'{text}' is not a whole number; write {what}{example}")
    number = int(cleaned)
    if not low <= number <= high:
        raise CellError(f"{number} is out of range: {what} is between {low} and {high}")
    return number


def parse_team_only(text: str) -> bool:
    """Whether an inject is a team-only card: ``yes``/``no`` (also true/false, x, 1/0)."""
    word = text.strip().casefold()
    if word in ("yes", "y", "true", "x", "1", "private", "team only"):
        return True
    if word in ("no", "n", "false", "0", "", "public"):
        return False
    raise CellError(f"'{text}' is neither yes nor no; write yes for a card only the To teams see")


def parse_escalation(text: str) -> int:
    return parse_whole_number(text, "the change of escalation level", -10, 10, ", e.g. +1 or -2")


def format_escalation(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


# -- lists -------------------------------------------------------------------------------

_BULLETS = ("- ", "• ")
_TEXT = frozenset({str})


def split_lines(text: str) -> list[str]:
    """One entry per line; a bullet that starts every line is taken off."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    for bullet in _BULLETS:
        if lines and all(line.startswith(bullet) for line in lines):
            return [line[len(bullet) :].strip() for line in lines]
    return lines


def join_lines(items: Sequence[str]) -> str:
    """The inverse of :func:`split_lines`: entries that all start with a bullet get another."""
    if set(map(type, items)) <= _TEXT:  # the usual case: every entry is text already
        texts = list(items)
    else:
        texts = [str(item) for item in items]
    if texts:
        bullet = texts[0][:2]  # every bullet is two characters long
        if bullet in _BULLETS and all(text.startswith(bullet) for text in texts):
            return "\n".join(["- " + text for text in texts])
    return "\n".join(texts)


_EXPECTATION_KEYS = frozenset({"text", "test", "before"})


def parse_expected_actions(text: str) -> list[Any]:
    """One expected action per line; a line in braces holding a ``text`` and a ``test``
    is one the report checks, ``{text: …, test: {…}, before: inject-id}``. Any other
    line, braces or not, is the sentence as written."""
    items: list[Any] = []
    for number, line in enumerate(split_lines(text), 1):
        if line.startswith("{"):
            try:
                item: Any = _flow_mapping(line, number, "an expected action")
            except CellError:
                item = None
            if isinstance(item, dict) and {"text", "test"} <= set(item) <= _EXPECTATION_KEYS:
                items.append(item)
                continue
        items.append(line)
    return items


def format_expected_actions(items: Sequence[Any]) -> str:
    """The inverse of :func:`parse_expected_actions`."""
    lines = []
    for item in items:
        if type(item) is str:  # most expected actions: a sentence
            lines.append(item)
        elif isinstance(item, Mapping) and "test" in item:
            lines.append(write_inline(dict(item)))
        else:
            lines.append(str(item.get("text") or "") if isinstance(item, Mapping) else str(item))
    return join_lines(lines)


def split_names(text: str) -> list[str]:
    """Entries separated by line breaks, commas or semicolons (team ids or names)."""
    return [part.strip() for part in re.split(r"[\n,;]", text) if part.strip()]


def split_entries(text: str) -> list[str]:
    """Entries separated by line breaks or semicolons (objectives may contain commas)."""
    return [part.strip() for part in re.split(r"[\n;]", text) if part.strip()]


def parse_type(text: str) -> str:
    word = text.strip().casefold()
    if word in INJECT_TYPES:
        return word
    raise CellError(f"'{text}' is not an inject type; write standard, contingency or adaptive")


# -- channel changes ---------------------------------------------------------------------

_CHANGE = re.compile(r"(?P<channel>.+?)\s*(?::|=|->|→)\s*(?P<status>[A-Za-z]+)")


def parse_channel_changes(text: str) -> list[tuple[str, str]]:
    """``mil-to-mil: closed`` per line (or separated by ``;``): (channel, status) pairs."""
    changes: list[tuple[str, str]] = []
    for part in split_entries(text):
        match = _CHANGE.fullmatch(part)
        if match is None:
            raise CellError(
                f"'{part}' is not a channel change; write channel: status, e.g. hotline: closed"
            )
        status = match["status"].casefold()
        if status not in STATUSES:
            raise CellError(
                f"'{match['status']}' is not a channel status; write open, degraded, closed "
                "or proposed"
            )
        changes.append((match["channel"].strip(), status))
    return changes


def format_channel_changes(channels: Mapping[str, Any]) -> str:
    return "\n".join([f"{name}: {status}" for name, status in channels.items()])


# -- sources ---------------------------------------------------------------------------

_SOURCE = re.compile(r"(?P<ref>[A-Za-z0-9][A-Za-z0-9_.-]*)(?:\s*:\s*(?P<section>.*))?")


def parse_sources(text: str) -> list[dict[str, Any]]:
    """``charap-2026: On the brink`` per line; a line in braces is read as YAML."""
    refs: list[dict[str, Any]] = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            refs.append(_flow_mapping(line, number, "a source"))
            continue
        match = _SOURCE.fullmatch(line)
        if match is None:
            raise CellError(
                f"line {number}: '{line}' is not a source; write source-id: section, "
                "e.g. charap-2026: On the brink"
            )
        ref: dict[str, Any] = {"ref": match["ref"]}
        if match["section"]:
            ref["section"] = match["section"].strip()
        refs.append(ref)
    return refs


_SIMPLE_REF = frozenset({"ref", "section"})


def format_sources(refs: Sequence[Mapping[str, Any]]) -> str:
    lines = []
    for ref in refs:
        simple = ref.keys() <= _SIMPLE_REF and isinstance(ref.get("ref"), str)
        section = ref.get("section", "")
        if (
            simple
            and _SOURCE.fullmatch(str(ref["ref"]))
            and isinstance(section, str)
            and section == section.strip()
            and "\n" not in section
            and (section or "section" not in ref)
        ):
            lines.append(f"{ref['ref']}: {section}" if section else str(ref["ref"]))
        else:
            lines.append(flow_text(dict(ref)))
    return "\n".join(lines)


# -- branches ----------------------------------------------------------------------------

_BARE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_NEXT = re.compile(r"next\s*:\s*(?P<id>\S+)", re.IGNORECASE)


def parse_branch(text: str) -> tuple[list[tuple[int, dict[str, Any]]], tuple[int, str] | None]:
    """Branches and the ``next`` inject from a Branch cell, each with its line in the cell.

    Each line is a branch written as YAML, ``{when: {escalation_at_least: 5}, goto: end}``,
    or ``next: inject-id`` (a bare inject id means the same).
    """
    branches: list[tuple[int, dict[str, Any]]] = []
    follow: tuple[int, str] | None = None
    for number, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        next_match = _NEXT.fullmatch(line)
        if next_match or _BARE_ID.fullmatch(line):
            target = next_match["id"] if next_match else line
            if follow is not None:
                raise CellError(f"line {number}: a second next; an inject has one next at most")
            follow = (number, target)
            continue
        if not line.startswith("{"):
            raise CellError(
                f"line {number}: '{line}' is not a branch; write "
                "{when: {escalation_at_least: 5}, goto: inject-id} or next: inject-id"
            )
        branch = _flow_mapping(line, number, "a branch")
        if isinstance(branch.get("goto"), (int, float)) and not isinstance(branch["goto"], bool):
            branch["goto"] = _number_id(branch["goto"])
        branches.append((number, branch))
    return branches, follow


def _number_id(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def format_branch(branches: Sequence[Any], follow: str | None) -> str:
    lines = [write_inline(branch) for branch in branches]
    if follow:
        lines.append(f"next: {follow}")
    return "\n".join(lines)


def _flow_mapping(line: str, number: int, what: str) -> dict[str, Any]:
    plain = read_inline(line)
    if plain is not None:
        return plain
    try:
        document = read_text(line)
    except YamlReadError as exc:
        problem = exc.problems[0]
        column = f", character {problem.location.column}" if problem.location.column else ""
        raise CellError(f"line {number}{column}: {problem.message}") from None
    if document.problems:
        raise CellError(f"line {number}: {document.problems[0].message}")
    if not isinstance(document.data, dict):
        raise CellError(f"line {number}: '{line}' is not {what} in braces {{…}}")
    return document.data


# -- the Deck sheet -----------------------------------------------------------------


def parse_deck_value(key: str, text: str, raw: Any) -> Any:
    """The value of one field of the Deck sheet: text, a number, a time, a list or YAML."""
    if key in DECK_TEXT_FIELDS:
        return text
    if key == "duration":
        return parse_whole_number(text, "the class time in minutes", 0, 100_000)
    if key == "time_scale":
        try:
            return float(text) if not isinstance(raw, (int, float)) else raw
        except ValueError:
            raise CellError(f"'{text}' is not a number; write e.g. 1 or 2.5") from None
    if key == "start":
        try:
            return parse_scenario_time(text)
        except TimeError as exc:
            raise CellError(str(exc)) from None
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
