"""The Qt application: its setup, the window for a command line, and the event loop.

``run(argv)`` is what ``tabletop``, ``tabletop run …`` and ``tabletop resume …``
call; :func:`window_for` builds the same first window without entering the
event loop (for tests and automation).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from tabletop import __version__
from tabletop.gui.language import translate

# Set by the start-up benchmark: quit as soon as the first window has been painted and
# print how long that took.
QUIT_WHEN_SHOWN = "TABLETOP_QUIT_WHEN_SHOWN"


def application() -> QApplication:
    """The QApplication, created once with the app's name and the system palette."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([sys.argv[0] if sys.argv else "tabletop"])
    app.setApplicationName("tabletop")
    app.setApplicationDisplayName("tabletop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("tabletop")
    app.setDesktopFileName("tabletop")
    # Fusion follows the system's light or dark colour scheme on every platform
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")
    return app


def binding_problem() -> str:
    """Why the installed Qt binding cannot be trusted with a class's session ("" if it can).

    PySide6 6.12.0 drops a reference to ``None`` each time a method returning nothing is
    called. From Python 3.12 ``None`` is immortal and nothing happens; before that the
    process aborts after a few thousand calls, in the middle of a class.
    """
    if sys.version_info >= (3, 12):
        return ""
    from PySide6 import __version__ as pyside_version

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before - 32:
        return ""
    return (
        f"PySide6 {pyside_version} is unsafe with Python {sys.version_info.major}."
        f"{sys.version_info.minor}: it would crash during the session. Install another "
        "version, e.g. pip install 'PySide6-Essentials!=6.12.0', and start again."
    )


def parse(argv: list[str]) -> argparse.Namespace:
    """The GUI's own reading of ``[]``, ``run DECK [--session FILE] [--language CODE]``,
    ``resume FILE``."""
    parser = argparse.ArgumentParser(prog="tabletop", add_help=False, exit_on_error=False)
    sub = parser.add_subparsers(dest="command")
    run_parser = sub.add_parser("run", add_help=False, exit_on_error=False)
    run_parser.add_argument("deck")
    run_parser.add_argument("--session", default=None)
    run_parser.add_argument("--language", default=None)
    resume_parser = sub.add_parser("resume", add_help=False, exit_on_error=False)
    resume_parser.add_argument("file")
    return parser.parse_args(argv)


def window_for(argv: list[str]) -> QMainWindow:
    """The first window for a command line: the start screen, or the console."""
    from tabletop.gui import language, navigation

    application()
    language.ensure_applied()
    try:
        args = parse(argv)
    except (argparse.ArgumentError, SystemExit):
        return navigation.build_start_screen(
            message=language.translate(
                "Application",
                "Unknown arguments: {arguments}. Use 'tabletop run DECK' or "
                "'tabletop resume FILE'.",
            ).format(arguments=" ".join(argv))
        )
    if args.command == "run":
        session = Path(args.session) if args.session else None
        return navigation.build_run(args.deck, session, args.language)
    if args.command == "resume":
        return navigation.build_resumed(Path(args.file))
    return navigation.build_start_screen()


def start_session_window(deck_path: Path, parent: QWidget | None = None) -> QMainWindow:
    """Open session setup for a deck (then the console); what the deck editor's Try it calls."""
    from tabletop.gui import language, navigation

    application()
    language.ensure_applied()
    return navigation.open_setup(Path(deck_path), parent=parent)


class _ShownProbe(QObject):
    """Quits once the window has been painted, printing the time since process start."""

    def __init__(self, started: float, window: QWidget) -> None:
        super().__init__()
        self._started = started
        self._window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(
            f"shown {time.perf_counter() - self._started:.4f} {self._window.objectName()}",
            flush=True,
        )
        app = QApplication.instance()
        if app is not None:
            app.quit()


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """A bug must not take the class's work down: say so plainly and keep running."""
    details = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(details)
    window = QApplication.activeWindow()
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Application", "Something went wrong"))
    shown = window.objectName() if window is not None else ""
    if shown == "deckEditor":
        text = translate(
            "Application",
            "tabletop met an unexpected problem. Your deck is as you left it in the editor; "
            "save it now (Ctrl+S), then carry on.",
        )
    elif shown == "consoleWindow":
        text = translate(
            "Application",
            "tabletop met an unexpected problem. Everything recorded so far is saved in the "
            "session file; you can carry on, or close and resume the session.",
        )
    else:
        text = translate(
            "Application",
            "tabletop met an unexpected problem. Nothing saved is lost; you can carry on.",
        )
    box.setText(text)
    box.setDetailedText(details)
    box.open()


def run(argv: list[str]) -> int:
    """Open the window for ``argv`` and run until the last window closes."""
    started = time.perf_counter()
    problem = binding_problem()
    if problem:
        sys.stderr.write(f"tabletop: {problem}\n")
        return 2
    app = application()
    from tabletop.gui import language

    language.apply()  # the language chosen now (environment, Preferences, system)
    window = window_for(list(argv))
    problems = getattr(window, "deck_problems", [])
    if problems:
        # 'tabletop run' on a deck with errors: say where, as 'tabletop validate' does
        for problem in problems:
            sys.stderr.write(problem.format() + "\n")
        sys.stderr.write(
            f"tabletop: {problems[0].source or 'the deck'} has errors; fix them "
            "and run it again (see 'tabletop validate').\n"
        )
        window.close()
        return 1
    probe = None
    if os.environ.get(QUIT_WHEN_SHOWN):
        probe = _ShownProbe(started, window)
        window.installEventFilter(probe)
    else:
        sys.excepthook = _excepthook
    from tabletop.gui.navigation import show_window

    show_window(window)
    QTimer.singleShot(0, gc.enable)  # paused while the window was made (tabletop.cli)
    return int(app.exec())
