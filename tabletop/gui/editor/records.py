"""A list of records (injects, teams, objectives, sources, channels) beside the form for one.

Add, duplicate, delete and reorder (buttons, keyboard or drag and drop) are
undoable edits; the list is redrawn from the data after each one, so what is
shown is always what will be saved.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.edits import Insert, Move, Remove, unique_id
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.fields import Form
from tabletop.gui.language import translate


@dataclass(frozen=True)
class Wording:
    """What the panel says about its records, each a whole sentence in the interface's
    language (the kinds of record are not words to slot into one English sentence)."""

    records: str  # the list's accessible name: "Injects"
    add_tip: str
    duplicate_tip: str
    delete_tip: str
    up: str
    down: str
    empty: str
    added: str  # the undo step's name
    duplicated: str
    deleted: str
    moved: str


def wording(noun: str) -> Wording:
    """The panel's sentences for ``inject``, ``team``, ``objective``, ``source`` or ``channel``."""
    if noun == "inject":
        return Wording(
            translate("RecordPanel", "Injects"),
            translate("RecordPanel", "Add an inject after the selected one"),
            translate("RecordPanel", "Copy the selected inject"),
            translate("RecordPanel", "Delete the selected inject"),
            translate("RecordPanel", "Move the inject up"),
            translate("RecordPanel", "Move the inject down"),
            translate("RecordPanel", "No inject selected. Add one with Add."),
            translate("RecordPanel", "Add inject"),
            translate("RecordPanel", "Duplicate inject"),
            translate("RecordPanel", "Delete inject"),
            translate("RecordPanel", "Move inject"),
        )
    if noun == "team":
        return Wording(
            translate("RecordPanel", "Teams"),
            translate("RecordPanel", "Add a team after the selected one"),
            translate("RecordPanel", "Copy the selected team"),
            translate("RecordPanel", "Delete the selected team"),
            translate("RecordPanel", "Move the team up"),
            translate("RecordPanel", "Move the team down"),
            translate("RecordPanel", "No team selected. Add one with Add."),
            translate("RecordPanel", "Add team"),
            translate("RecordPanel", "Duplicate team"),
            translate("RecordPanel", "Delete team"),
            translate("RecordPanel", "Move team"),
        )
    if noun == "objective":
        return Wording(
            translate("RecordPanel", "Objectives"),
            translate("RecordPanel", "Add an objective after the selected one"),
            translate("RecordPanel", "Copy the selected objective"),
            translate("RecordPanel", "Delete the selected objective"),
            translate("RecordPanel", "Move the objective up"),
            translate("RecordPanel", "Move the objective down"),
            translate("RecordPanel", "No objective selected. Add one with Add."),
            translate("RecordPanel", "Add objective"),
            translate("RecordPanel", "Duplicate objective"),
            translate("RecordPanel", "Delete objective"),
            translate("RecordPanel", "Move objective"),
        )
    if noun == "source":
        return Wording(
            translate("RecordPanel", "Sources"),
            translate("RecordPanel", "Add a source after the selected one"),
            translate("RecordPanel", "Copy the selected source"),
            translate("RecordPanel", "Delete the selected source"),
            translate("RecordPanel", "Move the source up"),
            translate("RecordPanel", "Move the source down"),
            translate("RecordPanel", "No source selected. Add one with Add."),
            translate("RecordPanel", "Add source"),
            translate("RecordPanel", "Duplicate source"),
            translate("RecordPanel", "Delete source"),
            translate("RecordPanel", "Move source"),
        )
    return Wording(
        translate("RecordPanel", "Channels"),
        translate("RecordPanel", "Add a channel after the selected one"),
        translate("RecordPanel", "Copy the selected channel"),
        translate("RecordPanel", "Delete the selected channel"),
        translate("RecordPanel", "Move the channel up"),
        translate("RecordPanel", "Move the channel down"),
        translate("RecordPanel", "No channel selected. Add one with Add."),
        translate("RecordPanel", "Add channel"),
        translate("RecordPanel", "Duplicate channel"),
        translate("RecordPanel", "Delete channel"),
        translate("RecordPanel", "Move channel"),
    )


class RecordList(QListWidget):
    """A list whose drag and drop asks for a move instead of moving items itself."""

    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # every row is one line (see RecordPanel.sync): a changed row is laid out alone,
        # not the whole list again (which costs a key typed in a title of a long deck)
        self.setUniformItemSizes(True)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentRow()
        index = self.indexAt(event.position().toPoint())
        target = index.row() if index.isValid() else self.count() - 1
        if self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem:
            target += 1
        if target > source:
            target -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.ignore()
        if source >= 0 and target != source:
            self.move_requested.emit(source, max(0, min(target, self.count() - 1)))


