"""What the bundled decks say about their sources and about each side is right.

The fact lint catches what the data can check (latencies, thresholds, sections).
These tests hold the decks to the claims a reader of the sources found wrong
once: each pattern is a misreading of a source, and none may come back. They
also hold the decks to the balance between the sides: the Russian team can
steer play wherever a decision does, and it is briefed from positions Russians
have stated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tabletop.core import paths
from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.loader import load_deck
from tabletop.core.deck.model import (
    ChannelStatus,
    ChannelStatusIs,
    DecisionMade,
    Deck,
    InjectType,
    iter_conditions,
)
from tabletop.core.deck.translation import is_companion

DECKS = sorted(p for p in paths.bundled_decks_dir().glob("*.yaml") if not is_companion(p))
ROOT = Path(__file__).resolve().parents[2]


def _deck(path: Path) -> Deck:
    result = load_deck(path)
    assert result.deck is not None, [p.format() for p in result.problems]
    return result.deck


def _prose(deck: Deck) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of prose in a deck."""
    yield "summary", deck.summary
    for team in deck.teams:
        yield f"team {team.id}", f"{team.role} {team.briefing}"
    for inject in deck.injects:
        parts = [inject.title, inject.narrative, inject.facilitator_notes]
        parts += [*inject.questions, *inject.expected_actions]
        yield f"inject {inject.id}", " ".join(parts)
    for channel in deck.channels:
        yield f"channel {channel.id}", f"{channel.carries} {channel.cannot_carry} {channel.notes}"


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?;])\s+", " ".join(text.split()))


# Each entry: why the claim is wrong, and a test that finds it in a sentence.
MISREADINGS: list[tuple[str, re.Pattern[str]]] = [
    (
        "the NATO–Russia military line exists (2015); it goes unanswered, it was not "
        "'never set up' or 'only proposed'",
        re.compile(
            r"NATO[–-]Russia (military |incident |cyber )*(hot)?line[^.;]*"
            r"(never (been )?(set up|built|agreed|created)|only (as )?a proposal|"
            r"exists only (as a proposal|on paper)|proposed but never)"
            r"|(never (been )?(set up|built)|only (as )?a proposal)[^.;]*NATO[–-]Russia "
            r"(military |incident |cyber )*(hot)?line",
            re.I,
        ),
    ),
    (
        "the first item of the ELN/RIAC basic menu is a more predictable rhythm of NRC "
        "meetings, not the hotline",
        re.compile(r"first item of the ELN/RIAC(?![^.]*NATO[–-]Russia Council)", re.I),
    ),
    (
        "the ELN/RIAC report asks for transparency of sub-strategic *nuclear* postures",
        re.compile(r"sub-strategic (?!nuclear)", re.I),
    ),
    (
        "the article gives allied hemming and hawing, not RAND's 60 hours, as the reason "
        "a Baltic state might strike first",
        re.compile(r"(RAND|60[- ]hours?)[^.]*(drives|driver of|explains)[^.]*incentive", re.I),
    ),
    (
        "the article says Minsk would reposition units 'unlike then' (2020)",
        re.compile(r"2020 precedent, almost exactly|exactly as in 2020", re.I),
    ),
    (
        "no offensive followed Ukraine's April 2021 Vienna Document request",
        re.compile(r"both before (an )?offensives?", re.I),
    ),
    (
        "the article does not name the 2008 NRC suspension; it speaks only of past practice",
        re.compile(r"(Charap and Haukkala|the article)[^.;]*\b2008\b", re.I),
    ),
    (
        "the ELN/RIAC call for a predictable rhythm of meetings is about the NATO–Russia "
        "Council, not the OSCE",
        re.compile(r"predictable rhythm of meetings(?![^.]*NATO[–-]Russia Council)", re.I),
    ),
    (
        "the managed co-existence commentary says 'NATO needs to communicate too', not that "
        "a US side-channel weakens the Alliance",
        re.compile(r"weakens the Alliance", re.I),
    ),
    (
        "attribution of the cable damage is for the teams to establish",
        re.compile(r"cut by a tanker of Russia's shadow fleet", re.I),
    ),
    (
        "a Vienna Document reply is due within 48 hours of the request",
        re.compile(r"(six|6) hours after the (Chapter III )?request", re.I),
    ),
]


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_no_known_misreading_of_the_sources(path: Path) -> None:
    found = [
        f"{where}: {why}: “{sentence}”"
        for where, text in _prose(_deck(path))
        for sentence in _sentences(text)
        for why, pattern in MISREADINGS
        if pattern.search(sentence)
    ]
    assert found == []


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_the_eln_riac_menu_is_dated_for_the_players(path: Path) -> None:
    """The report dates from February 2019 and assumes a working NATO–Russia Council."""
    deck = _deck(path)
    if not any(ref.ref == "eln-riac" for i in deck.injects for ref in i.sources):
        pytest.skip("the deck does not use the ELN/RIAC report")
    briefings = " ".join(t.briefing for t in deck.teams)
    assert "2019" in briefings and "NATO–Russia Council" in briefings


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_the_enlargement_recommendation_is_quoted_whole(path: Path) -> None:
    """The commentary pairs the Vilnius line with accepting 'the inevitable' about enlargement."""
    for inject in _deck(path).injects:
        if any(r.section == "3. Nato enlargement" for r in inject.sources):
            assert "inevitable" in inject.facilitator_notes, inject.id


