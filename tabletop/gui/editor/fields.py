"""Form fields bound to a place in the deck data: edits become undoable commands.

A :class:`Form` has a base path (``("injects", 3)``, ``("teams", 0)`` …) and
fields with paths relative to it. A field shows the value at its path, and
turns what the user types or picks into an edit pushed on the document's undo
stack; when the data changes (an edit, an undo), the field shows the new value.
Text fields are in :mod:`text_fields`; every box passes the undo keys to the deck
(:mod:`undo_keys`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from tabletop.core.deck.edits import MISSING, Edit, set_value
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.undo_keys import deck_keys
from tabletop.gui.language import translate

Choices = Callable[[], Sequence[tuple[str, str]]]  # (value, label) pairs


class Field:
    """One widget showing and editing the value at ``form.base + rel``."""

    def __init__(
        self,
        form: Form,
        rel: FieldPath,
        widget: QWidget,
        *,
        required: bool = False,
        label: str = "",
    ) -> None:
        self.form = form
        self.rel = tuple(rel)
        self.widget = widget
        self.required = required
        self.label = label
        self._refreshing = False
        form.fields.append(self)

    @property
    def path(self) -> FieldPath:
        return (*(self.form.base or ()), *self.rel)

    @property
    def document(self) -> DeckDocument:
        return self.form.document

    def current(self) -> Any:
        return self.document.get(self.path)

    def refresh(self) -> None:
        self._refreshing = True
        blocked = [(w, w.blockSignals(True)) for w in self.signal_sources()]
        try:
            self.show_value(self.current())
        finally:
            for widget, was in blocked:
                widget.blockSignals(was)
            self._refreshing = False

    def signal_sources(self) -> list[QWidget]:
        """The widgets whose signals mean "the user edited" (quiet while refreshing)."""
        return [self.widget]

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def commit(self, value: Any, *, typing: bool = False) -> None:
        """Push an edit setting this field's value (MISSING removes the key)."""
        if self._refreshing or self.form.base is None:
            return
        if value is MISSING and self.required:
            value = ""
        old = self.document.get(self.path, MISSING)
        if value == old:
            return
        name = self.label or self.widget.accessibleName() or str(self.rel[-1]).replace("_", " ")
        label = translate("EditLabel", "Edit {field}").format(field=name)
        edit = set_value(self.document.data, self.path, value, label)
        self.document.push(self.form.prepare(edit), typing=typing)

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(self.widget, QLineEdit):
            self.widget.selectAll()


class IntField(Field):
    """A whole number; the lowest setting (shown as a dash) removes the key."""

    widget: QSpinBox

    def __init__(
        self,
        form: Form,
        rel: FieldPath,
        low: int,
        high: int,
        *,
        suffix: str = "",
        absent: str = "—",
        label: str = "",
        signed: bool = False,
    ) -> None:
        widget = deck_keys(QSpinBox())
        widget.setRange(low - 1, high)
        widget.setSpecialValueText(absent)
        widget.setSuffix(suffix)
        if signed:
            widget.setPrefix("")
        widget.setKeyboardTracking(False)
        super().__init__(form, rel, widget, label=label)
        self.low = low
        widget.valueChanged.connect(self._edited)

    def _edited(self, value: int) -> None:
        self.commit(MISSING if value < self.low else value, typing=True)

    def show_value(self, value: Any) -> None:
        number = value if isinstance(value, int) and not isinstance(value, bool) else self.low - 1
        self.widget.setValue(number)


