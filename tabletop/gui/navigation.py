"""Moving between the app's windows: start screen, session setup, console.

Keeps a reference to every open top-level window (so Python does not collect
it) and turns every failure to open a session or deck into a plain message on
the start screen rather than an exception.
"""

from __future__ import annotations

import datetime as _dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from tabletop.core import filesystems, i18n, paths
from tabletop.core.deck.library import resolve_deck
from tabletop.core.deck.yaml_reader import YamlReadError, decode, read_bytes_limited
from tabletop.core.problems import Problem, UnreadableFile
from tabletop.core.snapshot import copy_session
from tabletop.core.store import SessionFileError, SessionReadOnly
from tabletop.gui import language, settings
from tabletop.gui.language import translate
from tabletop.gui.style import sentence

if TYPE_CHECKING:
    from tabletop.core.engine import Session, SessionSetup
    from tabletop.gui.console_window import ConsoleWindow
    from tabletop.gui.setup_window import SessionSetupWindow
    from tabletop.gui.start_screen import StartWindow

_open_windows: list[QWidget] = []


def keep(window: QWidget) -> None:
    """Hold a window until it closes."""
    if window not in _open_windows:
        _open_windows.append(window)


def forget(window: QWidget) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


def open_windows() -> list[QWidget]:
    return list(_open_windows)


def console_for(path: Path) -> QMainWindow | None:
    """The console window of this app that already has a session file open, if any."""
    from tabletop.gui.console_window import ConsoleWindow

    wanted = Path(path).resolve()
    for window in _open_windows:
        if (
            isinstance(window, ConsoleWindow)
            and window.controller.is_open
            and window.controller.path.resolve() == wanted
        ):
            return window
    return None


