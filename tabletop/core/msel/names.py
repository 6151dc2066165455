"""Names in an MSEL turned into a deck's ids: teams, objectives, channels, inject ids.

Spreadsheet authors name teams and objectives as they like ("North Atlantic
Council", an objective's text); the deck needs ids. These steps run once the
whole sheet is read, and make teams, objectives and sources when the deck has none.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from tabletop.core.deck.catalog import load_catalog
from tabletop.core.msel.cells import split_entries, split_names
from tabletop.core.msel.columns import BY_KEY, column_letter
from tabletop.core.problems import Location, Problem, Severity, did_you_mean

ALL_TEAMS = frozenset(
    {
        "all",
        "all teams",
        "everyone",
        "all players",
        "every team",
        # as other languages write it
        "alle",
        "alle teams",
        "tous",
        "toutes",
        "todos",
        "tutti",
        "wszyscy",
        "kaikki",
        "все",
        "всем",
    }
)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
# how alike a cited id and a shared source's id must be to be taken for its typo
# ('charap-2062' for 'charap-2026'), rather than for a source of the deck's own
_TYPO = 0.85


@dataclass
class InjectRow:
    """One inject row as read, with what is resolved once the whole sheet is known."""

    number: int  # spreadsheet row
    inject: dict[str, Any]
    cells: dict[str, str] = field(default_factory=dict)  # column key -> text
    branch_lines: list[int] = field(default_factory=list)
    next_line: int = 0
    offset: int | None = None
    bad: set[str] = field(default_factory=set)  # fields with a reported cell problem
    kept: list[tuple[Any, str]] = field(default_factory=list)  # (column kept in notes, text)


class NameResolution:
    """The importer's reporting, and its steps that turn names into ids (its base class)."""

    book: Any  # the workbook being read (it names the file)
    problems: list[Problem]
    reported: set[str]
    rows: list[InjectRow]
    columns: dict[str, int]
    made: dict[str, list[str]]
    base: dict[str, Any]  # the base deck's data, if one was given
    deck_rows: dict[str, int]  # the Deck sheet's fields, if the workbook has one

    def report(
        self,
        message: str,
        row: int = 0,
        column: str = "",
        *,
        line: int = 0,
        path: tuple[str | int, ...] = (),
        code: str = "msel",
        severity: Severity = Severity.ERROR,
        sheet: str = "",
        at_column: int = 0,
        label: str = "",
    ) -> None:
        place = []
        if sheet:
            place.append(f"sheet {sheet}")
        if row:
            place.append(f"row {row}")
        col = at_column or self.columns.get(column, 0)
        label = label or (BY_KEY[column].header if column else "")
        if col:
            place.append(f"column {column_letter(col)}" + (f" ({label})" if label else ""))
        if line:
            place.append(f"line {line}")
        prefix = ", ".join(place)
        self.reported.add(code.removeprefix("msel-"))
        self.problems.append(
            Problem(
                f"{prefix}: {message}" if prefix else message,
                Location(row, col),
                severity,
                path,
                code,
                self.book.source,
            )
        )

    def warn(self, message: str, row: int = 0, column: str = "", **kw: Any) -> None:
        self.report(message, row, column, severity=Severity.WARNING, **kw)

    def _resolve(self, data: dict[str, Any]) -> None:
        self._resolve_teams(data)
        self._resolve_objectives(data)
        self._resolve_sources(data)
        self._resolve_channels(data)
        self._fill_ids()
        self._durations_from_delivery_times()

    def _resolve_teams(self, data: dict[str, Any]) -> None:
        teams = data.get("teams")
        known = [t for t in teams if isinstance(t, dict)] if isinstance(teams, list) else []
        making = not known and "teams" not in data
        made: list[dict[str, Any]] = []
        index = _Index(("id", "name"), known)
        taken: set[str] = set()
        for row in self.rows:
            text = row.cells.get("to")
            if text is None:
                continue
            if text.casefold() in ALL_TEAMS:
                row.inject["to"] = []
                continue
            ids: list[str] = []
            for name in split_names(text):
                team = index.find(name, ("id", "name"))
                if team is None and making:
                    team = {"id": _unique(_slug(name) or "team", taken), "name": name}
                    taken.add(team["id"])
                    made.append(team)
                    index.add(team)
                if team is None:
                    names = [str(t.get("id")) for t in known]
                    hint = did_you_mean(name, names) or (
                        f"; the teams are: {', '.join(names)}" if names else ""
                    )
                    self.report(
                        f"unknown team '{name}'{hint}", row.number, "to", code="msel-unknown-team"
                    )
                    row.bad.add("to")
                    continue
                ids.append(str(team["id"]))
            row.inject["to"] = ids
        if made:
            data["teams"] = made
            self.made["teams"] = [t["id"] for t in made]
            self.warn(
                "the teams were made from the To column: "
                + ", ".join(t["name"] for t in made)
                + "; give them sides and parties in the deck editor",
                code="msel-made-teams",
            )
        elif making:
            self.report(
                "the deck has no teams: name them in the To column, add a Deck sheet "
                "with teams, or import with a base deck that has them",
                code="msel-no-teams",
            )

    def _resolve_objectives(self, data: dict[str, Any]) -> None:
        objectives = data.get("objectives")
        known = (
            [o for o in objectives if isinstance(o, dict)] if isinstance(objectives, list) else []
        )
        making = not known and "objectives" not in data
        made: list[dict[str, Any]] = []
        index = _Index(("id", "text"), known)
        taken: set[str] = set()
        for row in self.rows:
            text = row.cells.get("objectives")
            if text is None:
                continue
            ids: list[str] = []
            for entry in split_entries(text):
                found = index.find(entry, ("id", "text"))
                parts = [index.find(p.strip(), ("id",)) for p in entry.split(",")]
                if found is not None:
                    ids.append(str(found["id"]))
                elif "," in entry and all(parts):
                    ids.extend(str(p["id"]) for p in parts if p)
                elif making:
                    ident = entry if _ID.fullmatch(entry) else "obj-" + (_slug(entry)[:40] or "x")
                    objective = {"id": _unique(ident, taken), "text": entry}
                    taken.add(objective["id"])
                    made.append(objective)
                    index.add(objective)
                    ids.append(objective["id"])
                else:
                    names = [str(o.get("id")) for o in known]
                    self.report(
                        f"unknown objective '{entry}'{did_you_mean(entry, names)}",
                        row.number,
                        "objectives",
                        code="msel-unknown-objective",
                    )
                    row.bad.add("objectives")
            row.inject["objectives"] = ids
        if made:
            data["objectives"] = made
            self.warn(
                "the objectives were made from the Objective column: "
                + ", ".join(o["id"] for o in made),
                code="msel-made-objectives",
            )

    def _resolve_sources(self, data: dict[str, Any]) -> None:
        """A CSV without a base deck names its sources by id only: make one for each id
        the shared catalog does not hold (one close to a shared id is left as a typo)."""
        if self.base or self.deck_rows or "sources" in data:
            return
        shared = [source.id for source in load_catalog().sources]
        made: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            for citation in row.inject.get("sources") or ():
                ref = citation.get("ref") if isinstance(citation, dict) else None
                if (
                    isinstance(ref, str)
                    and _ID.fullmatch(ref)
                    and ref not in shared
                    and ref not in made
                    and not difflib.get_close_matches(ref, shared, n=1, cutoff=_TYPO)
                ):
                    made[ref] = {"id": ref, "title": ref}
        if made:
            data["sources"] = list(made.values())
            self.made["sources"] = list(made)
            self.warn(
                "the sources were made from the Sources column: "
                + ", ".join(made)
                + "; give them titles in the deck editor",
                code="msel-made-sources",
            )

    def _resolve_channels(self, data: dict[str, Any]) -> None:
        """Channel names in Channel changes become ids (ids are kept as written)."""
        catalog = load_catalog()
        names = {c.name.casefold(): c.id for c in catalog.channels}
        for entry in data.get("channels") or ():
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                ident = entry.get("id") or entry.get("ref")
                if isinstance(ident, str):
                    names[entry["name"].casefold()] = ident
        for row in self.rows:
            channels = row.inject.get("effects", {}).get("channels")
            if channels:
                row.inject["effects"]["channels"] = {
                    names.get(name.casefold(), name) if not _ID.fullmatch(name) else name: status
                    for name, status in channels.items()
                }

    def _fill_ids(self) -> None:
        taken = {str(r.inject["id"]) for r in self.rows if "id" in r.inject}
        for position, row in enumerate(self.rows, 1):
            if "id" in row.inject:
                continue
            number = row.cells.get("number", "")
            if _ID.fullmatch(number) and number not in taken:
                ident = number
            else:
                ident = _unique(
                    _slug(str(row.inject.get("title", "")))[:40].strip("-") or f"inject-{position}",
                    taken,
                )
            taken.add(ident)
            row.inject["id"] = ident

    def _durations_from_delivery_times(self) -> None:
        if "duration" in self.columns:
            return
        timed = [row for row in self.rows if row.offset is not None]
        for row, following in itertools.pairwise(timed):
            assert row.offset is not None and following.offset is not None
            if 0 < following.offset - row.offset <= 600:
                row.inject["duration"] = following.offset - row.offset


