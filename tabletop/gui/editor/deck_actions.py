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
from tabletop.gui.language import translate

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
        translate("DeckActions", "Import an MSEL spreadsheet"),
        str(paths.user_decks_dir()),
        translate("DeckActions", "MSEL spreadsheets (*.csv *.xlsx)"),
    )
    if not name:
        return
    try:
        book = read_workbook(Path(name))
    except MselFileError as exc:
        QMessageBox.critical(
            window, translate("DeckActions", "The spreadsheet cannot be read"), str(exc)
        )
        return
    dialog = MselImportDialog(book, window.document.snapshot(), window)
    dialog.setWindowTitle(translate("DeckActions", "Import {file}").format(file=Path(name).name))
    accepted = dialog.exec() == MselImportDialog.DialogCode.Accepted
    result = dialog.imported
    dialog.deleteLater()
    if not accepted or result is None or result.data is None:
        return
    window.document.push(
        set_value(window.document.data, (), result.data, translate("DeckActions", "Import MSEL"))
    )
    count = len(result.data["injects"])
    notes = len(result.warnings)
    imported = translate("DeckActions", "Imported %n inject(s) from {file}", "", count).format(
        file=Path(name).name
    )
    if notes:
        imported = translate("DeckActions", "{imported} (%n note(s))", "", notes).format(
            imported=imported
        )
    window.statusBar().showMessage(
        translate("DeckActions", "{imported}. Undo (Ctrl+Z) brings the previous deck back.").format(
            imported=imported
        ),
        10000,
    )


def export_msel(window: DeckEditorWindow) -> None:
    from tabletop.core.msel import MselFileError, export_msel

    assert window.document is not None
    window.finish_typing()
    start = paths.user_decks_dir() / f"{window.document.get(('id',), 'deck')}-msel.xlsx"
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("DeckActions", "Export as an MSEL spreadsheet"),
        str(start),
        translate("DeckActions", "Excel workbook (*.xlsx)")
        + ";;"
        + translate("DeckActions", "CSV (*.csv)"),
    )
    if not name:
        return
    try:
        warnings = export_msel(window.document.snapshot(), Path(name))
    except MselFileError as exc:
        QMessageBox.critical(
            window, translate("DeckActions", "The spreadsheet was not written"), str(exc)
        )
        return
    errors = [p for p in warnings if p.is_error]
    if errors:
        more = ""
        if len(errors) > 5:
            others = len(errors) - 5
            more = "\n" + translate("DeckActions", "… and %n more", "", others)
        QMessageBox.critical(
            window,
            translate("DeckActions", "The spreadsheet was not written"),
            "\n".join(p.message for p in errors[:5]) + more,
        )
        return
    if warnings:
        notes = len(warnings)
        written = translate("DeckActions", "Wrote {file} (%n note(s): {first})", "", notes)
    else:
        written = translate("DeckActions", "Wrote {file}")
    window.statusBar().showMessage(
        written.format(file=name, first=warnings[0].message if warnings else ""), 10000
    )


def valid_deck(window: DeckEditorWindow, doing: str) -> Any:
    """The deck built from the editor's data, or None (saying why) when it has errors;
    ``doing`` is ``cards`` or ``try``."""
    assert window.document is not None
    window.finish_typing()
    result = load_deck_data(window.document.snapshot(), window.document.name)
    if result.deck is None:
        errors = len(result.errors)
        if doing == "cards":
            title = translate("DeckActions", "Cannot print the cards yet")
            text = translate(
                "DeckActions",
                "The deck has %n error(s); the problem list shows where. Fix them, then print "
                "the cards again.",
                "",
                errors,
            )
        else:
            title = translate("DeckActions", "Cannot try it yet")
            text = translate(
                "DeckActions",
                "The deck has %n error(s); the problem list shows where. Fix them, then try it "
                "again.",
                "",
                errors,
            )
        QMessageBox.warning(window, title, text)
        window.next_problem()
        return None
    return result.deck


def print_cards(window: DeckEditorWindow) -> None:
    from tabletop.core.cards import write_cards

    deck = valid_deck(window, "cards")
    if deck is None:
        return
    start = paths.user_decks_dir() / f"{deck.id}-cards.pdf"
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("DeckActions", "Print inject cards to"),
        str(start),
        translate("DeckActions", "PDF (*.pdf)"),
    )
    if not name:
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pages = write_cards(deck, Path(name))
    except DeckWriteError as exc:
        QMessageBox.critical(
            window, translate("DeckActions", "The cards were not written"), str(exc)
        )
        return
    finally:
        QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        translate("DeckActions", "Wrote %n card(s) to {file}", "", pages).format(file=name), 10000
    )


def try_it(window: DeckEditorWindow) -> None:
    """Save the deck and open a session on it (the facilitator console)."""
    if window.document is None or valid_deck(window, "try") is None:
        return
    if window.document.modified or window.document.path is None:
        answer = QMessageBox.question(
            window,
            translate("DeckActions", "Save to try it"),
            translate("DeckActions", "The deck is saved before a session starts on it. Save now?"),
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
            translate("DeckActions", "Try it"),
            translate(
                "DeckActions",
                "Sessions cannot be started from the editor in this installation. The deck is "
                "saved: start it from the start screen or with tabletop run {path}.",
            ).format(path=window.document.path),
        )
        return
    assert window.document.path is not None
    # no parent: the session goes on when the editor is closed
    start_session_window(window.document.path, None)
