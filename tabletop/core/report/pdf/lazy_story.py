"""The report's story as reportlab lays it out, made a section at a time.

reportlab's document template takes a list of flowables and consumes it from the
front (``flowables[0]``, ``del flowables[0]``, split parts put back with
``flowables[0:0] = …``). Made all at once, a long session's story (a paragraph for
every table cell of the reviews, the timeline, the teams and the event log) sits in
memory whole while its pages are written. This list is handed out instead: it makes
each section when the ones before it are nearly laid out, so only a section or two
of flowables exist at a time. The document is the same, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, SupportsIndex

from reportlab.platypus import Flowable

Section = Callable[[], list[Flowable]]

# how many flowables are kept made ahead of the one being laid out: reportlab looks
# ahead for a run of "keep with next" flowables, which is a few at most
AHEAD = 32
EVERYTHING = 2**62


class LazyStory(list[Flowable]):
    """A list of flowables whose later sections are made as the earlier ones are used."""

    def __init__(self, sections: Iterable[Section]) -> None:
        super().__init__()
        self._sections: list[Section | None] = list(sections)
        self._next = 0
        self._made = 0  # flowables made so far

    def _fill(self, wanted: int) -> None:
        while list.__len__(self) < wanted and self._next < len(self._sections):
            make = self._sections[self._next]
            self._sections[self._next] = None  # its flowables are freed once laid out
            self._next += 1
            if make is not None:
                made = make()
                self._made += len(made)
                self.extend(made)

    def __len__(self) -> int:
        self._fill(AHEAD)
        return list.__len__(self)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            stop = index.stop
            if stop is None or stop < 0 or (index.start or 0) < 0:
                self._fill(EVERYTHING)
            else:
                self._fill(stop)
        elif isinstance(index, SupportsIndex):
            at = index.__index__()
            self._fill(EVERYTHING if at < 0 else at + 1)
        return list.__getitem__(self, index)

    def __iter__(self) -> Any:
        self._fill(EVERYTHING)
        return list.__iter__(self)

    def fraction_done(self) -> float:
        """How far through the story the layout is, estimated from the sections made."""
        left = list.__len__(self)
        sections = len(self._sections)
        if not sections or self._next == 0:
            return 0.0
        per_section = self._made / self._next
        pending = (sections - self._next) * per_section
        done = self._made - left
        return done / max(done + left + pending, 1.0)
