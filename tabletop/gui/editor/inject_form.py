"""The form for one inject: every field, its effects, its sources and its branches."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.edits import MISSING, rename_inject, set_value
from tabletop.core.deck.yaml_reader import FieldPath
from tabletop.gui.editor.branch_editor import BranchEditor
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.fields import (
    ChecklistField,
    ChoiceField,
    FlagField,
    Form,
    IntField,
    LinesField,
    TextAreaField,
    TextField,
    TimeField,
    combo,
)
from tabletop.gui.editor.forms import INJECT_TYPES, STATUSES, LaidOutForm, channel_ids, record_ids


class InjectIdField(TextField):
    """The inject's id; renaming it also renames every branch and ``next`` that names it."""

    def __init__(self, form: Form) -> None:
        super().__init__(form, ("id",), required=True, label="id")
        self.widget.textEdited.disconnect()
        self.widget.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        if self.form.base is None or self._refreshing:
            return
        new = self.widget.text().strip()
        old = self.current()
        if new == old:
            return
        others = {
            str(i.get("id"))
            for k, i in enumerate(self.document.get(("injects",), []))
            if isinstance(i, dict) and k != self.form.base[1]
        }
        if new and new not in others and isinstance(old, str):
            self.document.push(rename_inject(self.document.data, int(self.form.base[1]), new))
        else:  # a clash or an empty id: set it as typed; the problem list says what is wrong
            self.document.push(set_value(self.document.data, self.path, new, "Rename inject"))


class RowsEditor(Form):
    """A value shown as rows of small widgets; edits set the whole value at once."""

    rel: FieldPath = ()
    add_text = "Add"

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.holder = QVBoxLayout()
        outer.addLayout(self.holder)
        self.add_button = QPushButton(self.add_text)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.row_widgets: list[QWidget] = []
        self._expect: Any = MISSING

    @property
    def path(self) -> FieldPath:
        return (*(self.base or ()), *self.rel)

    def value(self) -> Any:
        return copy.deepcopy(self.document.get(self.path))

    def push(self, value: Any, label: str, *, typing: bool = False, redraw: bool = True) -> None:
        if not redraw:
            self._expect = copy.deepcopy(value)
        empty = value in ({}, [], None)
        self.document.push(
            set_value(self.document.data, self.path, MISSING if empty else value, label),
            typing=typing,
        )

    def on_change(self, paths: list[FieldPath]) -> None:
        if touches(paths, self.path) or self.watches(paths):
            if self._expect is not MISSING and self.document.get(self.path) == self._expect:
                return
            self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self._expect = MISSING  # it described the rows drawn before (another inject's, maybe)
        for widget in self.row_widgets:
            self.holder.removeWidget(widget)
            widget.deleteLater()
        self.row_widgets = []
        if self.base is None:
            return
        for widget in self.rows():
            self.holder.addWidget(widget)
            self.row_widgets.append(widget)

    def rows(self) -> list[QWidget]:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def watches(self, paths: list[FieldPath]) -> bool:
        return any(p[:1] in (("channels",), ("sources",)) for p in paths)

    def focus_path(self, path: FieldPath) -> bool:
        if self.base is None or tuple(path[: len(self.path)]) != self.path:
            return False
        (self.row_widgets[0] if self.row_widgets else self.add_button).setFocus()
        return True


def _row(*widgets: QWidget, stretch: int = -1) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == stretch else 0)
    if stretch < 0:
        layout.addStretch(1)
    return box


