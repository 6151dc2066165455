"""Decks in several languages: companion translation files, checked and applied."""

from __future__ import annotations

from pathlib import Path

import yaml
from support.sessions import MINIMAL, FakeClock

from tabletop.core.deck.catalog import catalog_from_texts, shipped_catalog_texts
from tabletop.core.deck.loader import load_deck_text
from tabletop.core.deck.translation import (
    apply_translation,
    companion_path,
    is_companion,
    languages_of,
    read_translation,
    template,
    translatable,
    translation_problems,
)
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.engine import Session, SessionSetup, open_state

DECK_TEXT = MINIMAL.read_text(encoding="utf-8")
DECK_DATA = read_text(DECK_TEXT).data


def vietnamese(data: dict) -> str:
    """A complete translation of the test deck: every text marked as translated."""
    body = yaml.safe_load(template(data, "test-minimal", "vi"))
    for entry in body["strings"].values():
        entry["text"] = "VI: " + entry["source"]
    return yaml.safe_dump(body, allow_unicode=True, sort_keys=False)


def test_every_text_is_keyed_by_stable_ids() -> None:
    keys = translatable(DECK_DATA)
    assert keys["title"][1] == "Cable cut, a test deck"
    assert keys["injects/cable-cut/narrative"][1].startswith("A data cable")
    assert keys["injects/cable-cut/questions/1"][1] == "Who do you call first?"
    assert keys["teams/russia/name"][1] == "Russian Security Council"
    assert keys["objectives/obj-communicate/text"][0] == ("objectives", 0, "text")
    assert keys["channels/cable-commission/name"][1] == "Joint cable repair commission"
    assert keys["injects/cable-cut/branches/1/label"][1] == "The hotline was used"
    # ids, times, statuses and references are never translatable
    assert not any(key.endswith(("/id", "/goto", "/to")) for key in keys)


def test_a_complete_translation_has_no_problems_and_replaces_every_text() -> None:
    translation = read_translation(vietnamese(DECK_DATA), "minimal.vi.yaml")
    assert translation.language == "vi" and not translation.problems
    assert translation_problems(translation, DECK_DATA) == []
    translated = apply_translation(DECK_DATA, translation)
    for key, (_path, text) in translatable(translated).items():
        assert text.startswith("VI: "), key
    assert DECK_DATA["title"] == "Cable cut, a test deck"  # the source is untouched


def test_missing_extra_and_stale_entries_are_located_in_the_translation_file() -> None:
    body = yaml.safe_load(vietnamese(DECK_DATA))
    del body["strings"]["injects/tanker-seizure/title"]
    body["strings"]["injects/gone/title"] = {"source": "Gone", "text": "Đã mất"}
    body["strings"]["title"]["source"] = "An older title"
    text = yaml.safe_dump(body, allow_unicode=True, sort_keys=False)
    translation = read_translation(text, "minimal.vi.yaml")
    found = {p.code: p for p in translation_problems(translation, DECK_DATA)}
    assert set(found) == {"translation-missing", "translation-extra", "translation-stale"}
    lines = text.splitlines()
    extra = found["translation-extra"]
    assert lines[extra.location.line - 1].strip().startswith("injects/gone/title")
    stale = found["translation-stale"]
    assert lines[stale.location.line - 1].strip() == "title:"
    assert "An older title" not in stale.message and "Cable cut" in stale.message
    assert "injects/tanker-seizure/title" in found["translation-missing"].message
    assert found["translation-missing"].format().startswith("minimal.vi.yaml:")
    # a missing entry keeps the deck's own words
    applied = apply_translation(DECK_DATA, translation)
    assert applied["injects"][1]["title"] == "A tanker is boarded"


def test_a_malformed_translation_says_where() -> None:
    translation = read_translation(
        "format: tabletop-translation/1\ntranslates: test-minimal\nlanguage: Vietnamese\n"
        "strings:\n  title: just text\n",
        "bad.vi.yaml",
    )
    messages = [p.format() for p in translation.problems]
    assert any("bad.vi.yaml:3:" in m and "language code" in m for m in messages)
    assert any("bad.vi.yaml:5:" in m and "needs a text" in m for m in messages)


def test_a_session_played_in_a_translation_keeps_it(tmp_path: Path) -> None:
    session = Session.start(
        DECK_TEXT,
        setup=SessionSetup(language="vi"),
        path=tmp_path / "vi.tabletop",
        clock=FakeClock(),
        translation_text=vietnamese(DECK_DATA),
    )
    assert session.deck.title == "VI: Cable cut, a test deck"
    assert session.deck.language == "vi"
    assert session.state.language == "vi"
    change = session.deliver_next()
    assert session.deck.inject(change.event.data["inject"]).narrative.startswith("VI: ")
    session.close()
    again = Session.resume(tmp_path / "vi.tabletop")
    assert again.deck.team("russia").name == "VI: Russian Security Council"
    again.close()
    deck, state, meta = open_state(tmp_path / "vi.tabletop")
    assert deck.title.startswith("VI: ") and state.language == "vi"
    assert meta["language"] == "vi" and "translation/deck" not in meta