class FloatField(Field):
    widget: QDoubleSpinBox

    def __init__(
        self,
        form: Form,
        rel: FieldPath,
        low: float,
        high: float,
        *,
        label: str = "",
        absent: str = "—",
        step: float = 0.5,
    ) -> None:
        widget = deck_keys(QDoubleSpinBox())
        widget.setRange(low - step, high)
        widget.setSingleStep(step)
        widget.setSpecialValueText(absent)
        widget.setKeyboardTracking(False)
        super().__init__(form, rel, widget, label=label)
        self.low = low
        widget.valueChanged.connect(self._edited)

    def _edited(self, value: float) -> None:
        self.commit(MISSING if value < self.low else value, typing=True)

    def show_value(self, value: Any) -> None:
        number = (
            float(value)
            if isinstance(value, (int, float)) and not isinstance(value, bool)
            else self.low - self.widget.singleStep()
        )
        self.widget.setValue(number)


class ChoiceField(Field):
    """A value picked from a list; the first entry may stand for "not set"."""

    widget: QComboBox

    def __init__(
        self, form: Form, rel: FieldPath, choices: Choices, *, unset: str = "", label: str = ""
    ) -> None:
        widget = QComboBox()
        super().__init__(form, rel, widget, label=label)
        self.choices = choices
        self.unset = unset
        widget.activated.connect(self._picked)

    def _picked(self, index: int) -> None:
        value = self.widget.itemData(index)
        self.commit(MISSING if value is None else value)

    def show_value(self, value: Any) -> None:
        combo = self.widget
        combo.clear()
        if self.unset:
            combo.addItem(self.unset, None)
        values = []
        for choice, label in self.choices():
            combo.addItem(label, choice)
            values.append(choice)
        if value is not None and value not in values:
            combo.addItem(unknown(value), value)  # kept as written until changed
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))


class ChecklistField(Field):
    """A list of ids ticked from the known ones (the teams an inject goes to …)."""

    widget: QListWidget

    def __init__(
        self, form: Form, rel: FieldPath, choices: Choices, *, label: str = "", rows: int = 4
    ) -> None:
        widget = QListWidget()
        widget.setMaximumHeight(widget.fontMetrics().lineSpacing() * rows + 16)
        super().__init__(form, rel, widget, label=label)
        self.choices = choices
        widget.itemChanged.connect(self._ticked)

    def _ticked(self, _item: QListWidgetItem) -> None:
        ticked = [
            self.widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.widget.count())
            if self.widget.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.commit(ticked if ticked else MISSING)

    def show_value(self, value: Any) -> None:
        chosen = [str(v) for v in value] if isinstance(value, list) else []
        self.widget.clear()
        options = list(self.choices())
        known = {choice for choice, _ in options}
        options += [(v, unknown(v)) for v in chosen if v not in known]
        for choice, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice in chosen else Qt.CheckState.Unchecked
            )
            self.widget.addItem(item)


class FlagField(Field):
    """A tick box for a true/false key; unticked leaves the key out (its default)."""

    widget: QCheckBox

    def __init__(self, form: Form, rel: FieldPath, text: str, *, label: str = "") -> None:
        widget = QCheckBox(text)
        super().__init__(form, rel, widget, label=label)
        widget.toggled.connect(lambda on: self.commit(True if on else MISSING))

    def show_value(self, value: Any) -> None:
        self.widget.setChecked(value is True)


class TimeField(Field):
    """A scenario time: a tick box (set or not), the day and the time of day."""

    def __init__(self, form: Form, rel: FieldPath, *, label: str = "") -> None:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(translate("TimeField", "Set"))
        self.day = deck_keys(QSpinBox())
        self.day.setRange(1, 366)
        self.day.setPrefix(translate("TimeField", "Day "))
        self.clock = deck_keys(QTimeEdit())
        self.clock.setDisplayFormat("HH:mm")
        for widget in (self.enabled, self.day, self.clock):
            layout.addWidget(widget)
        layout.addStretch(1)
        super().__init__(form, rel, box, label=label)
        self.enabled.toggled.connect(lambda _on: self._edited())
        self.day.valueChanged.connect(lambda _v: self._edited())
        self.clock.timeChanged.connect(lambda _t: self._edited())

    def _edited(self) -> None:
        if not self.enabled.isChecked():
            self.commit(MISSING)
            return
        self.commit(
            {"day": self.day.value(), "time": self.clock.time().toString("HH:mm")}, typing=True
        )

    def signal_sources(self) -> list[QWidget]:
        return [self.enabled, self.day, self.clock]

    def show_value(self, value: Any) -> None:
        is_set = isinstance(value, dict)
        self.enabled.setChecked(is_set)
        self.day.setEnabled(is_set)
        self.clock.setEnabled(is_set)
        if is_set:
            day = value.get("day")
            self.day.setValue(day if isinstance(day, int) else 1)
            parsed = QTime.fromString(str(value.get("time", "")), "HH:mm")
            if not parsed.isValid():
                parsed = QTime.fromString(str(value.get("time", "")), "H:mm")
            self.clock.setTime(parsed if parsed.isValid() else QTime(0, 0))

    def focus(self) -> None:
        self.enabled.setFocus(Qt.FocusReason.OtherFocusReason)