def _remove_button(slot: Callable[[], None]) -> QPushButton:
    button = QPushButton("✕")
    button.setToolTip("Remove")
    button.setAccessibleName("Remove")
    button.setFixedWidth(button.sizeHint().height() + 4)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ChannelChanges(RowsEditor):
    """``effects.channels``: which channels delivering the inject opens, degrades or closes."""

    rel = ("effects", "channels")
    add_text = "Add a channel change"

    def rows(self) -> list[QWidget]:
        changes = self.value()
        widgets = []
        for name, status in changes.items() if isinstance(changes, dict) else ():
            # a channel changed in another row is not offered: one change per channel
            free = [
                (c, label)
                for c, label in channel_ids(self.document)
                if c == name or c not in changes
            ]
            channel = combo(free, name, partial(self._rename, name), "Channel")
            state = combo(list(STATUSES), status, partial(self._status, name), "New status")
            widgets.append(
                _row(channel, QLabel("becomes"), state, _remove_button(partial(self._remove, name)))
            )
        return widgets

    def _rename(self, old: str, new: str) -> None:
        changes = self.value()
        if new == old or new in changes:
            return
        self.push(
            {(new if k == old else k): v for k, v in changes.items()}, "Change channel effect"
        )

    def _status(self, key: str, status: str) -> None:
        changes = self.value()
        changes[key] = status
        self.push(changes, "Change channel effect", redraw=False)

    def _remove(self, key: str) -> None:
        changes = self.value()
        changes.pop(key, None)
        self.push(changes, "Remove channel effect")

    def add(self) -> None:
        changes = self.value() if isinstance(self.value(), dict) else {}
        free = [c for c, _ in channel_ids(self.document) if c not in changes]
        if free:
            changes[free[0]] = "closed"
            self.push(changes, "Add channel effect")


class SourceRefs(RowsEditor):
    """The inject's citations: a source of the deck or the shared bibliography, and where."""

    rel = ("sources",)
    add_text = "Cite a source"

    def choices(self) -> list[tuple[str, str]]:
        own = record_ids(self.document, "sources", "title")
        known = {i for i, _ in own}
        shared = [
            (s.id, f"{s.title} ({s.id})") for s in load_catalog().sources if s.id not in known
        ]
        return own + shared

    def rows(self) -> list[QWidget]:
        refs = self.value()
        widgets = []
        for index, ref in enumerate(refs if isinstance(refs, list) else []):
            if not isinstance(ref, dict):
                continue
            source = combo(
                self.choices(), ref.get("ref"), partial(self._set, index, "ref"), "Source"
            )
            source.setMaximumWidth(320)
            section = QLineEdit(str(ref.get("section", "")))
            section.setPlaceholderText("section or page")
            section.setAccessibleName("Section")
            section.textEdited.connect(partial(self._type, index, "section"))
            section.editingFinished.connect(self.document.end_typing)
            note = QLineEdit(str(ref.get("note", "")))
            note.setPlaceholderText("what the inject takes from it")
            note.setAccessibleName("Note")
            note.textEdited.connect(partial(self._type, index, "note"))
            note.editingFinished.connect(self.document.end_typing)
            widgets.append(
                _row(source, section, note, _remove_button(partial(self._remove, index)), stretch=2)
            )
        return widgets

    def _type(self, index: int, key: str, text: str) -> None:
        self._set(index, key, text, True)

    def _set(self, index: int, key: str, value: str, typing: bool = False) -> None:
        refs = self.value()
        if value:
            refs[index][key] = value
        else:
            refs[index].pop(key, None)
        self.push(refs, "Edit source", typing=typing, redraw=not typing)

    def _remove(self, index: int) -> None:
        refs = self.value()
        refs.pop(index)
        self.push(refs, "Remove source")

    def add(self) -> None:
        refs = self.value() if isinstance(self.value(), list) else []
        choices = self.choices()
        refs.append({"ref": choices[0][0] if choices else "source"})
        self.push(refs, "Cite source")


