"""The app's remembered preferences: window layout, recent sessions, drafts, last facilitator.

Kept in an INI file in the user's settings folder (``tabletop.core.paths``), so
tests and portable setups that redirect ``TABLETOP_HOME`` get their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tabletop.core import paths

RECENT_LIMIT = 12


_open: dict[str, QSettings] = {}


def settings() -> QSettings:
    """The settings file (created on first write), read once per process and folder."""
    name = str(paths.user_config_dir() / "gui.ini")
    store = _open.get(name)
    if store is None:
        store = _open[name] = QSettings(name, QSettings.Format.IniFormat)
    return store


def save_bytes(key: str, value: QByteArray) -> None:
    save_many({key: value})


def save_many(values: Mapping[str, QByteArray | str]) -> None:
    """Several values written in one go (each write rewrites the whole file)."""
    store = settings()
    for key, value in values.items():
        if isinstance(value, str) and not value:
            store.remove(key)
        else:
            store.setValue(key, value)
    store.sync()


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None


def save_text(key: str, value: str) -> None:
    """A text kept under ``key`` (an empty one is removed)."""
    save_many({key: value})


def load_text(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def recent_sessions() -> list[Path]:
    """Session files opened lately, most recent first, those still on disk."""
    value = settings().value("recent/sessions", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(p) for p in value if isinstance(p, str) and Path(p).is_file()]


def remember_session(path: Path) -> None:
    """Put a session file at the top of the recent list."""
    entries = [str(path.resolve())]
    entries += [str(p) for p in recent_sessions() if p.resolve() != path.resolve()]
    store = settings()
    store.setValue("recent/sessions", entries[:RECENT_LIMIT])
    store.sync()


def draft_key(session_id: str, name: str) -> str:
    """Where an unrecorded draft of a session's text field is kept."""
    return f"drafts/{session_id or 'unknown'}/{name}"
