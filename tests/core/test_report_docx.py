"""The Word version of the report: the same model, Word's own structure, opens in LibreOffice."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from tabletop.core.engine import open_state
from tabletop.core.report.build import build_report
from tabletop.core.report.docx import render_docx
from tabletop.core.report.grayzone_sample import play_grayzone_session
from tabletop.core.report.model import SECTIONS, ReportModel


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> ReportModel:
    path = play_grayzone_session(tmp_path_factory.mktemp("docx") / "grayzone.tabletop")
    return build_report(*open_state(path))


@pytest.fixture(scope="module")
def document(model: ReportModel) -> docx.document.Document:
    return docx.Document(io.BytesIO(render_docx(model)))


def test_sections_are_word_headings_in_the_report_s_order(
    document: docx.document.Document,
) -> None:
    level_one = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert level_one == [title for title, _intro in SECTIONS.values()]
    level_two = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Collision at sea" in level_two and "Major strengths" in level_two


def test_each_expected_action_s_verdict_is_written_once(
    document: docx.document.Document, model: ReportModel
) -> None:
    """ "Not met: Not met by the delivery of …" said the verdict twice."""
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join(cells)
    for review in model.reviews:
        for expected in review.expected:
            assert expected.statement in text
    for word in ("Met", "Partly met", "Not met", "Not assessed"):
        assert f"{word}: {word}" not in text


def test_the_improvement_plan_is_an_editable_hseep_table(
    document: docx.document.Document, model: ReportModel
) -> None:
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == "Core capability")
    headers = [c.text for c in plan.rows[0].cells]
    assert headers == [
        "Core capability",
        "Issue / area for improvement",
        "Corrective action",
        "Capability element",
        "Primary responsible organisation",
        "Organisation POC",
        "Start date",
        "Completion date",
    ]
    assert len(plan.rows) == len(model.plan) + 1
    first = model.plan[0]
    cells = [c.text for c in plan.rows[1].cells]
    assert cells[2] == first.corrective_action and cells[3] == first.element
    assert (cells[6], cells[7]) == (first.start, first.completion)
    # its header row repeats on every page the table spans
    assert plan.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_charts_are_images_and_metadata_is_the_model_s(
    document: docx.document.Document, model: ReportModel
) -> None:
    assert len(document.inline_shapes) == 3  # path, escalation, channels
    props = document.core_properties
    assert props.title == model.info.title and props.author == model.info.author
    text = "\n".join(p.text for p in document.paragraphs)
    for sentence in model.summary.paragraphs:
        assert sentence in text  # the same words as the PDF: one model


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_libreoffice_opens_it_and_prints_every_section(model: ReportModel, tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(render_docx(model, "letter"))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    printed = tmp_path / "report.pdf"
    text = subprocess.run(
        ["pdftotext", str(printed), "-"], capture_output=True, text=True, check=True
    ).stdout
    for title, _intro in SECTIONS.values():
        assert title in text
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info  # US Letter


def test_the_same_session_gives_the_same_word_file_whatever_the_clock(
    model: ReportModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    first = render_docx(model)
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)
    monkeypatch.setattr(time, "localtime", lambda *_: time.gmtime(later))
    assert render_docx(model) == first


def _too_wide(tables: list[Any]) -> list[tuple[str, float, float]]:
    """The words of these tables wider than their cells at the size the cell gives them
    (a word wider than its cell is broken letter by letter: "Delive/red")."""
    from PIL import ImageFont

    from tabletop.core import paths

    folder = paths.resources_dir() / "fonts"
    fonts = {
        False: ImageFont.truetype(str(folder / "DejaVuSans.ttf"), 100),
        True: ImageFont.truetype(str(folder / "DejaVuSans-Bold.ttf"), 100),
    }
    found = []
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.width is None:
                    continue
                room = cell.width.pt - 11
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        size = run.font.size.pt if run.font.size is not None else 9.5
                        for word in run.text.split():
                            if len(word) > 30:
                                continue  # a code or an address: broken wherever it must be
                            width = fonts[bool(run.bold)].getlength(word) * size / 100
                            if width > room:
                                found.append((word, round(width, 1), round(room, 1)))
    return found


def _is_plan(table: Any) -> bool:
    return bool(table.rows) and table.rows[0].cells[0].text == "Core capability"


def test_every_word_of_a_table_fits_its_column_as_the_font_measures_it(
    document: docx.document.Document,
) -> None:
    others = [t for t in document.tables if not _is_plan(t)]
    assert len(others) < len(document.tables)  # the plan is there, and checked below
    assert _too_wide(others) == [], _too_wide(others)[:10]


def test_the_improvement_plan_s_words_fit_its_columns(document: docx.document.Document) -> None:
    """Its eight columns, as HSEEP's own plan has them, are on landscape pages."""
    plan = [t for t in document.tables if _is_plan(t)]
    assert plan and _too_wide(plan) == [], _too_wide(plan)[:10]
