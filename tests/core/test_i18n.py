"""The core's languages: catalogs current and complete, plural rules, formats, the language
in force per context, and compiled catalogs kept in the user cache."""

from __future__ import annotations

import contextvars
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from hypothesis import given
from hypothesis import strategies as st

from tabletop.core import catalogs, i18n
from tabletop.core.i18n import _, ngettext, npgettext, pgettext

FIELD = re.compile(r"\{[^{}]*\}")


def test_extracting_the_code_finds_nothing_the_template_lacks() -> None:
    """The template and every language's catalog hold exactly the messages of the code."""
    code = catalogs.extract()
    template = catalogs.read(catalogs.template_path())
    wanted = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in code if m.id}
    have = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in template if m.id}
    assert wanted - have == set(), "run: python -m tabletop.core.catalogs"
    assert len(wanted) > 700  # the report, cards, comparison and console messages
    assert catalogs.problems() == []


@pytest.mark.parametrize("language", ["vi", "ru"])
def test_every_entry_is_translated_with_its_placeholders(language: str) -> None:
    path = i18n.catalog_path(language)
    catalog = catalogs.read(path, language)
    template = catalogs.read(catalogs.template_path())
    ids = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in template if m.id}
    seen = set()
    for message in catalog:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        seen.add((message.id if isinstance(message.id, str) else message.id[0], message.context))
        if isinstance(message.id, tuple):
            forms = message.string
            assert isinstance(forms, tuple)
            assert len(forms) == {"vi": 1, "ru": 3}[language], message.id
            allowed = set(FIELD.findall(message.id[0])) | set(FIELD.findall(message.id[1]))
            for form in forms:
                assert form.strip(), message.id
                assert set(FIELD.findall(form)) <= allowed, (message.id, form)
                # every placeholder but the count itself must be said in every form
                assert allowed - {"{n}"} <= set(FIELD.findall(form)), (message.id, form)
        else:
            assert isinstance(message.string, str) and message.string.strip(), message.id
            assert set(FIELD.findall(message.string)) == set(FIELD.findall(message.id)), (
                message.id,
                message.string,
            )
    assert seen == ids


def test_plural_forms_follow_each_language() -> None:
    with i18n.language("ru"):
        forms = [ngettext("{n} decision", "{n} decisions", n).format(n=n) for n in (1, 2, 5, 21)]
    assert forms == ["1 решение", "2 решения", "5 решений", "21 решение"]
    with i18n.language("vi"):
        assert {ngettext("{n} decision", "{n} decisions", n) for n in (1, 2, 5)} == {
            "{n} quyết định"
        }
    with i18n.language("en"):
        assert ngettext("{n} decision", "{n} decisions", 1) == "{n} decision"
        assert ngettext("{n} decision", "{n} decisions", 2) == "{n} decisions"


def test_a_context_tells_two_senses_of_one_word_apart() -> None:
    with i18n.language("ru"):
        assert pgettext("channel status", "open") == "открыт"
        assert pgettext("comparison decision kind", "message") == "сообщение"
        inject = npgettext("after 'of'", "{n} inject", "{n} injects", 5)
        deck_holds = npgettext("the deck holds", "{n} inject", "{n} injects", 1)
    assert (inject, deck_holds) == ("{n} вводных", "{n} вводную")


def test_the_language_in_force_is_per_context() -> None:
    """A report can be written in one language while the app runs in another."""
    i18n.set_default_language("ru")
    try:
        assert _("Session") == "Сессия"
        with i18n.language("vi"):
            assert _("Session") == "Phiên"
            inner = contextvars.copy_context().run(lambda: _("Session"))
            assert inner == "Phiên"
            with i18n.language(None):  # nothing asked: the language in force stays
                assert _("Session") == "Phiên"
        assert _("Session") == "Сессия"
    finally:
        i18n.set_default_language(None)
    assert _("Session") == "Session"
    assert i18n.normalise("ru_RU.UTF-8") == i18n.normalise("ru-RU") == "ru"


def test_numbers_dates_percentages_and_lists_are_the_language_s() -> None:
    day = dt.date(2027, 2, 15)
    expected = {
        "en": ("15 February 2027", "1,234.5", "75 %", "a, b and c"),
        "vi": ("15 tháng 2, 2027", "1.234,5", "75%", "a, b và c"),
        "ru": ("15 февраля 2027\u202fг.", "1\u00a0234,5", "75 %", "a, b и c"),
    }
    for language, (date, number, share, listed) in expected.items():
        with i18n.language(language):
            assert i18n.format_date("2027-02-15") == date
            assert i18n.format_date(day) == date
            assert i18n.format_number(1234.5) == number
            assert i18n.format_percent(0.754) == share
            assert i18n.format_list(["a", "b", "c"]) == listed
    with i18n.language("ru"):
        assert i18n.format_date("next spring") == "next spring"  # not a date: as typed


@given(st.lists(st.text(min_size=1, max_size=8).filter(str.strip), max_size=6))
def test_a_list_names_every_item_once_in_order(items: list[str]) -> None:
    for language in ("en", "vi", "ru"):
        with i18n.language(language):
            text = i18n.format_list(items)
        position = 0
        for item in items:
            found = text.find(item, position)
            assert found >= 0, (language, items, text)
            position = found + len(item)


def test_the_compiled_catalog_is_kept_by_digest_in_the_user_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tabletop.core import paths

    monkeypatch.setattr(paths, "user_cache_dir", lambda: tmp_path)
    i18n._load.cache_clear()
    try:
        with i18n.language("vi"):
            assert _("Signature") == "Chữ ký"
        cached = list((tmp_path / "locale").glob("tabletop_vi_*.mo"))
        assert len(cached) == 1
        # a later start reads the compiled file instead of compiling the .po again
        cached[0].write_bytes(i18n.compile_po(_po_with("Signature", "Chữ ký (bộ nhớ đệm)"), "vi"))
        i18n._load.cache_clear()
        with i18n.language("vi"):
            assert _("Signature") == "Chữ ký (bộ nhớ đệm)"
    finally:
        i18n._load.cache_clear()


def test_an_unwritable_cache_only_costs_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from tabletop.core import paths

    monkeypatch.setattr(paths, "user_cache_dir", lambda: Path("/proc/no-such-folder"))
    i18n._load.cache_clear()
    try:
        with i18n.language("ru"):
            assert _("Signature") == "Подпись"
    finally:
        i18n._load.cache_clear()


def test_the_catalogs_are_installed_with_the_package() -> None:
    """pyproject ships the .po files as package data; an installed app reads them there."""
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"tabletop.locale" = ["*.pot", "*/LC_MESSAGES/*.po"]' in text
    assert i18n.available_languages() == ["en", "ru", "vi"]


def _po_with(msgid: str, msgstr: str) -> bytes:
    import io

    from babel.messages.pofile import write_po

    catalog = Catalog(locale="vi")
    catalog.add(msgid, msgstr)
    out = io.BytesIO()
    write_po(out, catalog)
    return out.getvalue()
