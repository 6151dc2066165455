"""The Russian translations: the intro and gray-zone decks, the channel catalog, the ladder.

A class in Moscow plays these decks in Russian from the first card to the last,
whichever branch it takes, with the channel board and the escalation meter in
Russian too; and no translation drops or changes a number, a time, an id or a
decision tag of the English text it was made from.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.walker import walk

from tabletop.core import paths
from tabletop.core.deck.model import Deck
from tabletop.core.deck.translation import (
    companion_path,
    read_translation,
    translation_problems,
)
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.engine import Session, SessionSetup

DECKS = {
    name: paths.bundled_decks_dir() / f"{name}.yaml" for name in ("intro", "gray-zone-escalation")
}
CATALOG = {name: paths.resource(f"{name}.yaml") for name in ("channels", "escalation")}
FILES = {**DECKS, **CATALOG}
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def russian(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def entries(path: Path) -> list[tuple[str, str, str]]:
    """(key, English source, Russian text) of the companion file beside ``path``."""
    translation = read_translation(companion_path(path, "ru").read_text(encoding="utf-8"))
    return [(key, e.source, e.text) for key, e in translation.entries.items()]


@pytest.mark.parametrize("path", FILES.values(), ids=list(FILES))
def test_the_russian_file_is_complete_and_current(path: Path) -> None:
    companion = companion_path(path, "ru")
    translation = read_translation(companion.read_text(encoding="utf-8"), companion.name)
    data = read_text(path.read_text(encoding="utf-8")).data
    assert translation.language == "ru"
    assert translation.translates == data.get("id", path.stem)
    assert [p.format() for p in translation_problems(translation, data)] == []
    untranslated = [key for key, _source, text in entries(path) if not russian(text)]
    assert untranslated == []


def _numbers(text: str) -> set[str]:
    """The figures of a text, written either way: 1,016 / 1016 / 13 000 (no-break space)."""
    joined = re.sub(r"(?<=\d)[,.\u00a0 ](?=\d)", "", text)
    return set(re.findall(r"\d+", joined))


def _ids(text: str, known: set[str]) -> set[str]:
    """The ids and tags a facilitator types or looks for: `attribution`, nato-russia-hotline."""
    ticks = set(re.findall(r"`([^`]+)`", text))
    words = set(re.findall(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", text))
    return ticks | {w for w in words if w in known and (len(w) <= 4 or not w.isalpha())}


def _known_ids(path: Path) -> set[str]:
    data = read_text(path.read_text(encoding="utf-8")).data
    catalog = read_text(CATALOG["channels"].read_text(encoding="utf-8")).data
    found = {"agree_channel"}
    for items in (data.get("injects"), data.get("objectives"), catalog.get("channels")):
        found |= {item["id"] for item in items or () if isinstance(item, dict)}
    return found


@pytest.mark.parametrize("path", FILES.values(), ids=list(FILES))
def test_no_figure_time_or_id_is_lost_in_translation(path: Path) -> None:
    known = _known_ids(path)
    for key, source, text in entries(path):
        assert _numbers(source) <= _numbers(text), f"{key}: {_numbers(source) - _numbers(text)}"
        if not key.endswith(("/name", "/title")):  # "air-picture exchange" is English there
            assert _ids(source, known) <= _ids(text, known), f"{key}: {_ids(source, known)}"


def _texts_of(deck: Deck) -> dict[str, str]:
    """Every text a class sees or the facilitator reads, as the session's deck holds it."""
    out = {"title": deck.title, "summary": deck.summary, "audience": deck.audience}
    for objective in deck.objectives:
        out[f"objective {objective.id}"] = objective.text
    for team in deck.teams:
        out |= {f"team {team.id} {f}": getattr(team, f) for f in ("name", "role", "briefing")}
    for channel in deck.channels:
        for f in ("name", "kind", "carries", "cannot_carry", "notes"):
            out[f"channel {channel.id} {f}"] = getattr(channel, f)
    for level in deck.ladder.levels:
        out[f"level {level.level} name"] = level.name
        out[f"level {level.level} description"] = level.description
        if level.threshold:
            out[f"level {level.level} threshold"] = level.threshold
    return out


def _inject_texts(deck: Deck, ident: str) -> dict[str, str]:
    inject = deck.inject(ident)
    out = {
        f"{ident} {f}": getattr(inject, f)
        for f in ("title", "phase", "sender", "narrative", "facilitator_notes")
    }
    for n, text in enumerate(inject.questions + inject.expected_actions):
        out[f"{ident} list {n}"] = text
    for n, branch in enumerate(inject.branches):
        out[f"{ident} branch {n}"] = branch.label
    return out


@pytest.mark.parametrize("name", list(DECKS))
def test_a_class_plays_the_deck_in_russian_to_the_end(name: str, tmp_path: Path) -> None:
    path = DECKS[name]
    session = Session.start(
        path.read_text(encoding="utf-8"),
        setup=SessionSetup(language="ru"),
        path=tmp_path / f"{name}.tabletop",
        deck_source=str(path),
    )
    deck = session.deck
    assert deck.language == "ru" and session.state.language == "ru"
    english = [where for where, text in _texts_of(deck).items() if text and not russian(text)]
    assert english == []
    assert deck.channel("hotline").name == "Горячая линия Москва — Вашингтон"
    assert deck.ladder.levels[-1].name == "Применение ядерного оружия"

    # the main line, card by card, as the console delivers it
    delivered = []
    while not session.next_inject().is_end:
        change = session.deliver_next()
        delivered.append(change.event.data["inject"])
    assert delivered
    for ident in delivered:
        texts = _inject_texts(session.deck, ident)
        assert [where for where, text in texts.items() if text and not russian(text)] == []
    session.close()

    # every branch, taken at least once and followed to its end, in the Russian deck
    report = walk(deck)
    assert report.routes and not report.stuck and report.missing == set()
    # and every card, the contingency cards a stalled room gets included
    for inject in deck.injects:
        texts = _inject_texts(deck, inject.id)
        assert [where for where, text in texts.items() if text and not russian(text)] == []

    # the file reopens in Russian
    again = Session.resume(tmp_path / f"{name}.tabletop")
    assert again.deck.title == deck.title and russian(again.deck.title)
    assert again.deck.channel("nrc").name == "Совет Россия–НАТО"
    again.close()
