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
    TimeField,
    combo,
)
from tabletop.gui.editor.forms import (
    LaidOutForm,
    channel_ids,
    inject_type_choices,
    record_ids,
    status_choices,
)
from tabletop.gui.editor.text_fields import LinesField, RenamingIdField, TextAreaField, TextField
from tabletop.gui.editor.undo_keys import deck_keys
from tabletop.gui.language import translate


class InjectIdField(RenamingIdField):
    """The inject's id; renaming it also renames every branch and ``next`` that names it."""

    def __init__(self, form: Form) -> None:
        super().__init__(
            form,
            rename_inject,
            translate("InjectForm", "Rename inject"),
            label=translate("InjectForm", "id"),
        )


class RowsEditor(Form):
    """A value shown as rows of small widgets; edits set the whole value at once."""

    rel: FieldPath = ()

    def add_text(self) -> str:
        return translate("RowsEditor", "Add")

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.holder = QVBoxLayout()
        outer.addLayout(self.holder)
        self.add_button = QPushButton(self.add_text())
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
    button.setToolTip(translate("RowsEditor", "Remove"))
    button.setAccessibleName(translate("RowsEditor", "Remove"))
    button.setFixedWidth(button.sizeHint().height() + 4)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ChannelChanges(RowsEditor):
    """``effects.channels``: which channels delivering the inject opens, degrades or closes."""

    rel = ("effects", "channels")

    def add_text(self) -> str:
        return translate("ChannelChanges", "Add a channel change")

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
            channel = combo(
                free, name, partial(self._rename, name), translate("InjectForm", "Channel")
            )
            state = combo(
                status_choices(),
                status,
                partial(self._status, name),
                translate("InjectForm", "New status"),
            )
            widgets.append(
                _row(
                    channel,
                    QLabel(translate("InjectForm", "becomes")),
                    state,
                    _remove_button(partial(self._remove, name)),
                )
            )
        return widgets

    def _rename(self, old: str, new: str) -> None:
        changes = self.value()
        if new == old or new in changes:
            return
        self.push(
            {(new if k == old else k): v for k, v in changes.items()},
            translate("ChannelChanges", "Change channel effect"),
        )

    def _status(self, key: str, status: str) -> None:
        changes = self.value()
        changes[key] = status
        self.push(changes, translate("ChannelChanges", "Change channel effect"), redraw=False)

    def _remove(self, key: str) -> None:
        changes = self.value()
        changes.pop(key, None)
        self.push(changes, translate("ChannelChanges", "Remove channel effect"))

    def add(self) -> None:
        changes = self.value() if isinstance(self.value(), dict) else {}
        free = [c for c, _ in channel_ids(self.document) if c not in changes]
        if free:
            changes[free[0]] = "closed"
            self.push(changes, translate("ChannelChanges", "Add channel effect"))


class SourceRefs(RowsEditor):
    """The inject's citations: a source of the deck or the shared bibliography, and where."""

    rel = ("sources",)

    def add_text(self) -> str:
        return translate("SourceRefs", "Cite a source")

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
                self.choices(),
                ref.get("ref"),
                partial(self._set, index, "ref"),
                translate("SourceRefs", "Source"),
            )
            source.setMaximumWidth(320)
            section = deck_keys(QLineEdit(str(ref.get("section", ""))))
            section.setPlaceholderText(translate("SourceRefs", "section or page"))
            section.setAccessibleName(translate("SourceRefs", "Section"))
            section.textEdited.connect(partial(self._type, index, "section"))
            section.editingFinished.connect(self.document.end_typing)
            note = deck_keys(QLineEdit(str(ref.get("note", ""))))
            note.setPlaceholderText(translate("SourceRefs", "what the inject takes from it"))
            note.setAccessibleName(translate("SourceRefs", "Note"))
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
        self.push(refs, translate("SourceRefs", "Edit source"), typing=typing, redraw=not typing)

    def _remove(self, index: int) -> None:
        refs = self.value()
        refs.pop(index)
        self.push(refs, translate("SourceRefs", "Remove source"))

    def add(self) -> None:
        refs = self.value() if isinstance(self.value(), list) else []
        choices = self.choices()
        refs.append({"ref": choices[0][0] if choices else "source"})
        self.push(refs, translate("SourceRefs", "Cite source"))


