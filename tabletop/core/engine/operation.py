"""What an operation on a session returns, and how it says it cannot be done."""

from __future__ import annotations

from tabletop.core.engine.records import DecisionRecord
from tabletop.core.store import Event
from tabletop.core.value_class import value_class


class OperationError(Exception):
    """An operation that cannot be done now; the message says why. Nothing was written."""


@value_class
class Change:
    """What one operation did: the event written and the parts of the state it changed."""

    event: Event
    aspects: frozenset[str]
    summary: str
    decision: DecisionRecord | None = None

    def touches(self, *aspects: str) -> bool:
        return bool(self.aspects.intersection(aspects))
