"""Renders the after-action report's screenshots in docs/screenshots/ from the realistic
sample session.

    python docs/report_screenshots.py

Needs poppler's ``pdftoppm``. Writes report-cover.png (page 1), report-findings.png (the
executive summary's findings), report-questions.png (the first page of the four
questions), report-path.png, report-escalation.png and report-channels.png (the three
figures).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.graphics import renderPDF

from tabletop.core.engine import open_state
from tabletop.core.report.build import build_report
from tabletop.core.report.grayzone_sample import play_grayzone_session
from tabletop.core.report.pdf import render_report
from tabletop.core.report.pdf.charts import (
    availability_drawing,
    escalation_drawing,
    path_drawing,
)

HERE = Path(__file__).resolve().parent / "screenshots"
WIDTH = 482.0  # the text width of an A4 page, in points


def png(pdf: Path, name: str, *, page: int = 1, dpi: int = 80) -> None:
    stem = HERE / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    print(f"wrote {stem}.png")


def _page(pages: list[str], heading: str) -> int:
    return next(n for n, page in enumerate(pages, start=1) if heading in page)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("TABLETOP_HOME", folder)
        work = Path(folder)
        model = build_report(*open_state(play_grayzone_session(work / "sample.tabletop")))
        report = work / "report.pdf"
        report.write_bytes(render_report(model))
        text = subprocess.run(
            ["pdftotext", "-layout", str(report), "-"], capture_output=True, text=True, check=True
        ).stdout.split("\f")
        png(report, "report-cover", page=1)
        png(report, "report-findings", page=_page(text, "Major strengths"))
        png(report, "report-questions", page=_page(text, "4. The four after-action questions"))
        for name, drawing in (
            ("report-path", path_drawing(model.path, WIDTH)),
            ("report-escalation", escalation_drawing(model.escalation, WIDTH)),
            ("report-channels", availability_drawing(model.channels, WIDTH)),
        ):
            chart = work / f"{name}.pdf"
            renderPDF.drawToFile(drawing, str(chart))
            png(chart, name, dpi=150)
    return 0


if __name__ == "__main__":
    sys.exit(main())
