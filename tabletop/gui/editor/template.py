"""The deck a new deck starts from: valid as it is, with the parts every deck needs."""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import FORMAT


def new_deck_data() -> dict[str, Any]:
    """A small deck to write over: valid and lint-clean, with every part a class needs.

    Three teams with briefings, five channels they can all use, two injects on the
    main line and a contingency inject, one objective and one source cited by each
    inject; the injects' minutes fit the class time.
    """
    cite = [{"ref": "your-source", "section": "the section or page the facts come from"}]
    return {
        "format": FORMAT,
        "id": "new-deck",
        "title": "A new exercise",
        "summary": "One paragraph for the start screen: the crisis, the teams, what the class "
        "will practise.",
        "duration": 60,
        "audience": "Students in their first crisis exercise",
        "objectives": [
            {
                "id": "obj-communicate",
                "text": "Teams use a working channel to the other side within one move of an "
                "incident.",
                "capability": "Operational Communications",
            },
        ],
        "sources": [
            {
                "id": "your-source",
                "title": "The document this deck's facts come from",
                "note": "Cite it from each inject, with the section or page.",
            },
        ],
        "teams": [
            {
                "id": "nato",
                "name": "North Atlantic Council",
                "side": "west",
                "parties": ["nato", "europe"],
                "briefing": "Read to the team before play: who they are, what they know and "
                "what they want.",
            },
            {
                "id": "us",
                "name": "US National Security Council",
                "side": "west",
                "parties": ["us", "nato"],
                "briefing": "Read to the team before play: who they are, what they know and "
                "what they want.",
            },
            {
                "id": "russia",
                "name": "Russian Security Council",
                "side": "east",
                "parties": ["russia"],
                "briefing": "Read to the team before play: who they are, what they know and "
                "what they want.",
            },
        ],
        "channels": ["hotline", "mil-to-mil", "nato-russia-hotline", "nrc", "public"],
        "injects": [
            {
                "id": "first-incident",
                "title": "The first incident",
                "at": {"day": 1, "time": "06:00"},
                "phase": "Move 1",
                "narrative": "What the players read and the projector shows: what happened, "
                "where, and what is known so far.",
                "facilitator_notes": "Never projected: what to watch for.",
                "questions": ["Who do you call first, and over which channel?"],
                "expected_actions": ["Seek facts before acting"],
                "objectives": ["obj-communicate"],
                "effects": {"escalation": 1},
                "duration": 25,
                "sources": cite,
            },
            {
                "id": "a-way-out",
                "title": "A way out",
                "at": {"day": 1, "time": "12:00"},
                "phase": "Move 2",
                "narrative": "A third party offers to host talks.",
                "questions": ["Do you accept, and who speaks for you?"],
                "expected_actions": ["Name who speaks for the team, and over which channel"],
                "duration": 25,
                "sources": cite,
            },
            {
                "id": "stalled-room",
                "title": "A journalist calls",
                "type": "contingency",
                "narrative": "A journalist asks for comment on rumours of the incident.",
                "facilitator_notes": "Deliver it when the room stalls, to restart discussion.",
                "questions": ["What do you say in public, and what in private?"],
                "expected_actions": ["Keep the public line consistent with private messages"],
                "duration": 5,
                "sources": cite,
            },
        ],
    }
