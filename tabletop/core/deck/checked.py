"""A record of deck texts that already passed the schema check, so a class starts fast.

Checking a deck against its JSON Schema is the slowest part of opening a
session (the check and its library take a noticeable fraction of a second). A
text that passed once under the same schema passes again, so its fingerprint
is kept in the user cache folder and the schema check is skipped next time;
every other check (references, flow, building the deck) still runs.
``tabletop validate`` and the deck editor never use this shortcut.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

from tabletop.core import paths

_FILE = "checked-decks.txt"
_KEEP = 500


@lru_cache(maxsize=1)
def _schema_digest() -> str:
    return hashlib.sha256(paths.resource("deck.schema.json").read_bytes()).hexdigest()


def fingerprint(*texts: str) -> str:
    """A key for these texts under the shipped schema."""
    digest = hashlib.sha256(_schema_digest().encode())
    for text in texts:
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read() -> list[str]:
    try:
        return (paths.user_cache_dir() / _FILE).read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return []


def already_checked(key: str) -> bool:
    """Whether a text with this key passed the schema check before."""
    return key in _read()


def remember(key: str) -> None:
    """Note that a text passed; a failure to write only costs speed next time."""
    keys = [*[k for k in _read() if k != key][-(_KEEP - 1) :], key]
    folder = paths.user_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f"{_FILE}.{os.getpid()}.tmp"
        temp.write_text("\n".join(keys) + "\n", encoding="ascii")
        os.replace(temp, folder / _FILE)
    except OSError:
        pass
