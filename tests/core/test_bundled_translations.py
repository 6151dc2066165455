"""The shipped translations: complete, current, really translated, and playable.

Every companion file beside a bundled deck or a shared catalog file is checked,
whatever its language, so a translation added later is covered without being
named here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.sessions import FakeClock
from support.walker import deliver_each_contingency, walk

from tabletop.core import paths
from tabletop.core.deck.model import Deck, InjectType
from tabletop.core.deck.translation import (
    Translation,
    companion_path,
    is_companion,
    read_translation,
    translatable,
    translation_problems,
)
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.engine import Session, SessionSetup

FOLDERS = (paths.bundled_decks_dir(), paths.resources_dir())
COMPANIONS = sorted(p for f in FOLDERS for p in f.glob("*.yaml") if is_companion(p))
DECK_COMPANIONS = [p for p in COMPANIONS if p.parent == paths.bundled_decks_dir()]
CATALOG_FILES = ("channels.yaml", "escalation.yaml")

# Source texts of more than two words that a translation may keep word for word
# (proper names, titles of works). Add one only with the reason beside it.
KEPT_AS_IN_SOURCE: frozenset[str] = frozenset()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _language(path: Path) -> str:
    return path.stem.rpartition(".")[2]


def _original(path: Path) -> Path:
    return path.with_name(path.stem.rpartition(".")[0] + path.suffix)


def _read(path: Path) -> Translation:
    return read_translation(path.read_text(encoding="utf-8"), str(path))


def _data(path: Path) -> object:
    return read_text(path.read_text(encoding="utf-8")).data


def test_the_bundled_content_has_translations() -> None:
    languages = {_language(p) for p in DECK_COMPANIONS}
    assert "vi" in languages
    for language in languages:
        for name in CATALOG_FILES:
            assert companion_path(paths.resource(name), language).is_file(), (name, language)


@pytest.mark.parametrize("path", COMPANIONS, ids=lambda p: p.name)
def test_a_shipped_translation_is_complete_and_current(path: Path) -> None:
    translation = _read(path)
    data = _data(_original(path))
    assert translation.language == _language(path)
    expected_id = data.get("id") if isinstance(data, dict) else None
    assert translation.translates == (expected_id or _original(path).stem)
    assert [p.format() for p in translation_problems(translation, data)] == []


@pytest.mark.parametrize("path", COMPANIONS, ids=lambda p: p.name)
def test_nothing_is_left_in_the_source_language(path: Path) -> None:
    translation = _read(path)
    left = [
        key
        for key, entry in translation.entries.items()
        if len(entry.source.split()) > 2
        and _flat(entry.text) == _flat(entry.source)
        and _flat(entry.source) not in KEPT_AS_IN_SOURCE
    ]
    assert left == [], f"{path.name}: texts identical to their source"
    empty = [key for key, entry in translation.entries.items() if not entry.text.strip()]
    assert empty == []


def test_every_exception_is_a_text_the_bundled_content_has() -> None:
    sources = {
        _flat(text)
        for p in COMPANIONS
        for (_path, text) in translatable(_data(_original(p))).values()
    }
    assert sources >= KEPT_AS_IN_SOURCE


# -- playing a deck in its translation ------------------------------------------------------


def _played_texts(deck: Deck) -> dict[str, str]:
    """Every translatable text of a built deck, by the keys translations use."""
    out: dict[str, str] = {"title": deck.title, "summary": deck.summary, "audience": deck.audience}
    out |= {f"objectives/{o.id}/text": o.text for o in deck.objectives}
    for team in deck.teams:
        out |= {f"teams/{team.id}/{n}": getattr(team, n) for n in ("name", "role", "briefing")}
    for channel in deck.channels:
        for name in ("name", "kind", "carries", "cannot_carry", "notes"):
            out[f"channels/{channel.id}/{name}"] = getattr(channel, name)
    for level in deck.ladder.levels:
        for name in ("name", "description", "threshold"):
            out[f"ladder/{level.level}/{name}"] = getattr(level, name)
    for inject in deck.injects:
        base = f"injects/{inject.id}"
        out |= {f"{base}/{n}": getattr(inject, n) for n in ("title", "phase", "narrative")}
        out[f"{base}/from"] = inject.sender
        out[f"{base}/facilitator_notes"] = inject.facilitator_notes
        out |= {f"{base}/questions/{n}": q for n, q in enumerate(inject.questions, 1)}
        out |= {f"{base}/expected_actions/{n}": a for n, a in enumerate(inject.expected_actions, 1)}
        out |= {f"{base}/branches/{n}/label": b.label for n, b in enumerate(inject.branches, 1)}
    return {key: text for key, text in out.items() if text.strip()}


def _expected_texts(deck_companion: Path) -> dict[str, str]:
    """What each text of the played deck must read: the deck's translation, then the catalog's."""
    language = _language(deck_companion)
    expected: dict[str, str] = {}
    for name in CATALOG_FILES:
        catalog = _read(companion_path(paths.resource(name), language))
        expected |= {key: entry.text for key, entry in catalog.entries.items()}
    expected |= {key: entry.text for key, entry in _read(deck_companion).entries.items()}
    return expected


@pytest.mark.parametrize("companion", DECK_COMPANIONS, ids=lambda p: p.name)
def test_a_deck_is_played_through_in_its_translation(companion: Path, tmp_path: Path) -> None:
    language = _language(companion)
    deck_path = _original(companion)
    session = Session.start(
        deck_path.read_text(encoding="utf-8"),
        setup=SessionSetup(language=language),
        path=tmp_path / "class.tabletop",
        deck_source=str(deck_path),
        clock=FakeClock(),
    )
    deck = session.deck
    assert deck.language == language and session.state.language == language

    # every text the class sees (deck, the channels on the board, the ladder) is translated
    played = _played_texts(deck)
    expected = _expected_texts(companion)
    untranslated = [key for key in played if key not in expected]
    assert untranslated == []
    wrong = [key for key, text in played.items() if _flat(text) != _flat(expected[key])]
    assert wrong == []

    # the class plays one route to the end in the real session file ...
    delivered = []
    while not session.next_inject().is_end:
        delivered.append(session.deliver_next().event.data["inject"])
    assert delivered and delivered[0] == deck.injects[0].id
    session.close()
    again = Session.resume(tmp_path / "class.tabletop")
    assert again.deck.title == deck.title and again.state.language == language
    again.close()

    # ... and every branch of the translated deck is taken, every card delivered
    report = walk(deck)
    assert not report.stuck and report.routes
    assert report.missing == set()
    reached = {inject for route in report.routes for inject in route}
    standard = {i.id for i in deck.injects if i.type is not InjectType.CONTINGENCY}
    assert reached == standard
    assert deliver_each_contingency(deck) == []
