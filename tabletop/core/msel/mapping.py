"""Which field each column of an MSEL fills: a proposal from headers and contents, and changes.

A column is proposed a field by its header (tabletop's own names and synonyms
first, then the names other tools and languages use, then words the header
contains) and by its cells: a column of long texts is probably the inject
text; of times, the scenario time; of team-like names, the recipients; of
numbers counting up, the number. Each field goes to one column at most; a
column no field fits is *kept*: its text goes into each inject's facilitator
notes as ``Header: text``, so nothing is lost. A person confirms or changes
the proposal (``--map "HEADER=field"``, or the import dialog) before importing.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tabletop.core.msel.cells import INJECT_TYPES, STATUSES, cell_text, split_names
from tabletop.core.msel.columns import (
    BY_KEY,
    COLUMNS,
    column_letter,
    match_header,
    normalise_header,
)
from tabletop.core.msel.files import Sheet
from tabletop.core.msel.header_words import KEEP, foreign_header
from tabletop.core.msel.layout import Layout
from tabletop.core.msel.times import Moment, TimeError, read_moment
from tabletop.core.problems import did_you_mean

SKIP = "skip"  # not imported
SAMPLE = 200  # cells looked at per column

# what each choice is called where a person chooses
CHOICE_LABELS: dict[str, str] = {
    **{column.key: column.header for column in COLUMNS},
    KEEP: "Kept in the notes",
    SKIP: "Not imported",
}
CHOICES: tuple[str, ...] = (*(column.key for column in COLUMNS), KEEP, SKIP)


@dataclass(frozen=True)
class ColumnChoice:
    """The field one column fills, and why it was proposed."""

    column: int  # 1-based
    header: str  # as written ("" when the column has none)
    field: str  # a column key, KEEP or SKIP
    why: str = ""  # plain words: "its header names it", "its cells are times"
    sure: bool = True  # False when only the cells or a loose match of words suggested it

    @property
    def letter(self) -> str:
        return column_letter(self.column)

    @property
    def label(self) -> str:
        return CHOICE_LABELS.get(self.field, self.field)

    def describe(self) -> str:
        """'column B (Uhrzeit)' as messages name it."""
        return f"column {self.letter}" + (f" ({self.header})" if self.header else "")


@dataclass(frozen=True)
class ColumnMapping:
    """The field of every column of one sheet's table."""

    layout: Layout
    choices: tuple[ColumnChoice, ...] = ()

    def field_of(self, column: int) -> str:
        for choice in self.choices:
            if choice.column == column:
                return choice.field
        return SKIP

    def column_of(self, key: str) -> int:
        """The column that fills ``key`` (0 when none does)."""
        return next((c.column for c in self.choices if c.field == key), 0)

    def choose(self, column: int, key: str, why: str = "chosen") -> ColumnMapping:
        """The mapping with ``column`` filling ``key`` (another column filling it is kept)."""
        if key not in CHOICE_LABELS:
            raise ValueError(f"unknown field {key!r}")
        choices = []
        for choice in self.choices:
            if choice.column == column:
                choice = replace(choice, field=key, why=why, sure=True)
            elif key not in (KEEP, SKIP) and choice.field == key:
                choice = replace(choice, field=KEEP, why="its field was given to another column")
            choices.append(choice)
        return replace(self, choices=tuple(choices))

    def fields(self) -> dict[str, str]:
        """Header (or column letter) → field: what a person would pass to ``--map``."""
        return {c.header or c.letter: c.field for c in self.choices}

    def key(self) -> str:
        """A short key for the header set, to remember a mapping for files like this one."""
        return hashlib.sha256(self.layout.header_set_key().encode()).hexdigest()[:16]

    def remembered(self) -> dict[str, str]:
        """What to remember: the normalised header of each column and its field."""
        return {str(c.column): c.field for c in self.choices} | {
            "headers": self.layout.header_set_key()
        }

    def recall(self, saved: Mapping[str, str]) -> ColumnMapping:
        """This mapping with the choices remembered for the same header set."""
        if saved.get("headers") != self.layout.header_set_key():
            return self
        mapping = self
        for choice in self.choices:
            key = saved.get(str(choice.column))
            if key in CHOICE_LABELS and key != choice.field:
                mapping = mapping.choose(choice.column, key, "chosen before for these headers")
        return mapping


# -- the proposal ----------------------------------------------------------------------------


@dataclass
class _Candidate:
    score: int
    key: str
    why: str
    sure: bool


@dataclass
class _Column:
    column: int
    header: str
    values: list[Any] = field(default_factory=list)
    candidates: list[_Candidate] = field(default_factory=list)


