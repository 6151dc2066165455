"""Finding decks: the bundled ones and the user's own, by id or by path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core import paths
from tabletop.core.deck.translation import is_companion, languages_of
from tabletop.core.deck.yaml_reader import YamlReadError, decode, read_bytes_limited, read_file
from tabletop.core.listing_cache import ListingCache, key_of
from tabletop.core.problems import UnreadableFile


@dataclass
class DeckEntry:
    """One deck file as a list shows it."""

    path: Path
    origin: str  # "bundled" or "user"
    id: str = ""
    title: str = ""
    summary: str = ""
    duration: int = 0  # class minutes
    play_time: int = 0  # minutes of play, when the deck states it
    teams: list[str] = field(default_factory=list)
    injects: int = 0
    problem: str = ""  # set when the file could not be read
    language: str = "en"  # the language it is written in
    translations: list[str] = field(default_factory=list)  # languages of its companion files

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "duration": self.duration,
            "play_time": self.play_time,
            "teams": self.teams,
            "injects": self.injects,
            "origin": self.origin,
            "path": str(self.path),
            "problem": self.problem,
            "language": self.language,
            "translations": self.translations,
        }


def _deck_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in paths.DECK_SUFFIXES and p.is_file() and not is_companion(p)
    )


def _entry(path: Path, origin: str) -> DeckEntry:
    entry = DeckEntry(path=path, origin=origin, translations=languages_of(path))
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
    entry.language = str(data.get("language") or "en")
    duration = data.get("duration")
    entry.duration = duration if isinstance(duration, int) else 0
    play_time = data.get("play_time")
    entry.play_time = play_time if isinstance(play_time, int) else 0
    teams = data.get("teams")
    if isinstance(teams, list):
        entry.teams = [str(t.get("name") or t.get("id")) for t in teams if isinstance(t, dict)]
    injects = data.get("injects")
    entry.injects = len(injects) if isinstance(injects, list) else 0
    return entry


def _dump(entry: DeckEntry) -> dict[str, Any]:
    data = entry.to_json()
    data["summary"] = entry.summary
    return data


def _load(data: dict[str, Any]) -> DeckEntry:
    return DeckEntry(
        path=Path(data["path"]),
        origin=str(data["origin"]),
        id=str(data["id"]),
        title=str(data["title"]),
        summary=str(data["summary"]),
        duration=int(data["duration"]),
        play_time=int(data["play_time"]),
        teams=[str(t) for t in data["teams"]],
        injects=int(data["injects"]),
        problem=str(data["problem"]),
        language=str(data["language"]),
    )


def list_decks() -> list[DeckEntry]:
    """Bundled decks first (by title), then the user's decks folder.

    What the list shows of each deck is remembered by file size and time
    (:mod:`tabletop.core.listing_cache`): a deck is read again only when it changed.
    """
    cache = ListingCache("decks")
    present: set[str] = set()

    def entry(path: Path, origin: str) -> DeckEntry:
        key = key_of(path)
        if key is not None:
            present.add(key)
        found = cache.get(path, lambda p: _entry(p, origin), _dump, _load)
        found.path, found.origin = path, origin
        found.translations = languages_of(path)
        return found

    bundled = [entry(p, "bundled") for p in _deck_files(paths.bundled_decks_dir())]
    user = [entry(p, "user") for p in _deck_files(paths.user_decks_dir())]
    cache.save(present)
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
