"""The session setup's "Exercise overview" group: HSEEP overview fields for the report.

Folded away by default. The fields start as the deck's ``overview`` says;
what the facilitator changes is kept for this session only (the deck is
unchanged), with the controllers and evaluators who work the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from tabletop.core.deck.model import Deck
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated

# (key, label, a list?) in the order the report prints them
FIELDS = (
    ("mission_areas", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Mission areas"), True),
    ("core_capabilities", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Core capabilities"), True),
    ("scenario_type", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Scenario type"), False),
    ("threat", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Threat or hazard"), False),
    ("sponsor", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Sponsor"), False),
    (
        "organisations",
        QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Participating organisations"),
        True,
    ),
    ("point_of_contact", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Point of contact"), False),
    ("evaluation_method", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Evaluation method"), False),
    ("controllers", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Controllers"), True),
    ("evaluators", QT_TRANSLATE_NOOP("ExerciseOverviewGroup", "Evaluators"), True),
)


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value or "")


class ExerciseOverviewGroup(QGroupBox):
    """A foldable form of the overview fields (checked = open)."""

    def __init__(self, deck: Deck, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("ExerciseOverviewGroup", "Exercise overview (for the after-action report)"),
            parent,
        )
        self.setObjectName("setupOverviewGroup")
        self.setCheckable(True)
        self.setChecked(False)
        self._deck_values = {key: _text(getattr(deck.overview, key, "")) for key, _, _ in FIELDS}
        self.edits: dict[str, QLineEdit] = {}
        body = QWidget(self)
        form = QFormLayout(body)
        for key, label, many in FIELDS:
            edit = QLineEdit(self._deck_values[key], body)
            edit.setObjectName(f"setupOverview_{key}")
            name = translated("ExerciseOverviewGroup", label)
            edit.setAccessibleName(name)
            if many:
                edit.setPlaceholderText(
                    translate("ExerciseOverviewGroup", "several, separated by commas")
                )
            form.addRow(translate("ExerciseOverviewGroup", "{field}:").format(field=name), edit)
            self.edits[key] = edit
        outer = QFormLayout(self)
        outer.addRow(body)
        self._body = body
        body.setVisible(False)
        self.toggled.connect(body.setVisible)

    def overview(self) -> dict[str, Any]:
        """The fields that differ from the deck's, as the session setup's ``overview``."""
        out: dict[str, Any] = {}
        for key, _label, many in FIELDS:
            text = self.edits[key].text().strip()
            if text == self._deck_values[key]:
                continue
            out[key] = [p.strip() for p in text.split(",") if p.strip()] if many else text
        return out
