"""The report of a class that played a few injects of a long deck (hundreds of injects)."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import TypeVar

import pytest
import yaml
from PIL import Image
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from support.sessions import MINIMAL, FakeClock

from tabletop.core.engine import Session, open_state
from tabletop.core.report.build import build_report
from tabletop.core.report.docx import charts as docx_charts
from tabletop.core.report.export import export_session
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf import charts as pdf_charts

INJECTS = 800
T = TypeVar("T")


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session of a deck of 800 injects: the first three delivered, one skipped."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    plain = copy.deepcopy(data["injects"][2])  # talks-offer: no branches
    plain.pop("at", None)
    for n in range(INJECTS - len(data["injects"])):
        inject = copy.deepcopy(plain)
        inject["id"] = f"extra-{n}"
        inject["title"] = f"Extra inject {n}"
        data["injects"].insert(3, inject)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path = tmp_path_factory.mktemp("long") / "long.tabletop"
    clock = FakeClock()
    session = Session.start(text, path=path, clock=clock)
    for _ in range(3):
        session.deliver_next()
        clock.advance(minutes=10)
        session.record_decision("nato", "Convene the council")
    session.skip("no time left")
    session.end()
    session.close()
    return path


@pytest.fixture(scope="module")
def model(played: Path) -> ReportModel:
    return build_report(*open_state(played))


def _shapes(drawing: Drawing, kind: type[T]) -> list[T]:
    """Every shape of this kind in the drawing, its groups opened."""
    found: list[T] = []

    def walk(group: Group | Drawing) -> None:
        for item in group.contents:
            if isinstance(item, Group):
                walk(item)
            elif isinstance(item, kind):
                found.append(item)

    walk(drawing)
    return found


def test_the_word_report_of_a_long_deck_is_written(played: Path, tmp_path: Path) -> None:
    result = export_session(played, tmp_path / "long.docx")
    assert result.path.stat().st_size > 0


def test_the_path_figure_stays_legible_and_shows_every_inject_played(model: ReportModel) -> None:
    assert len(model.path.steps) == INJECTS
    drawing = pdf_charts.path_drawing(model.path, 480)
    boxes = [r for r in _shapes(drawing, Rect) if r.height >= 20]
    assert boxes and all(r.width >= 40 for r in boxes), sorted(r.width for r in boxes)[:3]
    assert len(boxes) <= 112  # a page of boxes, not one for each of 800 injects
    assert drawing.height < 700
    labels = [str(s.text) for s in _shapes(drawing, String)]
    # the three injects delivered, in the order played; the 796 not reached after the
    # skipped one counted in one box
    assert [label[:3] for label in labels if label[:3] in ("1. ", "2. ", "3. ")] == [
        "1. ",
        "2. ",
        "3. ",
    ]
    assert any(label.startswith("796 ") for label in labels), labels
    png = Image.open(io.BytesIO(docx_charts.path_png(model.path, 480)))
    assert png.height < 700 * 4
