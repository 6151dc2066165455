"""The exercise itself: decks, sessions, reports. Pure Python, no Qt."""
