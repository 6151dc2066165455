"""The deck editor: a form for every part of a deck, undo for every edit, live problems.

``open_deck_editor(parent, path)`` is the entry point the start screen and the
console's File menu call (``path=None`` starts a new deck from a template).
"""

from __future__ import annotations

from tabletop.gui.editor.window import DeckEditorWindow, open_deck_editor

__all__ = ["DeckEditorWindow", "open_deck_editor"]
