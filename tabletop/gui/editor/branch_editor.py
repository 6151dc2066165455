"""The branch editor: where play goes after an inject, built from lists, never typed.

Each branch has a condition (a tree of tests: escalation at least / at most,
a channel's status, a decision recorded, an inject delivered, all of, any of,
not) and a target inject. The tree is drawn from the branch's ``when`` data;
every change builds the new ``when`` and sets it as one undoable edit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.edits import MISSING, Insert, Move, Remove, get, set_value
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.fields import ChoiceField, Form, combo
from tabletop.gui.editor.forms import channel_ids, record_ids

KINDS = (
    ("escalation_at_least", "Escalation is at least"),
    ("escalation_at_most", "Escalation is at most"),
    ("channel_status", "A channel's status is"),
    ("decision", "A decision was recorded"),
    ("delivered", "An inject was delivered"),
    ("all", "All of these hold"),
    ("any", "Any of these holds"),
    ("not", "This does not hold"),
)
GROUPS = ("all", "any", "not")
DECISION_KINDS = (
    ("", "any kind"),
    ("action", "an action"),
    ("message", "a message"),
    ("statement", "a public statement"),
    ("agree_channel", "an agreement to open a channel"),
)
OUTCOMES = (
    (None, "whatever happened to it"),
    (True, "that got through"),
    (False, "that did not get through"),
)
STATUSES = ("open", "degraded", "closed", "proposed")

Address = tuple[FieldPath, str]  # (path of the mapping inside `when`, the key of the test)


# -- conditions as data ----------------------------------------------------------------


def default_test(kind: str, document: DeckDocument) -> dict[str, Any]:
    """A new test of ``kind`` that is valid for this deck as it stands."""
    channels = channel_ids(document)
    teams = record_ids(document, "teams", "name")
    injects = record_ids(document, "injects", "title")
    if kind in ("escalation_at_least", "escalation_at_most"):
        return {kind: 3}
    if kind == "channel_status":
        return {kind: {"channel": channels[0][0] if channels else "hotline", "is": "closed"}}
    if kind == "decision":
        return {kind: {"by": teams[0][0]} if teams else {"kind": "message"}}
    if kind == "delivered":
        return {kind: injects[0][0] if injects else "end"}
    if kind in ("all", "any"):
        return {kind: [default_test("escalation_at_least", document)]}
    return {"not": default_test("escalation_at_least", document)}


def replace_key(mapping: dict[str, Any], old: str, new: dict[str, Any]) -> dict[str, Any]:
    """``mapping`` with the test ``old`` replaced by the one-key mapping ``new``, in place."""
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        if key == old:
            out.update(new)
        elif key not in new:
            out[key] = value
    return out


def _set(root: Any, path: FieldPath, value: Any) -> Any:
    if not path:
        return value
    get(root, path[:-1])[path[-1]] = value
    return root


# -- the widgets ------------------------------------------------------------------------


class ConditionRow(QWidget):
    """One test of a condition: its kind and what it needs (a decision's on a second line)."""

    def __init__(
        self, editor: ConditionEditor, address: Address, value: Any, synthetic: bool = False
    ) -> None:
        super().__init__()
        self.editor = editor
        self.address = address
        lines = QVBoxLayout(self)
        lines.setContentsMargins(2, 1, 2, 1)
        lines.setSpacing(2)
        layout = QHBoxLayout()
        lines.addLayout(layout)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of test")
        for key, label in KINDS:
            self.kind.addItem(label, key)
        key = "all" if synthetic else address[1]
        self.kind.setCurrentIndex(max(self.kind.findData(key), 0))
        self.kind.activated.connect(self._kind_changed)
        layout.addWidget(self.kind)
        self.synthetic = synthetic
        if key == "decision" and not synthetic:
            second = QHBoxLayout()
            second.setContentsMargins(24, 0, 0, 0)
            self._decision(second, (*address[0], key), value if isinstance(value, dict) else {})
            second.addStretch(1)
            lines.addLayout(second)
        elif not synthetic:
            self._parameters(layout, key, value)
        if key in ("all", "any") or synthetic:
            add = QPushButton("+ test")
            add.setToolTip("Add a test to this group")
            add.clicked.connect(lambda: editor.add_child(address, synthetic))
            layout.addWidget(add)
        layout.addStretch(1)
        remove = QPushButton("✕")
        remove.setToolTip("Remove this test")
        remove.setAccessibleName("Remove test")
        remove.setFixedWidth(remove.sizeHint().height() + 4)
        remove.clicked.connect(lambda: editor.remove(address, synthetic))
        layout.addWidget(remove)

    def _kind_changed(self, index: int) -> None:
        self.editor.change_kind(self.address, str(self.kind.itemData(index)), self.synthetic)

    def _parameters(self, layout: QHBoxLayout, key: str, value: Any) -> None:
        editor = self.editor
        mapping_path, test = self.address
        path = (*mapping_path, test)
        if key in ("escalation_at_least", "escalation_at_most"):
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(value if isinstance(value, int) and not isinstance(value, bool) else 0)
            spin.setAccessibleName("Escalation level")
            name = QLabel(editor.level_name(spin.value()))

            def level_changed(level: int) -> None:
                name.setText(editor.level_name(level))
                editor.set_part(path, level, typing=True)

            spin.valueChanged.connect(level_changed)
            layout.addWidget(spin)
            layout.addWidget(name)
        elif key == "channel_status":
            value = value if isinstance(value, dict) else {}
            layout.addWidget(
                combo(
                    channel_ids(editor.document),
                    value.get("channel"),
                    lambda c: editor.set_part((*path, "channel"), c),
                    "Channel",
                )
            )
            layout.addWidget(QLabel("is"))
            current = value.get("is")
            chosen = current if isinstance(current, list) else [current]
            boxes: list[QCheckBox] = []
            for status in STATUSES:
                box = QCheckBox(status)
                box.setChecked(status in chosen)
                boxes.append(box)
                layout.addWidget(box)

            def statuses_changed() -> None:
                ticked = [b.text() for b in boxes if b.isChecked()]
                editor.set_part((*path, "is"), ticked[0] if len(ticked) == 1 else ticked)

            for box in boxes:
                box.toggled.connect(lambda _on: statuses_changed())
        elif key == "delivered":
            layout.addWidget(
                combo(
                    record_ids(editor.document, "injects", "title"),
                    value,
                    lambda i: editor.set_part(path, i),
                    "Inject",
                )
            )

    def _decision(self, layout: QHBoxLayout, path: FieldPath, value: dict[str, Any]) -> None:
        editor = self.editor

        def part(name: str) -> Callable[[Any], None]:
            def setter(choice: Any) -> None:
                updated = dict(value)
                if choice in (None, ""):
                    updated.pop(name, None)
                else:
                    updated[name] = choice
                editor.set_part(path, updated, typing=name == "tag")

            return setter

        layout.addWidget(QLabel("by"))
        layout.addWidget(
            combo(
                [("", "any team"), *record_ids(editor.document, "teams", "name")],
                value.get("by", ""),
                part("by"),
                "Team",
            )
        )
        layout.addWidget(
            combo(list(DECISION_KINDS), value.get("kind", ""), part("kind"), "Kind of decision")
        )
        layout.addWidget(QLabel("over"))
        layout.addWidget(
            combo(
                [("", "any channel"), *channel_ids(editor.document)],
                value.get("channel", ""),
                part("channel"),
                "Channel",
            )
        )
        layout.addWidget(
            combo(list(OUTCOMES), value.get("delivered"), part("delivered"), "Outcome")
        )
        tag = QLineEdit(str(value.get("tag", "")))
        tag.setPlaceholderText("tag (optional)")
        tag.setAccessibleName("Tag")
        tag.setMinimumWidth(tag.fontMetrics().horizontalAdvance("tag (optional)") + 16)
        tag.textEdited.connect(lambda text: part("tag")(text.strip()))
        tag.editingFinished.connect(editor.document.end_typing)
        layout.addWidget(tag)


class ConditionEditor(QTreeWidget):
    """The condition of one branch as a tree of tests."""

    def __init__(self, branch_editor: BranchEditor, when_path: FieldPath) -> None:
        super().__init__()
        self.branch_editor = branch_editor
        self.document = branch_editor.document
        self.when_path = when_path
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(18)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Condition")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: dict[FieldPath, QTreeWidgetItem] = {}
        self._expect: Any = MISSING  # a `when` the widgets already show (typing, a spin box)
        self.build()

    def update_from_data(self) -> None:
        """Redraw unless the data is what the widgets already show."""
        if self._expect is not MISSING and self.document.get(self.when_path) == self._expect:
            return
        self._expect = MISSING
        self.build()

    def when(self) -> Any:
        return copy.deepcopy(self.document.get(self.when_path, {}))

    def level_name(self, level: int) -> str:
        from tabletop.core.deck.catalog import load_catalog

        ladder = self.document.get(("escalation", "ladder"))
        if isinstance(ladder, list):
            for rung in ladder:
                if isinstance(rung, dict) and rung.get("level") == level:
                    return str(rung.get("name", ""))
            return ""
        return load_catalog().ladder.name_of(level) if load_catalog().ladder.get(level) else ""

    # -- drawing ----------------------------------------------------------------------

    def build(self) -> None:
        self.clear()
        self.rows.clear()
        when = self.document.get(self.when_path)
        if isinstance(when, dict) and when:
            self._mapping(None, when, ())
        else:
            item = QTreeWidgetItem(self)
            label = QLabel(
                "No test yet: add one below (the branch is taken only when its tests hold)."
            )
            label.setWordWrap(True)
            self.setItemWidget(item, 0, label)
        self.expandAll()
        self._fit()

    def _mapping(
        self, parent: QTreeWidgetItem | None, mapping: dict[str, Any], path: FieldPath
    ) -> None:
        if len(mapping) > 1:
            item = self._item(parent, ConditionRow(self, (path, ""), mapping, synthetic=True), path)
            for key, value in mapping.items():
                self._test(item, path, key, value)
        else:
            for key, value in mapping.items():
                self._test(parent, path, key, value)

    def _test(self, parent: QTreeWidgetItem | None, path: FieldPath, key: str, value: Any) -> None:
        item = self._item(parent, ConditionRow(self, (path, key), value), (*path, key))
        if key in ("all", "any") and isinstance(value, list):
            for i, inner in enumerate(value):
                if isinstance(inner, dict):
                    self._mapping(item, inner, (*path, key, i))
        elif key == "not" and isinstance(value, dict):
            self._mapping(item, value, (*path, key))

    def _item(
        self, parent: QTreeWidgetItem | None, row: ConditionRow, path: FieldPath
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self)
        self.setItemWidget(item, 0, row)
        self.rows[(*self.when_path, *path)] = item
        return item

    def _fit(self) -> None:
        """As tall as its rows, so the whole inject form scrolls as one."""
        height = 4
        pending = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while pending:
            item = pending.pop()
            if item is None:
                continue
            widget = self.itemWidget(item, 0)
            height += max(widget.sizeHint().height() if widget else 24, 24) + 2
            pending.extend(item.child(i) for i in range(item.childCount()))
        self.setFixedHeight(height)

    # -- changes ----------------------------------------------------------------------

    def _push(self, when: Any, label: str, typing: bool = False) -> None:
        self.document.push(
            set_value(self.document.data, self.when_path, when, label), typing=typing
        )

    def set_part(self, path: FieldPath, value: Any, typing: bool = False) -> None:
        """Change one value inside the condition; the widget showing it stays as it is."""
        when = _set(self.when(), path, value)
        self._expect = copy.deepcopy(when)
        self._push(when, "Edit branch condition", typing)

    def change_kind(self, address: Address, kind: str, synthetic: bool) -> None:
        mapping_path, key = address
        when = self.when()
        mapping = get(when, mapping_path) if mapping_path else when
        new = default_test(kind, self.document)
        if synthetic:
            tests = [{k: v} for k, v in mapping.items()]
            if kind in ("all", "any"):
                replacement = {kind: tests}
            elif kind == "not":
                replacement = {"not": mapping}
            else:
                replacement = new
            self._push(_set(when, mapping_path, replacement), "Change test")
            return
        if key in ("all", "any") and kind in ("all", "any"):
            new = {kind: mapping[key]}  # keep the tests inside when all ↔ any
        elif (
            key in GROUPS and kind == "not" and isinstance(mapping.get(key), list) and mapping[key]
        ):
            new = {"not": mapping[key][0]}
        self._push(_set(when, mapping_path, replace_key(mapping, key, new)), "Change test")

    def add_child(self, address: Address, synthetic: bool) -> None:
        mapping_path, key = address
        when = self.when()
        mapping = get(when, mapping_path) if mapping_path else when
        test = default_test("escalation_at_least", self.document)
        if synthetic:
            group = {"all": [*({k: v} for k, v in mapping.items()), test]}
            self._push(_set(when, mapping_path, group), "Add test")
            return
        mapping[key].append(test)
        self._push(when, "Add test")

    def add_top(self) -> None:
        """Add a test that must hold as well as those already there."""
        when = self.when()
        test = default_test("escalation_at_least", self.document)
        if not when:
            new: Any = test
        elif list(when) == ["all"] and isinstance(when["all"], list):
            new = {"all": [*when["all"], test]}
        else:
            new = {"all": [when, test]}
        self._push(new, "Add test")

    def remove(self, address: Address, synthetic: bool) -> None:
        mapping_path, key = address
        when = self.when()
        if synthetic:
            self._push(_set(when, mapping_path, {}) if mapping_path else {}, "Remove test")
            return
        mapping = get(when, mapping_path) if mapping_path else when
        mapping.pop(key, None)
        parent_path = mapping_path[:-1]
        if not mapping and mapping_path and isinstance(mapping_path[-1], int):
            items = get(when, parent_path)
            items.pop(mapping_path[-1])  # an emptied entry of all/any goes with its test
        self._push(when, "Remove test")


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
        top.addWidget(QLabel(f"<b>Branch {index + 1}</b> — if"))
        self.label = QLineEdit(str(branch.get("label", "")) if isinstance(branch, dict) else "")
        self.label.setPlaceholderText("a short name shown to the facilitator (optional)")
        self.label.setAccessibleName(f"Branch {index + 1} label")
        self.label.textEdited.connect(
            lambda text: editor.push_part(index, "label", text if text else MISSING, True)
        )
        self.label.editingFinished.connect(document.end_typing)
        top.addWidget(self.label, 1)
        for text, tip, slot, enabled in (
            (
                "↑",
                "Move this branch up (it is tried earlier)",
                lambda: editor.move_branch(index, -1),
                index > 0,
            ),
            ("↓", "Move this branch down", lambda: editor.move_branch(index, 1), index < count - 1),
            ("Delete", "Delete this branch", lambda: editor.delete(index), True),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            if len(text) == 1:
                button.setFixedWidth(button.sizeHint().height() + 8)
            top.addWidget(button)
        layout.addLayout(top)
        self.condition = ConditionEditor(editor, (*base, "when"))
        layout.addWidget(self.condition)
        bottom = QHBoxLayout()
        add = QPushButton("Add a test")
        add.setToolTip("Add a test that must hold as well")
        add.clicked.connect(self.condition.add_top)
        bottom.addWidget(add)
        bottom.addStretch(1)
        bottom.addWidget(QLabel("then go to"))
        goto = branch.get("goto") if isinstance(branch, dict) else None
        self.goto = combo(
            editor.targets(),
            goto,
            lambda target: editor.push_part(index, "goto", target),
            f"Branch {index + 1} goes to",
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
        self.add_button = QPushButton("Add a branch")
        self.add_button.setObjectName("addBranchButton")
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(QLabel("Otherwise go to"))
        self.follow = ChoiceField(
            self, ("next",), self.targets, unset="the next standard inject in order", label="next"
        )
        self.follow.widget.setObjectName("nextInjectCombo")
        self.follow.widget.setAccessibleName("Otherwise go to")
        row.addWidget(self.follow.widget)
        self.layout_.addLayout(row)

    def targets(self) -> list[tuple[str, str]]:
        own = self.document.get((*self.base, "id")) if self.base else None
        injects = [
            (i, label) for i, label in record_ids(self.document, "injects", "title") if i != own
        ]
        return [*injects, ("end", "the end of the exercise")]

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
        # inject ids and titles, team and channel names appear in the combos
        return any(
            p[:1] in (("injects",), ("teams",), ("channels",))
            and len(p) <= 3
            and (len(p) < 3 or p[2] in ("id", "title", "name", "ref"))
            for p in paths
        )

    def on_change(self, paths: list[FieldPath]) -> None:
        base = self.base or ()
        branches = (*base, "branches")
        structural = any(len(p) <= len(branches) and touches([p], branches) for p in paths)
        if structural or self.watches(paths) or len(self.boxes) != len(self.branches()):
            self.refresh()
            return
        if touches(paths, (*base, "next")):
            self.follow.refresh()
        for box in self.boxes:
            if touches(paths, self.branch_path(box.index)):
                box.update_from_data()

    def push_part(self, index: int, key: str, value: Any, typing: bool = False) -> None:
        self.document.push(
            set_value(
                self.document.data, (*self.branch_path(index), key), value, f"Edit branch {key}"
            ),
            typing=typing,
        )

    def add(self) -> None:
        if self.base is None:
            return
        branch = {"when": default_test("escalation_at_least", self.document), "goto": "end"}
        self.document.push(
            Insert((*self.base, "branches"), len(self.branches()), branch, label="Add branch")
        )

    def delete(self, index: int) -> None:
        if self.base is None:
            return
        last = len(self.branches()) == 1
        self.document.push(
            Remove((*self.base, "branches"), index, drop_list=last, label="Delete branch")
        )

    def move_branch(self, index: int, delta: int) -> None:
        if self.base is None:
            return
        target = index + delta
        if 0 <= target < len(self.branches()):
            self.document.push(Move((*self.base, "branches"), index, target, label="Move branch"))

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
