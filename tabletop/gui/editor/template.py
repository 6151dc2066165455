"""The deck a new deck starts from: valid as it is, with the parts every deck needs."""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import FORMAT


def new_deck_data() -> dict[str, Any]:
    """A small, valid deck to write over: three teams, two injects, one objective."""
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
        "teams": [
            {
                "id": "nato",
                "name": "North Atlantic Council",
                "side": "west",
                "parties": ["nato", "europe"],
            },
            {
                "id": "us",
                "name": "US National Security Council",
                "side": "west",
                "parties": ["us", "nato"],
            },
            {
                "id": "russia",
                "name": "Russian Security Council",
                "side": "east",
                "parties": ["russia"],
            },
        ],
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
                "duration": 15,
            },
            {
                "id": "a-way-out",
                "title": "A way out",
                "at": {"day": 1, "time": "12:00"},
                "phase": "Move 2",
                "narrative": "A third party offers to host talks.",
                "questions": ["Do you accept, and who speaks for you?"],
                "duration": 15,
            },
        ],
    }
