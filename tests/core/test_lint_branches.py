"""Lint: a branch that waits for a decision no session can record is reported."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from support.sessions import MINIMAL, FakeClock

from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.engine import OperationError, Session, SessionSetup

TEXT = MINIMAL.read_text(encoding="utf-8")
BRANCH = "{decision: {by: us, channel: hotline}}"
DECK = load_deck_text(TEXT).deck
assert DECK is not None
PAIRS = list(itertools.product([t.id for t in DECK.teams], [c.id for c in DECK.channels]))


def _with_condition(condition: str) -> str:
    assert BRANCH in TEXT
    return TEXT.replace(BRANCH, condition)


def _party_warnings(text: str) -> list[str]:
    result = load_deck_text(text, "deck.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return [p.message for p in lint_deck(result) if p.code == "lint-branch-not-a-party"]


def _can_record(text: str, team: str, channel: str, tmp_path: Path) -> bool:
    session = Session.start(
        text, setup=SessionSetup(), path=tmp_path / f"{team}-{channel}.tabletop", clock=FakeClock()
    )
    try:
        session.record_decision(team, "We call.", kind="message", channel=channel)
    except OperationError:
        return False
    finally:
        session.close()
    return True


@pytest.mark.parametrize(("team", "channel"), PAIRS)
def test_a_decision_test_is_reported_exactly_when_no_session_could_record_it(
    team: str, channel: str, tmp_path: Path
) -> None:
    text = _with_condition(f"{{decision: {{by: {team}, channel: {channel}}}}}")
    warnings = _party_warnings(text)
    if _can_record(text, team, channel, tmp_path):
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert f"'{team}'" in warnings[0] and f"'{channel}'" in warnings[0]
        assert "inject 'cable-cut'" in warnings[0]


def test_a_decision_test_inside_a_group_is_found_and_located() -> None:
    text = _with_condition(
        "{any: [{escalation_at_least: 4}, {not: {decision: {by: nato, channel: hotline}}}]}"
    )
    result = load_deck_text(text, "deck.yaml")
    found = [p for p in lint_deck(result) if p.code == "lint-branch-not-a-party"]
    assert len(found) == 1
    assert found[0].path == ("injects", 0, "branches", 0, "when")
    assert found[0].location.line == text.splitlines().index("    branches:") + 2


def test_a_decision_by_any_team_or_over_any_channel_is_not_reported() -> None:
    assert _party_warnings(_with_condition("{decision: {channel: nrc}}")) == []
    assert _party_warnings(_with_condition("{decision: {by: nato}}")) == []
