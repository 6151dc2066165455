"""What the editor does with the whole deck: MSEL import and export, cards, Try it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tabletop.core import paths
from tabletop.core.deck.edits import set_value
from tabletop.core.deck.loader import load_deck_data
from tabletop.core.deck.writer import DeckWriteError

if TYPE_CHECKING:
    from tabletop.gui.editor.window import DeckEditorWindow


def import_msel(window: DeckEditorWindow) -> None:
    """Choose a spreadsheet, confirm the field of each column, replace the deck's injects."""
    from tabletop.core.msel import MselFileError
    from tabletop.core.msel.files import read_workbook
    from tabletop.gui.editor.msel_import_dialog import MselImportDialog

    assert window.document is not None
    name, _ = QFileDialog.getOpenFileName(
        window,
        "Import an MSEL spreadsheet",
        str(paths.user_decks_dir()),
        "MSEL spreadsheets (*.csv *.xlsx)",
    )
    if not name:
        return
    try:
        book = read_workbook(Path(name))
    except MselFileError as exc:
        QMessageBox.critical(window, "The spreadsheet cannot be read", str(exc))
        return
    dialog = MselImportDialog(book, window.document.snapshot(), window)
    dialog.setWindowTitle(f"Import {Path(name).name}")
    accepted = dialog.exec() == MselImportDialog.DialogCode.Accepted
    result = dialog.imported
    dialog.deleteLater()
    if not accepted or result is None or result.data is None:
        return
    window.document.push(set_value(window.document.data, (), result.data, "Import MSEL"))
    count = len(result.data["injects"])
    notes = len(result.warnings)
    window.statusBar().showMessage(
        f"Imported {count} injects from {Path(name).name}"
        + (f" ({notes} note{'s' if notes != 1 else ''})" if notes else "")
        + ". Undo (Ctrl+Z) brings the previous deck back.",
        10000,
    )


def export_msel(window: DeckEditorWindow) -> None:
    from tabletop.core.msel import MselFileError, export_msel

    assert window.document is not None
    window.finish_typing()
    start = paths.user_decks_dir() / f"{window.document.get(('id',), 'deck')}-msel.xlsx"
    name, _ = QFileDialog.getSaveFileName(
        window,
        "Export as an MSEL spreadsheet",
        str(start),
        "Excel workbook (*.xlsx);;CSV (*.csv)",
    )
    if not name:
        return
    try:
        warnings = export_msel(window.document.snapshot(), Path(name))
    except MselFileError as exc:
        QMessageBox.critical(window, "The spreadsheet was not written", str(exc))
        return
    errors = [p for p in warnings if p.is_error]
    if errors:
        QMessageBox.critical(
            window,
            "The spreadsheet was not written",
            "\n".join(p.message for p in errors[:5])
            + (f"\n… and {len(errors) - 5} more" if len(errors) > 5 else ""),
        )
        return
    note = f" ({len(warnings)} note(s): {warnings[0].message})" if warnings else ""
    window.statusBar().showMessage(f"Wrote {name}{note}", 10000)


def valid_deck(window: DeckEditorWindow, doing: str) -> Any:
    assert window.document is not None
    window.finish_typing()
    result = load_deck_data(window.document.snapshot(), window.document.name)
    if result.deck is None:
        errors = len(result.errors)
        QMessageBox.warning(
            window,
            f"Cannot {doing} yet",
            f"The deck has {errors} error(s); the problem list shows where. "
            f"Fix them, then {doing} again.",
        )
        window.next_problem()
        return None
    return result.deck


def print_cards(window: DeckEditorWindow) -> None:
    from tabletop.core.cards import write_cards

    deck = valid_deck(window, "print the cards")
    if deck is None:
        return
    start = paths.user_decks_dir() / f"{deck.id}-cards.pdf"
    name, _ = QFileDialog.getSaveFileName(
        window, "Print inject cards to", str(start), "PDF (*.pdf)"
    )
    if not name:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_cards(deck, Path(name))
    except DeckWriteError as exc:
        QMessageBox.critical(window, "The cards were not written", str(exc))
        return
    finally:
        QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(f"Wrote {pages} cards to {name}", 10000)


def try_it(window: DeckEditorWindow) -> None:
    """Save the deck and open a session on it (the facilitator console)."""
    if window.document is None or valid_deck(window, "try it") is None:
        return
    if window.document.modified or window.document.path is None:
        answer = QMessageBox.question(
            window,
            "Save to try it",
            "The deck is saved before a session starts on it. Save now?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer != QMessageBox.StandardButton.Save or not window.save():
            return
    try:
        from tabletop.gui.app import start_session_window
    except ImportError:
        QMessageBox.information(
            window,
            "Try it",
            "Sessions cannot be started from the editor in this installation. The deck is "
            f"saved: start it from the start screen or with tabletop run {window.document.path}.",
        )
        return
    assert window.document.path is not None
    # no parent: the session goes on when the editor is closed
    start_session_window(window.document.path, None)
