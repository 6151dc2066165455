"""What a deck may hold is YAML's printable set, character for character."""

from __future__ import annotations

from tabletop.core.deck.yaml_reader import NOT_TEXT

PRINTABLE = ((0x09, 0x0A), (0x0D, 0x0D), (0x20, 0x7E), (0x85, 0x85), (0xA0, 0xD7FF))
PRINTABLE += ((0xE000, 0xFFFD), (0x10000, 0x10FFFF))


def _printable(code: int) -> bool:
    return any(low <= code <= high for low, high in PRINTABLE)


def test_every_character_of_the_basic_plane_is_judged_as_yaml_does() -> None:
    for code in range(0x10000):
        assert (NOT_TEXT.match(chr(code)) is None) is _printable(code), hex(code)


def test_characters_beyond_the_basic_plane_are_text() -> None:
    for code in (0x10000, 0x1F600, 0xE0001, 0x10FFFF):
        assert NOT_TEXT.match(chr(code)) is None