class RecordPanel(QWidget):
    """The records of one top-level list of the deck, and a form for the selected one."""

    selected = Signal(int)

    def __init__(
        self,
        document: DeckDocument,
        key: str,
        form: Form,
        *,
        noun: str,
        describe: Callable[[int, Any], str],
        new_record: Callable[[set[str]], Any],
        list_name: str,
        id_key: str = "id",
        before_delete: Callable[[int], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.key = key
        self.form = form
        self.noun = noun
        self.words = words = wording(noun)
        self.describe = describe
        self.new_record = new_record
        self.id_key = id_key
        self.before_delete = before_delete

        self.list = RecordList()
        self.list.setObjectName(list_name)
        self.list.setAccessibleName(words.records)
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.move_requested.connect(self.move_record)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot, tip in (
            ("add", translate("RecordPanel", "Add"), self.add, words.add_tip),
            (
                "duplicate",
                translate("RecordPanel", "Duplicate"),
                self.duplicate,
                words.duplicate_tip,
            ),
            ("delete", translate("RecordPanel", "Delete"), self.delete, words.delete_tip),
            ("up", "↑", lambda: self.step(-1), translate("RecordPanel", "Move up (Alt+Up)")),
            ("down", "↓", lambda: self.step(1), translate("RecordPanel", "Move down (Alt+Down)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{list_name}_{name}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            if name in ("up", "down"):
                button.setAccessibleName(words.up if name == "up" else words.down)
                button.setFixedWidth(button.sizeHint().height() + 8)
            row.addWidget(button)
            self.buttons[name] = button
        for keys, slot in (
            ("Alt+Up", lambda: self.step(-1)),
            ("Alt+Down", lambda: self.step(1)),
            (QKeySequence.StandardKey.Delete, self.delete),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(row)

        # the form, or in its place (no record selected) a line saying how to add one
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(words.empty, right)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea(right)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(form)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.scroll_area, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        document.changed.connect(self._changed)
        self.sync()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._row_changed(-1)

    # -- the data -----------------------------------------------------------------------

    def records(self) -> list[Any]:
        value = self.document.get((self.key,))
        return value if isinstance(value, list) else []

    def taken_ids(self) -> set[str]:
        return {str(r.get(self.id_key)) for r in self.records() if isinstance(r, dict)}

    def sync(self) -> None:
        """Show the records as the data has them, keeping the selection where it can."""
        records = self.records()
        current = self.list.currentRow()
        blocked = self.list.blockSignals(True)
        try:
            if self.list.count() != len(records):
                self.list.clear()
                for _ in records:
                    self.list.addItem(QListWidgetItem())
            for index, record in enumerate(records):
                self._show(index, record)
            if records:
                row = min(max(current, 0), len(records) - 1)
                self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(blocked)
        row = self.list.currentRow() if records else -1
        if row != (self.form.base[1] if self.form.base else -1):
            self._row_changed(row)
        self._enable()

    def _show(self, index: int, record: Any) -> None:
        item = self.list.item(index)
        text = " ".join(self.describe(index, record).splitlines())  # one line a row
        if item.text() != text:
            item.setText(text)

    def _changed(self, paths: list[FieldPath]) -> None:
        mine = [p for p in paths if touches([p], (self.key,))]
        if not mine:
            return
        records = self.records()
        # an edit of fields inside records (a title typed …) changes only their rows
        inside = all(
            len(p) >= 3 and isinstance(p[1], int) and 0 <= p[1] < len(records) for p in mine
        )
        if inside and self.list.count() == len(records):
            for row in sorted({int(p[1]) for p in mine}):
                self._show(row, records[row])
            return
        self.sync()

    def _row_changed(self, row: int) -> None:
        self.form.set_base((self.key, row) if row >= 0 else None)
        self.empty.setVisible(row < 0)
        self.scroll_area.setVisible(row >= 0)
        self._enable()
        self.selected.emit(row)

    def _enable(self) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        self.buttons["duplicate"].setEnabled(row >= 0)
        self.buttons["delete"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    # -- actions ------------------------------------------------------------------------

    def select(self, row: int) -> None:
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def add(self) -> None:
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        record = self.new_record(self.taken_ids())
        self.document.push(Insert((self.key,), row, record, label=self.words.added))
        self.select(row)
        self.form.focus_path((self.key, row, self.id_key))

    def duplicate(self) -> None:
        row = self.list.currentRow()
        records = self.records()
        if not 0 <= row < len(records):
            return
        record = copy.deepcopy(records[row])
        if isinstance(record, dict) and isinstance(record.get(self.id_key), str):
            record[self.id_key] = unique_id(f"{record[self.id_key]}-copy", self.taken_ids())
        self.document.push(Insert((self.key,), row + 1, record, label=self.words.duplicated))
        self.select(row + 1)

    def delete(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.records()):
            return
        if self.before_delete is not None and not self.before_delete(row):
            return
        self.document.push(Remove((self.key,), row, label=self.words.deleted))
        self.select(min(row, self.list.count() - 1))

    def step(self, delta: int) -> None:
        row = self.list.currentRow()
        self.move_record(row, row + delta)

    def move_record(self, source: int, target: int) -> None:
        count = len(self.records())
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return
        self.document.push(Move((self.key,), source, target, label=self.words.moved))
        self.select(target)

    def focus_path(self, path: FieldPath) -> bool:
        """Select the record a problem is about and put the cursor in its field."""
        if not path or path[0] != self.key:
            return False
        if len(path) > 1 and isinstance(path[1], int):
            self.select(path[1])
            if not self.form.focus_path(path):
                self.list.setFocus()
        else:
            self.list.setFocus()
        return True
