"""Holding off Python's cyclic garbage collector while a large structure is built.

Reading a spreadsheet or checking a deck makes hundreds of thousands of lists,
dicts and model objects and frees almost none of them; each pass of the cyclic
collector would walk them all again (and every object the program already holds),
for nothing: there are no cycles to find. The collector is held off for the
duration and runs as usual afterwards. Reference counting frees everything else
as always.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block (left as it was when it was already off)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
