"""Write deck data back to YAML text that reads as if an author had typed it.

The deck editor and the MSEL import work on the plain data the YAML reader
gives (mappings, lists, text, numbers), so nothing an author wrote is lost on
the way through. This module turns that data into text:

* keys come in the order of the deck schema (``id`` before ``title`` before
  ``narrative`` …), keys the schema does not know keep their place at the end;
* long or multi-line text is written in block style (``>-`` or ``|``), short
  records such as ``at: {day: 1, time: "06:40"}`` on one line;
* Unicode is written as is, never as ``\\u`` escapes;
* the comment block at the top of a file (for example the
  ``yaml-language-server`` schema line) can be passed in and is kept; other
  comments cannot be, and :mod:`tabletop.core.deck.yaml_comments` finds them so
  that the editor can say so before overwriting.

Saving is atomic: the text goes to a temporary file in the same folder which
then replaces the deck, so a crash or a full disk never leaves half a file.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.emitter import Emitter
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

from tabletop.core.deck.catalog import deck_schema
from tabletop.core.deck.yaml_reader import YamlReadError, read_text
from tabletop.core.output import OutputError, write_output

# Text that would run past this column is written folded (``>-``), and folded at it
# (a word may run a little past); shorter text stays on its key's line.
LINE_WIDTH = 76
# Text up to this length counts as short: it may sit in a one-line list or mapping.
SHORT_TEXT = 36
# A list or mapping is written on one line when it fits in this many characters.
FLOW_WIDTH = 64
# Lists of records (top-level lists, the ladder, branches): each entry is a block of its own.
_RECORD_LISTS = frozenset({"injects", "teams", "objectives", "sources", "channels"})
# Lists of prose: one entry per line, even when they are short.
_PROSE_LISTS = frozenset({"questions", "expected_actions"})
# Escalation changes read better signed: ``escalation: +1``.
_SIGNED = ("effects", "escalation")
_UNICODE_BREAKS = "\x85\u2028\u2029"

_representer = SafeRepresenter()
_resolver = Resolver()
_analyser = Emitter(io.StringIO(), allow_unicode=True)


class _Dumper(yaml.SafeDumper):
    """Indents list entries under their key (``key:\n  - item``), as authors write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class DeckWriteError(Exception):
    """The deck could not be written; the message says why in plain words."""


# -- key order from the schema -----------------------------------------------------------


def _resolve(schema: Mapping[str, Any], value: Any) -> list[Mapping[str, Any]]:
    """The schema objects that describe ``value`` (following $ref, allOf and if/then/else)."""
    root = deck_schema()
    found: list[Mapping[str, Any]] = []
    pending: list[Mapping[str, Any]] = [schema]
    while pending:
        node = pending.pop(0)
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            pending.insert(0, root["$defs"][ref[len("#/$defs/") :]])
            continue
        found.append(node)
        for part in node.get("allOf", ()):
            pending.append(part)
        condition = node.get("if")
        if isinstance(condition, Mapping):
            branch = node.get("then") if _matches(condition, value) else node.get("else")
            if isinstance(branch, Mapping):
                pending.append(branch)
    return found


def _matches(condition: Mapping[str, Any], value: Any) -> bool:
    """Evaluate the simple ``if`` tests the deck schema uses (type and required keys)."""
    kind = condition.get("type")
    if kind == "string" and not isinstance(value, str):
        return False
    if kind == "array" and not isinstance(value, list):
        return False
    if kind == "object" and not isinstance(value, Mapping):
        return False
    required = condition.get("required", ())
    return not required or (isinstance(value, Mapping) and all(k in value for k in required))


@dataclass(frozen=True)
class _Shape:
    """What the schema says about one value: its key order and its children's schemas."""

    order: tuple[str, ...] = ()
    children: Mapping[str, Any] | None = None
    other: Mapping[str, Any] | None = None  # schema of keys not listed (additionalProperties)
    items: Mapping[str, Any] | None = None

    @classmethod
    def of(cls, schema: Mapping[str, Any] | None, value: Any) -> _Shape:
        if schema is None:
            return cls()
        order: list[str] = []
        children: dict[str, Any] = {}
        other: Mapping[str, Any] | None = None
        items: Mapping[str, Any] | None = None
        for node in _resolve(schema, value):
            for key, sub in node.get("properties", {}).items():
                if key not in order:
                    order.append(key)
                if isinstance(sub, Mapping) and sub:
                    children.setdefault(key, sub)
            extra = node.get("additionalProperties")
            if isinstance(extra, Mapping):
                other = extra
            if isinstance(node.get("items"), Mapping):
                items = node["items"]
        return cls(tuple(order), children, other, items)

    def child(self, key: str) -> Mapping[str, Any] | None:
        if self.children and key in self.children:
            return self.children[key]
        return self.other


