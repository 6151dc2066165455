"""A cache of deck texts that already passed the schema check, so a class starts fast.

Reading a deck's YAML and checking it against the JSON Schema are the slowest
parts of opening a session (the schema library alone takes a noticeable
fraction of a second to load). A text that passed once under the same schema
passes again, so the plain data read from it is kept in the user cache folder,
under a fingerprint of the text and the schema; next time the YAML is not read
and the schema is not checked. Every other check (references, flow, building
the deck) still runs. ``tabletop validate`` and the deck editor never use this
shortcut, and losing the cache only costs speed.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from tabletop.core import paths
from tabletop.core.digest import sha256

_FOLDER = "checked"
_KEEP = 200


@lru_cache(maxsize=1)
def _schema_digest() -> str:
    return sha256(paths.resource("deck.schema.json").read_bytes()).hexdigest()


def fingerprint(*texts: str) -> str:
    """A key for these texts under the shipped schema."""
    digest = sha256(_schema_digest().encode())
    for text in texts:
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _folder() -> Path:
    return paths.user_cache_dir() / _FOLDER


def recall(key: str) -> Any | None:
    """The plain data of a text that passed before, or None."""
    try:
        with (_folder() / f"{key}.json").open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def already_checked(key: str) -> bool:
    """Whether a text with this key passed the schema check before."""
    return (_folder() / f"{key}.json").is_file()


def remember(key: str, data: Any) -> None:
    """Keep the data of a text that passed; a failure to write only costs speed."""
    folder = _folder()
    kept = folder / f"{key}.json"
    try:
        if kept.is_file():  # the same text passed before: keep it among the latest
            os.utime(kept)
            return
        folder.mkdir(parents=True, exist_ok=True)
        temp = folder / f"{key}.{os.getpid()}.tmp"
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, kept)
        entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-_KEEP]:
            old.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError):
        pass
