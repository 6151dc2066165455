"""The rendered after-action report: its text section by section, print quality, safety.

PDFs are read back with pypdf, as a reader's tools would read them.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tabletop.core.engine import SessionSetup, open_state
from tabletop.core.report.build import build_report
from tabletop.core.report.export import export_session
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf import render_report
from tabletop.core.report.pdf.document import MARGIN_SIDE
from tabletop.core.report.sample import play_sample_session, practice_session

SECTIONS = [
    "1. Exercise overview",
    "2. Executive summary",
    "3. Analysis of capabilities",
    "4. The four after-action questions, by inject",
    "5. The path through the deck",
    "6. Timeline",
    "7. Escalation",
    "8. Channel analysis",
    "9. Decisions by team",
    "10. Hot wash",
    "11. Conclusion",
    "Appendix A. Improvement plan",
    "Appendix B. Participants",
    "Appendix C. Acronyms",
    "Appendix D. Event log",
    "Appendix E. Sources",
]
HOSTILE = (
    '<b>not bold</b> & <a href="https://example.com/x">click</a> &amp; '
    '<font size="40">big</font> <br/> ]]> <para>'
)
LONG_WORDS = ("escalation " * 910).strip()  # 10,009 characters of ordinary words
LONG_TOKEN = "x" * 10_000  # one "word" with no place to break
RUSSIAN = "Предложить переговоры по горячей линии: «Мы никого не обвиняем»."
VIETNAMESE = "Nguyễn Thị Minh Khai đề nghị đàm phán về tuyến cáp ngầm."


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squeeze(text: str) -> str:
    """Text without any whitespace: line breaks a layout adds do not matter."""
    return "".join(text.split())


def has(text: str, expected: str) -> bool:
    return squeeze(expected) in squeeze(text)


def between(text: str, start: str, end: str | None) -> str:
    begin = text.index(start)
    return text[begin : text.index(end, begin) if end else len(text)]


@pytest.fixture(scope="module")
def sample_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return play_sample_session(tmp_path_factory.mktemp("sample") / "sample.tabletop")


@pytest.fixture(scope="module")
def sample_model(sample_session: Path) -> ReportModel:
    return build_report(*open_state(sample_session))


@pytest.fixture(scope="module")
def sample_pdf(sample_model: ReportModel) -> bytes:
    return render_report(sample_model)


@pytest.fixture(scope="module")
def hostile_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A session whose every free-text field carries markup, long text or other scripts."""
    deck = (Path(__file__).parent.parent / "data" / "decks" / "minimal.yaml").read_text("utf-8")
    setup = SessionSetup(
        name="<i>Drill</i> & <a href='https://example.com'>co</a>",
        facilitator="Trần Văn Ân",
        teams=[{"id": "russia", "participants": ["Алексей Смирнов", "Екатерина Волкова"]}],
    )
    folder = tmp_path_factory.mktemp("hostile")
    session, clock = practice_session(folder / "hostile.tabletop", deck, setup)
    with session:
        clock.advance(5)
        session.deliver_next()
        session.record_decision("nato", HOSTILE)
        session.send_message("us", "hotline", LONG_WORDS)
        session.send_message("nato", "cable-commission", LONG_TOKEN)
        session.record_decision("russia", RUSSIAN, kind="statement", channel="public")
        session.record_decision("us", VIETNAMESE)
        session.note_observation("improvement", HOSTILE, rating="U", objective="obj-communicate")
        session.note_hotwash("why", "First line\nsecond line & <third>")
        session.add_action(HOSTILE, LONG_WORDS, owner=VIETNAMESE, capability=RUSSIAN)
    return render_report(build_report(*open_state(session.path)))


# -- contents, section by section ------------------------------------------------------


