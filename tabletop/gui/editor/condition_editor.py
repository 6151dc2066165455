"""The condition of a branch as a tree of tests picked from lists, never typed.

The tests are those of the deck format: escalation at least / at most, a
channel's status, a decision recorded, an inject delivered, and the groups
all of, any of, not. The tree is drawn from the branch's ``when`` data; every
change builds the new ``when`` and sets it as one undoable edit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from tabletop.core.deck.edits import MISSING, get, set_value
from tabletop.core.deck.model import ChannelStatus
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.document import DeckDocument
from tabletop.gui.editor.fields import combo
from tabletop.gui.editor.forms import channel_ids, record_ids
from tabletop.gui.editor.undo_keys import deck_keys
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.style import status_word

KINDS = (
    ("escalation_at_least", QT_TRANSLATE_NOOP("ConditionRow", "Escalation is at least")),
    ("escalation_at_most", QT_TRANSLATE_NOOP("ConditionRow", "Escalation is at most")),
    ("channel_status", QT_TRANSLATE_NOOP("ConditionRow", "A channel's status is")),
    ("decision", QT_TRANSLATE_NOOP("ConditionRow", "A decision was recorded")),
    ("delivered", QT_TRANSLATE_NOOP("ConditionRow", "An inject was delivered")),
    ("all", QT_TRANSLATE_NOOP("ConditionRow", "All of these hold")),
    ("any", QT_TRANSLATE_NOOP("ConditionRow", "Any of these holds")),
    ("not", QT_TRANSLATE_NOOP("ConditionRow", "This does not hold")),
)
GROUPS = ("all", "any", "not")
DECISION_KINDS = (
    ("", QT_TRANSLATE_NOOP("ConditionRow", "any kind")),
    ("action", QT_TRANSLATE_NOOP("ConditionRow", "an action")),
    ("message", QT_TRANSLATE_NOOP("ConditionRow", "a message")),
    ("statement", QT_TRANSLATE_NOOP("ConditionRow", "a public statement")),
    ("agree_channel", QT_TRANSLATE_NOOP("ConditionRow", "an agreement to open a channel")),
)
OUTCOMES = (
    (None, QT_TRANSLATE_NOOP("ConditionRow", "whatever happened to it")),
    (True, QT_TRANSLATE_NOOP("ConditionRow", "that got through")),
    (False, QT_TRANSLATE_NOOP("ConditionRow", "that did not get through")),
)
STATUSES = ("open", "degraded", "closed", "proposed")


def _choices(table: tuple[tuple[Any, str], ...]) -> list[tuple[Any, str]]:
    return [(value, translated("ConditionRow", text)) for value, text in table]


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
    """``root`` with ``value`` at ``path`` (MISSING removes the key)."""
    if not path:
        return value
    parent = get(root, path[:-1])
    if value is MISSING:
        parent.pop(path[-1], None)
    else:
        parent[path[-1]] = value
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
        self.kind.setAccessibleName(translate("ConditionRow", "Kind of test"))
        for key, label in _choices(KINDS):
            self.kind.addItem(label, key)
        key = "all" if synthetic else address[1]
        self.kind.setCurrentIndex(max(self.kind.findData(key), 0))
        self.kind.activated.connect(self._kind_changed)
        layout.addWidget(self.kind)
        self.synthetic = synthetic
        if key == "decision" and not synthetic:
            second, third = QHBoxLayout(), QHBoxLayout()
            for line in (second, third):
                line.setContentsMargins(24, 0, 0, 0)
            self._decision(
                second, third, (*address[0], key), value if isinstance(value, dict) else {}
            )
            for line in (second, third):
                line.addStretch(1)
                lines.addLayout(line)
        elif not synthetic:
            self._parameters(layout, key, value)
        if key in ("all", "any") or synthetic:
            add = QPushButton(translate("ConditionRow", "+ test"))
            add.setToolTip(translate("ConditionRow", "Add a test to this group"))
            add.clicked.connect(lambda: editor.add_child(address, synthetic))
            layout.addWidget(add)
        layout.addStretch(1)
        remove = QPushButton("✕")
        remove.setToolTip(translate("ConditionRow", "Remove this test"))
        remove.setAccessibleName(translate("ConditionRow", "Remove test"))
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
            spin = deck_keys(QSpinBox())
            spin.setRange(0, 100)
            spin.setValue(value if isinstance(value, int) and not isinstance(value, bool) else 0)
            spin.setAccessibleName(translate("ConditionRow", "Escalation level"))
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
                    lambda c: editor.set_key(path, "channel", c),
                    translate("ConditionRow", "Channel"),
                )
            )
            layout.addWidget(QLabel(translate("ConditionRow", "is")))
            current = value.get("is")
            chosen = current if isinstance(current, list) else [current]
            boxes: list[QCheckBox] = []
            for status in STATUSES:
                box = QCheckBox(status_word(ChannelStatus(status)))
                box.setProperty("status", status)
                box.setChecked(status in chosen)
                boxes.append(box)
                layout.addWidget(box)

            def statuses_changed() -> None:
                ticked = [str(b.property("status")) for b in boxes if b.isChecked()]
                editor.set_key(path, "is", ticked[0] if len(ticked) == 1 else ticked)

            for box in boxes:
                box.toggled.connect(lambda _on: statuses_changed())
        elif key == "delivered":
            layout.addWidget(
                combo(
                    record_ids(editor.document, "injects", "title"),
                    value,
                    lambda i: editor.set_part(path, i),
                    translate("ConditionRow", "Inject"),
                )
            )

    def _decision(
        self, layout: QHBoxLayout, more: QHBoxLayout, path: FieldPath, value: dict[str, Any]
    ) -> None:
        """The parts of "a decision was recorded"; each widget sets its own key, and only it.

        ``value`` is what the widgets start by showing. A change never starts from it:
        it would be stale once another widget of the row has changed the data.
        """
        editor = self.editor

        def part(name: str) -> Callable[[Any], None]:
            def setter(choice: Any) -> None:
                editor.set_key(
                    path, name, MISSING if choice in (None, "") else choice, typing=name == "tag"
                )

            return setter

        layout.addWidget(QLabel(translate("ConditionRow", "by")))
        layout.addWidget(
            combo(
                [
                    ("", translate("ConditionRow", "any team")),
                    *record_ids(editor.document, "teams", "name"),
                ],
                value.get("by", ""),
                part("by"),
                translate("ConditionRow", "Team"),
            )
        )
        layout.addWidget(
            combo(
                _choices(DECISION_KINDS),
                value.get("kind", ""),
                part("kind"),
                translate("ConditionRow", "Kind of decision"),
            )
        )
        layout.addWidget(QLabel(translate("ConditionRow", "over")))
        layout.addWidget(
            combo(
                [("", translate("ConditionRow", "any channel")), *channel_ids(editor.document)],
                value.get("channel", ""),
                part("channel"),
                translate("ConditionRow", "Channel"),
            )
        )
        more.addWidget(
            combo(
                _choices(OUTCOMES),
                value.get("delivered"),
                part("delivered"),
                translate("ConditionRow", "Outcome"),
            )
        )
        tag = deck_keys(QLineEdit(str(value.get("tag", ""))))
        placeholder = translate("ConditionRow", "tag (optional)")
        tag.setPlaceholderText(placeholder)
        tag.setAccessibleName(translate("ConditionRow", "Tag"))
        tag.setMinimumWidth(tag.fontMetrics().horizontalAdvance(placeholder) + 16)
        tag.textEdited.connect(lambda text: part("tag")(text.strip()))
        tag.editingFinished.connect(editor.document.end_typing)
        more.addWidget(tag)
        more.addWidget(
            combo(
                [
                    ("", translate("ConditionRow", "at any time")),
                    *(
                        (
                            i,
                            translate("ConditionRow", "since {inject} was delivered").format(
                                inject=label
                            ),
                        )
                        for i, label in record_ids(editor.document, "injects", "title")
                    ),
                ],
                value.get("since", ""),
                part("since"),
                translate("ConditionRow", "Since"),
            )
        )


class ConditionEditor(QTreeWidget):
    """The condition of one branch as a tree of tests."""

    def __init__(self, document: DeckDocument, when_path: FieldPath) -> None:
        super().__init__()
        self.document = document
        self.when_path = when_path
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(18)
        self.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("ConditionEditor", "Condition"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: dict[FieldPath, QTreeWidgetItem] = {}
        self._expect: Any = MISSING  # a `when` the widgets already show (typing, a spin box)
        self.build()

    def update_from_data(self) -> None:
        """Redraw unless the data is what the widgets already show."""
        if self._expect is not MISSING and self.document.get(self.when_path) == self._expect:
            return
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
        self._expect = MISSING  # it described the rows drawn before
        self.clear()
        self.rows.clear()
        when = self.document.get(self.when_path)
        if isinstance(when, dict) and when:
            self._mapping(None, when, ())
        else:
            item = QTreeWidgetItem(self)
            label = QLabel(
                translate(
                    "ConditionEditor",
                    "No test yet: add one below (the branch is taken only when its tests hold).",
                )
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
        """Change one value inside the condition; the widget showing it stays as it is.

        The change is made to the condition as the data has it now, and touches
        ``path`` alone, so the other widgets still show the data and need no redraw.
        """
        when = _set(self.when(), path, value)
        if when == self.document.get(self.when_path, {}):
            return  # the same entry chosen again
        self._expect = copy.deepcopy(when)
        self._push(when, translate("ConditionEditor", "Edit branch condition"), typing)

    def set_key(self, test: FieldPath, key: str, value: Any, typing: bool = False) -> None:
        """Set (or, with MISSING, remove) one key of the test at ``test`` (a mapping)."""
        if not isinstance(get(self.when(), test), dict):
            self.set_part(test, {} if value is MISSING else {key: value}, typing)
        else:
            self.set_part((*test, key), value, typing)

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
            self._push(
                _set(when, mapping_path, replacement), translate("ConditionEditor", "Change test")
            )
            return
        if key in ("all", "any") and kind in ("all", "any"):
            new = {kind: mapping[key]}  # keep the tests inside when all ↔ any
        elif (
            key in GROUPS and kind == "not" and isinstance(mapping.get(key), list) and mapping[key]
        ):
            new = {"not": mapping[key][0]}
        self._push(
            _set(when, mapping_path, replace_key(mapping, key, new)),
            translate("ConditionEditor", "Change test"),
        )

    def add_child(self, address: Address, synthetic: bool) -> None:
        mapping_path, key = address
        when = self.when()
        mapping = get(when, mapping_path) if mapping_path else when
        test = default_test("escalation_at_least", self.document)
        if synthetic:
            group = {"all": [*({k: v} for k, v in mapping.items()), test]}
            self._push(_set(when, mapping_path, group), translate("ConditionEditor", "Add test"))
            return
        mapping[key].append(test)
        self._push(when, translate("ConditionEditor", "Add test"))

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
        self._push(new, translate("ConditionEditor", "Add test"))

    def remove(self, address: Address, synthetic: bool) -> None:
        """Remove a test; a group entry or a "not" it leaves empty goes with it."""
        mapping_path, key = address
        when = self.when()
        mapping = get(when, mapping_path) if mapping_path else when
        if synthetic:
            mapping.clear()
        else:
            mapping.pop(key, None)
        while not mapping and mapping_path:
            parent_path, last = mapping_path[:-1], mapping_path[-1]
            if isinstance(last, int):  # an emptied entry of all/any goes with its test
                get(when, parent_path).pop(last)
                break
            # a "not" left with nothing to negate goes too (it has no "+ test" to refill it)
            mapping_path, key = parent_path, str(last)
            mapping = get(when, mapping_path) if mapping_path else when
            mapping.pop(key, None)
        self._push(when, translate("ConditionEditor", "Remove test"))
