"""The deck being edited: its plain data, its file, its undo stack and its problems.

Every change goes through :meth:`DeckDocument.push`, which wraps a core
:class:`~tabletop.core.deck.edits.Edit` in a ``QUndoCommand``; the stack's
clean state is the "saved" state. Views listen to :attr:`DeckDocument.changed`
(with the paths that changed) and refresh themselves from the data.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tabletop.core.deck.edits import MISSING, Compound, Edit, SetValue, get
from tabletop.core.deck.writer import DeckWriteError, save_deck
from tabletop.core.deck.yaml_comments import header_comments, lost_comments
from tabletop.core.deck.yaml_reader import FieldPath, YamlReadError, decode, read_text
from tabletop.core.problems import Location, Problem
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated

# the names of the core's own edits, as the Edit menu's Undo and Redo show them
CORE_EDIT_LABELS = (
    QT_TRANSLATE_NOOP("EditLabel", "Rename inject"),
    QT_TRANSLATE_NOOP("EditLabel", "Rename team"),
    QT_TRANSLATE_NOOP("EditLabel", "Change"),
    QT_TRANSLATE_NOOP("EditLabel", "Edit"),
    QT_TRANSLATE_NOOP("EditLabel", "Add"),
    QT_TRANSLATE_NOOP("EditLabel", "Delete"),
    QT_TRANSLATE_NOOP("EditLabel", "Move"),
)


class EditCommand(QUndoCommand):
    """One edit on the undo stack; typing in one field merges into one step."""

    def __init__(self, document: DeckDocument, edit: Edit, merge_key: int = -1) -> None:
        super().__init__(translated("EditLabel", edit.label))
        self.document = document
        self.edit = edit
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.apply(self.edit)

    def undo(self) -> None:
        self.document.apply(self.edit.inverse())

    def id(self) -> int:
        return self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        mine, theirs = self.edit, other.edit
        if isinstance(mine, SetValue) and isinstance(theirs, SetValue) and mine.path == theirs.path:
            self.edit = SetValue(mine.path, theirs.new, mine.old, mine.label)
        else:
            self.edit = Compound([mine, theirs], mine.label)
        return True


class DeckOpenError(Exception):
    """A deck file that cannot be edited (unreadable, not YAML, not a mapping)."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class DeckDocument(QObject):
    """The data of one deck, with undo, its file and the comments it would lose."""

    changed = Signal(list)  # the paths (tuples) whose values changed
    path_changed = Signal()

    def __init__(
        self,
        data: dict[str, Any],
        path: Path | None = None,
        header: str = "",
        lost: list[Location] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = data
        self.path = path
        self.header = header
        self.lost_comments = list(lost or [])
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(1000)
        self._typing = 0  # merge key for the field being typed in; 0 means none
        self._next_key = 1

    # -- files ------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> DeckDocument:
        """Read a deck file for editing; DeckOpenError says why it cannot be."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DeckOpenError(
                translate("DeckDocument", "{path} cannot be read: {problem}").format(
                    path=path, problem=exc.strerror or exc
                )
            ) from None
        try:
            text = decode(raw)
            document = read_text(text)
        except YamlReadError as exc:
            problems = [p.with_source(str(path)) for p in exc.problems]
            raise DeckOpenError(
                translate(
                    "DeckDocument",
                    "{file} cannot be read as YAML, so the editor cannot open it: {problem}. Fix "
                    "it in a text editor, then open it again.",
                ).format(file=path.name, problem=problems[0].format() if problems else exc),
                problems,
            ) from None
        if not isinstance(document.data, dict):
            raise DeckOpenError(
                translate(
                    "DeckDocument",
                    "{file} is not a deck: its top level is not a mapping of keys (format:, "
                    "title:, injects: …).",
                ).format(file=path.name)
            )
        return cls(document.data, path, header_comments(text), lost_comments(text), parent)

    def save(self, path: Path | None = None) -> None:
        """Write the deck (atomically); DeckWriteError says why it could not be."""
        target = path or self.path
        if target is None:
            raise DeckWriteError(
                translate("DeckDocument", "the deck has no file name yet; use Save As")
            )
        save_deck(target, self.data, self.header)
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.lost_comments = []
        self.stack.setClean()

    @property
    def modified(self) -> bool:
        return not self.stack.isClean()

    @property
    def name(self) -> str:
        return self.path.name if self.path else translate("DeckDocument", "New deck")

    # -- edits ------------------------------------------------------------------------

    def push(self, edit: Edit, *, typing: bool = False) -> None:
        """Do an edit as one undo step (typing in the same field merges into one step)."""
        key = self._typing_key() if typing else -1
        self.stack.push(EditCommand(self, edit, key))

    def _typing_key(self) -> int:
        if not self._typing:
            self._typing = self._next_key
            self._next_key += 1
        return self._typing

    def end_typing(self) -> None:
        """The next keystroke starts a new undo step (focus left the field)."""
        self._typing = 0

    def apply(self, edit: Edit) -> None:
        """Apply an edit to the data and tell the views; only EditCommand calls this."""
        self.data = edit.apply(self.data)
        self.changed.emit(list(edit.paths()))

    def get(self, path: FieldPath, default: Any = None) -> Any:
        """The value at ``path``; ``default`` when it is missing or null."""
        value = get(self.data, path)
        return default if value is None or value is MISSING else value

    def snapshot(self) -> dict[str, Any]:
        """A copy of the data that another thread may read while editing goes on."""
        return copy.deepcopy(self.data)


def touches(changed: Iterable[FieldPath], path: FieldPath) -> bool:
    """Whether a change at any of ``changed`` can alter the value at ``path``."""
    for other in changed:
        shorter = min(len(other), len(path))
        if tuple(other[:shorter]) == tuple(path[:shorter]):
            return True
    return False
