"""A session played in Vietnamese or Russian gives its report in that language, on paper
and in Word, with nothing of the report's own English left."""

from __future__ import annotations

import gettext
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from support.languages import TEXTS, TYPED, play_in

from tabletop.core import catalogs, i18n
from tabletop.core.engine import open_state
from tabletop.core.report.analysis.acronyms import COMMON
from tabletop.core.report.build import build_report
from tabletop.core.report.export import ReportError, export_session
from tabletop.core.report.model import SECTIONS, section

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler's pdftotext is absent"
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).split())


def english_fragments() -> list[str]:
    """Every run of words the report writes in English (each message's text between its
    placeholders) long enough to be a sentence's piece rather than a name."""
    found = set()
    for message in catalogs.extract():
        if not message.id:
            continue
        for msgid in (message.id,) if isinstance(message.id, str) else message.id:
            for piece in re.split(r"\{[^{}]*\}", msgid):
                piece = " ".join(piece.split()).strip(" .,;:()[]“”'")
                if len(re.findall(r"[A-Za-z]{3,}", piece)) >= 2:
                    found.add(piece)
    return sorted(found)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Path, Path]]]:
    folder = tmp_path_factory.mktemp("languages")
    made = {}
    for language in ("vi", "ru"):
        session = play_in(language, folder / f"{language}.tabletop", hotline_messages=2)
        pdf, word = folder / f"{language}.pdf", folder / f"{language}.docx"
        export_session(session, pdf)
        export_session(session, word)
        made[language] = (pdf, word)
    yield made


@needs_pdftotext
@pytest.mark.parametrize("language", ["vi", "ru"])
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_deck_played_in_a_language_gives_its_report_in_it(
    reports: dict[str, tuple[Path, Path]], language: str, kind: str
) -> None:
    pdf, word = reports[language]
    text = pdf_text(pdf) if kind == "pdf" else docx_text(word)
    with i18n.language(language):
        titles = [section(key)[0] for key in SECTIONS]
        # the first words of sentences this session makes the report write
        sentences = [
            i18n._(message).split("{")[0].strip()
            for message in (
                "FOR TRAINING AND EDUCATION ONLY",
                "The session ran {span}, {duration} of exercise time.",
                "The widest gap between belief and fact: {team} believed the level was "
                "{believed} while it was {actual}, at {time} ({wall}).",
                "Key figures",
                "The evaluator rated {ratings}.",
            )
        ]
    for title in titles:
        assert title in text, title
    for sentence in sentences:
        assert sentence and sentence in text, sentence
    # the deck's own text is the translation the class played
    assert TEXTS[language]["injects/cable-cut/title"] in text
    assert TYPED[language]["convene"] in text
    left = [piece for piece in english_fragments() if piece in text]
    assert left == [], f"English left in the {language} report: {left[:10]}"
    assert "1. Exercise overview" not in text and "Page 1 of" not in text


@needs_pdftotext
def test_dates_and_the_plan_s_dates_are_written_as_the_language_writes_them(
    reports: dict[str, tuple[Path, Path]],
) -> None:
    vi, ru = pdf_text(reports["vi"][0]), pdf_text(reports["ru"][0])
    assert "22 tháng 11, 2026" in vi and "15 tháng 2, 2027" in vi
    assert "22 ноября 2026" in ru and "15 февраля 2027" in ru
    assert "2027-02-15" not in vi + ru
    assert "Trang 1/" in vi and "Стр. 1 из " in ru


@needs_pdftotext
@pytest.mark.parametrize(
    ("hotline", "summary", "team"),
    [
        # three messages besides the hotline ones: 1 + 3 = 4 (few), 2 + 3 = 5 (many),
        # 18 + 3 = 21 (one); the US team's own line: 1 (one), 2 (few), 18 (many)
        (1, "По каналам отправлено 4 сообщения:", "отправлено 1 сообщение:"),
        (2, "По каналам отправлено 5 сообщений:", "отправлено 2 сообщения:"),
        (18, "По каналам отправлено 21 сообщение:", "отправлено 18 сообщений:"),
    ],
)
def test_a_russian_report_counts_messages_with_the_three_plural_forms(
    tmp_path: Path, hotline: int, summary: str, team: str
) -> None:
    path = play_in("ru", tmp_path / "ru.tabletop", hotline_messages=hotline)
    export_session(path, tmp_path / "ru.pdf")
    text = pdf_text(tmp_path / "ru.pdf")
    assert summary in text
    assert team in text
    assert f"Чаще всего использовался канал «Горячая линия Москва — Вашингтон» ({hotline} " in text


