"""A session state as plain data, to compare two states field by field."""

from __future__ import annotations

import dataclasses
from typing import Any

from tabletop.core.engine.state import SessionState


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {repr(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, set):
        return sorted(plain(v) for v in value)
    return value


def digest(state: SessionState) -> dict[str, Any]:
    """Everything a view or the report reads from a state, as plain data."""
    skip = {"deck", "events", "teams"}
    out = {
        f.name: plain(getattr(state, f.name))
        for f in dataclasses.fields(state)
        if f.name not in skip
    }
    out["events"] = [e.seq for e in state.events]
    out["decision_ids"] = list(state.decisions)
    out["teams"] = [plain(t) for t in state.teams]
    return out
