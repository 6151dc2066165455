"""Forms for the deck's metadata, teams, objectives, sources and channels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from tabletop.core.deck.catalog import Catalog, load_catalog
from tabletop.core.deck.edits import Compound, Edit, SetValue, unique_id
from tabletop.gui.editor.document import DeckDocument
from tabletop.gui.editor.fields import (
    ChoiceField,
    CommaListField,
    Field,
    FloatField,
    Form,
    IntField,
    LinesField,
    TextAreaField,
    TextField,
    TimeField,
)

STATUSES = (
    ("open", "Open"),
    ("degraded", "Degraded"),
    ("closed", "Closed"),
    ("proposed", "Proposed"),
)
INJECT_TYPES = (
    ("standard", "Standard (main line)"),
    ("contingency", "Contingency (on demand or by branch)"),
    ("adaptive", "Adaptive (reached by branch)"),
)


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
            "Id:",
            TextField(self, ("id",), required=True, placeholder="baltic-exercise"),
            "the deck's id: letters, digits, - _ . (no spaces)",
            "deckId",
        )
        self.row(
            "Title:", TextField(self, ("title",), required=True), "the exercise's name", "deckTitle"
        )
        self.row(
            "Summary:",
            TextAreaField(self, ("summary",), lines=4),
            "one paragraph, shown on the start screen",
            "deckSummary",
        )
        self.row(
            "Class time:",
            IntField(self, ("duration",), 5, 1440, suffix=" min"),
            "planned class time in minutes",
            "deckDuration",
        )
        self.row("Audience:", TextField(self, ("audience",)), "who it is written for")
        self.row(
            "Language:",
            TextField(self, ("language",), placeholder="en"),
            "the language of the text, e.g. en",
        )
        self.row(
            "Version:", TextField(self, ("version",), placeholder="1.0"), "the deck's own version"
        )
        self.row("Authors:", LinesField(self, ("authors",), lines=2), "one author per line")
        self.row(
            "Story starts:",
            TimeField(self, ("start",)),
            "scenario time when play starts (else the first inject's)",
        )
        self.row(
            "Clock speed:",
            FloatField(self, ("time_scale",), 0.5, 1440, absent="1 (real time)"),
            "scenario minutes per class minute while the clock runs",
        )
        self.heading("Escalation")
        self.ladder = QLabel()
        self.row("Ladder:", self.ladder)
        self.row(
            "Starting level:",
            IntField(self, ("escalation", "start"), 0, 100, absent="as the ladder says"),
            "the escalation level play starts at",
        )
        self.row(
            "Misperception:",
            IntField(self, ("escalation", "misperception"), 0, 3, absent="as the ladder says"),
            "how many rungs too high a rise is read by a team with no working channel",
        )

    def refresh(self) -> None:
        super().refresh()
        ladder = self.document.get(("escalation", "ladder"))
        if isinstance(ladder, list):
            self.ladder.setText(
                f"the deck's own ladder, {len(ladder)} levels (edit it in the "
                "YAML file; the editor keeps it)"
            )
        else:
            levels = load_catalog().ladder.levels
            self.ladder.setText(
                f"the shared escalation ladder, levels {levels[0].level}–{levels[-1].level}"
            )


class TeamForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row(
            "Id:", TextField(self, ("id",), required=True), "used by injects and branches", "teamId"
        )
        self.row(
            "Name:",
            TextField(self, ("name",), required=True),
            "e.g. North Atlantic Council",
            "teamName",
        )
        self.row(
            "Side:",
            TextField(self, ("side",)),
            "teams on different sides are the other side for the escalation meter",
        )
        self.row(
            "Speaks for:",
            CommaListField(self, ("parties",), label="parties"),
            "the channel parties this team speaks for, e.g. nato, europe",
        )
        self.row("Role:", TextField(self, ("role",)), "one line: who they are")
        self.row(
            "Briefing:", TextAreaField(self, ("briefing",), lines=5), "read to the team before play"
        )
        self.row(
            "Players:",
            CommaListField(self, ("participants",)),
            "names of the people playing it (usually set when the session starts)",
        )
        hint = QLabel("Parties in the catalog: " + ", ".join(load_catalog().party_ids))
        hint.setWordWrap(True)
        self.rows.addRow(hint)


class ObjectiveForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row("Id:", TextField(self, ("id",), required=True), "used by injects", "objectiveId")
        self.row(
            "Objective:",
            TextAreaField(self, ("text",), required=True, lines=3),
            "an observable statement: Teams … within …",
            "objectiveText",
        )
        self.row("Capability:", TextField(self, ("capability",)), "e.g. Operational Communications")


class SourceForm(LaidOutForm):
    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.row("Id:", TextField(self, ("id",), required=True), "cited by injects", "sourceId")
        self.row("Title:", TextField(self, ("title",), required=True), "", "sourceTitle")
        self.row("Author:", TextField(self, ("author",)))
        self.row("Publisher:", TextField(self, ("publisher",)))
        self.row("Date:", TextField(self, ("date",)), "as written, e.g. 2026-01")
        self.row("Address:", TextField(self, ("url",)), "where to find it")
        self.row("Note:", TextAreaField(self, ("note",), lines=2), "what the deck takes from it")


class ChannelForm(LaidOutForm):
    """A channel of the deck: a catalog channel (with changes) or the deck's own."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.catalog: Catalog = load_catalog()
        self.origin = QLabel()
        self.row("Channel:", self.origin)
        self.ref = self.row(
            "Catalog channel:",
            ChoiceField(
                self,
                ("ref",),
                lambda: [(c.id, f"{c.name} ({c.id})") for c in self.catalog.channels],
                label="catalog channel",
            ),
            "which channel of the shared catalog",
            "channelRef",
        )
        self.own_id = self.row(
            "Id:",
            TextField(self, ("id",), required=True),
            "the id of the deck's own channel",
            "channelId",
        )
        self.overrides: dict[str, TextField] = {}
        self.overrides["name"] = TextField(self, ("name",), placeholder="as in the catalog")
        self.row("Name:", self.overrides["name"])
        self.overrides["parties"] = CommaListField(self, ("parties",))
        self.row("Parties:", self.overrides["parties"], "party ids that can use it; * means anyone")
        self.overrides["kind"] = TextField(self, ("kind",))
        self.row("Kind:", self.overrides["kind"], "e.g. leaders' line, military line")
        self.row(
            "Status:",
            ChoiceField(self, ("status",), lambda: STATUSES, unset="as in the catalog (or open)"),
            "open and degraded channels carry messages; closed and proposed ones do not",
            "channelStatus",
        )
        self.row(
            "Latency:",
            IntField(self, ("latency",), 0, 100000, suffix=" min", absent="as in the catalog"),
            "scenario minutes from sending to receipt when open",
        )
        self.row(
            "Direction:",
            ChoiceField(
                self,
                ("direction",),
                lambda: (("two-way", "Two-way"), ("one-way", "One-way")),
                unset="as in the catalog (or two-way)",
            ),
        )
        self.overrides["carries"] = TextField(self, ("carries",))
        self.row("Carries:", self.overrides["carries"])
        self.overrides["cannot_carry"] = TextField(self, ("cannot_carry",))
        self.row("Cannot carry:", self.overrides["cannot_carry"])
        self.row("Notes:", TextAreaField(self, ("notes",), lines=2), "for the facilitator")

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
            self.origin.setText("the deck's own channel")
        else:
            if isinstance(entry, str):
                self.origin.setText(
                    "from the shared catalog, as it is there; any field you "
                    "set here changes it for this deck only"
                )
            else:
                self.origin.setText("from the shared catalog, with this deck's changes")
            if base is not None and isinstance(self.ref, ChoiceField):
                self.ref.show_value(base.id)
        for key, field in self.overrides.items():
            value = getattr(base, key, "") if not is_own and base is not None else ""
            shown = ", ".join(value) if isinstance(value, tuple) else str(value)
            field.widget.setPlaceholderText(f"{shown} (as in the catalog)" if shown else "")

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
    return f"{team.get('name') or '(no name)'}  ·  {team.get('id', '?')}"