def show_window(window: QWidget) -> None:
    """Show a window, made small enough to fit its screen (a 1280×720 laptop) whole."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        # leave room for the title bar a window manager adds
        width = min(window.width(), room.width())
        height = min(window.height(), room.height() - 32)
        if (width, height) != (window.width(), window.height()):
            window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
            window.move(room.topLeft())
    window.show()


def _swap(new: QMainWindow, replacing: QWidget | None) -> None:
    """Show a window in place of another (which closes)."""
    keep(new)
    if (
        replacing is not None
        and replacing.isVisible()
        and not new.isVisible()
        and not replacing.isMaximized()
    ):
        new.move(replacing.pos())
    show_window(new)
    new.raise_()
    new.activateWindow()
    if replacing is not None and replacing is not new:
        replacing.close()


# -- building windows (not shown) ----------------------------------------------------


def build_start_screen(
    preselect: Path | None = None, message: str = "", serious: bool = False
) -> StartWindow:
    from tabletop.gui.start_screen import StartWindow

    window = StartWindow(preselect)
    if message:
        window.show_message(message, serious=serious)
    keep(window)
    return window


def build_console(session: Session) -> ConsoleWindow:
    from tabletop.gui.console_window import ConsoleWindow
    from tabletop.gui.session_controller import SessionController

    settings.remember_session(session.path)
    window = ConsoleWindow(SessionController(session))
    warning = filesystems.network_warning(session.path)
    if warning:
        window.show_message(warning)
    keep(window)
    return window


def _open_failure(path: Path, exc: BaseException) -> str:
    from tabletop.core.engine import OperationError  # (the start screen does without it)

    if isinstance(exc, (SessionFileError, OperationError)):
        return sentence(str(exc))
    return translate("Navigation", "{file}: the session could not be opened ({problem}).").format(
        file=path.name, problem=exc
    )


def build_resumed(path: Path) -> QMainWindow:
    """The console on a session file, or the start screen saying why it cannot open."""
    already = console_for(path)
    if already is not None:
        return already
    from tabletop.core.engine import OperationError, Session

    try:
        session = Session.resume(Path(path))
    except (SessionFileError, OperationError, OSError, sqlite3.Error) as exc:
        return build_start_screen(message=_open_failure(Path(path), exc), serious=True)
    return build_console(session)


def start_session(
    deck_path: Path, setup: SessionSetup | None = None, session_path: Path | None = None
) -> Session:
    """Create a session for a deck file (OperationError/SessionFileError/UnreadableFile)."""
    try:
        text = decode(read_bytes_limited(Path(deck_path)))
    except YamlReadError as exc:
        raise UnreadableFile(f"{deck_path}: {exc}") from None
    from tabletop.core.engine import Session, SessionSetup

    setup = setup or SessionSetup(date=_dt.date.today().isoformat())
    # Session.start checks the deck completely and refuses one with errors
    return Session.start(
        text, setup=setup, path=session_path, deck_source=str(Path(deck_path).resolve())
    )


def build_run(
    spec: str, session_path: Path | None = None, play_language: str | None = None
) -> QMainWindow:
    """The console on a new session of a deck (path or id) with the deck's default teams.

    The class plays in ``play_language`` (a language the deck has a translation in, or
    its own); by default in the interface's language when the deck has a translation in
    it, as the session setup proposes, else in the deck's own.

    When the deck has errors, the start screen says so and lists them in its
    ``deck_problems`` attribute (the command line prints them).
    """
    from tabletop.core.engine import OperationError, SessionSetup

    try:
        deck_path = resolve_deck(spec)
        setup = SessionSetup(
            date=_dt.date.today().isoformat(), language=_run_language(deck_path, play_language)
        )
        session = start_session(deck_path, setup, session_path=session_path)
    except (UnreadableFile, OperationError, SessionFileError, OSError, sqlite3.Error) as exc:
        window = build_start_screen(message=sentence(str(exc)), serious=True)
        if isinstance(exc, OperationError):
            window.deck_problems = _deck_problems(spec)
        return window
    return build_console(session)


def _run_language(deck_path: Path, chosen: str | None) -> str:
    """The language a class started from a shell plays in ("" for the deck's own): the one
    chosen, else what the session setup proposes."""
    choices = language.play_languages(deck_path, "")
    code = i18n.normalise(chosen) if chosen is not None else language.default_play_language(choices)
    return code if code in choices[1:] else ""


def _deck_problems(spec: str) -> list[Problem]:
    """Every error of a deck that would not start (read again only when it failed)."""
    from tabletop.core.deck.loader import load_deck

    try:
        result = load_deck(resolve_deck(spec))
    except UnreadableFile:
        return []
    return result.errors


def build_setup(deck_path: Path, parent: QWidget | None = None) -> SessionSetupWindow:
    from tabletop.gui.setup_window import SessionSetupWindow

    window = SessionSetupWindow(Path(deck_path), parent)
    keep(window)
    return window


# -- moving between windows (shown) ---------------------------------------------------


def show_start_screen(
    replacing: QWidget | None = None,
    *,
    preselect: Path | None = None,
    message: str = "",
    serious: bool = False,
) -> StartWindow:
    window = build_start_screen(preselect, message, serious)
    _swap(window, replacing)
    return window


def open_setup(
    deck_path: Path, replacing: QWidget | None = None, parent: QWidget | None = None
) -> SessionSetupWindow:
    window = build_setup(deck_path, parent)
    _swap(window, replacing)
    return window


def open_console(session: Session, replacing: QWidget | None = None) -> ConsoleWindow:
    window = build_console(session)
    _swap(window, replacing)
    return window


def resume(path: Path, replacing: QWidget | None = None) -> QMainWindow | None:
    """Open a session in the console; on failure say why where the user is."""
    already = console_for(path)
    if already is not None:
        # a second window on the same file cannot record: bring the first one forward
        already.show()
        already.raise_()
        already.activateWindow()
        return already
    from tabletop.core.engine import OperationError, Session

    try:
        session = Session.resume(Path(path))
    except SessionReadOnly as exc:
        copy = _offer_copy(Path(path), exc, replacing)
        if copy is None:
            return None
        return resume(copy, replacing)
    except (SessionFileError, OperationError, OSError, sqlite3.Error) as exc:
        message = _open_failure(Path(path), exc)
        show = getattr(replacing, "show_message", None)
        if callable(show):
            show(message, serious=True)
            return None
        banner = getattr(replacing, "banner", None)
        if banner is not None:
            banner.show_message(message, serious=True)
            return None
        return show_start_screen(replacing, message=message, serious=True)
    return open_console(session, replacing)


def _offer_copy(path: Path, why: SessionReadOnly, parent: QWidget | None) -> Path | None:
    """Ask to carry on in a copy of a read-only session (in the sessions folder); its path."""
    folder = paths.sessions_dir()
    answer = QMessageBox.question(
        parent,
        translate("Navigation", "The session is read-only"),
        translate(
            "Navigation",
            "{file} is read-only (the file or its folder), so nothing more can be recorded "
            "in it. Open a copy in your sessions folder ({folder}) and carry on there? The "
            "original is left as it is.",
        ).format(file=path.name, folder=folder),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    target = folder / f"{path.stem}-copy.tabletop"
    n = 2
    while target.exists():
        target = folder / f"{path.stem}-copy-{n}.tabletop"
        n += 1
    try:
        paths.ensure_dir(folder)
        return copy_session(path, target)
    except (SessionFileError, OSError) as exc:
        show = getattr(parent, "show_message", None)
        if callable(show):
            show(
                translate("Navigation", "The copy could not be made: {problem}").format(
                    problem=sentence(str(exc))
                ),
                serious=True,
            )
        return None


def choose_deck_file(parent: QWidget) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Navigation", "Open a deck file"),
        str(paths.user_decks_dir()),
        translate("Navigation", "Decks (*.yaml *.yml)")
        + ";;"
        + translate("Navigation", "All files (*)"),
    )
    if name:
        from tabletop.gui.console_window import ConsoleWindow

        open_setup(Path(name), replacing=None if isinstance(parent, ConsoleWindow) else parent)


def choose_session_file(parent: QWidget) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Navigation", "Resume a session file"),
        str(paths.sessions_dir()),
        translate("Navigation", "tabletop sessions (*.tabletop)")
        + ";;"
        + translate("Navigation", "All files (*)"),
    )
    if name:
        from tabletop.gui.console_window import ConsoleWindow

        resume(Path(name), replacing=None if isinstance(parent, ConsoleWindow) else parent)


def recover(path: Path, parent: QWidget) -> Path | None:
    """Save a damaged session's intact events into a new file beside it, once the user agrees."""
    from tabletop.core.salvage import recover as salvage
    from tabletop.core.salvage import recovered_path, write_recovered

    answer = QMessageBox.question(
        parent,
        translate("Navigation", "Recover a damaged session"),
        translate(
            "Navigation",
            "{file} cannot be opened as it is. Recover it? Every intact event is saved into a "
            "new file beside it ({new_file}); the damaged file itself is left as it is.",
        ).format(file=Path(path).name, new_file=recovered_path(Path(path)).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    result = salvage(Path(path))
    show = getattr(parent, "show_message", None)
    deck_text = result.deck_text
    if not deck_text:
        # the deck inside the file is lost: the deck file it was started from will do
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("Navigation", "Choose the deck {file} was started from").format(
                file=Path(path).name
            ),
            str(paths.user_decks_dir()),
            translate("Navigation", "Decks (*.yaml *.yml)"),
        )
        if not name:
            if callable(show):
                events = len(result.events)
                show(
                    translate(
                        "Navigation",
                        "{file}: the deck stored in the session cannot be read. To recover its "
                        "%n intact event(s), choose the deck file it was started from.",
                        "",
                        events,
                    ).format(file=Path(path).name),
                    serious=True,
                )
            return None
        try:
            deck_text = decode(read_bytes_limited(Path(name)))
        except YamlReadError as exc:
            if callable(show):
                show(f"{Path(name).name}: {exc}.", serious=True)
            return None
    target = recovered_path(Path(path))
    try:
        write_recovered(result, deck_text, target)
    except SessionFileError as exc:
        if callable(show):
            show(sentence(str(exc)), serious=True)
        return None
    refresh = getattr(parent, "refresh", None)
    if callable(refresh):
        refresh()
    saved = len(result.events)
    QMessageBox.information(
        parent,
        translate("Navigation", "Session recovered"),
        translate(
            "Navigation",
            "%n intact event(s) were saved into {file}. The damaged file was left as it was. "
            "Resume the recovered session from the list.",
            "",
            saved,
        ).format(file=target.name),
    )
    return target


def open_editor(parent: QWidget | None, path: Path | None) -> QMainWindow | None:
    """The deck editor, if this installation has it."""
    try:
        from tabletop.gui.editor import open_deck_editor
    except ImportError:
        show = getattr(parent, "show_message", None)
        if callable(show):
            show(
                translate(
                    "Navigation",
                    "The deck editor is not available in this installation of tabletop. Decks "
                    "are YAML files: any text editor will do.",
                )
            )
        return None
    editor: QMainWindow = open_deck_editor(parent, path)
    keep(editor)
    editor.show()
    return editor
