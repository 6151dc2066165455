"""Finding decks: the bundled ones and the user's own, by id or by path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core import paths
from tabletop.core.deck.loader import UnreadableFile
from tabletop.core.deck.yaml_reader import YamlReadError, decode, read_bytes_limited, read_file


@dataclass
class DeckEntry:
    """One deck file as a list shows it."""

    path: Path
    origin: str  # "bundled" or "user"
    id: str = ""
    title: str = ""
    summary: str = ""
    duration: int = 0
    teams: list[str] = field(default_factory=list)
    injects: int = 0
    problem: str = ""  # set when the file could not be read

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "duration": self.duration,
            "teams": self.teams,
            "injects": self.injects,
            "origin": self.origin,
            "path": str(self.path),
            "problem": self.problem,
        }


def _deck_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in paths.DECK_SUFFIXES and p.is_file())


def _entry(path: Path, origin: str) -> DeckEntry:
    entry = DeckEntry(path=path, origin=origin)
    try:
        data = read_file(path).data
    except YamlReadError as exc:
        entry.problem = (
            exc.problems[0].with_source(path.name).format() if exc.problems else "cannot be read"
        )
        entry.id = path.stem
        return entry
    if not isinstance(data, dict):
        entry.problem = "not a deck (the top level is not a mapping)"
        entry.id = path.stem
        return entry
    entry.id = str(data.get("id") or path.stem)
    entry.title = str(data.get("title") or entry.id)
    entry.summary = str(data.get("summary") or "")
    duration = data.get("duration")
    entry.duration = duration if isinstance(duration, int) else 0
    teams = data.get("teams")
    if isinstance(teams, list):
        entry.teams = [str(t.get("name") or t.get("id")) for t in teams if isinstance(t, dict)]
    injects = data.get("injects")
    entry.injects = len(injects) if isinstance(injects, list) else 0
    return entry


def list_decks() -> list[DeckEntry]:
    """Bundled decks first (by title), then the user's decks folder."""
    bundled = [_entry(p, "bundled") for p in _deck_files(paths.bundled_decks_dir())]
    user = [_entry(p, "user") for p in _deck_files(paths.user_decks_dir())]
    bundled.sort(key=lambda e: (e.duration > 45, e.title.lower()))
    user.sort(key=lambda e: e.title.lower())
    return bundled + user


def default_deck() -> DeckEntry | None:
    """The deck offered first: the introductory bundled deck if there is one."""
    decks = [d for d in list_decks() if not d.problem]
    for entry in decks:
        if entry.id == "intro":
            return entry
    return decks[0] if decks else None


_ID_LINE = re.compile(r"^id:[ \t]*[\"']?([^\"'#\s]+)", re.MULTILINE)


def _named(deck_id: str) -> Path | None:
    """The deck file named after its id (``intro.yaml`` for ``intro``), found without parsing
    every deck: decks are usually named by id, and its top-level ``id:`` line confirms it."""
    for folder in (paths.bundled_decks_dir(), paths.user_decks_dir()):
        for suffix in paths.DECK_SUFFIXES:
            path = folder / f"{deck_id}{suffix}"
            try:
                text = decode(read_bytes_limited(path))
            except YamlReadError:
                continue
            match = _ID_LINE.search(text)
            if match is not None and match.group(1) == deck_id:
                return path
    return None


def resolve_deck(spec: str) -> Path:
    """A deck path from a path or an id (bundled or user); UnreadableFile if unknown."""
    candidate = Path(spec)
    if candidate.suffix in paths.DECK_SUFFIXES or candidate.exists():
        if not candidate.exists():
            raise UnreadableFile(f"{spec}: no such file")
        return candidate
    named = _named(spec)
    if named is not None:
        return named
    entries = list_decks()
    for entry in entries:
        if entry.id == spec:
            return entry.path
    known = ", ".join(e.id for e in entries) or "none"
    raise UnreadableFile(f"no deck with the id '{spec}' (known decks: {known})")
