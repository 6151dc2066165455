"""The fact checks of ``tabletop lint``: each fires on a deck that states something
wrong about its own channels, ladder or sources, says where and what, and stays
silent on the bundled decks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tabletop.core import paths
from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.lint import lint_deck
from tabletop.core.deck.lint_facts import degraded_delay, durations
from tabletop.core.deck.loader import load_deck, load_deck_text
from tabletop.core.deck.translation import is_companion

MINIMAL = Path(__file__).resolve().parent.parent / "data" / "decks" / "minimal.yaml"
DECKS = sorted(p for p in paths.bundled_decks_dir().glob("*.yaml") if not is_companion(p))


def _deck(notes: str = "Watch who calls whom.", **replace: str) -> str:
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace(
        "    facilitator_notes: Watch for who calls whom first. SECRET-NOTE-1\n",
        f"    facilitator_notes: >-\n      {notes}\n",
    )
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


FACTS = {
    "lint-latency",
    "lint-threshold",
    "lint-level",
    "lint-unknown-channel",
    "lint-unknown-party",
    "lint-section",
    "lint-source-shadows",
    "lint-source-duplicate",
    "lint-internal-note",
}


def _facts(text: str) -> list[str]:
    result = load_deck_text(text, "bad.yaml")
    assert result.deck is not None, [p.format() for p in result.problems]
    return [p.format() for p in lint_deck(result) if p.code in FACTS]


def test_a_clean_note_gives_no_fact_finding() -> None:
    assert _facts(_deck("The hotline (30 minutes) still works; the level rises to 2.")) == []


def test_a_latency_the_channel_does_not_have_is_flagged() -> None:
    found = _facts(_deck("Watch whether the US team uses the hotline (15 minutes, text only)."))
    assert found == [
        "bad.yaml:44:24: warning: inject 'cable-cut' says '15 minutes' for Washington–Moscow "
        "hotline ('hotline'), but the channel takes 30 minutes when open and 2 hours when "
        "degraded; correct the text or the channel's latency"
    ]


@pytest.mark.parametrize(
    "note",
    [
        "The hotline (30 minutes) is the only leaders' line.",
        "The US hotline takes about half an hour.",
        "Military-to-military channels are degraded: a call lands some sixteen hours later.",
        "mil-to-mil is degraded, so its 240-minute latency stretches to 16 hours.",
        "Ask about the NATO–Russia hotline (10 minutes) once it is answered again.",
        "A European hotline would take a week to agree; the hotline itself works.",
    ],
)
def test_latencies_that_the_channels_give_pass(note: str) -> None:
    assert _facts(_deck(note)) == []


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("Military-to-military calls are degraded and land some eight hours later.", "eight hours"),
        ("The US–Russia hotline (15 minutes) is the fastest line.", "15 minutes"),
        ("The hotline takes four hours.", "four hours"),
        ("Mil-to-mil: messages still arrive, but late (at least an hour).", "an hour"),
        ("mil-to-mil degrades (contacts cut; a call takes eight hours now).", "eight hours"),
    ],
)
def test_latencies_that_contradict_the_channel_are_flagged(note: str, said: str) -> None:
    found = _facts(_deck(note))
    assert len(found) == 1 and f"says '{said}'" in found[0], found


def test_the_degraded_rule_is_four_times_the_latency_and_at_least_an_hour() -> None:
    deck = load_deck(MINIMAL).deck
    assert deck is not None
    assert [degraded_delay(deck, x) for x in (0, 5, 15, 30, 240, 720)] == [
        60,
        60,
        60,
        120,
        960,
        2880,
    ]


@given(st.integers(1, 20), st.sampled_from(["minute", "hour", "day", "week"]))
@settings(max_examples=60)
def test_stated_durations_are_read_in_minutes(n: int, unit: str) -> None:
    minutes = {"minute": 1, "hour": 60, "day": 1440, "week": 10080}[unit]
    plural = "s" if n != 1 else ""
    assert [d[1] for d in durations(f"it takes {n} {unit}{plural} at most")] == [n * minutes]
    assert [d[1] for d in durations(f"a {n}-{unit} wait")] == [n * minutes]


@pytest.mark.parametrize(
    ("note", "flagged"),
    [
        ("Nuclear threshold (level 9). Pause play if the room needs it.", True),
        ("Nuclear coercion (threshold at 9).", True),
        ("Level 9 (nuclear coercion) is a threshold: do not drift into it.", True),
        ("The attribution threshold sits at level 6.", True),
        ("The nuclear threshold sits on level 10; level 9 is coercion.", False),
        ("First lethal force between states (threshold at level 6).", False),
        ("A death whose author is unknown is not lethal force (threshold 6).", False),
    ],
)
def test_a_threshold_on_a_rung_that_has_none_is_flagged(note: str, flagged: bool) -> None:
    found = _facts(_deck(note))
    assert bool(found) is flagged, found
    if flagged:
        assert "places a threshold at level" in found[0]
        assert (
            "thresholds are at 3 (attribution and consultation), 6 (first lethal force"
            in (found[0])
        )


def test_a_level_given_another_rungs_name_is_flagged() -> None:
    found = _facts(_deck("The level rises to 5 (coercive enforcement)."))
    assert found == [
        "bad.yaml:44:24: warning: inject 'cable-cut' puts 'coercive enforcement' at level 5, "
        "but the ladder has it at level 4"
    ]
    assert _facts(_deck("The level rises to 4 (coercive enforcement).")) == []


def test_a_channel_the_deck_lacks_is_flagged_when_named_by_its_id() -> None:
    found = _facts(_deck("Russia warned through the nrrc before the launch."))
    assert found == [
        "bad.yaml:44:24: warning: inject 'cable-cut' names the channel 'nrrc', which this "
        "deck does not have; add the channel to the deck's channels or reword"
    ]
    # everyday words are ids only in backticks
    assert _facts(_deck("Embassies summon the chargé.")) == []
    assert "'embassies'" in _facts(_deck("Use `embassies` for the summons."))[0]


def test_a_party_no_team_speaks_for_is_flagged() -> None:
    found = _facts(_deck("Record a decision by belarus if Minsk answers."))
    assert found and "names the party 'belarus'" in found[0]


def test_a_section_the_source_does_not_declare_is_flagged_with_a_suggestion() -> None:
    text = _deck(**{"section: On the brink}]": "section: Introduction}]"})
    found = _facts(text)
    assert found == [
        "bad.yaml:57:43: warning: inject 'cable-cut' cites section 'Introduction' of "
        "'charap-2026', which is not one of its sections (Opening, Point of no return, On the "
        "brink, Denial by deterrence, Break the ice, Talk it out)"
    ]
    text = _deck(**{"section: On the brink}]": "section: on the Brink}]"})
    assert _facts(text)[0].endswith("did you mean 'On the brink'?")


def test_a_shared_source_repeated_under_another_label_is_flagged() -> None:
    own = (
        "sources:\n"
        "  - id: poland-missile-2022\n"
        "    title: Russia didn't take US phone call after Poland missile strike\n"
        "    url: https://ktvz.com/news/ap-national-news/2022/11/16/"
        "russia-didnt-take-us-phone-call-after-poland-missile-strike/\n"
        "  - id: nato-line-2022\n"
        "    title: A copy\n"
        "teams:\n"
    )
    found = _facts(_deck(**{"teams:\n": own}))
    assert any(
        "source 'poland-missile-2022' is the shared 'ap-milley-2022' (same address) under another "
        "label; cite 'ap-milley-2022' instead" in f
        for f in found
    ), found
    shadows = "source 'nato-line-2022' repeats an id of the shared bibliography"
    assert any(shadows in f for f in found)


def test_a_note_left_for_the_authors_is_flagged() -> None:
    found = _facts(_deck("Over 6,000 arrests followed (research 3.5)."))
    assert found == [
        "bad.yaml:44:24: warning: inject 'cable-cut' contains a note for the authors "
        "('research 3.5'); remove it before the deck is used"
    ]


def test_the_shared_sources_declare_their_sections() -> None:
    sections = load_catalog().sections
    assert sections["charap-2026"][0] == "Opening"
    assert "Denial by deterrence" in sections["charap-2026"]
    assert sections["managed-coexistence"][1:4] == (
        "1. NATO communication",
        "2. NATO risk reduction",
        "3. Nato enlargement",
    )
    assert {"Basic dialogue and stabilisation menu", "Enhanced set"} <= set(sections["eln-riac"])


@pytest.mark.parametrize("path", DECKS, ids=[p.stem for p in DECKS])
def test_the_bundled_decks_raise_no_fact_finding(path: Path) -> None:
    result = load_deck(path)
    assert [p.format() for p in lint_deck(result) if p.code in FACTS] == []


def test_the_catalog_cites_only_the_sections_its_sources_declare() -> None:
    catalog = load_catalog()
    wrong = [
        (channel.id, ref.ref, ref.section)
        for channel in catalog.channels
        for ref in channel.sources
        if ref.ref in catalog.sections and ref.section not in catalog.sections[ref.ref]
    ]
    assert wrong == []


def test_the_catalog_states_the_degraded_rule_it_uses() -> None:
    """Every duration the channel notes give for a degraded channel follows the one rule."""
    deck = load_deck(MINIMAL).deck
    assert deck is not None
    header = (paths.resource("channels.yaml")).read_text(encoding="utf-8").split("format:")[0]
    assert "four times slower, at least an hour" in " ".join(header.replace("#", "").split())
    wrong = []
    for channel in load_catalog().channels:
        allowed = {channel.latency, degraded_delay(deck, channel.latency)}
        for sentence in re.split(r"(?<=[.;])\s+", channel.notes):
            if "egraded" not in sentence:
                continue
            for written, low, high in durations(sentence):
                if not any(low <= a <= high for a in allowed):
                    wrong.append((channel.id, written))
    assert wrong == []


def test_the_deck_format_page_states_the_degraded_rule() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "deck-format.md").read_text("utf-8")
    assert "after four times the latency, at least an hour" in page
    assert "twice the latency" not in page
