"""A deck's translation in a spreadsheet: the MSEL in a language, and where each text sits.

``tabletop msel export DECK -o FILE --language vi`` writes the deck's texts from
its companion translation (``deck.vi.yaml``; the deck's own text where an entry
is missing), with the columns named in that language, so a translator can work
in a spreadsheet; :mod:`tabletop.core.msel.translation_import` brings the sheet
back as the companion file. Each translatable text (a key of
:func:`~tabletop.core.deck.translation.translatable`) has one place in the
sheet, which :func:`places` gives: an inject's title, phase, from, text and
notes their columns in its row, its questions and expected actions a line of
their cells, its branches' labels a line of its Branch cell; the deck's title,
summary, audience, objectives, teams, sources, channels and ladder the Deck sheet's row
of that field (an ``.xlsx`` only: a CSV holds the injects alone).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tabletop.core import i18n
from tabletop.core.deck.translation import (
    Translation,
    apply_translation,
    clip,
    same_text,
    translatable,
)
from tabletop.core.msel.columns import COLUMNS, DECK_ORDER, column_letter
from tabletop.core.msel.export import export_msel, headers
from tabletop.core.msel.files import DECK_SHEET
from tabletop.core.problems import Location, Problem, Severity

# an inject's translatable fields and the columns that hold them
INJECT_COLUMNS = {
    "title": "title",
    "phase": "phase",
    "from": "from",
    "narrative": "narrative",
    "facilitator_notes": "notes",
    "questions": "questions",
    "expected_actions": "expected_actions",
    "branches": "branch",
}
# the deck's translatable groups and the Deck sheet's field that holds each
DECK_FIELDS = {
    "title": "title",
    "summary": "summary",
    "audience": "audience",
    "objectives": "objectives",
    "teams": "teams",
    "sources": "sources",
    "channels": "channels",
    "ladder": "escalation",
}


@dataclass(frozen=True)
class Place:
    """Where a text sits in the spreadsheet: a sheet, a row, a column, a line of the cell."""

    sheet: str
    row: int
    column: int
    label: str
    line: int = 0

    def describe(self) -> str:
        """``row 5, column K (Inject text), line 2`` as the import's messages say it."""
        parts = [f"sheet {self.sheet}"] if self.sheet == DECK_SHEET else []
        parts.append(f"row {self.row}")
        parts.append(f"column {column_letter(self.column)} ({self.label})")
        if self.line:
            parts.append(f"line {self.line}")
        return ", ".join(parts)

    @property
    def location(self) -> Location:
        return Location(self.row, self.column)


def places(data: Mapping[str, Any], kind: str, language: str | None = None) -> dict[str, Place]:
    """Where each translatable text of deck ``data`` is written in an MSEL export (``kind``
    csv or xlsx, headers in ``language``): key → place. A CSV has no place for the deck's
    own texts (title, teams, channels …), so they are left out."""
    written = headers(language)
    column_of = {column.key: n for n, column in enumerate(COLUMNS, 1)}
    rows: dict[str, int] = {}
    number = 1
    for inject in data.get("injects") or ():
        if isinstance(inject, dict):
            number += 1
            rows[str(inject.get("id"))] = number
    deck_rows = _deck_sheet_rows(data) if kind == "xlsx" else {}
    out: dict[str, Place] = {}
    for key in translatable(data):
        parts = key.split("/")
        if parts[0] == "injects" and len(parts) >= 3 and parts[1] in rows:
            column = INJECT_COLUMNS.get(parts[2])
            if column is None:
                continue
            # questions, expected actions and branches: one per line of the cell, in order
            line = int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else 0
            index = column_of[column]
            out[key] = Place("", rows[parts[1]], index, written[index - 1], line)
        elif parts[0] in DECK_FIELDS and DECK_FIELDS[parts[0]] in deck_rows:
            field = DECK_FIELDS[parts[0]]
            out[key] = Place(DECK_SHEET, deck_rows[field], 2, field)
    return out


def _deck_sheet_rows(data: Mapping[str, Any]) -> dict[str, int]:
    """The Deck sheet's row of each top-level field, as :func:`deck_rows` writes them."""
    from tabletop.core.deck.writer import ordered_keys

    found: dict[str, int] = {}
    row = 1
    for key in ordered_keys(data, DECK_ORDER):
        if key in ("format", "injects"):
            continue
        row += 1
        found[key] = row
    return found


def export_translated(
    data: Mapping[str, Any],
    path: Path,
    language: str,
    translation: Translation | None,
    companion: str = "",
) -> list[Problem]:
    """Write deck ``data`` as an MSEL in ``language``: its texts from ``translation`` (the
    deck's own where an entry is missing), its columns named in the language. Returns the
    export's problems and, located at their cells, each text not yet translated or
    translated from a text the deck no longer has (stale)."""
    translated = apply_translation(data, translation) if translation is not None else data
    problems = export_msel(translated, path, language)
    if any(p.is_error for p in problems):
        return problems
    source = str(path)
    if translation is None:
        where = f" ({companion})" if companion else ""
        named = (
            f"with the columns named in {language}"
            if i18n.normalise(language) in i18n.available_languages()
            else f"with the columns named in English (the app has no words in {language})"
        )
        problems.append(
            Problem(
                f"the deck has no translation into {language} yet{where}: the sheet holds "
                f"its own texts, {named}; translate the cells and bring the sheet back with "
                f"tabletop msel import FILE --translation-of DECK --language {language}",
                severity=Severity.WARNING,
                code="msel-no-translation",
                source=source,
            )
        )
        return problems
    kind = path.suffix.casefold().lstrip(".")
    located = places(data, kind, language)
    for key, (_path, text) in translatable(data).items():
        place = located.get(key)
        if place is None:
            continue
        entry = translation.entries.get(key)
        if entry is None or not entry.text.strip():
            message = f"'{key}' is not translated yet: the cell holds the deck's own text"
            code = "msel-translation-missing"
        elif not same_text(entry.source, text):
            message = (
                f"'{key}' is stale: the deck's text changed since it was translated (now: "
                f'"{clip(text)}"); the cell holds the old translation'
            )
            code = "msel-translation-stale"
        else:
            continue
        problems.append(
            Problem(
                f"{place.describe()}: {message}",
                place.location,
                Severity.WARNING,
                ("strings", key),
                code,
                source,
            )
        )
    if kind == "csv" and any(key.split("/")[0] in DECK_FIELDS for key in translatable(data)):
        problems.append(
            Problem(
                "a CSV holds the injects only: the translations of the deck's title, teams, "
                "channels, objectives and ladder are not in it (an .xlsx holds them too)",
                severity=Severity.WARNING,
                code="msel-csv-injects-only",
                source=source,
            )
        )
    return problems
