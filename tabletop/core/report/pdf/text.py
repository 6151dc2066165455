"""Turning what a user typed into safe reportlab paragraph markup.

reportlab's ``Paragraph`` reads a small XML-like markup: ``<b>``, ``<a href>``,
``&amp;``… Anything a class typed must print exactly as typed, so every piece
of user text goes through :func:`escape` before it reaches a paragraph, and
the renderer adds its own markup only around escaped text.
"""

from __future__ import annotations

import re
import unicodedata

from tabletop.core.fonts import markup

# C0/C1 control characters other than tab and newline: they have no glyph and
# some of them are not even allowed in the paragraph parser's XML.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def clean(text: str) -> str:
    """User text in canonical form: NFC (``e`` + accent is one glyph), no control characters."""
    text = _NEWLINES.sub("\n", str(text))
    text = _CONTROL.sub(" ", text.replace("\x0b", "\n").replace("\x0c", "\n"))
    return unicodedata.normalize("NFC", text).replace("\t", "    ")


def escape(text: str) -> str:
    """User text as paragraph markup that shows the text literally; newlines become breaks.

    Right-to-left runs come in visual order and characters the main font lacks in a
    fallback font (see :mod:`tabletop.core.fonts`)."""
    return markup(clean(text))


def bold(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def italic(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def shorten(text: str, limit: int) -> str:
    """Plain text cut to ``limit`` characters with an ellipsis (for headers and chart labels)."""
    text = " ".join(clean(text).split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"
