"""What an operation on a session returns, how it says it cannot be done, and what the
groups of operations that make up a :class:`~tabletop.core.engine.session.Session` rely on."""

from __future__ import annotations

from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.engine.records import DecisionRecord, SessionState
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


class Operations:
    """What a group of operations (decisions, evaluation) uses of the session it is part of."""

    deck: Deck

    @property
    def state(self) -> SessionState:
        raise NotImplementedError

    def _commit(self, type_: str, data: dict[str, Any], summary: str) -> Change:
        """Write one event durably, apply it, and say what changed."""
        raise NotImplementedError

    def _require_live(self) -> None:
        """Refuse an operation once the session has ended."""
        raise NotImplementedError
