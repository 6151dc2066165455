"""Where tabletop's files live: bundled decks and resources, user decks, sessions.

This is the only module that knows about appdirs. Tests (and a user who wants a
portable setup) redirect everything with the ``TABLETOP_HOME`` environment
variable, under which ``decks/``, ``sessions/`` and ``settings/`` are created.
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

APP_NAME = "tabletop"
SESSION_SUFFIX = ".tabletop"
DECK_SUFFIXES = (".yaml", ".yml")

_HERE = Path(__file__).resolve().parent


def _package_dir(name: str) -> Path:
    """A bundled data folder: inside the installed package, else in the checkout."""
    installed = _HERE.parent / name  # site-packages/tabletop/<name>
    if installed.is_dir():
        return installed
    return _HERE.parent.parent / name  # <checkout>/<name>


def bundled_decks_dir() -> Path:
    """The folder of decks shipped with the application."""
    return _package_dir("injects")


def resources_dir() -> Path:
    """The folder of shipped resources: channel catalog, escalation ladder, schema, fonts."""
    return _package_dir("resources")


def resource(name: str) -> Path:
    """One shipped resource file by name (for example ``channels.yaml``)."""
    return resources_dir() / name


def _home() -> Path | None:
    value = os.environ.get("TABLETOP_HOME")
    return Path(value) if value else None


def user_data_dir() -> Path:
    """The per-user data folder (sessions and user decks live below it)."""
    home = _home()
    if home is not None:
        return home
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The per-user settings folder (recent files, window layout)."""
    home = _home()
    if home is not None:
        return home / "settings"
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Where tabletop keeps what it can always rebuild (the record of checked decks)."""
    home = _home()
    if home is not None:
        return home / "cache"
    return Path(appdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_decks_dir() -> Path:
    """Where the user's own decks are kept and found."""
    return user_data_dir() / "decks"


def sessions_dir() -> Path:
    """Where session files are created by default."""
    return user_data_dir() / "sessions"


def ensure_dir(path: Path) -> Path:
    """Create a folder (and its parents) if needed and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path
