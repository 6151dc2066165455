"""What the deck editor's forms show, read from their widgets alone, and the saved file read back.

The reader looks only at what a person sees: the text in a field, the entry a
drop-down shows, the boxes ticked, the rows of a condition tree. It never asks
the editor's data, so comparing its result with the saved YAML tests the
binding between the two, not the binding against itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidgetItem,
    QWidget,
)

from tabletop.core.deck.edits import MISSING, get
from tabletop.core.deck.yaml_reader import FieldPath, read_text
from tabletop.gui.editor import DeckEditorWindow
from tabletop.gui.editor.branch_editor import BranchEditor
from tabletop.gui.editor.condition_editor import ConditionEditor, ConditionRow
from tabletop.gui.editor.fields import (
    ChecklistField,
    ChoiceField,
    Field,
    FlagField,
    FloatField,
    Form,
    IntField,
    TimeField,
)
from tabletop.gui.editor.inject_form import ChannelChanges, RowsEditor, SourceRefs
from tabletop.gui.editor.text_fields import CommaListField, LinesField, TextAreaField, TextField

Mismatch = tuple[FieldPath, Any, Any]  # (where, what the form shows, what the file says)


def saved_data(path: Path) -> Any:
    """The deck file as the deck loader reads it."""
    return read_text(path.read_text(encoding="utf-8")).data


# -- single fields ----------------------------------------------------------------------


def shown_field(field: Field) -> Any:
    """The value a field shows (MISSING for an empty field that leaves the key out)."""
    widget = field.widget
    if isinstance(field, TimeField):
        if not field.enabled.isChecked():
            return MISSING
        return {"day": field.day.value(), "time": field.clock.time().toString("HH:mm")}
    if isinstance(field, CommaListField):
        assert isinstance(widget, QLineEdit)
        items = [part.strip() for part in widget.text().split(",") if part.strip()]
        return items or MISSING
    if isinstance(field, TextField):
        assert isinstance(widget, QLineEdit)
        text = widget.text()
        if field.rel == ("id",):
            text = text.strip()
        return text if text or field.required else MISSING
    if isinstance(field, LinesField):
        lines = [line.strip() for line in field.widget.toPlainText().split("\n")]
        return [line for line in lines if line] or MISSING
    if isinstance(field, TextAreaField):
        text = field.widget.toPlainText()
        return text if text or field.required else MISSING
    if isinstance(field, (IntField, FloatField)):
        value = shown_number(field.widget)
        return MISSING if value == field.widget.minimum() else value
    if isinstance(field, ChoiceField):
        value = field.widget.currentData()
        return MISSING if value is None else value
    if isinstance(field, ChecklistField):
        ticked = [
            field.widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(field.widget.count())
            if field.widget.item(i).checkState() == Qt.CheckState.Checked
        ]
        return sorted(ticked) or MISSING
    if isinstance(field, FlagField):
        return True if field.widget.isChecked() else MISSING
    raise AssertionError(f"no reader for {type(field).__name__}")


def shown_number(spin: QSpinBox | QDoubleSpinBox) -> float:
    """The number a spin box shows (its text, which may be ahead of its value while typed)."""
    text = spin.text()
    if spin.specialValueText() and text == spin.specialValueText():
        return spin.minimum()
    return spin.valueFromText(text)


def saved_field(field: Field, saved: Any) -> Any:
    """The file's value at a field's place, in the form the field shows it."""
    record = get(saved, field.form.base or ())
    if isinstance(record, str) and field.rel == ("ref",):
        return record  # a catalog channel listed by its id alone
    value = get(saved, field.path)
    if value is None:
        value = MISSING
    if isinstance(field, ChecklistField) and isinstance(value, list):
        return sorted(str(v) for v in value) or MISSING
    if isinstance(field, TimeField) and isinstance(value, dict):
        return {"day": value.get("day"), "time": value.get("time")}
    if isinstance(field, (IntField, FloatField)) and isinstance(value, (int, float)):
        return value
    if isinstance(field, LinesField) and isinstance(value, list):
        # an expected action with a test shows its sentence
        texts = [str(v.get("text", "")) if isinstance(v, dict) else str(v) for v in value]
        return [t.strip() for t in texts if t.strip()] or MISSING
    if isinstance(field, FlagField):
        return True if value is True else MISSING
    if isinstance(field, CommaListField) and isinstance(value, list):
        return [str(v) for v in value] or MISSING
    if isinstance(field, TextField) and field.rel == ("id",) and isinstance(value, str):
        return value.strip()
    if isinstance(field, ChoiceField) and value is MISSING:
        return MISSING
    return value


# -- the condition tree -------------------------------------------------------------------


def _widgets(row: QWidget, kind: type, name: str = "") -> list[Any]:
    found = [w for w in row.findChildren(kind) if not name or w.accessibleName() == name]
    return found


def _one(row: QWidget, kind: type, name: str) -> Any:
    found = _widgets(row, kind, name)
    assert len(found) == 1, f"{len(found)} {kind.__name__} named {name!r} in a condition row"
    return found[0]


def _test_shown(row: ConditionRow, item: QTreeWidgetItem) -> dict[str, Any]:
    """One test as its row shows it: ``{kind: what it needs}``."""
    kind = str(row.kind.currentData())
    if kind in ("escalation_at_least", "escalation_at_most"):
        return {kind: shown_number(_one(row, QSpinBox, "Escalation level"))}
    if kind == "channel_status":
        ticked = sorted(b.text() for b in _widgets(row, QCheckBox) if b.isChecked())
        return {kind: {"channel": _one(row, QComboBox, "Channel").currentData(), "is": ticked}}
    if kind == "delivered":
        return {kind: _one(row, QComboBox, "Inject").currentData()}
    if kind == "decision":
        parts: dict[str, Any] = {}
        for name, key in (
            ("Team", "by"),
            ("Kind of decision", "kind"),
            ("Channel", "channel"),
            ("Outcome", "delivered"),
            ("Since", "since"),
        ):
            value = _one(row, QComboBox, name).currentData()
            if value not in (None, ""):
                parts[key] = value
        tag = _one(row, QLineEdit, "Tag").text().strip()
        if tag:
            parts["tag"] = tag
        return {kind: parts}
    children = [item.child(i) for i in range(item.childCount())]
    if kind in ("all", "any"):
        return {kind: [_mapping_shown(row.editor, child) for child in children]}
    assert kind == "not", kind
    assert len(children) <= 1, f"'not' shows {len(children)} tests"
    return {kind: _mapping_shown(row.editor, children[0]) if children else {}}


def _mapping_shown(editor: ConditionEditor, item: QTreeWidgetItem) -> dict[str, Any]:
    row = editor.itemWidget(item, 0)
    assert isinstance(row, ConditionRow)
    if row.synthetic:  # several tests side by side, all of which must hold
        merged: dict[str, Any] = {}
        for i in range(item.childCount()):
            child = item.child(i)
            child_row = editor.itemWidget(child, 0)
            assert isinstance(child_row, ConditionRow) and not child_row.synthetic
            merged.update(_test_shown(child_row, child))
        return merged
    return _test_shown(row, item)


def shown_condition(editor: ConditionEditor) -> dict[str, Any]:
    """The whole condition a branch shows ({} for "no test yet")."""
    tops = [editor.topLevelItem(i) for i in range(editor.topLevelItemCount())]
    if len(tops) == 1 and isinstance(editor.itemWidget(tops[0], 0), QLabel):
        return {}
    assert len(tops) == 1, f"{len(tops)} top rows in a condition"
    return _mapping_shown(editor, tops[0])


def meaning(condition: Any) -> Any:
    """A condition in one spelling: several tests side by side are "all of" them.

    The form draws ``{a: …, b: …}`` as a group of tests that must all hold, so the
    two spellings show the same; statuses are a sorted list either way.
    """
    if not isinstance(condition, dict):
        return condition
    if len(condition) > 1:
        return {"all": [meaning({k: v}) for k, v in condition.items()]}
    out = {}
    for key, value in condition.items():
        if key in ("all", "any") and isinstance(value, list):
            value = [meaning(c) for c in value]
        elif key == "not":
            value = meaning(value)
        elif key == "channel_status" and isinstance(value, dict):
            statuses = value.get("is")
            value = {
                "channel": value.get("channel"),
                "is": sorted(statuses) if isinstance(statuses, list) else [statuses],
            }
        out[key] = value
    return out


# -- whole forms ----------------------------------------------------------------------------


def _rows_shown(editor: RowsEditor) -> Any:
    rows = [w for w in editor.row_widgets]
    if isinstance(editor, ChannelChanges):
        changes = {}
        for row in rows:
            channel, status = row.findChildren(QComboBox)
            changes[channel.currentData()] = status.currentData()
        return changes or MISSING
    assert isinstance(editor, SourceRefs)
    refs = []
    for row in rows:
        (source,) = row.findChildren(QComboBox)
        ref: dict[str, Any] = {"ref": source.currentData()}
        for edit in row.findChildren(QLineEdit):
            key = {"Section": "section", "Note": "note"}[edit.accessibleName()]
            if edit.text():
                ref[key] = edit.text()
        refs.append(ref)
    return refs or MISSING


def _rows_saved(editor: RowsEditor, saved: Any) -> Any:
    value = get(saved, editor.path)
    if value is None or value in ({}, []):
        return MISSING
    if isinstance(editor, SourceRefs) and isinstance(value, list):
        return [
            {k: v for k, v in ref.items() if k in ("ref", "section", "note")}
            for ref in value
            if isinstance(ref, dict)
        ]
    return value


def form_mismatches(form: Form, saved: Any) -> list[Mismatch]:
    """Every place where ``form`` (and the editors inside it) shows other than the file."""
    if form.base is None:
        return []
    found: list[Mismatch] = []
    for field in form.fields:
        if not field.widget.isVisibleTo(form):
            continue  # a row the form hides (a catalog channel has no id of its own)
        shown, kept = shown_field(field), saved_field(field, saved)
        if shown != kept:
            found.append((field.path, shown, kept))
    if isinstance(form, RowsEditor):
        shown, kept = _rows_shown(form), _rows_saved(form, saved)
        if shown != kept:
            found.append((form.path, shown, kept))
    if isinstance(form, BranchEditor):
        branches = get(saved, (*form.base, "branches"))
        branches = branches if isinstance(branches, list) else []
        if len(form.boxes) != len(branches):
            found.append(((*form.base, "branches"), len(form.boxes), len(branches)))
        for box, branch in zip(form.boxes, branches, strict=False):
            path = form.branch_path(box.index)
            pairs = (
                ("label", box.label.text() or MISSING, branch.get("label", MISSING)),
                ("goto", box.goto.currentData(), branch.get("goto")),
                (
                    "when",
                    meaning(shown_condition(box.condition)),
                    meaning(branch.get("when") or {}),
                ),
            )
            for key, shown, kept in pairs:
                if shown != kept:
                    found.append(((*path, key), shown, kept))
    for part in form.parts:
        found.extend(form_mismatches(part, saved))
    return found


def window_mismatches(window: DeckEditorWindow, saved: Any) -> list[Mismatch]:
    """Every difference between what the editor shows (all tabs) and the saved data."""
    found = form_mismatches(window.deck_form, saved)
    for key, panel in window.panels.items():
        records = saved.get(key) if isinstance(saved, dict) else None
        records = records if isinstance(records, list) else []
        shown = [panel.list.item(i).text() for i in range(panel.list.count())]
        described = [panel.describe(i, r) for i, r in enumerate(records)]
        if shown != described:
            found.append(((key,), shown, described))
        row = panel.list.currentRow()
        base = panel.form.base
        if (row, base) != ((-1, None) if row < 0 else (row, (key, row))):
            found.append(((key,), f"row {row} selected", f"form on {base}"))
        found.extend(form_mismatches(panel.form, saved))
    return found