def describe_objective(_index: int, objective: Any) -> str:
    if not isinstance(objective, dict):
        return str(objective)
    text = str(objective.get("text") or "(no text)")
    return f"{objective.get('id', '?')}: {text[:60]}{'…' if len(text) > 60 else ''}"


def describe_source(_index: int, source: Any) -> str:
    if not isinstance(source, dict):
        return str(source)
    return f"{source.get('title') or '(no title)'}  ·  {source.get('id', '?')}"


def describe_channel(_index: int, entry: Any) -> str:
    catalog = load_catalog()
    if isinstance(entry, str):
        channel = catalog.channel(entry)
        return f"{channel.name if channel else entry}  ·  catalog"
    if isinstance(entry, dict):
        if "ref" in entry:
            channel = catalog.channel(str(entry["ref"]))
            name = entry.get("name") or (channel.name if channel else entry["ref"])
            return f"{name}  ·  catalog, changed"
        return f"{entry.get('name') or entry.get('id', '?')}  ·  own"
    return str(entry)


def new_team(taken: set[str]) -> dict[str, Any]:
    return {"id": unique_id("team", taken), "name": "New team"}


def new_objective(taken: set[str]) -> dict[str, Any]:
    return {"id": unique_id("obj", taken), "text": "Teams … within …"}


def new_source(taken: set[str]) -> dict[str, Any]:
    return {"id": unique_id("source", taken), "title": "New source"}


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
        "name": "New channel",
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
    pairs = []
    for record in records if isinstance(records, list) else []:
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            label = str(record.get(label_key) or record["id"])
            pairs.append(
                (record["id"], label if label == record["id"] else f"{label} ({record['id']})")
            )
    return pairs
