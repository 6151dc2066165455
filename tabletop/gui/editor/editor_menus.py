"""The deck editor's actions, menus and toolbar (a part of :class:`DeckEditorWindow`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from tabletop.gui.guide_menu import guide_action
from tabletop.gui.help import open_guide
from tabletop.gui.language import translate
from tabletop.gui.preferences import preferences_action

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    # a plain mixin at run time (a second QMainWindow base would confuse Qt's bindings)
    _Window = object

EDITOR = "deck-editor.md"  # the editor's own guide, beside the facilitator's


class EditorMenus(_Window):
    """File, Edit and Help, and the toolbar, with every action's shortcut."""

    edit_menu: QMenu
    toolbar: QToolBar

    if TYPE_CHECKING:  # the window's own, named here for the type checker only

        def new_deck(self) -> None: ...
        def open_deck(self) -> None: ...
        def save(self) -> bool: ...
        def save_as(self) -> bool: ...
        def import_msel(self) -> None: ...
        def export_msel(self) -> None: ...
        def print_cards(self) -> None: ...
        def try_it(self) -> None: ...

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
            "newDeckAction",
            translate("DeckEditorWindow", "&New deck"),
            self.new_deck,
            Key.New,
            translate("DeckEditorWindow", "Start a new deck from a template"),
        )
        self.open_action = self._action(
            "openDeckAction",
            translate("DeckEditorWindow", "&Open deck…"),
            self.open_deck,
            Key.Open,
            translate("DeckEditorWindow", "Open a deck file"),
        )
        self.save_action = self._action(
            "saveAction",
            translate("DeckEditorWindow", "&Save"),
            self.save,
            Key.Save,
            translate("DeckEditorWindow", "Save the deck"),
        )
        self.save_as_action = self._action(
            "saveAsAction",
            translate("DeckEditorWindow", "Save &as…"),
            self.save_as,
            Key.SaveAs,
            translate("DeckEditorWindow", "Save the deck under another name"),
        )
        self.import_action = self._action(
            "importMselAction",
            translate("DeckEditorWindow", "&Import MSEL…"),
            self.import_msel,
            None,
            translate("DeckEditorWindow", "Replace the injects with an MSEL spreadsheet"),
        )
        self.export_action = self._action(
            "exportMselAction",
            translate("DeckEditorWindow", "&Export MSEL…"),
            self.export_msel,
            None,
            translate("DeckEditorWindow", "Write the deck as an MSEL spreadsheet"),
        )
        self.cards_action = self._action(
            "printCardsAction",
            translate("DeckEditorWindow", "Print inject &cards…"),
            self.print_cards,
            "Ctrl+P",
            translate("DeckEditorWindow", "Write the injects as cards for paper play (PDF)"),
        )
        self.try_action = self._action(
            "tryItAction",
            translate("DeckEditorWindow", "&Try it"),
            self.try_it,
            "F5",
            translate("DeckEditorWindow", "Save the deck and start a session on it"),
        )
        self.close_action = self._action(
            "closeEditorAction", translate("DeckEditorWindow", "C&lose"), self.close, Key.Close
        )
        file_menu = self.menuBar().addMenu(translate("DeckEditorWindow", "&File"))
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
        self.edit_menu = self.menuBar().addMenu(translate("DeckEditorWindow", "&Edit"))
        self.preferences_action = preferences_action(self)
        help_menu = self.menuBar().addMenu(translate("DeckEditorWindow", "&Help"))
        help_menu.addAction(guide_action(self, "F1"))
        help_menu.addAction(
            self._action(
                "editorGuideAction",
                translate("DeckEditorWindow", "The &deck editor"),
                lambda: open_guide(self, EDITOR),
            )
        )
        self.toolbar = self.addToolBar(translate("DeckEditorWindow", "Deck"))
        self.toolbar.setObjectName("editorToolbar")
        self.toolbar.setMovable(False)
        for action in (self.new_action, self.open_action, self.save_action):
            self.toolbar.addAction(action)
