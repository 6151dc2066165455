"""Renders pages of the after-action report in Vietnamese and in Russian into
docs/screenshots/, from a session of the test deck played in each language.

    python docs/report_language_screenshots.py

Needs poppler's ``pdftoppm``. Writes report-vi-cover.png, report-vi-summary.png,
report-vi-escalation.png, report-ru-summary.png, report-ru-questions.png and
report-ru-plan.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.languages import play_in  # noqa: E402

from tabletop.core import i18n  # noqa: E402
from tabletop.core.report.export import export_session  # noqa: E402
from tabletop.core.report.model import section  # noqa: E402

HERE = ROOT / "docs" / "screenshots"
PAGES = {
    "vi": (("cover", None), ("summary", "summary"), ("escalation", "escalation")),
    "ru": (("summary", "summary"), ("questions", "reviews"), ("plan", "plan")),
}


def png(pdf: Path, name: str, page: int, dpi: int = 80) -> None:
    stem = HERE / name
    command = ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page)]
    subprocess.run([*command, "-singlefile", str(pdf), str(stem)], check=True)
    print(f"wrote {stem}.png")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("TABLETOP_HOME", folder)
        for language, pages in PAGES.items():
            session = play_in(language, Path(folder) / f"{language}.tabletop", hotline_messages=2)
            report = Path(folder) / f"{language}.pdf"
            export_session(session, report)
            text = subprocess.run(
                ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
            ).stdout.split("\f")
            for name, key in pages:
                page = 1
                if key is not None:
                    with i18n.language(language):
                        heading = section(key)[0]
                    page = next(n for n, t in enumerate(text, start=1) if heading in t)
                png(report, f"report-{language}-{name}", page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
