"""The deck a new deck starts from: valid as it is, with the parts every deck needs.

Its words are in the interface's language (and the deck says so in ``language``),
so an author writing in Vietnamese or Russian starts from a deck in that language.
"""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import FORMAT
from tabletop.gui import language
from tabletop.gui.language import translate


def new_deck_data() -> dict[str, Any]:
    """A small deck to write over: valid and lint-clean, with every part a class needs.

    Three teams with briefings, five channels they can all use, two injects on the
    main line and a contingency inject, one objective and one source cited by each
    inject; the injects' minutes fit the class time.
    """
    section = translate("DeckTemplate", "the section or page the facts come from")
    cite = [{"ref": "your-source", "section": section}]
    briefing = translate(
        "DeckTemplate",
        "Read to the team before play: who they are, what they know and what they want.",
    )
    data: dict[str, Any] = {
        "format": FORMAT,
        "id": "new-deck",
        "title": translate("DeckTemplate", "A new exercise"),
        "summary": translate(
            "DeckTemplate",
            "One paragraph for the start screen: the crisis, the teams, what the class will "
            "practise.",
        ),
        "duration": 60,
        "audience": translate("DeckTemplate", "Students in their first crisis exercise"),
        "objectives": [
            {
                "id": "obj-communicate",
                "text": translate(
                    "DeckTemplate",
                    "Teams use a working channel to the other side within one move of an incident.",
                ),
                "capability": translate("DeckTemplate", "Operational Communications"),
            },
        ],
        "sources": [
            {
                "id": "your-source",
                "title": translate("DeckTemplate", "The document this deck's facts come from"),
                "note": translate(
                    "DeckTemplate", "Cite it from each inject, with the section or page."
                ),
            },
        ],
        "teams": [
            {
                "id": "nato",
                "name": translate("DeckTemplate", "North Atlantic Council"),
                "side": "west",
                "parties": ["nato", "europe"],
                "briefing": briefing,
            },
            {
                "id": "us",
                "name": translate("DeckTemplate", "US National Security Council"),
                "side": "west",
                "parties": ["us", "nato"],
                "briefing": briefing,
            },
            {
                "id": "russia",
                "name": translate("DeckTemplate", "Russian Security Council"),
                "side": "east",
                "parties": ["russia"],
                "briefing": briefing,
            },
        ],
        "channels": ["hotline", "mil-to-mil", "nato-russia-hotline", "nrc", "public"],
        "injects": [
            {
                "id": "first-incident",
                "title": translate("DeckTemplate", "The first incident"),
                "at": {"day": 1, "time": "06:00"},
                "phase": translate("DeckTemplate", "Move 1"),
                "narrative": translate(
                    "DeckTemplate",
                    "What the players read and the projector shows: what happened, where, and "
                    "what is known so far.",
                ),
                "facilitator_notes": translate(
                    "DeckTemplate", "Never projected: what to watch for."
                ),
                "questions": [
                    translate("DeckTemplate", "Who do you call first, and over which channel?")
                ],
                "expected_actions": [translate("DeckTemplate", "Seek facts before acting")],
                "objectives": ["obj-communicate"],
                "effects": {"escalation": 1},
                "duration": 25,
                "sources": cite,
            },
            {
                "id": "a-way-out",
                "title": translate("DeckTemplate", "A way out"),
                "at": {"day": 1, "time": "12:00"},
                "phase": translate("DeckTemplate", "Move 2"),
                "narrative": translate("DeckTemplate", "A third party offers to host talks."),
                "questions": [translate("DeckTemplate", "Do you accept, and who speaks for you?")],
                "expected_actions": [
                    translate(
                        "DeckTemplate", "Name who speaks for the team, and over which channel"
                    )
                ],
                "duration": 25,
                "sources": cite,
            },
            {
                "id": "stalled-room",
                "title": translate("DeckTemplate", "A journalist calls"),
                "type": "contingency",
                "narrative": translate(
                    "DeckTemplate", "A journalist asks for comment on rumours of the incident."
                ),
                "facilitator_notes": translate(
                    "DeckTemplate", "Deliver it when the room stalls, to restart discussion."
                ),
                "questions": [
                    translate("DeckTemplate", "What do you say in public, and what in private?")
                ],
                "expected_actions": [
                    translate(
                        "DeckTemplate", "Keep the public line consistent with private messages"
                    )
                ],
                "duration": 5,
                "sources": cite,
            },
        ],
    }
    code = language.current_language()
    if code != language.SOURCE_LANGUAGE:
        data["language"] = code  # saved in the deck format's own key order
    return data
