"""How a long build reports its progress and is cancelled (shared by both renderers)."""

from __future__ import annotations

from collections.abc import Callable

# called with the share of the document laid out so far; returning False cancels
Progress = Callable[[float], "bool | None"]


class RenderCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""
