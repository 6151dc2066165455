"""One-line YAML mappings (a Branch cell's ``{when: {escalation_at_least: 5}, goto: end}``),
written and read quickly in the plain cases.

PyYAML's pure-Python emitter and the located YAML reader cost about a
millisecond a line, which a 5,000-row MSEL pays twice. Most branches hold only
ids, words and whole numbers; for those, :func:`write_inline` gives exactly the
text :func:`tabletop.core.deck.writer.flow_text` would, and :func:`read_inline`
exactly the data the YAML reader would. Anything else (quotes, other numbers,
special words, punctuation, duplicate keys) is left to the YAML machinery:
``write_inline`` falls back to ``flow_text`` and ``read_inline`` returns None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tabletop.core.deck.writer import flow_text

# A scalar YAML reads as this same string in every resolver: it starts with a letter
# (so it is no number, date or .inf) and holds only letters, digits, spaces, - and _.
_PLAIN = re.compile(r"[A-Za-z_](?:[A-Za-z0-9_ \-]*[A-Za-z0-9_\-])?")
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_SPECIAL = frozenset(
    {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf", "none"}
)


@lru_cache(maxsize=8192)  # the same ids and words come back on every row
def _plain(text: str) -> bool:
    return (
        _PLAIN.fullmatch(text) is not None
        and text.casefold() not in _SPECIAL
        and "  " not in text
        and not text.startswith(("- ", "-"))
    )


def _write(value: Any, out: list[str]) -> bool:
    if isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, str):
        if not _plain(value):
            return False
        out.append(value)
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(", ")
            if not isinstance(key, str) or not _plain(key):
                return False
            out.append(key)
            out.append(": ")
            if not _write(item, out):
                return False
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(", ")
            if not _write(item, out):
                return False
        out.append("]")
    else:
        return False
    return True


def write_inline(value: Any) -> str:
    """``value`` as one line of YAML flow text, as ``flow_text`` writes it."""
    out: list[str] = []
    return "".join(out) if _write(value, out) else flow_text(value)


_TOKEN = re.compile(r"\s*(?:([{}\[\],:])|([^{}\[\],:]+))")


class _NotPlain(Exception):
    pass


def read_inline(text: str) -> dict[str, Any] | None:
    """The mapping a plain one-line flow text holds, or None when YAML must read it."""
    tokens = []
    at = 0
    text = text.strip()
    while at < len(text):
        match = _TOKEN.match(text, at)
        if match is None:
            return None
        tokens.append(match.group(1) or match.group(2).strip())
        at = match.end()
    try:
        value, end = _read(tokens, 0)
    except (_NotPlain, IndexError):
        return None
    return value if end == len(tokens) and isinstance(value, dict) else None


def _read(tokens: list[str], at: int) -> tuple[Any, int]:
    token = tokens[at]
    if token == "{":
        mapping: dict[str, Any] = {}
        at += 1
        if tokens[at] == "}":
            return mapping, at + 1
        while True:
            key = tokens[at]
            if key in "{}[],:" or not _plain(key) or key in mapping or tokens[at + 1] != ":":
                raise _NotPlain
            mapping[key], at = _read(tokens, at + 2)
            if tokens[at] == "}":
                return mapping, at + 1
            if tokens[at] != ",":
                raise _NotPlain
            at += 1
    if token == "[":
        items: list[Any] = []
        at += 1
        if tokens[at] == "]":
            return items, at + 1
        while True:
            item, at = _read(tokens, at)
            items.append(item)
            if tokens[at] == "]":
                return items, at + 1
            if tokens[at] != ",":
                raise _NotPlain
            at += 1
    if token in "{}[],:":
        raise _NotPlain
    if _INTEGER.fullmatch(token):
        return int(token), at + 1
    if token in ("true", "false"):
        return token == "true", at + 1
    if _plain(token):
        return token, at + 1
    raise _NotPlain
