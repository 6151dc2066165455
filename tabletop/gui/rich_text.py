"""Plain text made safe for Qt's rich-text widgets (labels, text views)."""

from __future__ import annotations


def escape(text: str) -> str:
    """``text`` with ``& < > " '`` written as entities, as :func:`html.escape` does.

    (The standard module loads its whole table of named entities on import, a
    noticeable part of opening the console.)
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )
