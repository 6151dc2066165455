"""The deck editor window: tabs for the deck's parts, the live problem list, files.

File operations never lose work: saving is atomic, closing with unsaved
changes asks first, and overwriting a file whose comments cannot be kept says
so before it happens. "Try it" saves the deck and opens a session on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tabletop.core import paths
from tabletop.core.deck.writer import DeckWriteError
from tabletop.core.problems import Problem
from tabletop.gui.editor import deck_actions
from tabletop.gui.editor.channels_tab import ChannelsTab
from tabletop.gui.editor.document import DeckDocument, DeckOpenError
from tabletop.gui.editor.forms import (
    DeckForm,
    ObjectiveForm,
    SourceForm,
    TeamForm,
    describe_objective,
    describe_source,
    describe_team,
    new_objective,
    new_source,
    new_team,
)
from tabletop.gui.editor.inject_form import InjectForm, confirm_inject_delete
from tabletop.gui.editor.problems_panel import ProblemsPanel
from tabletop.gui.editor.records import RecordPanel
from tabletop.gui.editor.template import new_deck_data
from tabletop.gui.editor.validation import Validator
from tabletop.gui.help import guide_action, open_guide

EDITOR = "deck-editor.md"  # the editor's own guide, beside the facilitator's

_open_windows: set[QMainWindow] = set()  # editors opened from an editor stay alive


def describe_inject(index: int, inject: Any) -> str:
    if not isinstance(inject, dict):
        return f"{index + 1}. ?"
    kind = inject.get("type")
    marker = f"  [{kind}]" if kind in ("contingency", "adaptive") else ""
    return f"{index + 1}. {inject.get('title') or '(no title)'}{marker}"


def new_inject(taken: set[str]) -> dict[str, Any]:
    from tabletop.core.deck.edits import unique_id

    return {
        "id": unique_id("inject", taken),
        "title": "New inject",
        "narrative": "What the players read.",
    }


class DeckEditorWindow(QMainWindow):
    """Edits one deck; see the module docstring."""

    def __init__(
        self,
        document: DeckDocument | None,
        parent: QWidget | None = None,
        *,
        error: DeckOpenError | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deckEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1200, 680)
        self.document = document
        self._comments_accepted = False
        self.problems = ProblemsPanel()
        self.problems.activated.connect(self.reveal)
        self._actions()
        if document is None:
            self._show_error(error)
            return
        document.setParent(self)
        self.validator = Validator(document.snapshot, self._source, self)
        self.validator.checked.connect(self._checked)
        self._build()
        document.changed.connect(self._changed)
        document.stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        self._update_title()
        self.validator.check_now()
        if document.lost_comments:
            first = document.lost_comments[0]
            self.statusBar().showMessage(
                f"This file has {len(document.lost_comments)} comment(s) the editor cannot keep "
                f"(the first on line {first.line}); you will be asked before they are removed."
            )

    # -- building -------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Any, keys: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        Key = QKeySequence.StandardKey
        self.new_action = self._action(
            "newDeckAction", "&New deck", self.new_deck, Key.New, "Start a new deck from a template"
        )
        self.open_action = self._action(
            "openDeckAction", "&Open deck…", self.open_deck, Key.Open, "Open a deck file"
        )
        self.save_action = self._action("saveAction", "&Save", self.save, Key.Save, "Save the deck")
        self.save_as_action = self._action(
            "saveAsAction",
            "Save &as…",
            self.save_as,
            Key.SaveAs,
            "Save the deck under another name",
        )
        self.import_action = self._action(
            "importMselAction",
            "&Import MSEL…",
            self.import_msel,
            None,
            "Replace the injects with an MSEL spreadsheet",
        )
        self.export_action = self._action(
            "exportMselAction",
            "&Export MSEL…",
            self.export_msel,
            None,
            "Write the deck as an MSEL spreadsheet",
        )
        self.cards_action = self._action(
            "printCardsAction",
            "Print inject &cards…",
            self.print_cards,
            "Ctrl+P",
            "Write the injects as cards for paper play (PDF)",
        )
        self.try_action = self._action(
            "tryItAction", "&Try it", self.try_it, "F5", "Save the deck and start a session on it"
        )
        self.close_action = self._action("closeEditorAction", "&Close", self.close, Key.Close)
        file_menu = self.menuBar().addMenu("&File")
        for action in (
            self.new_action,
            self.open_action,
            None,
            self.save_action,
            self.save_as_action,
            None,
            self.import_action,
            self.export_action,
            self.cards_action,
            None,
            self.try_action,
            None,
            self.close_action,
        ):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)
        self.edit_menu = self.menuBar().addMenu("&Edit")
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(guide_action(self, "F1"))
        help_menu.addAction(
            self._action("editorGuideAction", "The &deck editor", lambda: open_guide(self, EDITOR))
        )
        self.toolbar = self.addToolBar("Deck")
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setMovable(False)
        for action in (self.new_action, self.open_action, self.save_action):
            self.toolbar.addAction(action)

    def _build(self) -> None:
        document = self.document
        assert document is not None
        stack = document.stack
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.next_problem_action = self._action(
            "nextProblemAction", "Go to next &problem", self.next_problem, "F8"
        )
        self.edit_menu.addAction(self.next_problem_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.cards_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.try_action)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.deck_form = DeckForm(document)
        deck_scroll = QScrollArea()
        deck_scroll.setWidgetResizable(True)
        deck_scroll.setWidget(self.deck_form)
        self.deck_form.set_base(())
        self.inject_form = InjectForm(document)
        self.panels: dict[str, RecordPanel] = {
            "injects": RecordPanel(
                document,
                "injects",
                self.inject_form,
                noun="inject",
                describe=describe_inject,
                new_record=new_inject,
                list_name="injectList",
                before_delete=lambda row: confirm_inject_delete(self, document, row),
            ),
            "teams": RecordPanel(
                document,
                "teams",
                TeamForm(document),
                noun="team",
                describe=describe_team,
                new_record=new_team,
                list_name="teamList",
            ),
            "objectives": RecordPanel(
                document,
                "objectives",
                ObjectiveForm(document),
                noun="objective",
                describe=describe_objective,
                new_record=new_objective,
                list_name="objectiveList",
            ),
            "sources": RecordPanel(
                document,
                "sources",
                SourceForm(document),
                noun="source",
                describe=describe_source,
                new_record=new_source,
                list_name="sourceList",
            ),
        }
        self.channels_tab = ChannelsTab(document)
        self.panels["channels"] = self.channels_tab.panel
        self.tab_keys = ["deck", "injects", "teams", "channels", "objectives", "sources"]
        self.tabs.addTab(deck_scroll, "Deck")
        self.tabs.addTab(self.panels["injects"], "Injects")
        self.tabs.addTab(self.panels["teams"], "Teams")
        self.tabs.addTab(self.channels_tab, "Channels")
        self.tabs.addTab(self.panels["objectives"], "Objectives")
        self.tabs.addTab(self.panels["sources"], "Sources")
        self.tabs.setCurrentIndex(1)
        self.setCentralWidget(self.tabs)
        self._count_tabs()

        dock = QDockWidget("Problems", self)
        dock.setObjectName("problemsDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [110], Qt.Orientation.Vertical)

    def _show_error(self, error: DeckOpenError | None) -> None:
        for action in (
            self.save_action,
            self.save_as_action,
            self.import_action,
            self.export_action,
            self.cards_action,
            self.try_action,
        ):
            action.setEnabled(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        message = QLabel(str(error) if error else "No deck is open.")
        message.setObjectName("openErrorLabel")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        layout.addWidget(self.problems, 1)
        if error is not None:
            self.problems.show_problems(error.problems, {})
        layout.addWidget(QLabel("Open another deck or start a new one from the File menu."))
        self.setCentralWidget(page)
        self.setWindowTitle("Deck editor")

    # -- state ----------------------------------------------------------------------------

    def _source(self) -> str:
        return self.document.name if self.document is not None else "<deck>"

    def _update_title(self) -> None:
        if self.document is None:
            return
        self.setWindowTitle(f"{self.document.name}[*] — Deck editor")
        self.setWindowModified(self.document.modified)

    def _changed(self, changed: list[Any]) -> None:
        self.validator.schedule()
        if any(len(p) <= 1 for p in changed):
            self._count_tabs()

    def _count_tabs(self) -> None:
        assert self.document is not None
        for key, title in (
            ("injects", "Injects"),
            ("teams", "Teams"),
            ("objectives", "Objectives"),
            ("sources", "Sources"),
        ):
            records = self.document.get((key,))
            count = len(records) if isinstance(records, list) else 0
            self.tabs.setTabText(self.tab_keys.index(key), f"{title} ({count})")

    def _checked(self, problems: list[Problem]) -> None:
        assert self.document is not None
        self.problems.show_problems(problems, self.document.data)

    # -- going to a field -------------------------------------------------------------------

    def reveal(self, path: tuple[Any, ...]) -> None:
        """Select the tab, record and field a problem is about, and put the cursor there."""
        key = str(path[0]) if path else "deck"
        if key not in self.panels:
            key = "deck"
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        if key == "deck":
            self.deck_form.focus_path(tuple(path))
        else:
            self.panels[key].focus_path(tuple(path))
        # once now, and again when a form just filled in (new branch rows …) has its geometry
        QTimer.singleShot(0, self._scroll_to_focus)
        QTimer.singleShot(80, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        widget = self.focusWidget()  # set even while another window is active
        parent = widget.parentWidget() if widget else None
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea) and widget is not None:
            parent.ensureWidgetVisible(widget, 40, 60)

    def next_problem(self) -> None:
        problems = self.problems.list
        if not problems.count():
            return
        row = (problems.currentRow() + 1) % problems.count()
        problems.setCurrentRow(row)
        self.problems._activated(problems.item(row))

    # -- files ----------------------------------------------------------------------------

    def new_deck(self) -> None:
        window = open_deck_editor(self.parentWidget(), None)
        _keep(window)
        window.show()

    def open_deck(self) -> None:
        start = str(
            self.document.path.parent
            if self.document and self.document.path
            else paths.user_decks_dir()
        )
        name, _ = QFileDialog.getOpenFileName(self, "Open a deck", start, "Decks (*.yaml *.yml)")
        if not name:
            return
        window = open_deck_editor(self.parentWidget(), Path(name))
        _keep(window)
        window.show()

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
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Comments will be removed",
            f"{target.name} has {len(lost)} comment(s) that the editor cannot "
            f"keep (the first on line {lost[0].line}); the comment block at the "
            "top of the file is kept. Saving over the file removes them.",
            parent=self,
        )
        box.setObjectName("commentsWarning")
        overwrite = box.addButton("Save and remove them", QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton("Save as a new file…", QMessageBox.ButtonRole.ActionRole)
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
            QMessageBox.critical(self, "The deck was not saved", str(exc))
            return False
        self.statusBar().showMessage(f"Saved to {target}", 8000)
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
                "Decks that come with tabletop stay as they are; save your version in your "
                "decks folder.",
                10000,
            )
        elif self.document.path is not None:
            start = self.document.path
        else:
            folder = paths.ensure_dir(paths.user_decks_dir())
            start = folder / f"{self.document.get(('id',), 'deck')}.yaml"
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the deck as", str(start), "Decks (*.yaml *.yml)"
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
            "Unsaved changes",
            f"Save the changes to {self.document.name} before closing?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_typing()
        if not self.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.validator.wait()
        _open_windows.discard(self)
        from tabletop.gui import navigation

        navigation.forget(self)  # the start screen kept it while it was open
        event.accept()

    # -- spreadsheets, cards, trying it (in deck_actions) ---------------------------

    def import_msel(self) -> None:
        deck_actions.import_msel(self)

    def export_msel(self) -> None:
        deck_actions.export_msel(self)

    def print_cards(self) -> None:
        deck_actions.print_cards(self)

    def try_it(self) -> None:
        deck_actions.try_it(self)


def _keep(window: QMainWindow) -> None:
    _open_windows.add(window)
    window.destroyed.connect(lambda *_: _open_windows.discard(window))


def open_deck_editor(parent: QWidget | None, path: Path | None) -> QMainWindow:
    """The deck editor for ``path``, or for a new deck from the template (``None``).

    The window is returned unshown. A file that cannot be edited (not YAML, not a
    deck) gives a window that says why, with the located problems.
    """
    if path is None:
        document = DeckDocument(new_deck_data())
        window = DeckEditorWindow(document, parent)
        window.tabs.setCurrentIndex(0)
        return window
    try:
        document = DeckDocument.open(Path(path))
    except DeckOpenError as exc:
        return DeckEditorWindow(None, parent, error=exc)
    return DeckEditorWindow(document, parent)