def ordered_keys(mapping: Mapping[str, Any], order: Sequence[str]) -> list[str]:
    """The mapping's keys in schema order; keys the schema does not list keep their order."""
    rank = {key: i for i, key in enumerate(order)}
    known = sorted((k for k in mapping if k in rank), key=rank.__getitem__)
    return known + [k for k in mapping if k not in rank]


# -- building YAML nodes ---------------------------------------------------------------


def _scalar(value: Any, path: tuple[str | int, ...], in_flow: bool = False) -> ScalarNode:
    node = _representer.represent_data(value)
    assert isinstance(node, ScalarNode)
    if isinstance(value, bool) or value is None:
        return node
    if isinstance(value, int) and path[-2:] == _SIGNED and value > 0:
        return ScalarNode(node.tag, f"+{value}")
    if isinstance(value, str) and any(ch in value for ch in _UNICODE_BREAKS):
        # the emitter would write these raw inside quotes, where YAML folds them to spaces
        node.style = '"'
    elif isinstance(value, str) and _block_safe(value):
        if "\n" in value:
            node.style = "|"
        elif " " in value.strip() and _column(path) + len(value) > LINE_WIDTH:
            node.style = ">"
    if isinstance(value, str) and node.style is None and _needs_quotes(value, in_flow):
        node.style = '"'  # "06:40", as authors quote; the emitter would pick '06:40'
    return node


def _column(path: tuple[str | int, ...]) -> int:
    """Roughly where a value at ``path`` starts on its line (indent, key, ": ")."""
    key = path[-1] if path else ""
    return 2 * len(path) + (len(key) + 2 if isinstance(key, str) else 0)


def _needs_quotes(text: str, in_flow: bool) -> bool:
    if _resolver.resolve(ScalarNode, text, (True, False)) != "tag:yaml.org,2002:str":
        return True
    analysis = _analyser.analyze_scalar(text)
    return not (analysis.allow_flow_plain if in_flow else analysis.allow_block_plain)


def _block_safe(text: str) -> bool:
    """Whether block style reads back exactly: only ``\\n`` breaks, no trailing blanks."""
    if any(ch in text for ch in "\r\x85\u2028\u2029\t"):
        return False
    return not any(line != line.rstrip(" ") for line in text.split("\n"))


def _is_short_scalar(value: Any) -> bool:
    if isinstance(value, str):
        return "\n" not in value and len(value) <= SHORT_TEXT
    return isinstance(value, (int, float, bool)) or value is None


def _flow_length(value: Any) -> int:
    """A generous estimate of the one-line length of a small collection."""
    if isinstance(value, Mapping):
        return 2 + sum(len(str(k)) + 2 + _flow_length(v) + 2 for k, v in value.items())
    if isinstance(value, list):
        return 2 + sum(_flow_length(v) + 2 for v in value)
    return len(str(value)) + 2


def _fits_on_one_line(value: Any, depth: int = 0) -> bool:
    if depth > 3:
        return False
    if isinstance(value, Mapping):
        children: Iterator[Any] = iter(value.values())
    elif isinstance(value, list):
        children = iter(value)
    else:
        return _is_short_scalar(value)
    return all(
        _fits_on_one_line(child, depth + 1)
        if isinstance(child, (Mapping, list))
        else _is_short_scalar(child)
        for child in children
    )


def _is_record_list(path: tuple[str | int, ...]) -> bool:
    if not path:
        return False
    if len(path) == 1:
        return path[0] in _RECORD_LISTS
    return path[-1] == "branches" or path[-2:] == ("escalation", "ladder")


def _flow(value: Any, path: tuple[str | int, ...]) -> bool:
    if not value:
        return True  # [] and {} can only be written on one line
    if not path or _is_record_list(path) or _is_record_list(path[:-1]):
        return False
    if path[-1] in _PROSE_LISTS:
        return False
    return _fits_on_one_line(value) and _flow_length(value) <= FLOW_WIDTH