def propose(sheet: Sheet, layout: Layout, teams: Iterable[Mapping[str, Any]] = ()) -> ColumnMapping:
    """The proposed field of every column of ``sheet`` (``teams``: the deck's, if known)."""
    width = max([len(layout.headers), *(len(r) for r in sheet.rows[layout.header_row :])])
    columns = [_Column(c, layout.header(c)) for c in range(1, width + 1)]
    for row in sheet.rows[layout.header_row :]:
        for column in columns:
            if len(column.values) >= SAMPLE:
                continue
            value = row[column.column - 1] if column.column - 1 < len(row) else None
            if value is not None and cell_text(value).strip():
                column.values.append(value)
    team_names = _team_names(teams)
    for column in columns:
        column.candidates = _header_candidates(column.header) + _content_candidates(
            column, team_names
        )
    _rank_long_texts(columns)
    _rank_times(columns)
    choices = _assign(columns)
    return ColumnMapping(layout, tuple(choices))


def _team_names(teams: Iterable[Mapping[str, Any]]) -> set[str]:
    names = {"all", "all teams", "everyone", "all players", "every team"}
    for team in teams:
        for key in ("id", "name"):
            if isinstance(team.get(key), str):
                names.add(team[key].casefold())
    return names


_WORDS_OF: list[tuple[tuple[str, ...], str]] = sorted(
    (
        (tuple(normalise_header(name).split()), column.key)
        for column in COLUMNS
        for name in (column.header, *column.synonyms)
        if normalise_header(name)
    ),
    key=lambda pair: -len(pair[0]),
)


def _header_candidates(header: str) -> list[_Candidate]:
    if not header:
        return []
    key = match_header(header)
    if key is not None:
        # the header tabletop writes beats a synonym ("Controller notes" over "Notes")
        exact = normalise_header(BY_KEY[key].header) == normalise_header(header)
        return [
            _Candidate(31 if exact else 30, key, f"its header names {BY_KEY[key].header}", True)
        ]
    key = foreign_header(header)
    if key is not None:
        label = CHOICE_LABELS[key] if key != KEEP else "notes"
        if key == KEEP:
            return [_Candidate(20, KEEP, "a column other tools use; kept in the notes", True)]
        return [_Candidate(25, key, f"its header is another tool's or language's {label}", True)]
    words = normalise_header(header).split()
    for phrase, key in _WORDS_OF:
        if len(phrase) > 1 and _contains(words, phrase):
            return [_Candidate(20, key, f"its header says '{' '.join(phrase)}'", False)]
    for phrase, key in _WORDS_OF:
        if len(phrase) == 1 and len(phrase[0]) > 2 and phrase[0] in words:
            return [_Candidate(8, key, f"its header has the word '{phrase[0]}'", False)]
    names = [n for column in COLUMNS for n in (column.header, *column.synonyms)]
    close = did_you_mean(header, names)
    if close:
        guess = match_header(close.split("'")[1])
        if guess is not None:
            return [
                _Candidate(6, guess, f"its header looks like '{close.split(chr(39))[1]}'", False)
            ]
    return []


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == tuple(phrase) for i in range(len(words) - n + 1))


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_SIGNED = re.compile(r"[+-]\d{1,2}|0")
_CHANGE = re.compile(r".+?\s*(?::|=|->|→)\s*(" + "|".join(STATUSES) + r")\b", re.IGNORECASE)
_PHASE_WORD = re.compile(
    r"^(move|phase|stage|module|part|block|session|zug|spielphase|phase|séquence|étape|"
    r"fase|etapa|этап|фаза|ход|etap|faza)\b",
    re.IGNORECASE,
)
_METHODS = {
    "email",
    "e-mail",
    "mail",
    "phone",
    "telephone",
    "phone call",
    "call",
    "radio",
    "fax",
    "in person",
    "face to face",
    "video",
    "video call",
    "briefing",
    "sms",
    "text message",
    "letter",
    "memo",
    "press",
    "news",
    "media",
    "social media",
    "website",
    "handout",
    "verbal",
    "simcell",
    "telefon",
    "anruf",
    "funk",
    "brief",
    "téléphone",
    "courriel",
    "teléfono",
    "correo",
    "телефон",
    "почта",
    "радио",
}


