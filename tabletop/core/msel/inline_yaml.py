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
# (so it is no number, date or .inf) and holds only letters, digits, spaces, - and _; it is
# none of the special words (in any case) and holds no two spaces in a row.
_SPECIAL = ("true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf", "none")
_PLAIN = re.compile(
    rf"(?!(?:{'|'.join(_SPECIAL)})\Z)(?!.*  )[A-Za-z_](?:[A-Za-z0-9_ \-]*[A-Za-z0-9_\-])?",
    re.ASCII | re.IGNORECASE,
)
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")


@lru_cache(maxsize=8192)  # the same ids and words come back on every row
def _plain(text: str) -> bool:
    return _PLAIN.fullmatch(text) is not None


def _write(value: Any) -> str | None:
    """The flow text of ``value`` when every part of it is plain, else None."""
    if isinstance(value, str):
        return value if _plain(value) else None
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if not isinstance(key, str) or not _plain(key):
                return None
            if isinstance(item, str):  # most values: an id or a word, written here
                if not _plain(item):
                    return None
                parts.append(f"{key}: {item}")
                continue
            text = _write(item)
            if text is None:
                return None
            parts.append(f"{key}: {text}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        items = []
        for item in value:
            text = _write(item)
            if text is None:
                return None
            items.append(text)
        return "[" + ", ".join(items) + "]"
    return None


def write_inline(value: Any) -> str:
    """``value`` as one line of YAML flow text, as ``flow_text`` writes it."""
    text = _write(value)
    return flow_text(value) if text is None else text


# the text between punctuation is one token, without the spaces around it
_TOKEN = re.compile(r"[{}\[\],:]|[^{}\[\],:]+")


class _NotPlain(Exception):
    pass


def read_inline(text: str) -> dict[str, Any] | None:
    """The mapping a plain one-line flow text holds, or None when YAML must read it."""
    tokens = [token for token in map(str.strip, _TOKEN.findall(text)) if token]
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