def test_every_catalog_channel_is_played_in_some_deck() -> None:
    used = {c.id for path in DECKS for c in _deck(path).channels}
    assert [c.id for c in load_catalog().channels if c.id not in used] == []


def test_the_2015_line_stands_in_the_catalog_as_existing_but_unanswered() -> None:
    line = load_catalog().channel("nato-russia-hotline")
    assert line is not None
    assert line.status is ChannelStatus.CLOSED
    assert "2015" in line.notes and "unanswered" in line.notes


def _russia_can_steer(deck: Deck, condition: object) -> bool:
    if isinstance(condition, DecisionMade):
        if condition.by == "russia":
            return True
        if condition.by:
            return False
        if condition.channel:
            return deck.channel(condition.channel).usable_by(deck.team("russia"))
        return True
    if isinstance(condition, ChannelStatusIs):
        # a proposed channel opens only when every party, Russia included, agrees
        return "russia" in deck.channel(condition.channel).parties
    return False


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_the_russian_team_can_steer_every_decision_branch(path: Path) -> None:
    deck = _deck(path)
    if not deck.has_team("russia"):
        pytest.skip("no Russian team")
    unsteerable = []
    steered_by_russia = 0
    for inject in deck.injects:
        conditions = [c for b in inject.branches for c in iter_conditions(b.when)]
        decisions = [c for c in conditions if isinstance(c, DecisionMade)]
        if any(isinstance(c, DecisionMade) and c.by == "russia" for c in conditions):
            steered_by_russia += 1
        if decisions and not any(_russia_can_steer(deck, c) for c in conditions):
            unsteerable.append(inject.id)
    assert unsteerable == []
    assert steered_by_russia >= 2, "at least two branch points turn on a Russian decision"


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_the_russian_briefing_cites_russian_stated_positions(path: Path) -> None:
    """The Russian team's brief rests on what Russians have said, with the source named."""
    deck = _deck(path)
    if not deck.has_team("russia"):
        pytest.skip("no Russian team")
    briefing = deck.team("russia").briefing
    voices = ("Lavrov", "Putin", "Peskov", "Patrushev", "Grushko", "Kortunov", "Kramarenko")
    assert any(v in briefing for v in voices), briefing


def test_the_intro_states_its_class_time_honestly() -> None:
    intro = _deck(paths.bundled_decks_dir() / "intro.yaml")
    assert intro.play_time == 30
    assert intro.duration == 45


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_play_time_and_class_time_are_both_stated(path: Path) -> None:
    deck = _deck(path)
    assert 0 < deck.play_time < deck.duration


def test_the_readme_lists_every_bundled_deck_with_play_and_class_time() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The bundled decks", 1)[1].split("\n## ", 1)[0]
    rows = {
        cells[0].strip("` "): cells
        for line in table.splitlines()
        if line.startswith("| `")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }
    for path in DECKS:
        deck = _deck(path)
        assert deck.id in rows, deck.id
        assert rows[deck.id][-2:] == [f"{deck.play_time} min", f"{deck.duration} min"]


def test_contingency_injects_exist_in_every_deck() -> None:
    for path in DECKS:
        assert any(i.type is InjectType.CONTINGENCY for i in _deck(path).injects), path.stem
