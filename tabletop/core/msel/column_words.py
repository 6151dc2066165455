"""The MSEL's columns in other languages: the headers and help an export in a language writes.

An MSEL exported in Vietnamese or Russian (``tabletop msel export DECK --language vi``)
names its columns in that language, from the core's catalogs, so a translator
works in a spreadsheet that speaks their language. The same headers, in every
language the core has a catalog for, are read back as the columns they name
(:func:`localized_headers`), so such a file imports like any other.
"""

from __future__ import annotations

import functools

from tabletop.core import i18n
from tabletop.core.i18n import pgettext


def header_words() -> dict[str, str]:
    """Each column's header (by column key) in the language in force."""
    return {
        "number": pgettext("MSEL column", "No."),
        "id": pgettext("MSEL column", "Inject ID"),
        "scenario_time": pgettext("MSEL column", "Scenario time"),
        "delivery_time": pgettext("MSEL column", "Delivery time"),
        "phase": pgettext("MSEL column", "Phase"),
        "type": pgettext("MSEL column", "Inject type"),
        "delivery_method": pgettext("MSEL column", "Delivery method"),
        "from": pgettext("MSEL column", "From"),
        "to": pgettext("MSEL column", "To"),
        "title": pgettext("MSEL column", "Event synopsis"),
        "narrative": pgettext("MSEL column", "Inject text"),
        "expected_actions": pgettext("MSEL column", "Expected player action"),
        "objectives": pgettext("MSEL column", "Objective"),
        "notes": pgettext("MSEL column", "Controller notes"),
        "questions": pgettext("MSEL column", "Discussion questions"),
        "branch": pgettext("MSEL column", "Branch"),
        "duration": pgettext("MSEL column", "Duration (min)"),
        "escalation": pgettext("MSEL column", "Escalation change"),
        "channels": pgettext("MSEL column", "Channel changes"),
        "sources": pgettext("MSEL column", "Sources"),
        "evaluator_notes": pgettext("MSEL column", "Evaluator notes"),
        "private": pgettext("MSEL column", "Team only"),
    }


def help_words() -> dict[str, str]:
    """What goes in each column (by column key), for the Help sheet, in the language in force."""
    return {
        "number": pgettext(
            "MSEL column help", "the inject's place in the list (1, 2, 3 …); informational"
        ),
        "id": pgettext(
            "MSEL column help", "the inject's id, used by branches (letters, digits, - _ .)"
        ),
        "scenario_time": pgettext("MSEL column help", "story time, written like Day 1 06:40"),
        "delivery_time": pgettext(
            "MSEL column help",
            "class time when the inject is due, e.g. 0:10 (hours:minutes from the start)",
        ),
        "phase": pgettext("MSEL column help", "the move or phase it belongs to, e.g. Move 1"),
        "type": pgettext("MSEL column help", "standard, contingency or adaptive"),
        "delivery_method": pgettext(
            "MSEL column help",
            "how it reaches the players (phone, email …); kept in the facilitator notes",
        ),
        "from": pgettext("MSEL column help", "who it comes from in the story, e.g. Finnish Navy"),
        "to": pgettext(
            "MSEL column help",
            "the teams it is addressed to (ids or names, separated by commas); empty or "
            "all for every team",
        ),
        "title": pgettext("MSEL column help", "a short headline"),
        "narrative": pgettext("MSEL column help", "what the players read and the projector shows"),
        "expected_actions": pgettext(
            "MSEL column help", "what a well-prepared team would do, one per line"
        ),
        "objectives": pgettext(
            "MSEL column help", "objective ids (or objective text), one per line"
        ),
        "notes": pgettext("MSEL column help", "for the facilitator only; never projected"),
        "questions": pgettext("MSEL column help", "one question per line"),
        "branch": pgettext(
            "MSEL column help", "where play goes after this inject; see docs/msel.md"
        ),
        "duration": pgettext("MSEL column help", "class minutes planned for it"),
        "escalation": pgettext("MSEL column help", "change of the escalation level, e.g. +1"),
        "channels": pgettext(
            "MSEL column help", "channel: new status, one per line, e.g. mil-to-mil: closed"
        ),
        "sources": pgettext("MSEL column help", "source id: section, one per line"),
        "evaluator_notes": pgettext(
            "MSEL column help", "what an evaluator watches for; never projected"
        ),
        "private": pgettext(
            "MSEL column help",
            "yes for a card only the To teams see (on their devices or as a handout), "
            "never projected",
        ),
    }


def sheet_words() -> dict[str, str]:
    """The headers of the Deck and Help sheets, in the language in force."""
    return {
        "field": pgettext("MSEL deck sheet", "Field"),
        "value": pgettext("MSEL deck sheet", "Value"),
        "column": pgettext("MSEL help sheet", "Column"),
        "what": pgettext("MSEL help sheet", "What goes in it"),
        "also": pgettext("MSEL help sheet", "Also read as"),
    }


@functools.cache
def _localized(languages: tuple[str, ...]) -> tuple[dict[str, str], frozenset[str]]:
    from tabletop.core.msel.columns import normalise_header

    headers: dict[str, str] = {}
    field_words: set[str] = set()
    for code in languages:
        with i18n.language(code):
            for key, header in header_words().items():
                headers.setdefault(normalise_header(header), key)
            field_words.add(sheet_words()["field"].casefold())
    return headers, frozenset(field_words)


def localized_headers() -> dict[str, str]:
    """Every language's column headers (normalised) with the column each names."""
    return _localized(tuple(i18n.available_languages()))[0]


def field_headers() -> frozenset[str]:
    """The Deck sheet's first header (``Field``) in every language, in lower case."""
    return _localized(tuple(i18n.available_languages()))[1]
