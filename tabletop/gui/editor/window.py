"""The deck editor window: tabs for the deck's parts, the live problem list, files.

File operations never lose work: saving is atomic, closing with unsaved
changes asks first, and overwriting a file whose comments cannot be kept says
so before it happens. "Try it" saves the deck and opens a session on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tabletop.core import paths
from tabletop.core.problems import Problem
from tabletop.gui.editor import deck_actions
from tabletop.gui.editor.channels_tab import ChannelsTab
from tabletop.gui.editor.deck_files import DeckFiles
from tabletop.gui.editor.document import DeckDocument, DeckOpenError
from tabletop.gui.editor.editor_menus import EditorMenus
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
from tabletop.gui.editor.translation_tab import TranslationTab
from tabletop.gui.editor.validation import Validator
from tabletop.gui.language import translate
from tabletop.gui.style import inject_type

_open_windows: set[QMainWindow] = set()  # editors opened from an editor stay alive


def describe_inject(index: int, inject: Any) -> str:
    if not isinstance(inject, dict):
        return f"{index + 1}. ?"
    kind = inject.get("type")
    marker = ""
    if kind in ("contingency", "adaptive"):
        from tabletop.core.deck.model import InjectType

        marker = f"  [{inject_type(InjectType(kind))}]"
    title = inject.get("title") or translate("DeckEditorWindow", "(no title)")
    return f"{index + 1}. {title}{marker}"


def new_inject(taken: set[str]) -> dict[str, Any]:
    from tabletop.core.deck.edits import unique_id

    return {
        "id": unique_id("inject", taken),
        "title": translate("DeckEditorWindow", "New inject"),
        "narrative": translate("DeckEditorWindow", "What the players read."),
    }


class DeckEditorWindow(EditorMenus, DeckFiles, QMainWindow):
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
            many = len(document.lost_comments)
            self.statusBar().showMessage(
                translate(
                    "DeckEditorWindow",
                    "This file has %n comment(s) the editor cannot keep (the first on line "
                    "{line}); you will be asked before they are removed.",
                    "",
                    many,
                ).format(line=first.line)
            )

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        document = self.document
        assert document is not None
        stack = document.stack
        self.undo_action = stack.createUndoAction(self, translate("DeckEditorWindow", "&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, translate("DeckEditorWindow", "&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.next_problem_action = self._action(
            "nextProblemAction",
            translate("DeckEditorWindow", "Go to the next pro&blem"),
            self.next_problem,
            "F8",
        )
        self.edit_menu.addAction(self.next_problem_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)
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
        self.translation_tab = TranslationTab(document)
        self.tab_keys = [
            "deck",
            "injects",
            "teams",
            "channels",
            "objectives",
            "sources",
            "translation",
        ]
        self.tabs.addTab(deck_scroll, translate("DeckEditorWindow", "Deck"))
        self.tabs.addTab(self.panels["injects"], translate("DeckEditorWindow", "Injects"))
        self.tabs.addTab(self.panels["teams"], translate("DeckEditorWindow", "Teams"))
        self.tabs.addTab(self.channels_tab, translate("DeckEditorWindow", "Channels"))
        self.tabs.addTab(self.panels["objectives"], translate("DeckEditorWindow", "Objectives"))
        self.tabs.addTab(self.panels["sources"], translate("DeckEditorWindow", "Sources"))
        self.tabs.addTab(self.translation_tab, translate("DeckEditorWindow", "Translation"))
        self.tabs.setCurrentIndex(1)
        self.setCentralWidget(self.tabs)
        self._count_tabs()

        dock = QDockWidget(translate("DeckEditorWindow", "Problems"), self)
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
        message = QLabel(str(error) if error else translate("DeckEditorWindow", "No deck is open."))
        message.setObjectName("openErrorLabel")
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        layout.addWidget(self.problems, 1)
        if error is not None:
            self.problems.show_problems(error.problems, {})
        layout.addWidget(
            QLabel(
                translate(
                    "DeckEditorWindow", "Open another deck or start a new one from the File menu."
                )
            )
        )
        self.setCentralWidget(page)
        self.setWindowTitle(translate("DeckEditorWindow", "Deck editor"))

    # -- state ----------------------------------------------------------------------------

    def _source(self) -> str:
        return self.document.name if self.document is not None else "<deck>"

    def _update_title(self) -> None:
        if self.document is None:
            return
        self.setWindowTitle(
            translate("DeckEditorWindow", "{deck}[*] — Deck editor").format(deck=self.document.name)
        )
        self.setWindowModified(self.document.modified)

    def _changed(self, changed: list[Any]) -> None:
        self.validator.schedule()
        if any(len(p) <= 1 for p in changed):
            self._count_tabs()

    def _count_tabs(self) -> None:
        assert self.document is not None
        for key, title in (
            ("injects", translate("DeckEditorWindow", "Injects ({count})")),
            ("teams", translate("DeckEditorWindow", "Teams ({count})")),
            ("objectives", translate("DeckEditorWindow", "Objectives ({count})")),
            ("sources", translate("DeckEditorWindow", "Sources ({count})")),
        ):
            records = self.document.get((key,))
            count = len(records) if isinstance(records, list) else 0
            self.tabs.setTabText(self.tab_keys.index(key), title.format(count=count))

    def _checked(self, problems: list[Problem]) -> None:
        assert self.document is not None
        self.problems.show_problems(problems, self.document.data)

    # -- going to a field -------------------------------------------------------------------

    def reveal(self, path: tuple[Any, ...]) -> None:
        """Select the tab, record and field a problem is about, and put the cursor there."""
        if self.document is None:
            return  # a file that could not be opened: there are no forms to go to
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
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("DeckEditorWindow", "Open a deck"),
            start,
            translate("DeckEditorWindow", "Decks (*.yaml *.yml)"),
        )
        if not name:
            return
        window = open_deck_editor(self.parentWidget(), Path(name))
        _keep(window)
        window.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.finish_typing()
        if not self.maybe_save() or (
            self.document is not None and not self.translation_tab.maybe_save()
        ):
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