def unknown(value: Any) -> str:
    """A value the deck has that is not among the choices, shown as written."""
    return translate("Field", "{value} (unknown)").format(value=value)


# a drop-down list of more choices than this (the injects of a long deck) is as wide as
# this many characters, not as wide as its longest choice
LONG_LIST = 60
LONG_LIST_WIDTH = 40


def combo(
    choices: Sequence[tuple[Any, str]], current: Any, changed: Callable[[Any], None], name: str
) -> QComboBox:
    """A drop-down list of (value, label) choices calling ``changed`` with the value picked.

    A current value that is not among the choices is shown as "(unknown)" and
    kept until the user picks another.
    """
    box = QComboBox()
    box.setAccessibleName(name)
    if len(choices) <= LONG_LIST:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    else:  # sized to fit every item, it would measure them all again on every change
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(LONG_LIST_WIDTH)
    values = []
    for value, label in choices:
        box.addItem(label, value)
        values.append(value)
    if current not in values and current is not None:
        box.addItem(unknown(current), current)
    box.setCurrentIndex(max(box.findData(current), 0))
    box.activated.connect(lambda index: changed(box.itemData(index)))
    return box


class Form(QWidget):
    """A group of fields over one record of the deck (the deck itself, a team, an inject)."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.base: FieldPath | None = None
        self.fields: list[Field] = []
        self.parts: list[Form] = []  # nested editors that follow this form's base
        document.changed.connect(self._changed)

    def set_base(self, base: FieldPath | None) -> None:
        self.base = base
        self.setEnabled(base is not None)
        for part in self.parts:
            part.set_base(base)
        self.refresh()

    def refresh(self) -> None:
        if self.base is None:
            return
        for field in self.fields:
            field.refresh()

    def _changed(self, paths: list[FieldPath]) -> None:
        if self.base is None:
            return
        if self.base and not self._still_there():
            return
        self.on_change(paths)

    def on_change(self, paths: list[FieldPath]) -> None:
        """Refresh after an edit that may concern this form."""
        if touches(paths, self.base or ()) or self.watches(paths):
            self.refresh()

    def prepare(self, edit: Edit) -> Edit:
        """The edit to push for a field's change (a form may need to reshape the data first)."""
        return edit

    def watches(self, paths: list[FieldPath]) -> bool:
        """Whether changes elsewhere (team names for a team list …) should refresh this form."""
        return False

    def _still_there(self) -> bool:
        return self.document.get(self.base or ()) is not None

    def focus_path(self, path: FieldPath) -> bool:
        """Put the cursor in the field that holds ``path`` (or its closest parent)."""
        if self.base is None or tuple(path[: len(self.base)]) != tuple(self.base):
            return False
        for part in self.parts:
            if part.focus_path(path):
                return True
        rel = tuple(path[len(self.base) :])
        best: Field | None = None
        for field in self.fields:
            if rel[: len(field.rel)] == field.rel and (
                best is None or len(field.rel) > len(best.rel)
            ):
                best = field
        if best is None:
            return False
        best.focus()
        return True