def test_a_report_can_be_asked_for_in_another_language(tmp_path: Path) -> None:
    """Asked for in English, a session played in Vietnamese keeps the deck it was played in."""
    path = play_in("vi", tmp_path / "vi.tabletop")
    deck, state, meta = open_state(path)
    english = build_report(deck, state, meta, language="en")
    assert english.language == "en"
    assert english.overview[0].label == "Exercise name"
    assert TEXTS["vi"]["injects/cable-cut/title"] in {e.title for e in english.timeline}
    russian = build_report(deck, state, meta, language="ru")
    assert russian.overview[0].label == "Название учения"
    with pytest.raises(ReportError, match="no report language 'xx'"):
        export_session(path, tmp_path / "r.pdf", language="xx")
    # the app's own language does not leak into a report asked for in another
    i18n.set_default_language("ru")
    try:
        assert build_report(deck, state, meta).overview[0].label == "Tên cuộc diễn tập"
    finally:
        i18n.set_default_language(None)


# -- a pseudo-locale: every message of the report through the catalog -----------------------

OPEN, CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")


def _pseudo(text: str) -> str:
    """``Page {page} of {pages}`` → ``⟦Págé {page} óf {pages}···⟧``: accented, a third longer,
    bracketed; placeholders kept as they are."""
    parts = re.split(r"(\{[^{}]*\})", text)
    body = "".join(p if p.startswith("{") else p.translate(_ACCENTS) for p in parts)
    return f"{OPEN}{body}{'·' * (len(text) // 3)}{CLOSE}"


def pseudo_translations() -> gettext.GNUTranslations:
    template = catalogs.extract()
    catalog = Catalog(locale="ru", domain="tabletop")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            string: str | tuple[str, ...] = tuple(_pseudo(message.id[i]) for i in (0, 1, 1))
        else:
            string = _pseudo(message.id)
        catalog.add(message.id, string, context=message.context)
    out = io.BytesIO()
    write_mo(out, catalog)
    return gettext.GNUTranslations(io.BytesIO(out.getvalue()))


def untranslated(text: str, allowed: set[str]) -> list[str]:
    """Latin words of three letters or more outside the pseudo-locale's brackets."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*(?:{CLOSE}|…)", " ", text)
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    return [w for w in words if re.fullmatch(r"[A-Za-z'-]{3,}", w) and w not in allowed]


@needs_pdftotext
@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_under_a_pseudo_locale_nothing_of_the_report_s_own_text_is_left(
    tmp_path: Path, kind: str
) -> None:
    """Every sentence, heading, label and legend comes through the catalog: with each
    message bracketed and lengthened, no Latin word of the report's own remains (the deck
    and what was typed are Russian; dates are Babel's Russian)."""
    path = play_in("ru", tmp_path / "ru.tabletop")
    session_id = open_state(path)[2]["session_id"]
    i18n.install("ru", pseudo_translations())
    try:
        target = tmp_path / f"pseudo.{kind}"
        export_session(path, target)
    finally:
        i18n.uninstall("ru")
    text = pdf_text(target) if kind == "pdf" else docx_text(target)
    assert text.count(OPEN) > 300
    text = text.replace(session_id, " ")
    # names as typed, ids, the deck's id and a tag are not the report's own words
    allowed = {"UTC", "test-languages", "attribution", *COMMON}
    left = untranslated(text, allowed)
    assert left == [], left


# -- the command line -------------------------------------------------------------------------


