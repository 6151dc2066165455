"""The deck editor's text fields: a line, a block of text, one entry a line, a comma list,
and an id whose renaming follows into every reference (see :mod:`fields`)."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from tabletop.core.deck.edits import MISSING, Edit, set_value
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.fields import Field, Form
from tabletop.gui.editor.undo_keys import is_undo_key


class _FocusAware:
    """A text box of a field: the deck's undo keys pass through it, and leaving it ends the
    document's typing step. Listed before the Qt class, so that its methods come first."""

    field: Field | None = None

    def end_typing(self) -> None:
        if self.field is not None:
            self.field.document.end_typing()

    def event(self, event: QEvent) -> bool:
        if is_undo_key(event):
            event.ignore()  # left to the window's Undo and Redo
            return False
        return super().event(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.end_typing()
        super().focusOutEvent(event)  # type: ignore[misc]


class LineEdit(_FocusAware, QLineEdit):
    pass


class TextEdit(_FocusAware, QPlainTextEdit):
    pass


class TextField(Field):
    """One line of text; clearing it removes the key unless the field is required."""

    widget: LineEdit

    def __init__(
        self,
        form: Form,
        rel: FieldPath,
        *,
        required: bool = False,
        label: str = "",
        placeholder: str = "",
    ) -> None:
        widget = LineEdit()
        widget.setPlaceholderText(placeholder)
        super().__init__(form, rel, widget, required=required, label=label)
        widget.field = self
        widget.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.commit(text if text else MISSING, typing=True)

    def show_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if self.widget.text() != text:
            self.widget.setText(text)


class RenamingIdField(TextField):
    """A record's id, taken when the cursor leaves it: a new id no other record has is a
    rename (``rename`` also renames what names the record); a clash or an empty id is set
    as typed, and the problem list says what is wrong."""

    def __init__(
        self,
        form: Form,
        rename: Callable[[Any, int, str], Edit],
        undo_label: str,
        *,
        label: str = "",
    ) -> None:
        super().__init__(form, ("id",), required=True, label=label)
        self.rename = rename
        self.undo_label = undo_label
        self.widget.textEdited.disconnect()
        self.widget.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        if self.form.base is None or self._refreshing:
            return
        new = self.widget.text().strip()
        old = self.current()
        if new == old:
            return
        key, index = self.form.base[0], int(self.form.base[1])
        others = {
            str(record.get("id"))
            for k, record in enumerate(self.document.get((key,), []))
            if isinstance(record, dict) and k != index
        }
        if new and new not in others and isinstance(old, str):
            self.document.push(self.rename(self.document.data, index, new))
        else:
            self.document.push(set_value(self.document.data, self.path, new, self.undo_label))


class TextAreaField(Field):
    """Several lines of text (a narrative, notes, a briefing)."""

    widget: TextEdit

    def __init__(
        self,
        form: Form,
        rel: FieldPath,
        *,
        required: bool = False,
        label: str = "",
        placeholder: str = "",
        lines: int = 4,
    ) -> None:
        widget = TextEdit()
        widget.setPlaceholderText(placeholder)
        widget.setTabChangesFocus(True)
        height = widget.fontMetrics().lineSpacing() * lines + 12
        widget.setMinimumHeight(height)
        widget.setMaximumHeight(int(height * 1.6))
        super().__init__(form, rel, widget, required=required, label=label)
        widget.field = self
        widget.textChanged.connect(self._edited)

    def _edited(self) -> None:
        text = self.widget.toPlainText()
        self.commit(self.to_value(text), typing=True)

    def to_value(self, text: str) -> Any:
        return text if text else MISSING

    def show_value(self, value: Any) -> None:
        text = self.to_text(value)
        if self.widget.toPlainText() != text:
            self.widget.setPlainText(text)

    def to_text(self, value: Any) -> str:
        return "" if value is None else str(value)


def _line(item: Any) -> str:
    """A list entry as one line: a mapping (an expected action with a test) shows its text."""
    if isinstance(item, dict):
        return str(item.get("text") or "")
    return str(item)


def _keep_entries(current: list[Any], lines: list[Any]) -> list[Any]:
    """The new lines, each entry with more than text (a mapping) carried to its line.

    Lines are matched to the entries they were: an unchanged line keeps its entry, and a
    line edited in place (a typo fixed, a word added) keeps it too, with the new text; a
    line added or removed moves the others without taking their tests from them.
    """
    matcher = difflib.SequenceMatcher(a=[_line(x) for x in current], b=lines, autojunk=False)
    kept = list(lines)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for old, new in zip(range(i1, i2), range(j1, j2), strict=True):
                entry = current[old]
                if isinstance(entry, dict):
                    kept[new] = {**entry, "text": lines[new]} if "text" in entry else entry
    return kept


class LinesField(TextAreaField):
    """A list of short texts, one per line (questions, expected actions, authors)."""

    def to_value(self, text: str) -> Any:
        lines = [line.strip() for line in text.split("\n")]
        items: list[Any] = [line for line in lines if line]
        if not items:
            return MISSING
        current = self.current()
        # keep the list as it is while the user is between lines (a trailing newline)
        if isinstance(current, list) and [_line(x) for x in current] == items:
            return current
        if isinstance(current, list):  # an entry with more than text (an expected action's
            items = _keep_entries(current, items)  # test) keeps it, its text edited or not
        return items

    def to_text(self, value: Any) -> str:
        if isinstance(value, list):
            return "\n".join(_line(item) for item in value)
        return "" if value is None else str(value)

    def show_value(self, value: Any) -> None:
        shown = [line.strip() for line in self.widget.toPlainText().split("\n") if line.strip()]
        if isinstance(value, list) and shown == [_line(v) for v in value]:
            return  # the same list; keep the cursor and any blank line being typed
        super().show_value(value)


class CommaListField(TextField):
    """A short list of ids or names written with commas: ``nato, europe``."""

    def _edited(self, text: str) -> None:
        items = [part.strip() for part in text.split(",") if part.strip()]
        self.commit(items if items else MISSING, typing=True)

    def show_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        shown = [p.strip() for p in self.widget.text().split(",") if p.strip()]
        if shown != [str(i) for i in items]:
            self.widget.setText(", ".join(str(i) for i in items))
