"""The columns of an MSEL spreadsheet, the names they go by, and safe cell text.

An MSEL (Master Scenario Events List) is the spreadsheet exercise planners
keep their injects in. The columns follow HSEEP practice; each has the header
tabletop writes and the synonyms it reads (matched without regard to case,
punctuation, or a plural ``s``). ``docs/msel.md`` documents them: they are a
public surface, so change them only by adding synonyms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from operator import itemgetter
from typing import Any


@dataclass(frozen=True)
class Column:
    """One MSEL column: its key, the header written on export, and the headers read."""

    key: str
    header: str
    synonyms: tuple[str, ...]
    help: str
    deck_field: str = ""  # the inject field it fills ("" when it fills none)


COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        "No.",
        (
            "#",
            "no",
            "number",
            "inject #",
            "inject no",
            "inject number",
            "msel #",
            "msel no",
            "msel number",
            "event #",
            "event no",
            "event number",
            "serial",
            "seq",
            "sequence",
        ),
        "the inject's place in the list (1, 2, 3 …); informational",
        "",
    ),
    Column(
        "id",
        "Inject ID",
        ("id", "inject id", "event id", "msel id", "ref", "inject ref", "inject reference", "key"),
        "the inject's id, used by branches (letters, digits, - _ .)",
        "id",
    ),
    Column(
        "scenario_time",
        "Scenario time",
        (
            "scenario time",
            "scenario date/time",
            "scenario datetime",
            "scenario date time",
            "story time",
            "game time",
            "exercise time",
            "event time",
            "scenario clock",
        ),
        "story time, written like Day 1 06:40",
        "at",
    ),
    Column(
        "delivery_time",
        "Delivery time",
        (
            "delivery time",
            "time",
            "planned time",
            "planned delivery time",
            "delivery",
            "clock time",
            "wall clock time",
            "release time",
        ),
        "class time when the inject is due, e.g. 0:10 (hours:minutes from the start)",
        "",
    ),
    Column(
        "phase",
        "Phase",
        ("phase", "move", "stage", "module", "part"),
        "the move or phase it belongs to, e.g. Move 1",
        "phase",
    ),
    Column(
        "type",
        "Inject type",
        ("inject type", "type", "category", "inject category"),
        "standard, contingency or adaptive",
        "type",
    ),
    Column(
        "delivery_method",
        "Delivery method",
        ("delivery method", "method", "mode", "delivery mode", "means", "medium"),
        "how it reaches the players (phone, email …); kept in the facilitator notes",
        "",
    ),
    Column(
        "from",
        "From",
        ("from", "sender", "originator", "inject from", "simulated sender", "simcell", "sent by"),
        "who it comes from in the story, e.g. Finnish Navy",
        "from",
    ),
    Column(
        "to",
        "To",
        (
            "to",
            "recipient",
            "recipients",
            "player",
            "players",
            "addressee",
            "intended player",
            "inject to",
            "responding agency",
            "sent to",
            "audience",
            "team",
        ),
        "the teams it is addressed to (ids or names, separated by commas); empty or "
        "all for every team",
        "to",
    ),
    Column(
        "title",
        "Event synopsis",
        (
            "event synopsis",
            "event synopsis / title",
            "synopsis / title",
            "synopsis",
            "title",
            "event",
            "headline",
            "subject",
            "event title",
            "inject title",
            "summary",
        ),
        "a short headline",
        "title",
    ),
    Column(
        "narrative",
        "Inject text",
        (
            "inject text",
            "inject",
            "narrative",
            "description",
            "message",
            "details",
            "content",
            "text",
            "inject description",
            "event description",
            "scenario text",
            "inject content",
        ),
        "what the players read and the projector shows",
        "narrative",
    ),
    Column(
        "expected_actions",
        "Expected player action",
        (
            "expected player action",
            "expected action",
            "expected player actions",
            "expected outcome",
            "expected response",
            "player action",
            "expected actions",
        ),
        "what a well-prepared team would do, one per line",
        "expected_actions",
    ),
    Column(
        "objectives",
        "Objective",
        (
            "objective",
            "exercise objective",
            "objective id",
            "objectives addressed",
            "learning objective",
        ),
        "objective ids (or objective text), one per line",
        "objectives",
    ),
    Column(
        "notes",
        "Controller notes",
        (
            "controller notes",
            "notes",
            "note",
            "facilitator notes",
            "controller note",
            "remarks",
            "comments",
            "notes for controllers",
            "facilitator guidance",
        ),
        "for the facilitator only; never projected",
        "facilitator_notes",
    ),
    Column(
        "questions",
        "Discussion questions",
        (
            "discussion questions",
            "questions",
            "question",
            "key questions",
            "discussion question",
            "prompt",
            "discussion prompts",
        ),
        "one question per line",
        "questions",
    ),
    Column(
        "branch",
        "Branch",
        ("branch", "branches", "branching", "next", "go to", "goto", "then", "next inject"),
        "where play goes after this inject; see docs/msel.md",
        "branches",
    ),
    # columns tabletop adds to the HSEEP set so that every inject field travels
    Column(
        "duration",
        "Duration (min)",
        ("duration", "duration min", "minutes", "discussion time", "time allotted", "length"),
        "class minutes planned for it",
        "duration",
    ),
    Column(
        "escalation",
        "Escalation change",
        ("escalation change", "escalation", "escalation effect", "escalation delta"),
        "change of the escalation level, e.g. +1",
        "effects",
    ),
    Column(
        "channels",
        "Channel changes",
        (
            "channel changes",
            "channels",
            "channel effects",
            "channel status changes",
            "channel status",
        ),
        "channel: new status, one per line, e.g. mil-to-mil: closed",
        "effects",
    ),
    Column(
        "sources",
        "Sources",
        ("sources", "source", "references", "citations", "source documents"),
        "source id: section, one per line",
        "sources",
    ),
    Column(
        "evaluator_notes",
        "Evaluator notes",
        ("evaluator notes", "evaluator note", "notes for evaluators", "evaluator guidance"),
        "what an evaluator watches for; never projected",
        "evaluator_notes",
    ),
    Column(
        "private",
        "Team only",
        ("team only", "private", "team-only card", "private card", "players only"),
        "yes for a card only the To teams see (on their devices or as a handout), never projected",
        "private",
    ),
)

BY_KEY = {column.key: column for column in COLUMNS}

# The Deck sheet of a workbook: one row per top-level deck field, in this order.
DECK_ORDER = (
    "format",
    "id",
    "title",
    "summary",
    "duration",
    "audience",
    "language",
    "version",
    "authors",
    "start",
    "time_scale",
    "objectives",
    "sources",
    "teams",
    "channels",
    "escalation",
    "injects",
)
# Deck fields whose value is plain text in the Deck sheet (the others are YAML).
DECK_TEXT_FIELDS = ("id", "title", "summary", "audience", "language", "version")


# Which column an inject field's problems are shown at ("effects" is split by its key).
FIELD_COLUMN = {
    column.deck_field: column.key
    for column in COLUMNS
    if column.deck_field and column.deck_field != "effects"
}
FIELD_COLUMN["next"] = "branch"


def normalise_header(text: str) -> str:
    """A header reduced to what matters: lower case words, no punctuation, no plural ``s``."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    text = text.replace("(s)", "")
    text = re.sub(r"#", " number ", text)
    words = re.findall(r"[^\W_]+", text)
    return " ".join(_singular(word) for word in words)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