def test_report_command_takes_a_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    from tabletop.cli import main

    path = play_in("vi", tmp_path / "vi.tabletop")

    def first_page(target: Path) -> str:
        return PdfReader(target).pages[1].extract_text() or ""

    assert main(["report", str(path), "-o", str(tmp_path / "default.pdf")]) == 0
    assert "1. Tổng quan cuộc diễn tập" in first_page(tmp_path / "default.pdf")
    assert main(["report", str(path), "-o", str(tmp_path / "ru.pdf"), "--language", "ru"]) == 0
    assert "1. Общие сведения об учении" in first_page(tmp_path / "ru.pdf")
    assert main(["report", str(path), "-o", str(tmp_path / "en.docx"), "--language", "en"]) == 0
    assert "1. Exercise overview" in docx_text(tmp_path / "en.docx")
    capsys.readouterr()
    assert main(["report", str(path), "-o", str(tmp_path / "x.pdf"), "--language", "xx"]) == 2
    assert "no report language 'xx': use en, ru, vi" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cards_command_prints_the_deck_in_its_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With --language the deck is read with its companion file and the cards' own words
    are in that language; a deck with no companion keeps its text, the labels change."""
    from pypdf import PdfReader
    from support.languages import LANGUAGES_DECK, translation_text

    from tabletop.cli import main

    deck = tmp_path / "languages.yaml"
    deck.write_text(LANGUAGES_DECK.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "languages.ru.yaml").write_text(translation_text("ru"), encoding="utf-8")
    target = tmp_path / "cards.pdf"
    assert main(["cards", str(deck), "-o", str(target), "--language", "ru"]) == 0
    first = PdfReader(target).pages[0].extract_text() or ""
    assert TEXTS["ru"]["injects/cable-cut/title"] in first
    assert "ИГРОКАМ" in first and "ТОЛЬКО ДЛЯ ВЕДУЩЕГО" in first and "Карточка 1 из 4" in first
    assert "Если команда «Совет национальной безопасности США» зафиксировала" in " ".join(
        first.split()
    )
    assert main(["cards", str(deck), "-o", str(target), "--language", "vi", "--force"]) == 0
    first = PdfReader(target).pages[0].extract_text() or ""
    assert "Data cable severed in the Gulf of Finland" in first  # no Vietnamese companion
    assert "NGƯỜI CHƠI" in first and "Thẻ 1/4" in first
    capsys.readouterr()
    assert main(["cards", str(deck), "-o", str(target), "--language", "xx", "--force"]) == 2
    assert "no card language 'xx'" in capsys.readouterr().err


@needs_pdftotext
def test_the_comparison_of_sections_is_in_the_language_they_played_in(tmp_path: Path) -> None:
    from tabletop.core.compare import write_comparison

    first = play_in("ru", tmp_path / "a.tabletop", hotline_messages=1)
    second = play_in("ru", tmp_path / "b.tabletop", hotline_messages=3)
    written = write_comparison([first, second], tmp_path / "compare.pdf")
    assert written.comparison.language == "ru"
    text = pdf_text(tmp_path / "compare.pdf")
    for heading in ("Сравнение учебных групп", "Основные показатели", "Путь по сценарию"):
        assert heading in text
    left = [piece for piece in english_fragments() if piece in text]
    assert left == [], left
    english = write_comparison(
        [first, second], tmp_path / "compare-en.pdf", language="en"
    ).comparison
    assert english.language == "en" and english.sections[0].status == "ended"


def test_the_bibliography_of_a_vietnamese_report_cites_in_vietnamese(tmp_path: Path) -> None:
    """A citation of a whole work and the bibliography's notes are in the report's language;
    the works' titles stay as published."""
    from tabletop.core.engine import Session, SessionSetup

    deck_path = Path(__file__).resolve().parents[2] / "injects" / "intro.yaml"
    with Session.start(
        deck_path.read_text(encoding="utf-8"),
        setup=SessionSetup(language="vi"),
        path=tmp_path / "vi.tabletop",
        deck_source=str(deck_path),
    ) as session:
        session.deliver_next()
    deck, state, meta = open_state(tmp_path / "vi.tabletop")
    model = build_report(deck, state, meta)
    places = [place for entry in model.sources for place in entry.cited_by]
    assert places and not any("whole article" in place for place in places), places
    charap = next(entry for entry in model.sources if entry.id == "charap-2026")
    assert "Europe's Next War" in charap.citation
    assert "Sections:" not in charap.citation  # the note is the Vietnamese one
