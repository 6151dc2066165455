"""The branch editor: where play goes after an inject, built from lists, never typed.

Each branch has a condition (see :mod:`condition_editor`) and a target inject;
branches are tried in order, and "otherwise" names where play goes when none
holds. Adding, deleting and reordering branches are undoable edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.edits import MISSING, Insert, Move, Remove, set_value
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.condition_editor import ConditionEditor, ConditionRow, default_test
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.fields import ChoiceField, Form, combo
from tabletop.gui.editor.forms import record_ids, record_label
from tabletop.gui.editor.undo_keys import deck_keys
from tabletop.gui.language import translate


class BranchBox(QFrame):
    """One branch: its label, its condition and the inject it leads to."""

    def __init__(self, editor: BranchEditor, index: int, count: int) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor = editor
        self.index = index
        base = editor.branch_path(index)
        document = editor.document
        branch = document.get(base, {})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        top = QHBoxLayout()
        top.addWidget(
            QLabel(translate("BranchBox", "<b>Branch {number}</b> — if").format(number=index + 1))
        )
        self.label = deck_keys(
            QLineEdit(str(branch.get("label", "")) if isinstance(branch, dict) else "")
        )
        self.label.setPlaceholderText(
            translate("BranchBox", "a short name shown to the facilitator (optional)")
        )
        self.label.setAccessibleName(
            translate("BranchBox", "Branch {number} label").format(number=index + 1)
        )
        self.label.textEdited.connect(
            lambda text: editor.push_part(index, "label", text if text else MISSING, True)
        )
        self.label.editingFinished.connect(document.end_typing)
        top.addWidget(self.label, 1)
        for text, tip, name, slot, enabled in (
            (
                "↑",
                translate("BranchBox", "Move this branch up (it is tried earlier)"),
                translate("BranchBox", "Move this branch up"),
                lambda: editor.move_branch(index, -1),
                index > 0,
            ),
            (
                "↓",
                translate("BranchBox", "Move this branch down"),
                translate("BranchBox", "Move this branch down"),
                lambda: editor.move_branch(index, 1),
                index < count - 1,
            ),
            (
                translate("BranchBox", "Delete"),
                translate("BranchBox", "Delete this branch"),
                translate("BranchBox", "Delete this branch"),
                lambda: editor.delete(index),
                True,
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            if text in ("↑", "↓"):
                button.setFixedWidth(button.sizeHint().height() + 8)
            top.addWidget(button)
        layout.addLayout(top)
        self.condition = ConditionEditor(editor.document, (*base, "when"))
        layout.addWidget(self.condition)
        bottom = QHBoxLayout()
        add = QPushButton(translate("BranchBox", "Add a test"))
        add.setToolTip(translate("BranchBox", "Add a test that must hold as well"))
        add.clicked.connect(self.condition.add_top)
        bottom.addWidget(add)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(translate("BranchBox", "then go to")))
        goto = branch.get("goto") if isinstance(branch, dict) else None
        self.goto = combo(
            editor.targets(),
            goto,
            lambda target: editor.push_part(index, "goto", target),
            translate("BranchBox", "Branch {number} goes to").format(number=index + 1),
        )
        bottom.addWidget(self.goto)
        layout.addLayout(bottom)

    def update_from_data(self) -> None:
        """Show the branch's data without rebuilding what the user may be typing in."""
        branch = self.editor.document.get(self.editor.branch_path(self.index), {})
        if not isinstance(branch, dict):
            return
        label = str(branch.get("label", ""))
        if self.label.text() != label:
            self.label.setText(label)
        index = self.goto.findData(branch.get("goto"))
        if index >= 0 and index != self.goto.currentIndex():
            self.goto.setCurrentIndex(index)
        self.condition.update_from_data()


