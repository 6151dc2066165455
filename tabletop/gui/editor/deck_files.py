"""Saving the deck in the editor: over its file, as a new one, and what would be lost
(a part of :class:`DeckEditorWindow`).

Saving never loses work: it is atomic, a deck that came with tabletop is saved
as a copy in the user's decks folder, and overwriting a file whose comments
cannot be kept says so before it happens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox

from tabletop.core import paths
from tabletop.core.deck.writer import DeckWriteError
from tabletop.gui.editor.document import DeckDocument
from tabletop.gui.language import translate

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    # a plain mixin at run time (a second QMainWindow base would confuse Qt's bindings)
    _Window = object


class DeckFiles(_Window):
    """Save, Save as and the questions before them."""

    document: DeckDocument | None
    _comments_accepted: bool

    def _confirm_comments(self, target: Path) -> bool:
        document = self.document
        assert document is not None
        if not document.lost_comments or self._comments_accepted or target != document.path:
            return True
        answer = self.ask_about_comments(target)
        if answer == "overwrite":
            self._comments_accepted = True
            return True
        if answer == "save-as":
            QTimer.singleShot(0, self.save_as)
        return False

    def ask_about_comments(self, target: Path) -> str:
        """Ask before saving over comments: "overwrite", "save-as" or "cancel"."""
        assert self.document is not None
        lost = self.document.lost_comments
        many = len(lost)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("DeckEditorWindow", "Comments will be removed"),
            translate(
                "DeckEditorWindow",
                "{file} has %n comment(s) that the editor cannot keep (the first on line "
                "{line}); the comment block at the top of the file is kept. Saving over the "
                "file removes them.",
                "",
                many,
            ).format(file=target.name, line=lost[0].line),
            parent=self,
        )
        box.setObjectName("commentsWarning")
        overwrite = box.addButton(
            translate("DeckEditorWindow", "Save and remove them"), QMessageBox.ButtonRole.AcceptRole
        )
        other = box.addButton(
            translate("DeckEditorWindow", "Save as a new file…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is overwrite:
            return "overwrite"
        return "save-as" if box.clickedButton() is other else "cancel"

    def finish_typing(self) -> None:
        """Take in what is being typed before the deck is used (saved, tried, exported).

        A spin box takes a typed number, and an inject id is renamed, when the cursor
        leaves the field; the cursor leaves it and comes back, so what the field shows
        is what the deck holds.
        """
        widget = QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return
        widget.clearFocus()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write(self, target: Path) -> bool:
        assert self.document is not None
        if not self._confirm_comments(target):
            return False
        try:
            self.document.save(target)
        except DeckWriteError as exc:
            QMessageBox.critical(
                self, translate("DeckEditorWindow", "The deck was not saved"), str(exc)
            )
            return False
        self.statusBar().showMessage(
            translate("DeckEditorWindow", "Saved to {path}").format(path=target), 8000
        )
        return True

    def save(self) -> bool:
        if self.document is None:
            return False
        self.finish_typing()
        if self.document.path is None or self.is_bundled():
            return self.save_as()
        return self._write(self.document.path)

    def is_bundled(self) -> bool:
        """Whether the deck is one shipped with the app (kept as shipped; saved as a copy)."""
        path = self.document.path if self.document else None
        if path is None:
            return False
        try:
            path.resolve().relative_to(paths.bundled_decks_dir().resolve())
        except ValueError:
            return False
        return True

    def save_as(self) -> bool:
        if self.document is None:
            return False
        self.finish_typing()
        if self.is_bundled() and self.document.path is not None:
            folder = paths.ensure_dir(paths.user_decks_dir())
            start = folder / self.document.path.name
            self.statusBar().showMessage(
                translate(
                    "DeckEditorWindow",
                    "Decks that come with tabletop stay as they are; save your version in your "
                    "decks folder.",
                ),
                10000,
            )
        elif self.document.path is not None:
            start = self.document.path
        else:
            folder = paths.ensure_dir(paths.user_decks_dir())
            start = folder / f"{self.document.get(('id',), 'deck')}.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("DeckEditorWindow", "Save the deck as"),
            str(start),
            translate("DeckEditorWindow", "Decks (*.yaml *.yml)"),
        )
        if not name:
            return False
        target = Path(name)
        if target.suffix not in (".yaml", ".yml"):
            target = target.with_suffix(".yaml")
        return self._write(target)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user chose to stay."""
        if self.document is None or not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            translate("DeckEditorWindow", "Unsaved changes"),
            translate("DeckEditorWindow", "Save the changes to {deck} before closing?").format(
                deck=self.document.name
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