_INDEX: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, _column.key, *_column.synonyms):
        _INDEX.setdefault(normalise_header(_name), _column.key)


def match_header(text: str) -> str | None:
    """The key of the column a header names, or None if it names none: its header or a
    synonym, or its header in a language the core has a catalog for (``Nội dung tình
    huống``, ``Текст вводной``)."""
    if not text.strip():
        return None
    words = normalise_header(text)
    found = _INDEX.get(words)
    if found is None:
        from tabletop.core.msel.column_words import localized_headers

        found = localized_headers().get(words)
    return found


def known_headers() -> list[str]:
    """Every header and synonym, for "did you mean" hints."""
    names = []
    for column in COLUMNS:
        names.append(column.header)
        names.extend(column.synonyms)
    return names


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 1-based column number: 1 → A, 27 → AA."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# -- formula injection -------------------------------------------------------------------

# A spreadsheet treats a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAY_GUARD = frozenset(["'", *_FORMULA_START])


# A plain number (-1, +2, 3.5) cannot run anything; a quote in front would only confuse.
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def _looks_like_formula(text: str) -> bool:
    bare = text.lstrip("'")
    return bare.startswith(_FORMULA_START) and not _NUMBER.fullmatch(bare)


def neutralise(text: str) -> str:
    """Cell text that no spreadsheet runs as a formula: a leading ``'`` where needed.

    The rule is reversible (see :func:`restore`): text that already starts with
    quotes before a formula character gets one more, so the round trip is exact.
    """
    if text[:1] not in _MAY_GUARD:
        return text  # most cells: no formula character, no quote in front
    return "'" + text if _looks_like_formula(text) else text


def neutralise_all(cells: list[Any]) -> list[Any]:
    """:func:`neutralise` applied to each text in a list of cells (other cells as they are).

    Most columns hold no text that starts with a formula character or a quote: the set of
    their first characters says so, and the cells are returned as they are.
    """
    try:
        firsts = set(map(itemgetter(0), filter(None, cells)))
    except TypeError:  # a cell that is not text
        pass
    else:
        if firsts.isdisjoint(_MAY_GUARD):
            return cells
    return [
        neutralise(cell) if isinstance(cell, str) and cell[:1] in _MAY_GUARD else cell
        for cell in cells
    ]


def is_guarded(text: str) -> bool:
    """Whether ``text`` is guarded by :func:`neutralise` (a ``'`` before a formula character)."""
    return text.startswith("'") and _looks_like_formula(text)


def restore(text: str) -> str:
    """Undo :func:`neutralise`."""
    return text[1:] if is_guarded(text) else text