def test_a_session_finds_the_companion_file_beside_the_deck(tmp_path: Path) -> None:
    deck_path = tmp_path / "minimal.yaml"
    deck_path.write_text(DECK_TEXT, encoding="utf-8")
    companion = companion_path(deck_path, "vi")
    assert companion.name == "minimal.vi.yaml"
    companion.write_text(vietnamese(DECK_DATA), encoding="utf-8")
    assert is_companion(companion) and not is_companion(deck_path)
    assert languages_of(deck_path) == ["vi"]
    session = Session.start(
        DECK_TEXT,
        setup=SessionSetup(language="vi"),
        path=tmp_path / "s.tabletop",
        deck_source=str(deck_path),
        clock=FakeClock(),
    )
    assert session.deck.title.startswith("VI: ")
    session.close()
    english = Session.start(DECK_TEXT, path=tmp_path / "en.tabletop", clock=FakeClock())
    assert english.deck.title == "Cable cut, a test deck"
    english.close()


def test_the_shared_catalog_translates_channels_and_the_ladder() -> None:
    texts = shipped_catalog_texts()
    channels = read_text(texts["channels.yaml"]).data
    ladder = read_text(texts["escalation.yaml"]).data
    channel_keys = translatable(channels)
    assert "channels/hotline/name" in channel_keys
    ladder_keys = translatable(ladder)
    assert "ladder/10/name" in ladder_keys
    channel_tr = yaml.safe_dump(
        {
            "format": "tabletop-translation/1",
            "translates": "channels",
            "language": "ru",
            "strings": {"channels/hotline/name": {"source": "x", "text": "Горячая линия"}},
        },
        allow_unicode=True,
    )
    catalog = catalog_from_texts(texts, {"channels.yaml": channel_tr})
    hotline = catalog.channel("hotline")
    assert hotline is not None and hotline.name == "Горячая линия"
    deck = load_deck_text(DECK_TEXT, "minimal.yaml", catalog=catalog).deck
    assert deck is not None and deck.channel("hotline").name == "Горячая линия"


def test_validate_checks_a_deck_with_its_translations(tmp_path: Path) -> None:
    import subprocess
    import sys

    deck_path = tmp_path / "minimal.yaml"
    deck_path.write_text(DECK_TEXT, encoding="utf-8")
    body = yaml.safe_load(vietnamese(DECK_DATA))
    body["strings"]["summary"]["source"] = "An older summary"
    companion_path(deck_path, "vi").write_text(
        yaml.safe_dump(body, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    def validate(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tabletop", "validate", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    plain = validate(str(deck_path))
    assert plain.returncode == 0, plain.stderr
    assert "minimal.vi.yaml:" in plain.stdout and "'summary' is stale" in plain.stdout
    assert "2 files: 0 errors, 1 warning" in plain.stderr
    folder = validate(str(tmp_path), "--strict")
    assert folder.returncode == 1
    assert folder.stdout.count("'summary' is stale") == 1  # checked once, not as a deck
    from tabletop.core.deck.library import _deck_files

    assert _deck_files(tmp_path) == [deck_path]


def test_short_names_capabilities_and_source_notes_are_translated() -> None:
    """What a class reads beyond the narrative: the team's short name on the meter and the
    log, the capability an objective exercises, and what a source is cited for."""
    data = yaml.safe_load(DECK_TEXT)
    data["teams"][2]["short"] = "RUSSIA"
    data["objectives"][0]["capability"] = "Operational Communications"
    data["sources"] = [{"id": "cable-report", "title": "A cable report", "note": "the cable"}]
    keys = translatable(data)
    assert keys["teams/russia/short"] == (("teams", 2, "short"), "RUSSIA")
    assert keys["objectives/obj-communicate/capability"][1] == "Operational Communications"
    assert keys["sources/cable-report/note"] == (("sources", 0, "note"), "the cable")
    assert "sources/cable-report/title" not in keys  # a work's title is its proper name
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    body = yaml.safe_load(template(data, "test-minimal", "ru"))
    body["strings"]["teams/russia/short"]["text"] = "РФ"
    body["strings"]["objectives/obj-communicate/capability"]["text"] = "Оперативная связь"
    body["strings"]["sources/cable-report/note"]["text"] = "о кабеле"
    translation = read_translation(yaml.safe_dump(body, allow_unicode=True), "minimal.ru.yaml")
    deck = load_deck_text(
        yaml.safe_dump(apply_translation(read_text(text).data, translation), allow_unicode=True),
        "minimal.yaml",
    ).deck
    assert deck is not None
    assert deck.team("russia").short == "РФ"
    assert deck.objectives[0].capability == "Оперативная связь"
    source = deck.source("cable-report")
    assert source is not None and source.note == "о кабеле"


def test_the_shared_bibliography_is_translated_too() -> None:
    texts = shipped_catalog_texts()
    sources = read_text(texts["sources.yaml"]).data
    keys = translatable(sources)
    assert "sources/charap-2026/note" in keys
    notes = yaml.safe_dump(
        {
            "format": "tabletop-translation/1",
            "translates": "sources",
            "language": "vi",
            "strings": {"sources/charap-2026/note": {"source": "x", "text": "Các phần của bài"}},
        },
        allow_unicode=True,
    )
    catalog = catalog_from_texts(texts, {"sources.yaml": notes})
    source = next(s for s in catalog.sources if s.id == "charap-2026")
    assert source.note == "Các phần của bài"
    assert source.title.startswith("Europe's Next War")
