"""Take the deck editor's and the session setup's screenshots.

Run under a virtual X display with a window manager, at the smallest size the
windows must fit::

    Xvfb :91 -screen 0 1280x720x24 &  DISPLAY=:91 openbox &
    DISPLAY=:91 QT_QPA_PLATFORM=xcb python docs/screenshots/make_editor_screenshots.py

The editor shows the intro deck's second inject with its branches and, to
show the problem list at work, a branch leading to a misspelt inject. A
private TABLETOP_HOME is used, so no real decks or sessions are touched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOME = Path(tempfile.mkdtemp(prefix="tabletop-shots-"))
os.environ["TABLETOP_HOME"] = str(HOME)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget  # noqa: E402

from tabletop.core.deck.library import resolve_deck  # noqa: E402
from tabletop.gui import navigation  # noqa: E402
from tabletop.gui.app import application  # noqa: E402
from tabletop.gui.editor import DeckEditorWindow, open_deck_editor  # noqa: E402


def settle(ms: int = 500) -> None:
    """Let the X server map, lay out and paint what was just shown."""
    app = QApplication.instance()
    assert app is not None
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def shoot(name: str, out: Path) -> None:
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / name))
    print(f"wrote {out / name}")


def fill_screen(window: QWidget) -> None:
    window.showMaximized()
    window.raise_()
    window.activateWindow()
    settle()


def editor(out: Path) -> None:
    deck = HOME / "intro.yaml"
    shutil.copy(resolve_deck("intro"), deck)
    deck.write_text(
        deck.read_text(encoding="utf-8").replace("goto: no-answer", "goto: no-anwser", 1),
        encoding="utf-8",
    )
    window = open_deck_editor(None, deck)
    assert isinstance(window, DeckEditorWindow)
    fill_screen(window)
    window.panels["injects"].select(1)
    settle()
    box = window.inject_form.branches.boxes[-1]
    window.panels["injects"].scroll_area.ensureWidgetVisible(box, 0, 10)
    settle()
    shoot("editor.png", out)
    assert window.document is not None
    window.document.stack.setClean()
    window.close()


def setup(out: Path) -> None:
    window = navigation.open_setup(resolve_deck("baltic-snap-exercise"))
    fill_screen(window)
    combos = window.findChildren(QComboBox)
    status = next(c for c in combos if c.objectName() == "setupStatus_nrc")
    status.setCurrentIndex(status.findData("open"))  # the class tries it with the NRC open
    window.facilitator_edit.setText("A. Instructor")
    window._set_path(Path("/media/instructor/USB-STICK/baltic-snap-exercise-2026-11-22.tabletop"))
    settle()
    shoot("setup.png", out)
    window.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    application()
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor(out)
    setup(out)
    shutil.rmtree(HOME, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