class InjectForm(LaidOutForm):
    """Every field of one inject, grouped as the facilitator thinks of them."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("injectForm")
        self.heading("The inject")
        self.row(
            "Id:", InjectIdField(self), "used by branches; renaming it renames them too", "injectId"
        )
        self.row(
            "Title:", TextField(self, ("title",), required=True), "a short headline", "injectTitle"
        )
        self.row(
            "Scenario time:",
            TimeField(self, ("at",), label="scenario time"),
            "story time when it happens",
            "injectTime",
        )
        self.row(
            "Phase:",
            TextField(self, ("phase",), placeholder="Move 1"),
            "the move or phase it belongs to",
            "injectPhase",
        )
        self.row(
            "Type:",
            ChoiceField(self, ("type",), lambda: INJECT_TYPES, unset="Standard (the default)"),
            "standard injects form the main line; the others are reached by a branch, "
            "a next or the facilitator",
            "injectType",
        )
        self.row(
            "From:",
            TextField(self, ("from",), placeholder="Finnish Navy"),
            "who it comes from in the story",
            "injectFrom",
        )
        self.row(
            "To:",
            ChecklistField(self, ("to",), self.teams, rows=3),
            "the teams it is addressed to; none ticked means every team",
            "injectTo",
        )
        self.row(
            "Team only:",
            FlagField(
                self, ("private",), "Only the teams ticked under To see it", label="team only"
            ),
            "a team-only card: it reaches only those teams' devices or handouts; never projected",
            "injectPrivate",
        )
        self.row(
            "Class time:",
            IntField(self, ("duration",), 0, 600, suffix=" min"),
            "minutes of class planned for it",
            "injectDuration",
        )
        self.heading("What the players see")
        self.row(
            "Narrative:",
            TextAreaField(self, ("narrative",), required=True, lines=6),
            "what the players read and the projector shows",
            "injectNarrative",
        )
        self.heading("For the facilitator (never projected)")
        self.row(
            "Notes:",
            TextAreaField(self, ("facilitator_notes",), lines=4),
            "what to watch for; which risk-reduction options fit",
            "injectNotes",
        )
        self.row(
            "Questions:",
            LinesField(self, ("questions",), lines=3),
            "discussion questions, one per line",
            "injectQuestions",
        )
        self.row(
            "Expected actions:",
            LinesField(self, ("expected_actions",), lines=3),
            "what a well-prepared team would do, one per line",
            "injectExpected",
        )
        self.row(
            "Objectives:",
            ChecklistField(self, ("objectives",), self.objectives, rows=3),
            "the deck's learning objectives this inject exercises",
            "injectObjectives",
        )

        self.heading("When it is delivered")
        effects = QGroupBox()
        effects_layout = QVBoxLayout(effects)
        self.escalation = Form(document)
        escalation_layout = QHBoxLayout(self.escalation)
        escalation_layout.setContentsMargins(0, 0, 0, 0)
        escalation_field = IntField(
            self.escalation,
            ("effects", "escalation"),
            -10,
            10,
            absent="no change",
            label="escalation change",
        )
        escalation_field.widget.setObjectName("injectEscalation")
        escalation_field.widget.setAccessibleName("Escalation change")
        escalation_layout.addWidget(QLabel("Escalation changes by"))
        escalation_layout.addWidget(escalation_field.widget)
        escalation_layout.addStretch(1)
        self.channel_changes = ChannelChanges(document)
        effects_layout.addWidget(self.escalation)
        effects_layout.addWidget(self.channel_changes)
        self.rows.addRow(effects)

        self.heading("What comes next")
        self.branches = BranchEditor(document)
        self.rows.addRow(self.branches)

        self.heading("Sources")
        self.sources = SourceRefs(document)
        self.rows.addRow(self.sources)
        self.parts = [self.escalation, self.channel_changes, self.branches, self.sources]

    def teams(self) -> list[tuple[str, str]]:
        return record_ids(self.document, "teams", "name")

    def objectives(self) -> list[tuple[str, str]]:
        pairs = []
        for record in self.document.get(("objectives",), []) or []:
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                text = str(record.get("text", ""))
                pairs.append((record["id"], f"{record['id']}: {text[:70]}"))
        return pairs

    def watches(self, paths: list[FieldPath]) -> bool:
        return any(p[:1] in (("teams",), ("objectives",)) for p in paths)


def confirm_inject_delete(parent: QWidget, document: DeckDocument, index: int) -> bool:
    """Ask before deleting an inject that branches or ``next`` still lead to."""
    from tabletop.core.deck.edits import references_to_inject

    inject_id = document.get(("injects", index, "id"))
    if not isinstance(inject_id, str):
        return True
    found = [p for p in references_to_inject(document.data, inject_id) if p[1] != index]
    if not found:
        return True
    answer = QMessageBox.question(
        parent,
        "Delete inject",
        f"{len(found)} branch(es) or next(s) lead to '{inject_id}'. Delete it anyway? "
        "The problem list will show where they point now (Undo brings it back).",
    )
    return answer == QMessageBox.StandardButton.Yes