def _content_candidates(column: _Column, team_names: set[str]) -> list[_Candidate]:
    values = column.values
    if not values:
        return []
    texts = [cell_text(v).strip() for v in values]
    n = len(texts)
    out: list[_Candidate] = []

    def share(test: Any) -> float:
        return sum(1 for t in texts if test(t)) / n

    if all(isinstance(v, int) or t.isdigit() for v, t in zip(values, texts, strict=True)):
        numbers = [int(float(t)) for t in texts]
        rising = sum(1 for a, b in itertools.pairwise(numbers) if b > a)
        if n == 1 or rising >= (n - 1) * 0.8:
            out.append(_Candidate(14, "number", "its cells count up: 1, 2, 3 …", False))
        elif max(numbers) <= 600:
            out.append(_Candidate(8, "duration", "its cells are small whole numbers", False))
    if share(lambda t: t.casefold() in INJECT_TYPES) >= 0.8:
        out.append(_Candidate(15, "type", "its cells are inject types", False))
    if share(lambda t: t.casefold() in _METHODS) >= 0.6:
        out.append(_Candidate(14, "delivery_method", "its cells are ways of delivering", False))
    if share(lambda t: _CHANGE.match(t) is not None) >= 0.8:
        out.append(_Candidate(14, "channels", "its cells are channel: status", False))
    if share(lambda t: t.startswith("{when") or t.casefold().startswith("next:")) >= 0.6:
        out.append(_Candidate(14, "branch", "its cells are branches", False))
    if share(lambda t: _SIGNED.fullmatch(t) is not None) == 1 and any(t[:1] in "+-" for t in texts):
        out.append(_Candidate(12, "escalation", "its cells are changes like +1", False))
    if share(lambda t: _PHASE_WORD.match(t) is not None) >= 0.6:
        out.append(_Candidate(14, "phase", "its cells name moves or phases", False))
    if share(lambda t: t.rstrip().endswith("?")) >= 0.6:
        out.append(_Candidate(13, "questions", "its cells are questions", False))
    moments = _moments(values)
    if len(moments) >= 0.8 * n:
        column_kind = {m.kind for m in moments}
        days = {m.day for m in moments if m.kind == "day"}
        if column_kind & {"date", "weekday"} or len(days) > 1:
            out.append(_Candidate(15, "scenario_time", "its cells are days and times", False))
        elif column_kind == {"offset"}:
            out.append(_Candidate(12, "scenario_time", "its cells are times from the start", False))
            out.append(_Candidate(11, "delivery_time", "its cells are times from the start", False))
        else:
            out.append(_Candidate(13, "scenario_time", "its cells are times", False))
            out.append(_Candidate(11, "delivery_time", "its cells are times", False))
    if team_names and share(lambda t: _all_teams(t, team_names)) >= 0.6:
        out.append(_Candidate(15, "to", "its cells name the deck's teams", False))
    elif not moments and _team_like(texts):
        plural = any("," in t or ";" in t or t.casefold() in team_names for t in texts)
        out.append(_Candidate(12 if plural else 10, "to", "its cells are a few names", False))
        out.append(_Candidate(9, "from", "its cells are a few names", False))
    if not moments:
        mean = sum(len(t) for t in texts) / n
        words = sum(len(t.split()) for t in texts) / n
        unique = len(set(texts)) / n
        if mean >= 60 or words >= 10:
            out.append(_Candidate(10, "narrative", "its cells are long texts", False))
        elif 8 <= mean <= 90 and unique >= 0.8:
            # a headline has a few words; a sender's name one or two
            score = 9 + min(3, int(words) // 2)
            out.append(_Candidate(score, "title", "its cells are short, different texts", False))
            if words <= 3:
                out.append(_Candidate(8, "from", "its cells are short names", False))
        codes = len(set(texts)) == n and all(_ID.fullmatch(t) for t in texts)
        if codes and all(
            any(c.isalpha() for c in t) and any(c.isdigit() for c in t) for t in texts
        ):
            out.append(_Candidate(12, "id", "its cells are different short codes", False))
    return out


def _letters_and_digits(text: str) -> bool:
    return any(c.isalpha() for c in text) and any(c.isdigit() for c in text)


def _moments(values: list[Any]) -> list[Moment]:
    found = []
    for value in values:
        try:
            found.append(read_moment(value))
        except TimeError:
            continue
    return found


def _all_teams(text: str, names: set[str]) -> bool:
    parts = split_names(text)
    return bool(parts) and all(p.casefold() in names for p in parts)


def _team_like(texts: list[str]) -> bool:
    """A few short names that come back often: teams, agencies, senders."""
    parts = [p for t in texts for p in split_names(t)]
    if not parts or any(len(p) > 50 or len(p.split()) > 6 for p in parts):
        return False
    distinct = {p.casefold() for p in parts}
    return len(distinct) <= max(2, len(parts) // 2) and len(texts) >= 2


def _rank_long_texts(columns: list[_Column]) -> None:
    """The longest texts are the inject text; other long texts are kept in the notes."""
    long = [c for c in columns if any(x.key == "narrative" and not x.sure for x in c.candidates)]
    long.sort(key=lambda c: -sum(len(cell_text(v)) for v in c.values) / max(len(c.values), 1))
    for rank, column in enumerate(long):
        for candidate in column.candidates:
            if candidate.key == "narrative" and not candidate.sure:
                candidate.score = 13 if rank == 0 else 7
                if rank:
                    candidate.why = "its cells are long texts, shorter than another column's"


def _rank_times(columns: list[_Column]) -> None:
    """Of two columns of times, the earlier-looking one (from 0:00 on) is the delivery time."""
    timed = [c for c in columns if any(x.key == "delivery_time" for x in c.candidates)]
    if len(timed) < 2:
        return
    for column in timed:
        for candidate in column.candidates:
            if candidate.key == "delivery_time" and not candidate.sure:
                texts = [cell_text(v) for v in column.values]
                if texts and texts[0].strip().lstrip("T+t ").startswith(("0:", "00:")):
                    candidate.score = 14


def _assign(columns: list[_Column]) -> list[ColumnChoice]:
    """Each field to one column at most, the strongest claims first."""
    claims = sorted(
        (
            (candidate.score, -column.column, column, candidate)
            for column in columns
            for candidate in column.candidates
        ),
        key=lambda claim: (claim[0], claim[1]),
        reverse=True,
    )
    taken: dict[str, int] = {}
    chosen: dict[int, ColumnChoice] = {}
    for _score, _order, column, candidate in claims:
        if column.column in chosen:
            continue
        if candidate.key != KEEP and candidate.key in taken:
            continue
        if candidate.key != KEEP:
            taken[candidate.key] = column.column
        chosen[column.column] = ColumnChoice(
            column.column, column.header, candidate.key, candidate.why, candidate.sure
        )
    out = []
    for column in columns:
        choice = chosen.get(column.column)
        if choice is None:
            if column.values:
                why = "no field fits it: its text is kept in each inject's notes"
                choice = ColumnChoice(column.column, column.header, KEEP, why, True)
            else:
                choice = ColumnChoice(column.column, column.header, SKIP, "it is empty", True)
        out.append(choice)
    return out


# -- changes a person asks for ---------------------------------------------------------------

_SKIP_WORDS = {"skip", "none", "not imported", "no", "-", "ignore", "drop", "nothing"}
_KEEP_WORDS = {"keep", "kept", "kept in notes", "kept in the notes", "notes extra"}


class MappingError(ValueError):
    """A ``--map`` entry that names no column or no field; the message says which exist."""


def field_named(text: str) -> str:
    """The field a person names: a header (``Inject text``), a key, ``keep`` or ``skip``."""
    words = " ".join(text.strip().casefold().split())
    if words in _SKIP_WORDS:
        return SKIP
    if words in _KEEP_WORDS:
        return KEEP
    underscored = words.replace(" ", "_")
    if underscored in CHOICE_LABELS:
        return underscored
    for column in COLUMNS:
        if (
            column.deck_field
            and column.deck_field == underscored
            and column.deck_field != "effects"
        ):
            return column.key
    if underscored == "facilitator_notes":
        return "notes"
    key = match_header(text)
    if key is not None:
        return key
    names = [c.header for c in COLUMNS] + ["keep", "skip"]
    raise MappingError(
        f"'{text}' is not a field{did_you_mean(text, names)}; the fields are: " + ", ".join(names)
    )


def column_named(layout: Layout, text: str) -> int:
    """The column a person names by its header (or its letter, e.g. ``C``)."""
    wanted = text.strip()
    for index, header in enumerate(layout.headers, 1):
        if header.strip().casefold() == wanted.casefold():
            return index
    for index, header in enumerate(layout.headers, 1):
        if header and normalise_header(header) == normalise_header(wanted):
            return index
    if re.fullmatch(r"[A-Za-z]{1,3}", wanted):
        number = 0
        for letter in wanted.upper():
            number = number * 26 + ord(letter) - 64
        return number
    headers = [h for h in layout.headers if h]
    raise MappingError(
        f"there is no column headed '{text}'{did_you_mean(text, headers)}; the headers are: "
        + ", ".join(headers)
    )


def apply_map(mapping: ColumnMapping, entries: Iterable[str]) -> ColumnMapping:
    """The mapping changed by ``HEADER=field`` entries (as ``--map`` takes them)."""
    for entry in entries:
        header, sep, name = entry.rpartition("=")
        if not sep or not header.strip():
            raise MappingError(
                f"'{entry}' is not HEADER=field; write e.g. --map \"Uhrzeit=Scenario time\""
            )
        column = column_named(mapping.layout, header)
        key = field_named(name)
        known = {c.column for c in mapping.choices}
        if column not in known:
            raise MappingError(f"'{header}': the sheet has no column {column_letter(column)}")
        mapping = mapping.choose(column, key, "chosen with --map")
    return mapping
