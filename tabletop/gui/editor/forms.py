"""Forms for the deck's metadata, teams, objectives, sources and channels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from tabletop.core.deck.catalog import Catalog, load_catalog
from tabletop.core.deck.edits import Compound, Edit, SetValue, rename_team, unique_id
from tabletop.gui.editor.document import DeckDocument
from tabletop.gui.editor.fields import ChoiceField, Field, FloatField, Form, IntField, TimeField
from tabletop.gui.editor.text_fields import (
    CommaListField,
    LinesField,
    RenamingIdField,
    TextAreaField,
    TextField,
)
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated

_STATUSES = (
    ("open", QT_TRANSLATE_NOOP("StatusBadge", "Open")),
    ("degraded", QT_TRANSLATE_NOOP("StatusBadge", "Degraded")),
    ("closed", QT_TRANSLATE_NOOP("StatusBadge", "Closed")),
    ("proposed", QT_TRANSLATE_NOOP("StatusBadge", "Proposed")),
)
_INJECT_TYPES = (
    ("standard", QT_TRANSLATE_NOOP("InjectForm", "Standard (main line)")),
    ("contingency", QT_TRANSLATE_NOOP("InjectForm", "Contingency (on demand or by branch)")),
    ("adaptive", QT_TRANSLATE_NOOP("InjectForm", "Adaptive (reached by branch)")),
)


def status_choices() -> list[tuple[str, str]]:
    """The channel statuses as (value, word) choices."""
    return [(value, translated("StatusBadge", word)) for value, word in _STATUSES]


def inject_type_choices() -> list[tuple[str, str]]:
    """The inject types as (value, description) choices."""
    return [(value, translated("InjectForm", word)) for value, word in _INJECT_TYPES]


class LaidOutForm(Form):
    """A form whose fields are rows of a QFormLayout, each with a label and a hint."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        outer = QVBoxLayout(self)
        self.rows = QFormLayout()
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.rows)
        outer.addStretch(1)  # short forms sit at the top, not spread over the page

    def row(
        self, label: str, field: Field | QWidget, hint: str = "", name: str = ""
    ) -> Field | QWidget:
        widget = field.widget if isinstance(field, Field) else field
        if name:
            widget.setObjectName(name)
        widget.setAccessibleName(label.rstrip(":"))
        if hint:
            widget.setToolTip(hint)
            widget.setWhatsThis(hint)
        self.rows.addRow(label, widget)
        return field

    def heading(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        self.rows.addRow(label)


class DeckForm(LaidOutForm):
    """The deck's metadata: id, title, summary, class time, audience, start, escalation."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row(
            translate("DeckForm", "Id:"),
            TextField(self, ("id",), required=True, placeholder="baltic-exercise"),
            translate("DeckForm", "the deck's id: letters, digits, - _ . (no spaces)"),
            "deckId",
        )
        self.row(
            translate("DeckForm", "Title:"),
            TextField(self, ("title",), required=True),
            translate("DeckForm", "the exercise's name"),
            "deckTitle",
        )
        self.row(
            translate("DeckForm", "Summary:"),
            TextAreaField(self, ("summary",), lines=4),
            translate("DeckForm", "one paragraph, shown on the start screen"),
            "deckSummary",
        )
        self.row(
            translate("DeckForm", "Class time:"),
            IntField(self, ("duration",), 5, 1440, suffix=translate("DeckForm", " min")),
            translate("DeckForm", "planned class time in minutes"),
            "deckDuration",
        )
        self.row(
            translate("DeckForm", "Audience:"),
            TextField(self, ("audience",)),
            translate("DeckForm", "who it is written for"),
        )
        self.row(
            translate("DeckForm", "Language:"),
            TextField(self, ("language",), placeholder="en"),
            translate("DeckForm", "the language of the text, e.g. en"),
        )
        self.row(
            translate("DeckForm", "Version:"),
            TextField(self, ("version",), placeholder="1.0"),
            translate("DeckForm", "the deck's own version"),
        )
        self.row(
            translate("DeckForm", "Authors:"),
            LinesField(self, ("authors",), lines=2),
            translate("DeckForm", "one author per line"),
        )
        self.row(
            translate("DeckForm", "Story starts:"),
            TimeField(self, ("start",)),
            translate("DeckForm", "scenario time when play starts (else the first inject's)"),
        )
        self.row(
            translate("DeckForm", "Clock speed:"),
            FloatField(
                self, ("time_scale",), 0.5, 1440, absent=translate("DeckForm", "1 (real time)")
            ),
            translate("DeckForm", "scenario minutes per class minute while the clock runs"),
        )
        self.heading(translate("DeckForm", "Escalation"))
        self.ladder = QLabel()
        self.row(translate("DeckForm", "Ladder:"), self.ladder)
        self.row(
            translate("DeckForm", "Starting level:"),
            IntField(
                self,
                ("escalation", "start"),
                0,
                100,
                absent=translate("DeckForm", "as the ladder says"),
            ),
            translate("DeckForm", "the escalation level play starts at"),
        )
        self.row(
            translate("DeckForm", "Misperception:"),
            IntField(
                self,
                ("escalation", "misperception"),
                0,
                3,
                absent=translate("DeckForm", "as the ladder says"),
            ),
            translate(
                "DeckForm",
                "how many rungs too high a rise is read by a team with no working channel",
            ),
        )

    def refresh(self) -> None:
        super().refresh()
        ladder = self.document.get(("escalation", "ladder"))
        if isinstance(ladder, list):
            many = len(ladder)
            self.ladder.setText(
                translate(
                    "DeckForm",
                    "the deck's own ladder, %n level(s) (edit it in the YAML file; the editor "
                    "keeps it)",
                    "",
                    many,
                )
            )
        else:
            levels = load_catalog().ladder.levels
            self.ladder.setText(
                translate("DeckForm", "the shared escalation ladder, levels {low}–{high}").format(
                    low=levels[0].level, high=levels[-1].level
                )
            )


class TeamForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row(
            translate("TeamForm", "Id:"),
            RenamingIdField(self, rename_team, translate("TeamForm", "Rename team")),
            translate("TeamForm", "used by injects and branches; renaming it renames them too"),
            "teamId",
        )
        self.row(
            translate("TeamForm", "Name:"),
            TextField(self, ("name",), required=True),
            translate("TeamForm", "e.g. North Atlantic Council"),
            "teamName",
        )
        self.row(
            translate("TeamForm", "Short name:"),
            TextField(self, ("short",)),
            translate(
                "TeamForm", "its tag on the escalation meter and in the log, e.g. NATO (12 at most)"
            ),
            "teamShort",
        )
        self.row(
            translate("TeamForm", "Side:"),
            TextField(self, ("side",)),
            translate(
                "TeamForm", "teams on different sides are the other side for the escalation meter"
            ),
        )
        self.row(
            translate("TeamForm", "Speaks for:"),
            CommaListField(self, ("parties",), label="parties"),
            translate("TeamForm", "the channel parties this team speaks for, e.g. nato, europe"),
        )
        self.row(
            translate("TeamForm", "Role:"),
            TextField(self, ("role",)),
            translate("TeamForm", "one line: who they are"),
        )
        self.row(
            translate("TeamForm", "Briefing:"),
            TextAreaField(self, ("briefing",), lines=5),
            translate("TeamForm", "read to the team before play"),
        )
        self.row(
            translate("TeamForm", "Players:"),
            CommaListField(self, ("participants",)),
            translate(
                "TeamForm", "names of the people playing it (usually set when the session starts)"
            ),
        )
        hint = QLabel(
            translate("TeamForm", "Parties in the catalog: {parties}").format(
                parties=", ".join(load_catalog().party_ids)
            )
        )
        hint.setWordWrap(True)
        self.rows.addRow(hint)


class ObjectiveForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row(
            translate("ObjectiveForm", "Id:"),
            TextField(self, ("id",), required=True),
            translate("ObjectiveForm", "used by injects"),
            "objectiveId",
        )
        self.row(
            translate("ObjectiveForm", "Objective:"),
            TextAreaField(self, ("text",), required=True, lines=3),
            translate("ObjectiveForm", "an observable statement: Teams … within …"),
            "objectiveText",
        )
        self.row(
            translate("ObjectiveForm", "Capability:"),
            TextField(self, ("capability",)),
            translate("ObjectiveForm", "e.g. Operational Communications"),
        )


class SourceForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row(
            translate("SourceForm", "Id:"),
            TextField(self, ("id",), required=True),
            translate("SourceForm", "cited by injects"),
            "sourceId",
        )
        self.row(
            translate("SourceForm", "Title:"),
            TextField(self, ("title",), required=True),
            "",
            "sourceTitle",
        )
        self.row(translate("SourceForm", "Author:"), TextField(self, ("author",)))
        self.row(translate("SourceForm", "Publisher:"), TextField(self, ("publisher",)))
        self.row(
            translate("SourceForm", "Date:"),
            TextField(self, ("date",)),
            translate("SourceForm", "as written, e.g. 2026-01"),
        )
        self.row(
            translate("SourceForm", "Address:"),
            TextField(self, ("url",)),
            translate("SourceForm", "where to find it"),
        )
        self.row(
            translate("SourceForm", "Note:"),
            TextAreaField(self, ("note",), lines=2),
            translate("SourceForm", "what the deck takes from it"),
        )


class ChannelForm(LaidOutForm):
    """A channel of the deck: a catalog channel (with changes) or the deck's own."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.catalog: Catalog = load_catalog()
        self.origin = QLabel()
        self.row(translate("ChannelForm", "Channel:"), self.origin)
        self.ref = self.row(
            translate("ChannelForm", "Catalog channel:"),
            ChoiceField(
                self,
                ("ref",),
                lambda: [(c.id, f"{c.name} ({c.id})") for c in self.catalog.channels],
                label=translate("ChannelForm", "catalog channel"),
            ),
            translate("ChannelForm", "which channel of the shared catalog"),
            "channelRef",
        )
        self.own_id = self.row(
            translate("ChannelForm", "Id:"),
            TextField(self, ("id",), required=True),
            translate("ChannelForm", "the id of the deck's own channel"),
            "channelId",
        )
        self.overrides: dict[str, TextField] = {}
        self.overrides["name"] = TextField(
            self, ("name",), placeholder=translate("ChannelForm", "as in the catalog")
        )
        self.row(translate("ChannelForm", "Name:"), self.overrides["name"])
        self.overrides["parties"] = CommaListField(self, ("parties",))
        self.row(
            translate("ChannelForm", "Parties:"),
            self.overrides["parties"],
            translate("ChannelForm", "party ids that can use it; * means anyone"),
        )
        self.overrides["kind"] = TextField(self, ("kind",))
        self.row(
            translate("ChannelForm", "Kind:"),
            self.overrides["kind"],
            translate("ChannelForm", "e.g. leaders' line, military line"),
        )
        self.row(
            translate("ChannelForm", "Status:"),
            ChoiceField(
                self,
                ("status",),
                status_choices,
                unset=translate("ChannelForm", "as in the catalog (or open)"),
            ),
            translate(
                "ChannelForm",
                "open and degraded channels carry messages; closed and proposed ones do not",
            ),
            "channelStatus",
        )
        self.row(
            translate("ChannelForm", "Latency:"),
            IntField(
                self,
                ("latency",),
                0,
                100000,
                suffix=translate("ChannelForm", " min"),
                absent=translate("ChannelForm", "as in the catalog"),
            ),
            translate("ChannelForm", "scenario minutes from sending to receipt when open"),
        )
        self.row(
            translate("ChannelForm", "Direction:"),
            ChoiceField(
                self,
                ("direction",),
                lambda: (
                    ("two-way", translate("ChannelForm", "Two-way")),
                    ("one-way", translate("ChannelForm", "One-way")),
                ),
                unset=translate("ChannelForm", "as in the catalog (or two-way)"),
            ),
        )
        self.overrides["carries"] = TextField(self, ("carries",))
        self.row(translate("ChannelForm", "Carries:"), self.overrides["carries"])
        self.overrides["cannot_carry"] = TextField(self, ("cannot_carry",))
        self.row(translate("ChannelForm", "Cannot carry:"), self.overrides["cannot_carry"])
        self.row(
            translate("ChannelForm", "Notes:"),
            TextAreaField(self, ("notes",), lines=2),
            translate("ChannelForm", "for the facilitator"),
        )

    def entry(self) -> Any:
        return self.document.get(self.base) if self.base is not None else None

    def refresh(self) -> None:
        super().refresh()
        entry = self.entry()
        is_own = isinstance(entry, dict) and "ref" not in entry
        ref = (
            entry
            if isinstance(entry, str)
            else (entry.get("ref") if isinstance(entry, dict) else None)
        )
        base = self.catalog.channel(str(ref)) if ref else None
        assert isinstance(self.ref, Field) and isinstance(self.own_id, Field)
        self.rows.setRowVisible(self.ref.widget, not is_own)
        self.rows.setRowVisible(self.own_id.widget, is_own)
        if is_own:
            self.origin.setText(translate("ChannelForm", "the deck's own channel"))
        else:
            if isinstance(entry, str):
                self.origin.setText(
                    translate(
                        "ChannelForm",
                        "from the shared catalog, as it is there; any field you set here changes "
                        "it for this deck only",
                    )
                )
            else:
                self.origin.setText(
                    translate("ChannelForm", "from the shared catalog, with this deck's changes")
                )
            if base is not None and isinstance(self.ref, ChoiceField):
                self.ref.show_value(base.id)
        for key, field in self.overrides.items():
            value = getattr(base, key, "") if not is_own and base is not None else ""
            shown = ", ".join(value) if isinstance(value, tuple) else str(value)
            field.widget.setPlaceholderText(
                translate("ChannelForm", "{value} (as in the catalog)").format(value=shown)
                if shown
                else ""
            )

    def prepare(self, edit: Edit) -> Edit:
        """A catalog channel written as a bare id becomes ``{ref: id}`` before a change."""
        entry = self.entry()
        if isinstance(entry, str) and self.base is not None:
            if isinstance(edit, SetValue) and edit.path == (*self.base, "ref"):
                return SetValue(self.base, edit.new, entry, edit.label)
            return Compound([SetValue(self.base, {"ref": entry}, entry), edit], edit.label)
        return edit


# -- what the record lists show, and what a new record is ------------------------------


def describe_team(_index: int, team: Any) -> str:
    if not isinstance(team, dict):
        return str(team)
    name = team.get("name") or translate("DeckEditorWindow", "(no name)")
    return f"{name}  ·  {team.get('id', '?')}"


def describe_objective(_index: int, objective: Any) -> str:
    if not isinstance(objective, dict):
        return str(objective)
    text = str(objective.get("text") or translate("DeckEditorWindow", "(no text)"))
    return f"{objective.get('id', '?')}: {text[:60]}{'…' if len(text) > 60 else ''}"


def describe_source(_index: int, source: Any) -> str:
    if not isinstance(source, dict):
        return str(source)
    title = source.get("title") or translate("DeckEditorWindow", "(no title)")
    return f"{title}  ·  {source.get('id', '?')}"


def describe_channel(_index: int, entry: Any) -> str:
    catalog = load_catalog()
    if isinstance(entry, str):
        channel = catalog.channel(entry)
        return translate("DeckEditorWindow", "{channel}  ·  catalog").format(
            channel=channel.name if channel else entry
        )
    if isinstance(entry, dict):
        if "ref" in entry:
            channel = catalog.channel(str(entry["ref"]))
            name = entry.get("name") or (channel.name if channel else entry["ref"])
            return translate("DeckEditorWindow", "{channel}  ·  catalog, changed").format(
                channel=name
            )
        return translate("DeckEditorWindow", "{channel}  ·  own").format(
            channel=entry.get("name") or entry.get("id", "?")
        )
    return str(entry)


def new_team(taken: set[str]) -> dict[str, Any]:
    return {"id": unique_id("team", taken), "name": translate("DeckEditorWindow", "New team")}


def new_objective(taken: set[str]) -> dict[str, Any]:
    return {
        "id": unique_id("obj", taken),
        "text": translate("DeckEditorWindow", "Teams … within …"),
    }


def new_source(taken: set[str]) -> dict[str, Any]:
    return {
        "id": unique_id("source", taken),
        "title": translate("DeckEditorWindow", "New source"),
    }


def new_channel(listed: Sequence[Any]) -> Any:
    """The first catalog channel the deck does not list yet, else a channel of its own."""
    used = {
        e if isinstance(e, str) else e.get("ref") or e.get("id")
        for e in listed
        if isinstance(e, (str, dict))
    }
    for channel in load_catalog().channels:
        if channel.id not in used:
            return channel.id
    return {
        "id": unique_id("channel", {str(u) for u in used}),
        "name": translate("DeckEditorWindow", "New channel"),
        "parties": ["*"],
    }


def channel_ids(document: DeckDocument) -> list[tuple[str, str]]:
    """The channels the deck can use, as (id, label) pairs."""
    catalog = load_catalog()
    entries = document.get(("channels",))
    if not isinstance(entries, list):
        return [(c.id, c.name) for c in catalog.channels]
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        if isinstance(entry, str):
            channel = catalog.channel(entry)
            pairs.append((entry, channel.name if channel else entry))
        elif isinstance(entry, dict):
            ident = entry.get("ref") or entry.get("id")
            if isinstance(ident, str):
                base = catalog.channel(ident)
                pairs.append((ident, str(entry.get("name") or (base.name if base else ident))))
    return pairs


def record_ids(document: DeckDocument, key: str, label_key: str) -> list[tuple[str, str]]:
    """(id, label) pairs for the teams, objectives, injects … of the deck."""
    records = document.get((key,))
    return [
        (record["id"], record_label(record, label_key))
        for record in (records if isinstance(records, list) else [])
        if isinstance(record, dict) and isinstance(record.get("id"), str)
    ]


def record_label(record: dict[str, Any], label_key: str) -> str:
    """How a record with an id is listed: ``Its title (its-id)``, or its id alone."""
    label = str(record.get(label_key) or record["id"])
    return label if label == record["id"] else f"{label} ({record['id']})"