class InjectForm(LaidOutForm):
    """Every field of one inject, grouped as the facilitator thinks of them."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("injectForm")
        self.heading(translate("InjectForm", "The inject"))
        self.row(
            translate("InjectForm", "Id:"),
            InjectIdField(self),
            translate("InjectForm", "used by branches; renaming it renames them too"),
            "injectId",
        )
        self.row(
            translate("InjectForm", "Title:"),
            TextField(self, ("title",), required=True),
            translate("InjectForm", "a short headline"),
            "injectTitle",
        )
        self.row(
            translate("InjectForm", "Scenario time:"),
            TimeField(self, ("at",), label=translate("InjectForm", "scenario time")),
            translate("InjectForm", "story time when it happens"),
            "injectTime",
        )
        self.row(
            translate("InjectForm", "Phase:"),
            TextField(self, ("phase",), placeholder=translate("InjectForm", "Move 1")),
            translate("InjectForm", "the move or phase it belongs to"),
            "injectPhase",
        )
        self.row(
            translate("InjectForm", "Type:"),
            ChoiceField(
                self,
                ("type",),
                inject_type_choices,
                unset=translate("InjectForm", "Standard (the default)"),
            ),
            translate(
                "InjectForm",
                "standard injects form the main line; the others are reached by a branch, "
                "a next or the facilitator",
            ),
            "injectType",
        )
        self.row(
            translate("InjectForm", "From:"),
            TextField(self, ("from",), placeholder=translate("InjectForm", "Finnish Navy")),
            translate("InjectForm", "who it comes from in the story"),
            "injectFrom",
        )
        self.row(
            translate("InjectForm", "To:"),
            ChecklistField(self, ("to",), self.teams, rows=3),
            translate("InjectForm", "the teams it is addressed to; none ticked means every team"),
            "injectTo",
        )
        self.row(
            translate("InjectForm", "Team only:"),
            FlagField(
                self,
                ("private",),
                translate("InjectForm", "Only the teams ticked under To see it"),
                label=translate("InjectForm", "team only"),
            ),
            translate(
                "InjectForm",
                "a team-only card: it reaches only those teams' devices or handouts; never "
                "projected",
            ),
            "injectPrivate",
        )
        self.row(
            translate("InjectForm", "Class time:"),
            IntField(self, ("duration",), 0, 600, suffix=translate("InjectForm", " min")),
            translate("InjectForm", "minutes of class planned for it"),
            "injectDuration",
        )
        self.heading(translate("InjectForm", "What the players see"))
        self.row(
            translate("InjectForm", "Narrative:"),
            TextAreaField(self, ("narrative",), required=True, lines=6),
            translate("InjectForm", "what the players read and the projector shows"),
            "injectNarrative",
        )
        self.heading(translate("InjectForm", "For the facilitator (never projected)"))
        self.row(
            translate("InjectForm", "Notes:"),
            TextAreaField(self, ("facilitator_notes",), lines=4),
            translate("InjectForm", "what to watch for; which risk-reduction options fit"),
            "injectNotes",
        )
        self.row(
            translate("InjectForm", "Questions:"),
            LinesField(self, ("questions",), lines=3),
            translate("InjectForm", "discussion questions, one per line"),
            "injectQuestions",
        )
        self.row(
            translate("InjectForm", "Expected actions:"),
            LinesField(self, ("expected_actions",), lines=3),
            translate("InjectForm", "what a well-prepared team would do, one per line"),
            "injectExpected",
        )
        self.row(
            translate("InjectForm", "Objectives:"),
            ChecklistField(self, ("objectives",), self.objectives, rows=3),
            translate("InjectForm", "the deck's learning objectives this inject exercises"),
            "injectObjectives",
        )

        self.heading(translate("InjectForm", "When it is delivered"))
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
            absent=translate("InjectForm", "no change"),
            label=translate("InjectForm", "escalation change"),
        )
        escalation_field.widget.setObjectName("injectEscalation")
        escalation_field.widget.setAccessibleName(translate("InjectForm", "Escalation change"))
        escalation_layout.addWidget(QLabel(translate("InjectForm", "Escalation changes by")))
        escalation_layout.addWidget(escalation_field.widget)
        escalation_layout.addStretch(1)
        self.channel_changes = ChannelChanges(document)
        effects_layout.addWidget(self.escalation)
        effects_layout.addWidget(self.channel_changes)
        self.rows.addRow(effects)

        self.heading(translate("InjectForm", "What comes next"))
        self.branches = BranchEditor(document)
        self.rows.addRow(self.branches)

        self.heading(translate("InjectForm", "Sources"))
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
    many = len(found)
    answer = QMessageBox.question(
        parent,
        translate("InjectForm", "Delete inject"),
        translate(
            "InjectForm",
            "%n branch(es) or next(s) lead to '{inject}'. Delete it anyway? The problem list "
            "will show where they point now (Undo brings it back).",
            "",
            many,
        ).format(inject=inject_id),
    )
    return answer == QMessageBox.StandardButton.Yes