def _node(
    value: Any, schema: Mapping[str, Any] | None, path: tuple[str | int, ...], in_flow: bool = False
) -> Node:
    if isinstance(value, Mapping):
        shape = _Shape.of(schema, value)
        flow = in_flow or _flow(value, path)
        pairs = [
            (
                _scalar(str(k), (*path, str(k)), flow),
                _node(value[k], shape.child(str(k)), (*path, str(k)), flow),
            )
            for k in ordered_keys(value, shape.order)
        ]
        return MappingNode("tag:yaml.org,2002:map", pairs, flow_style=flow)
    if isinstance(value, list):
        shape = _Shape.of(schema, value)
        flow = in_flow or _flow(value, path)
        items = [_node(item, shape.items, (*path, i), flow) for i, item in enumerate(value)]
        return SequenceNode("tag:yaml.org,2002:seq", items, flow_style=flow)
    return _scalar(value, path or ("",), in_flow)


# -- text -----------------------------------------------------------------------------


def dump_deck(data: Mapping[str, Any], header: str = "") -> str:
    """Deck data as YAML text, in schema key order; ``header`` is put first as is."""
    node = _node(data, deck_schema(), ())
    body = yaml.serialize(
        node,
        Dumper=_Dumper,
        allow_unicode=True,
        width=LINE_WIDTH,
        indent=2,
    )
    assert isinstance(body, str)
    spaced = _space_out(body)
    if spaced != body and _read_back(spaced) != data:
        spaced = body  # a blank line fell inside literal text; keep the text exact
    if header and not header.endswith("\n"):
        header += "\n"
    return header + spaced


def _read_back(text: str) -> Any:
    try:
        return read_text(text).data
    except YamlReadError:  # pragma: no cover - the emitter writes valid YAML
        return None


def _space_out(body: str) -> str:
    """A blank line before each list or mapping of the deck and between injects, as authors do."""
    lines = body.split("\n")
    out: list[str] = []
    in_injects = False
    for line in lines:
        if line and not line.startswith((" ", "-", "#")):
            in_injects = line == "injects:"
            if line.endswith(":") and out:
                out.append("")
        elif in_injects and line.startswith("  - ") and not out[-1].endswith(":"):
            out.append("")
        out.append(line)
    return "\n".join(out)


def flow_text(value: Any) -> str:
    """A value as one line of YAML flow text: ``{when: {escalation_at_least: 5}, goto: end}``."""
    body = yaml.serialize(
        _flow_node(value),
        Dumper=_Dumper,
        allow_unicode=True,
        width=1_000_000,
    )
    assert isinstance(body, str)
    return body.removesuffix("\n...\n").strip("\n")


def _flow_node(value: Any) -> Node:
    if isinstance(value, Mapping):
        pairs = [(_flow_node(str(k)), _flow_node(v)) for k, v in value.items()]
        return MappingNode("tag:yaml.org,2002:map", pairs, flow_style=True)
    if isinstance(value, list):
        return SequenceNode(
            "tag:yaml.org,2002:seq", [_flow_node(v) for v in value], flow_style=True
        )
    node = _representer.represent_data(value)
    assert isinstance(node, ScalarNode)
    if isinstance(value, str) and not value.isprintable():
        node.style = '"'  # escapes keep line breaks and tabs on one line
    return node


def check_faithful(data: Mapping[str, Any], text: str) -> None:
    """Raise DeckWriteError unless ``text`` reads back as exactly ``data``."""
    try:
        again = read_text(text).data
    except YamlReadError as exc:  # pragma: no cover - a writer bug, not a user mistake
        raise DeckWriteError(f"the deck could not be written faithfully: {exc}") from None
    if again != data:
        raise DeckWriteError(
            "the deck could not be written faithfully (the text would read back "
            "differently); nothing was saved"
        )


# -- files ----------------------------------------------------------------------------


def write_text_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) so that it is never half-written."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole (see :func:`tabletop.core.output.write_output`).

    Raises DeckWriteError with a plain message; the old file is untouched then. A session
    file, a folder or a disk is never replaced.
    """
    try:
        write_output(path, data, force=True)
    except OutputError as exc:
        raise DeckWriteError(
            f"cannot save {path}: {exc.reason}; the previous file (if any) is unchanged"
        ) from None


def save_deck(path: Path, data: Mapping[str, Any], header: str = "") -> str:
    """Write deck data to ``path`` atomically after checking it reads back the same.

    Returns the text written. Raises DeckWriteError with a plain message.
    """
    text = dump_deck(data, header)
    check_faithful(data, text)
    write_text_atomic(path, text)
    return text