class _Index:
    """Entries (teams, objectives) found by name: by a field as written, else ignoring case;
    of two entries with the same value, the first one added. Looking up is a dictionary's
    work, so naming thousands of rows costs no more a row than naming ten."""

    def __init__(self, fields: tuple[str, ...], entries: list[dict[str, Any]]) -> None:
        self._exact: dict[str, dict[str, dict[str, Any]]] = {key: {} for key in fields}
        self._folded: dict[str, dict[str, dict[str, Any]]] = {key: {} for key in fields}
        for entry in entries:
            self.add(entry)

    def add(self, entry: dict[str, Any]) -> None:
        for key, exact in self._exact.items():
            value = entry.get(key)
            if isinstance(value, str):
                exact.setdefault(value, entry)
                self._folded[key].setdefault(value.casefold(), entry)

    def find(self, name: str, fields: tuple[str, ...]) -> dict[str, Any] | None:
        """The entry whose first field (the id), else a later one, is ``name``; exact match
        first."""
        for key in fields:
            found = self._exact[key].get(name)
            if found is not None:
                return found
        folded = name.casefold()
        for key in fields:
            found = self._folded[key].get(folded)
            if found is not None:
                return found
        return None


_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "ye",
            "yi",
            "g",
        ],
        strict=True,
    )
)
_LATIN = {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"}


def _slug(text: str) -> str:
    """An id from a name in any script: accents dropped, Cyrillic spelled in Latin letters."""
    folded = text.casefold()
    spelled = "".join(_CYRILLIC.get(c, _LATIN.get(c, c)) for c in folded).replace("-", " ")
    plain = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def _unique(ident: str, taken: set[str]) -> str:
    if ident not in taken:
        return ident
    n = 2
    while f"{ident}-{n}" in taken:
        n += 1
    return f"{ident}-{n}"
