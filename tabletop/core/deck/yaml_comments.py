"""Where a YAML file has comments, told apart from ``#`` signs inside text.

The deck writer keeps the comment block at the top of a file (for example the
``yaml-language-server`` schema line) but cannot keep the others; the editor
uses :func:`lost_comments` to say so before it saves over them.
"""

from __future__ import annotations

import bisect
import re

import yaml

from tabletop.core.problems import Location


def header_comments(text: str) -> str:
    """The comment lines (and blank lines between them) at the very top of a YAML file."""
    kept: list[str] = []
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("#") or (not stripped and kept):
            kept.append(line)
            continue
        break
    while kept and not kept[-1].strip():
        kept.pop()
    return "".join(kept)


def comments(text: str) -> list[Location]:
    """Where the YAML text has comments (a ``#`` that YAML reads as a comment).

    A ``#`` inside quoted text, block text or a word (``a#b``) is not a comment;
    the YAML scanner's tokens tell the two apart (a file with no ``#`` that could start
    one is not scanned: PyYAML's scanner is plain Python, seconds for a long deck).
    """
    if _CANDIDATE.search(text) is None:
        return []
    try:
        tokens = list(yaml.scan(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return []
    spans: list[tuple[int, int]] = []
    block_headers: list[int] = []
    for token in tokens:
        start, end = token.start_mark.index, token.end_mark.index
        if end > start:
            spans.append((start, end))
        if isinstance(token, yaml.ScalarToken) and token.style in ("|", ">"):
            block_headers.append(start)
    spans.sort()
    found: list[Location] = []
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    inside = _Spans(spans)
    for index, ch in enumerate(text):
        if ch != "#":
            continue
        if index and text[index - 1] not in " \t\n\r\ufeff":
            continue
        if inside(index) and not _in_block_header(text, index, block_headers):
            continue
        line = _line_of(line_starts, index)
        found.append(Location(line + 1, index - line_starts[line] + 1))
    return found


class _Spans:
    """Membership test for sorted, non-overlapping index ranges (the scanner's tokens)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.spans = spans

    def __call__(self, index: int) -> bool:
        i = bisect.bisect_right(self.starts, index) - 1
        return i >= 0 and self.spans[i][0] <= index < self.spans[i][1]


def _in_block_header(text: str, index: int, headers: list[int]) -> bool:
    """Whether ``#`` is a comment on the ``|``/``>`` line that starts block text."""
    for start in headers:
        line_end = text.find("\n", start)
        if line_end == -1:
            line_end = len(text)
        if start < index < line_end:
            head = text[start + 1 : index]
            return all(c in "+-0123456789 \t" for c in head)
    return False


def _line_of(line_starts: list[int], index: int) -> int:
    return bisect.bisect_right(line_starts, index) - 1


def lost_comments(text: str) -> list[Location]:
    """Comments the writer cannot keep: every comment below the file's top comment block."""
    header = header_comments(text)
    if _CANDIDATE.search(text, len(header)) is None:
        return []  # no "#" below the top block could start a comment
    header_lines = len(header.splitlines())
    return [loc for loc in comments(text) if loc.line > header_lines]


# a "#" that may start a comment: at the start of the text or after white space (see comments)
_CANDIDATE = re.compile(r"(?:\A|(?<=[ \t\n\r\ufeff]))#")
