"""Text shown in rich-text widgets is escaped exactly as the standard library escapes it."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from tabletop.gui.rich_text import escape


@given(st.text())
def test_escape_matches_the_standard_library(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_markup_in_a_title_is_shown_as_text() -> None:
    assert escape("<b>Q&A</b> 'now'") == "&lt;b&gt;Q&amp;A&lt;/b&gt; &#x27;now&#x27;"