class BranchEditor(Form):
    """The branches of an inject, tried in order, and where play goes otherwise."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[BranchBox] = []
        self.holder = QVBoxLayout()
        self.layout_.addLayout(self.holder)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("BranchEditor", "Add a branch"))
        self.add_button.setObjectName("addBranchButton")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(QLabel(translate("BranchEditor", "Otherwise go to")))
        self.follow = ChoiceField(
            self,
            ("next",),
            self.targets,
            unset=translate("BranchEditor", "the next standard inject in order"),
            label=translate("BranchEditor", "next"),
        )
        self.follow.widget.setObjectName("nextInjectCombo")
        self.follow.widget.setAccessibleName(translate("BranchEditor", "Otherwise go to"))
        row.addWidget(self.follow.widget)
        self.layout_.addLayout(row)

    def targets(self) -> list[tuple[str, str]]:
        own = self.document.get((*self.base, "id")) if self.base else None
        injects = [
            (i, label) for i, label in record_ids(self.document, "injects", "title") if i != own
        ]
        return [*injects, ("end", translate("BranchEditor", "the end of the exercise"))]

    def branch_path(self, index: int) -> FieldPath:
        return (*(self.base or ()), "branches", index)

    def branches(self) -> list[Any]:
        value = self.document.get((*(self.base or ()), "branches"))
        return value if isinstance(value, list) else []

    def refresh(self) -> None:
        super().refresh()
        for box in self.boxes:
            self.holder.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        if self.base is None:
            return
        branches = self.branches()
        for index in range(len(branches)):
            box = BranchBox(self, index, len(branches))
            self.holder.addWidget(box)
            self.boxes.append(box)

    def watches(self, paths: list[FieldPath]) -> bool:
        return any(map(_listed, paths))

    def on_change(self, paths: list[FieldPath]) -> None:
        base = self.base or ()
        branches = (*base, "branches")
        structural = any(len(p) <= len(branches) and touches([p], branches) for p in paths)
        listed = [p for p in paths if _listed(p)]
        # a title typed key by key: its inject's label is changed where it is listed (a
        # rebuild of every branch, with every inject in each list, grows with the deck)
        titles = [p for p in listed if len(p) == 3 and p[0] == "injects" and p[2] == "title"]
        if (
            structural
            or len(titles) != len(listed)
            or len(self.boxes) != len(self.branches())
            or not self._relabel(titles)
        ):
            self.refresh()
            return
        if touches(paths, (*base, "next")):
            self.follow.refresh()
        for box in self.boxes:
            if touches(paths, self.branch_path(box.index)):
                box.update_from_data()

    def _relabel(self, titles: Sequence[FieldPath]) -> bool:
        """Show the injects at these title paths under their new titles in every list here;
        False when one of them has no id to be found by."""
        for path in titles:
            record = self.document.get(path[:2])
            if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                return False
            label = record_label(record, "title")
            for box in self.findChildren(QComboBox):
                index = box.findData(record["id"])
                if index >= 0:
                    box.setItemText(index, label)
        return True

    def push_part(self, index: int, key: str, value: Any, typing: bool = False) -> None:
        self.document.push(
            set_value(
                self.document.data,
                (*self.branch_path(index), key),
                value,
                translate("BranchEditor", "Edit branch"),
            ),
            typing=typing,
        )

    def add(self) -> None:
        if self.base is None:
            return
        branch = {"when": default_test("escalation_at_least", self.document), "goto": "end"}
        self.document.push(
            Insert(
                (*self.base, "branches"),
                len(self.branches()),
                branch,
                label=translate("BranchEditor", "Add branch"),
            )
        )

    def delete(self, index: int) -> None:
        if self.base is None:
            return
        last = len(self.branches()) == 1
        self.document.push(
            Remove(
                (*self.base, "branches"),
                index,
                drop_list=last,
                label=translate("BranchEditor", "Delete branch"),
            )
        )

    def move_branch(self, index: int, delta: int) -> None:
        if self.base is None:
            return
        target = index + delta
        if 0 <= target < len(self.branches()):
            self.document.push(
                Move(
                    (*self.base, "branches"),
                    index,
                    target,
                    label=translate("BranchEditor", "Move branch"),
                )
            )

    def focus_path(self, path: FieldPath) -> bool:
        if self.base is None or tuple(path[: len(self.base)]) != tuple(self.base):
            return False
        rel = path[len(self.base) :]
        if rel[:1] == ("next",):
            self.follow.focus()
            return True
        if rel[:1] == ("branches",):
            if len(rel) > 1 and isinstance(rel[1], int) and rel[1] < len(self.boxes):
                box = self.boxes[rel[1]]
                if rel[2:3] == ("goto",):
                    box.goto.setFocus()
                elif rel[2:3] == ("label",):
                    box.label.setFocus()
                else:
                    item = box.condition.rows.get(tuple(path))
                    while item is None and len(path) > len(self.base):
                        path = path[:-1]
                        item = box.condition.rows.get(tuple(path))
                    widget = box.condition.itemWidget(item, 0) if item else None
                    target = widget.kind if isinstance(widget, ConditionRow) else box.goto
                    target.setFocus()
                return True
            self.add_button.setFocus()
            return True
        return False


def _listed(path: FieldPath) -> bool:
    """Whether an edit at ``path`` changes what the lists of a branch offer: inject ids and
    titles, team and channel names."""
    return (
        path[:1] in (("injects",), ("teams",), ("channels",))
        and len(path) <= 3
        and (len(path) < 3 or path[2] in ("id", "title", "name", "ref"))
    )
