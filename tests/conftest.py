"""Test setup shared by every test: a private user folder, Qt offscreen."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# HYPOTHESIS_PROFILE=thorough runs the property tests twenty times longer.
settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# GUI tests never need a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

collect_ignore: list[str] = []
if importlib.util.find_spec("PySide6") is None:
    # the core must work (and be tested) without Qt installed
    collect_ignore.append("gui")


@pytest.fixture(autouse=True)
def tabletop_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own empty user folder (sessions, user decks, settings)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TABLETOP_HOME", str(home))
    yield home


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def minimal_deck_path() -> Path:
    return DATA / "decks" / "minimal.yaml"