def test_every_section_is_printed_in_order(sample_pdf: bytes) -> None:
    text = "\n".join(pages_text(sample_pdf))
    positions = [text.find(heading) for heading in SECTIONS]
    assert -1 not in positions, [h for h, p in zip(SECTIONS, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_cover_names_exercise_status_marking_and_signature(sample_pdf: bytes) -> None:
    cover = pages_text(sample_pdf)[0]
    for expected in (
        "AFTER-ACTION REPORT / IMPROVEMENT PLAN",
        "Baltic seminar, group B",
        "Cable cut in the Baltic",
        "FINAL REPORT",
        "FOR TRAINING AND EDUCATION ONLY",
        "Dr. Elena Marković",
        "24 November 2026",
        "Exercise director",
    ):
        assert expected in cover


def test_sections_hold_their_own_content(sample_pdf: bytes) -> None:
    text = "\n".join(pages_text(sample_pdf))
    part = {
        heading: between(text, heading, SECTIONS[i + 1] if i + 1 < len(SECTIONS) else None)
        for i, heading in enumerate(SECTIONS)
    }
    overview = part["1. Exercise overview"]
    assert has(overview, "Point of contact") and has(overview, "Алексей Смирнов")
    assert has(overview, "Mission areas") and has(overview, "Evaluation method")
    summary = part["2. Executive summary"]
    assert has(summary, "Peak escalation level") and has(summary, "4 (Coercive enforcement)")
    assert has(summary, "Major strengths") and has(summary, "Primary areas for improvement")
    assert has(summary, "Recommendations") and has(summary, "How the figures are counted")
    capabilities = part["3. Analysis of capabilities"]
    assert has(capabilities, "M: performed with major challenges")
    assert has(capabilities, "Root cause:")
    questions = part["4. The four after-action questions, by inject"]
    assert has(questions, "What was supposed to happen?")
    assert has(questions, "Seek attribution before any enforcement step")
    assert has(questions, "Sustain: The US used the hotline within minutes of the incident.")
    assert "no gap" not in questions
    assert has(part["5. The path through the deck"], "Branch points") or has(
        part["5. The path through the deck"], "Every inject and how it came"
    )
    timeline = part["6. Timeline"]
    assert has(timeline, "Data cable severed in the Gulf of Finland")
    assert has(timeline, "Day 1 06:45 · 09:05 UTC")
    assert has(timeline, "NOT DELIVERED") and has(timeline, "WITHDRAWN")
    assert has(timeline, "Facilitator · Adjudication")
    escalation = part["7. Escalation"]
    assert has(escalation, "Believed by North Atlantic Council")
    assert has(
        escalation, "Threshold at level 3: Attribution and consultation, crossed Day 1 14:00"
    )
    assert has(escalation, "a government has publicly named Russia")
    assert has(escalation, "C1: Military-to-military channels closed, Day 1 06:45")
    channels = part["8. Channel analysis"]
    assert has(channels, "Decisions that never got through")
    assert has(channels, "Request a joint inspection of the cable.")
    plan = part["Appendix A. Improvement plan"]
    assert has(plan, "Brief the channel map at the start of every move.")
    assert has(plan, "Capability element") and has(plan, "Organisation POC")
    assert has(part["Appendix C. Acronyms"], "UTC")
    log = part["Appendix D. Event log"]
    assert has(log, "Session ended") and has(log, "Clock paused")
    assert has(part["Appendix E. Sources"], "Foreign Affairs")


def test_each_expected_action_s_verdict_is_printed_once(
    sample_pdf: bytes, sample_model: ReportModel
) -> None:
    """ "Not met: Not met by the delivery of …" said the verdict twice."""
    text = squeeze("\n".join(pages_text(sample_pdf)))
    for review in sample_model.reviews:
        for expected in review.expected:
            assert squeeze(expected.statement) in text
    for word in ("Met", "Partly met", "Not met", "Not assessed"):
        assert squeeze(f"{word}: {word}") not in text


@pytest.mark.parametrize("room", range(115, 330, 15))
def test_an_inject_s_heading_in_the_four_questions_never_ends_a_page_alone(
    sample_model: ReportModel, room: int
) -> None:
    """With room for the heading and its date but not the table's first row, all move on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from tabletop.core.report.pdf.layout import Kit
    from tabletop.core.report.pdf.sections import review_block

    review = max(sample_model.reviews, key=lambda r: len(r.expected))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    kit = Kit(doc.width, doc.height - 12)
    doc.build([Spacer(1, doc.height - 12 - room), *review_block(review, kit)])
    first = pages_text(out.getvalue())[0]
    if has(first, review.title):
        assert has(first, "What was supposed to happen?")


def test_bookmarks_open_their_own_section(sample_pdf: bytes) -> None:
    """Each outline entry's destination is the page on which its heading is printed."""
    reader = PdfReader(io.BytesIO(sample_pdf))
    texts = [squeeze(page.extract_text() or "") for page in reader.pages]

    def entries(outline: list) -> list[Any]:
        out: list[Any] = []
        for item in outline:
            out += entries(item) if isinstance(item, list) else [item]
        return out

    found = entries(reader.outline)
    assert len(found) > 20
    pages = set()
    for entry in found:
        page = reader.get_destination_page_number(entry)
        pages.add(page)
        assert squeeze(entry.title) in texts[page], (entry.title, page)
    assert len(pages) > 5  # not all on one page


# -- print quality ----------------------------------------------------------------------


def test_every_page_says_page_x_of_y_and_carries_the_marking(sample_pdf: bytes) -> None:
    pages = pages_text(sample_pdf)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("FOR TRAINING AND EDUCATION ONLY") >= 2  # top and bottom


def test_body_pages_have_a_running_header(sample_pdf: bytes) -> None:
    for text in pages_text(sample_pdf)[1:]:
        assert "After-action report / improvement plan · Final" in text
        assert "Deck: Cable cut in the Baltic" in text


def test_metadata_and_outline(sample_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == "After-action report: Baltic seminar, group B"
    assert info.author == "Dr. Elena Marković"
    assert info.subject is not None and "Final after-action report" in info.subject
    assert str(info["/CreationDate"]).startswith("D:20261124103000")  # the session's last entry

    def titles(outline: list) -> list[str]:
        out: list[str] = []
        for item in outline:
            out += titles(item) if isinstance(item, list) else [item.title]
        return out

    found = titles(reader.outline)
    assert [t for t in found if t in SECTIONS] == SECTIONS
    assert "North Atlantic Council" in found  # a team under "Decisions by team"


def test_table_headers_repeat_on_every_page_of_a_long_table(tmp_path: Path) -> None:
    deck = (Path(__file__).parent.parent / "data" / "decks" / "minimal.yaml").read_text("utf-8")
    session, clock = practice_session(tmp_path / "long.tabletop", deck)
    with session:
        session.deliver_next()
        for number in range(150):
            clock.advance(1)
            session.record_decision("nato", f"Decision number {number}")
    pages = pages_text(render_report(build_report(*open_state(session.path))))
    start = next(i for i, t in enumerate(pages) if "Appendix D. Event log" in t)
    end = next(i for i, t in enumerate(pages) if "Appendix E. Sources" in t)
    assert end - start >= 2  # the log really spans several pages
    for text in pages[start : end + 1]:
        assert "#WallclockScenarioEntry" in squeeze(text)


def test_fonts_are_embedded_and_only_the_bundled_ones(sample_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(sample_pdf))
    seen = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert seen <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}


def test_paper_sizes(sample_model: ReportModel) -> None:
    a4 = PdfReader(io.BytesIO(render_report(sample_model, "a4"))).pages[0].mediabox
    letter = PdfReader(io.BytesIO(render_report(sample_model, "letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    with pytest.raises(ValueError, match="paper must be one of"):
        render_report(sample_model, "a3")


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed (CI installs it)")
def test_qpdf_finds_the_file_sound(sample_pdf: bytes, hostile_pdf: bytes, tmp_path: Path) -> None:
    for name, data in (("sample.pdf", sample_pdf), ("hostile.pdf", hostile_pdf)):
        path = tmp_path / name
        path.write_bytes(data)
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is absent")
def test_no_word_runs_past_the_margins(hostile_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(hostile_pdf)
    html = tmp_path / "words.html"
    subprocess.run(["pdftotext", "-bbox", str(path), str(html)], check=True)
    outside, counted = [], 0
    # each page by its own width (the improvement plan's pages are landscape)
    for page in html.read_text().split("<page ")[1:]:
        found = re.match(r'width="([\d.]+)"', page)
        assert found is not None
        page_width = float(found.group(1))
        words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page)
        counted += len(words)
        left, right = MARGIN_SIDE - 1, page_width - MARGIN_SIDE + 1
        outside += [(a, b) for a, b in words if float(a) < left or float(b) > right]
    assert counted > 1000
    assert not outside


# -- any language, hostile text ------------------------------------------------------------


def test_hostile_text_prints_literally_and_adds_no_links(hostile_pdf: bytes) -> None:
    text = squeeze("\n".join(pages_text(hostile_pdf)))
    assert squeeze(HOSTILE) in text
    assert squeeze("<i>Drill</i> & <a href='https://example.com'>co</a>") in text
    assert squeeze("second line & <third>") in text
    reader = PdfReader(io.BytesIO(hostile_pdf))
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert "/URI" not in str(annotation.get_object())


def test_ten_thousand_characters_wrap_and_print_in_full(hostile_pdf: bytes) -> None:
    text = squeeze("\n".join(pages_text(hostile_pdf)))
    # the timeline, the decisions by team and the event log each print both texts whole
    assert text.count("x") >= 3 * len(LONG_TOKEN)
    assert text.count("escalation") >= 3 * 910


def test_cyrillic_and_vietnamese_are_extractable(hostile_pdf: bytes) -> None:
    text = "\n".join(pages_text(hostile_pdf))
    assert squeeze(RUSSIAN) in squeeze(text)
    assert squeeze(VIETNAMESE) in squeeze(text)
    assert "Trần Văn Ân" in text and "Екатерина Волкова" in text


# -- reproducible ------------------------------------------------------------------------------


def test_the_same_session_gives_the_same_bytes(
    sample_session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = export_session(sample_session, tmp_path / "one.pdf")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")  # another machine, another time zone
    if hasattr(time, "tzset"):
        time.tzset()
    try:
        second = export_session(sample_session, tmp_path / "two.pdf")
    finally:
        monkeypatch.undo()
        if hasattr(time, "tzset"):
            time.tzset()
    assert first.path.read_bytes() == second.path.read_bytes()
    assert first.pages == second.pages > 5


def test_an_interim_report_says_so_on_every_page(tmp_path: Path) -> None:
    path = play_sample_session(tmp_path / "running.tabletop", end=False)
    pages = pages_text(render_report(build_report(*open_state(path))))
    assert "INTERIM REPORT" in pages[0]
    for text in pages[1:]:
        assert "After-action report / improvement plan · Interim" in text


# -- every script a class may type ------------------------------------------------------------

SCRIPTS = {
    "Chinese": "中文：停止升级，立即对话。",
    "Japanese": "日本語のテキスト",
    "Korean": "한국어 문장",
    "emoji": "Emoji 🚢⚓😀 ok",
    "Arabic": "مرحبا بالعالم",
    "Hebrew": "שלום עולם",
    "Greek": "Ελληνικά κείμενα",
    "mixed": "Mixed: hello مرحبا world",
    "markup": HOSTILE,
}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_every_script_prints_as_typed_and_extracts_as_typed(script: str, tmp_path: Path) -> None:
    import unicodedata

    from tabletop.core.fonts import printable

    text = SCRIPTS[script]
    lacking = [c for c in text if not c.isspace() and not printable(c)]
    if lacking and script not in ("Arabic", "Hebrew", "mixed"):
        pytest.skip(f"no font on this system has {lacking[0]!r} (install fonts-droid-fallback, …)")
    deck = (Path(__file__).parent.parent / "data" / "decks" / "minimal.yaml").read_text("utf-8")
    session, clock = practice_session(tmp_path / "scripts.tabletop", deck, SessionSetup(name=text))
    with session:
        session.deliver_next()
        clock.advance(1)
        session.record_decision("nato", text)
    pdf = tmp_path / "scripts.pdf"
    pdf.write_bytes(render_report(build_report(*open_state(session.path))))
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    # pdftotext marks right-to-left runs with bidi controls and gives Arabic letters in the
    # contextual forms drawn; NFKC gives back the letters typed
    extracted = re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", out))
    assert squeeze(unicodedata.normalize("NFKC", text)) in squeeze(extracted)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts  # no unembedded standard font
    for line in fonts.splitlines()[2:]:
        assert " yes yes yes " in line, line  # embedded, subset, with a ToUnicode map


def test_arabic_is_joined_not_left_as_separate_letters(tmp_path: Path) -> None:
    from tabletop.core.fonts import visual_order

    drawn = visual_order(SCRIPTS["Arabic"])
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in drawn)  # contextual (joined) forms
    assert drawn.split()[0] != SCRIPTS["Arabic"].split()[0]  # right to left: last word first


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_improvement_plan_is_on_landscape_pages_and_every_page_is_numbered(
    sample_model: ReportModel, paper: str
) -> None:
    """Appendix A's eight columns, as HSEEP's own plan has them, are laid out on landscape
    pages (in portrait its words were broken: "communica tions"); the pages before and after
    it stay upright, and each page, whichever way it is turned, carries its number."""
    assert sample_model.plan
    reader = PdfReader(io.BytesIO(render_report(sample_model, paper)))
    total = len(reader.pages)
    turned = []
    for number, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        text = page.extract_text()
        assert f"Page {number} of {total}" in text, number
        if float(box.width) > float(box.height):
            turned.append(number)
            assert "communica tions" not in text and "communica-" not in text
    plan_page = next(
        n for n, page in enumerate(reader.pages, 1) if "Appendix A" in page.extract_text()
    )
    assert turned and turned[0] == plan_page, (turned, plan_page)
    assert "Appendix B" not in " ".join(reader.pages[n - 1].extract_text() for n in turned)
