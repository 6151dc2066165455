"""The session engine: state as a fold of events, and the operations that add them.

The names below are loaded from their modules when first used, so a window that only
needs a constant of the engine (the start screen's badges) does not load all of it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = {
    "NextInject": "branching",
    "holds": "branching",
    "next_inject": "branching",
    "Change": "session",
    "OperationError": "session",
    "Session": "session",
    "SessionSetup": "session",
    "describe_event": "session",
    "open_state": "session",
    "SessionState": "state",
    "fold": "state",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
