"""What the deck and session lists show about each file, remembered by the file's size and time.

The start screen and ``tabletop decks`` / ``tabletop sessions`` list every deck
and session file in the user's folders. Reading each file in full to list it
made start-up grow with the user's library; instead, what a list shows is kept
in the user cache folder, keyed by the file's path, size and modification time
(nanoseconds), and a file is read again only when one of them changes. Losing
the cache only costs speed; a cache that cannot be written is ignored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from tabletop.core import paths

T = TypeVar("T")
_VERSION = 1


def _stamp(path: Path, also: Sequence[Path] = ()) -> list[int] | None:
    """Size and time of the file (and of each of ``also`` that exists)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    stamp = [st.st_size, st.st_mtime_ns]
    for other in also:
        try:
            extra = os.stat(other)
        except OSError:
            stamp += [-1, -1]
        else:
            stamp += [extra.st_size, extra.st_mtime_ns]
    return stamp


def key_of(path: Path) -> str | None:
    """The path a file is remembered by (links resolved), or None if it cannot be resolved."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return None


class ListingCache:
    """One cache file (``name``) of plain-data summaries, by file path."""

    def __init__(self, name: str) -> None:
        self.path = paths.user_cache_dir() / f"{name}.json"
        self._entries: dict[str, Any] = {}
        self._dirty = False
        try:
            with self.path.open(encoding="utf-8") as handle:
                data = json.load(handle)
            if isinstance(data, dict) and data.get("version") == _VERSION:
                entries = data.get("entries")
                if isinstance(entries, dict):
                    self._entries = entries
        except (OSError, ValueError):
            pass

    def get(
        self,
        file: Path,
        read: Callable[[Path], T],
        dump: Callable[[T], dict[str, Any]],
        load: Callable[[dict[str, Any]], T],
        *,
        keep: Callable[[T], bool] = lambda _summary: True,
        also: Sequence[Path] = (),
    ) -> T:
        """The summary of ``file``: from the cache if the file is unchanged, else ``read``.

        ``keep`` says whether a fresh summary may be remembered (a session being
        recorded elsewhere, say, is read again next time); ``also`` names files whose
        size and time count too (a session's journal).
        """
        key = key_of(file)
        if key is None:  # a looping or broken link: nothing to remember it by
            return read(file)
        stamp = _stamp(file, also)
        known = self._entries.get(key)
        if stamp is not None and isinstance(known, dict) and known.get("stamp") == stamp:
            try:
                return load(known["summary"])
            except (KeyError, TypeError, ValueError):
                pass
        summary = read(file)
        after = _stamp(file, also)
        if stamp is not None and after == stamp and keep(summary):
            self._entries[key] = {"stamp": stamp, "summary": dump(summary)}
            self._dirty = True
        elif key in self._entries:
            del self._entries[key]
            self._dirty = True
        return summary

    def save(self, present: set[str] | None = None) -> None:
        """Write the cache back, forgetting files no longer ``present`` (resolved paths)."""
        if present is not None:
            for key in [k for k in self._entries if k not in present]:
                del self._entries[key]
                self._dirty = True
        if not self._dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp = self.path.with_suffix(f".{os.getpid()}.tmp")
            temp.write_text(
                json.dumps({"version": _VERSION, "entries": self._entries}, ensure_ascii=False),
                encoding="utf-8",
            )
            os.replace(temp, self.path)
            self._dirty = False
        except (OSError, TypeError, ValueError):
            pass
