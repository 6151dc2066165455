"""The session engine: state as a fold of events, and the operations that add them."""

from tabletop.core.engine.branching import NextInject, holds, next_inject
from tabletop.core.engine.session import (
    Change,
    OperationError,
    Session,
    SessionSetup,
    describe_event,
    open_state,
)
from tabletop.core.engine.state import SessionState, fold

__all__ = [
    "Change",
    "NextInject",
    "OperationError",
    "Session",
    "SessionSetup",
    "SessionState",
    "describe_event",
    "fold",
    "holds",
    "next_inject",
    "open_state",
]
