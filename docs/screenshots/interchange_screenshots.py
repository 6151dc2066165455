"""Take the screenshots of docs/msel.md and docs/exports-and-comparison.md.

Run under a virtual X display (and a window manager, for the title bars)::

    Xvfb :91 -screen 0 1280x800x24 & DISPLAY=:91 openbox &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/interchange_screenshots.py

* ``msel-import.png``: the MSEL import dialog on an HSEEP-style workbook with a
  cover sheet, title rows, merged Phase cells and a note below the injects;
* ``compare-dialog.png``: File → Compare sessions… in the console;
* ``compare.png``: the first page of the comparison of three class sections
  (``pdftoppm`` renders it).

A private TABLETOP_HOME is used, so no real sessions are touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
os.environ["TABLETOP_HOME"] = tempfile.mkdtemp(prefix="tabletop-shots-")
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from support.sections import play_sections  # noqa: E402

from tabletop.core import paths  # noqa: E402
from tabletop.core.compare import write_comparison  # noqa: E402
from tabletop.core.msel.files import read_workbook  # noqa: E402
from tabletop.gui.editor.msel_import_dialog import MselImportDialog  # noqa: E402
from tabletop.gui.record_dialogs import CompareSessionsDialog  # noqa: E402

FOREIGN = ROOT / "tests" / "data" / "msel" / "foreign"


def settle(ms: int = 500) -> None:
    app = QApplication.instance()
    assert app is not None
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(ms)
    while timer.isActive():
        app.processEvents()


def shoot(widget: QWidget, name: str, out: Path) -> None:
    """The widget's window as the screen shows it, frame and title bar included."""
    frame = widget.frameGeometry()
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(str(out / name))
    print(f"wrote {out / name}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    app = QApplication.instance() or QApplication(sys.argv)
    path = FOREIGN / "hseep-baltic-shield.xlsx"
    dialog = MselImportDialog(read_workbook(path), None)
    dialog.setWindowTitle(f"Import {path.name}")
    dialog.resize(1180, 620)
    dialog.move(40, 40)
    dialog.show()
    settle()
    while dialog.busy or dialog.imported is None:
        settle(100)
    settle()
    shoot(dialog, "msel-import.png", out)
    dialog.close()

    folder = paths.ensure_dir(paths.sessions_dir())
    sections = play_sections(folder)
    chooser = CompareSessionsDialog(sections[0], "test-minimal", None)
    for row in range(chooser.list.count()):
        chooser.list.item(row).setCheckState(chooser.list.item(0).checkState())
    chooser.move(40, 40)
    chooser.show()
    settle()
    shoot(chooser, "compare-dialog.png", out)
    chooser.close()

    with tempfile.TemporaryDirectory() as work:
        pdf = Path(work) / "compare.pdf"
        write_comparison(sections, pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(out / "compare"),
            ],
            check=True,
        )
        print(f"wrote {out / 'compare.png'}")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
