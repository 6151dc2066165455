"""The bundled decks: valid, lint-clean, and every branch playable to an end."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.walker import deliver_each_contingency, walk

from tabletop.core import paths
from tabletop.core.deck.library import list_decks
from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.loader import load_deck
from tabletop.core.deck.model import (
    ChannelStatusIs,
    DecisionMade,
    Deck,
    EscalationAtLeast,
    EscalationAtMost,
    InjectType,
    iter_conditions,
)
from tabletop.core.deck.translation import is_companion

EXPECTED = {
    "intro",
    "gray-zone-escalation",
    "baltic-snap-exercise",
    "ukraine-ceasefire-breakdown",
    "belarus-unrest",
    "moldova-georgia",
    "managed-coexistence",
    "missiles-arms-control",
    "kaliningrad-transit",
    "framing",
}
DECKS = sorted(p for p in paths.bundled_decks_dir().glob("*.yaml") if not is_companion(p))
# short decks (a first class, a framing exercise) and the branch points they need
SHORT = {"intro": 1, "framing": 2}


def _load(path: Path) -> Deck:
    result = load_deck(path)
    assert result.deck is not None, [p.format() for p in result.problems]
    return result.deck


def test_every_expected_deck_is_bundled_and_listed() -> None:
    listed = {e.id for e in list_decks() if e.origin == "bundled"}
    assert listed >= EXPECTED
    assert all(not e.problem for e in list_decks())


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_deck_validates_and_lints_clean(path: Path) -> None:
    result = load_deck(path)
    findings = result.problems + lint_deck(result)
    assert [p.format() for p in findings] == []


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_every_branch_is_taken_and_every_route_ends(path: Path) -> None:
    deck = _load(path)
    report = walk(deck)
    assert not report.stuck
    assert report.routes, "at least one route reaches the end"
    assert report.missing == set(), f"branches never taken: {sorted(report.missing)}"
    assert deliver_each_contingency(deck) == []


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_deck_meets_the_content_brief(path: Path) -> None:
    deck = _load(path)
    assert deck.duration, "a stated duration"
    assert deck.objectives and deck.teams
    assert all(t.briefing and t.role for t in deck.teams)
    for inject in deck.injects:
        assert inject.sources and all(ref.section for ref in inject.sources), inject.id
        assert inject.questions and inject.expected_actions, inject.id
    assert any(i.type is InjectType.CONTINGENCY for i in deck.injects)
    decided_by_play = [
        i.id
        for i in deck.injects
        if any(
            isinstance(c, (DecisionMade, EscalationAtLeast, EscalationAtMost, ChannelStatusIs))
            for b in i.branches
            for c in iter_conditions(b.when)
        )
    ]
    channel_effects = sum(len(i.effects.channels) for i in deck.injects)
    assert deck.play_time and deck.play_time < deck.duration, "play time and class time"
    if deck.id in SHORT:
        assert deck.duration <= 45
        assert len(decided_by_play) >= SHORT[deck.id] and channel_effects >= 1
    else:
        assert 12 <= len(deck.injects) <= 25
        assert len(decided_by_play) >= 2
        assert channel_effects >= 3
