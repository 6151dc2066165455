"""Quick observations: a strength or an area for improvement, linked to the current inject."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.engine.state import RATINGS
from tabletop.core.report.words import rating_name
from tabletop.gui.keyboard import let_undo_pass
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import Badge

STRENGTH = Badge(QT_TRANSLATE_NOOP("StatusBadge", "Strength"), "check", "#1e7b34")
IMPROVEMENT = Badge(QT_TRANSLATE_NOOP("StatusBadge", "Area for improvement"), "warn", "#b26a00")


class ObservationBar(QWidget):
    """One line to note what the facilitator sees, without leaving the inject."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._shown_for = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("observationEdit")
        self.edit.setAccessibleName(translate("ObservationBar", "Observation"))
        self.edit.setPlaceholderText(
            translate(
                "ObservationBar",
                "Observation on this inject… (Ctrl+Alt+S strength, Ctrl+Alt+I area for "
                "improvement)",
            )
        )
        self.rating = QComboBox(self)
        self.rating.setObjectName("observationRatingCombo")
        self.rating.setAccessibleName(translate("ObservationBar", "Rating"))
        self.rating.addItem(translate("ObservationBar", "No rating"), "")
        for code in RATINGS:
            self.rating.addItem(f"{code}: {rating_name(code)}", code)
        self.rating.setToolTip(
            translate("ObservationBar", "HSEEP rating of how the objective was performed")
        )
        self.rating.setMinimumContentsLength(9)
        self.rating.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.objective = QComboBox(self)
        self.objective.setObjectName("observationObjectiveCombo")
        self.objective.setAccessibleName(translate("ObservationBar", "Objective"))
        self.objective.setToolTip(
            translate(
                "ObservationBar",
                "The learning objective the observation is about (the current inject's, unless "
                "you choose another)",
            )
        )
        self.objective.setMinimumContentsLength(9)
        self.objective.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.objective.addItem(translate("ObservationBar", "No objective"), "")
        for number, objective in enumerate(controller.deck.objectives, start=1):
            self.objective.addItem(
                translate("ObservationBar", "Objective {number}: {text}").format(
                    number=number, text=objective.text
                ),
                objective.id,
            )
            self.objective.setItemData(number, objective.text, Qt.ItemDataRole.ToolTipRole)
        controller.inject_delivered.connect(self._inject_delivered)
        controller.changed.connect(self._maybe_current_changed)
        self._inject_delivered(controller.state.current)
        self.strength_button = QPushButton(
            STRENGTH.icon, translate("ObservationBar", "Strength"), self
        )
        self.strength_button.setObjectName("addStrengthButton")
        self.strength_button.setAccessibleName(translate("ObservationBar", "Add as a strength"))
        self.strength_button.setToolTip(
            translate("ObservationBar", "Note it as a strength (Ctrl+Alt+S)")
        )
        self.strength_button.clicked.connect(lambda: self.add("strength"))
        self.improvement_button = QPushButton(
            IMPROVEMENT.icon, translate("ObservationBar", "Improvement"), self
        )
        self.improvement_button.setObjectName("addImprovementButton")
        self.improvement_button.setAccessibleName(
            translate("ObservationBar", "Add as an area for improvement")
        )
        self.improvement_button.setToolTip(
            translate("ObservationBar", "Note it as an area for improvement (Ctrl+Alt+I)")
        )
        self.improvement_button.clicked.connect(lambda: self.add("improvement"))
        let_undo_pass(self.edit)
        # the text on a line of its own; how it is rated and what it is about under it
        outer.addWidget(self.edit)
        layout.addWidget(self.rating)
        layout.addWidget(self.objective, 1)
        layout.addWidget(self.strength_button)
        layout.addWidget(self.improvement_button)
        outer.addLayout(layout)

    def add(self, kind: str) -> None:
        """Record the typed observation; with nothing typed, go to the field instead."""
        if not self.edit.text().strip():
            self.edit.setFocus()
            return
        if self._controller.note_observation(
            kind,
            self.edit.text(),
            rating=str(self.rating.currentData() or ""),
            objective=str(self.objective.currentData() or ""),
        ):
            self.edit.setText("")  # unlike clear(), not something Ctrl+Z would bring back
            self.rating.setCurrentIndex(0)

    def _inject_delivered(self, inject_id: str) -> None:
        """A new inject in front of the room: its (first) objective becomes the default."""
        deck = self._controller.deck
        own = deck.inject(inject_id).objectives if inject_id and deck.has_inject(inject_id) else ()
        self.objective.setCurrentIndex(max(0, self.objective.findData(own[0] if own else "")))
        self._shown_for = inject_id

    def _maybe_current_changed(self, change: object) -> None:
        # an undone delivery puts an earlier inject back in front of the room
        if self._controller.is_open and self._controller.state.current != self._shown_for:
            self._inject_delivered(self._controller.state.current)


class ObservationList(QWidget):
    """Every observation noted so far, newest last, with the inject it belongs to."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.list = QListWidget(self)
        self.list.setObjectName("observationList")
        self.list.setAccessibleName(translate("ObservationList", "Observations"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        controller.observations_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Add the new observation; after an undo, list them all again."""
        if not self._controller.is_open:
            return
        state = self._controller.state
        shown = self.list.count()
        if shown > len(state.observations):
            self.list.clear()
            shown = 0
        for observation in state.observations[shown:]:
            badge = STRENGTH if observation.kind == "strength" else IMPROVEMENT
            where = ""
            if observation.inject and state.deck.has_inject(observation.inject):
                where = f"  — {state.deck.inject(observation.inject).title}"
            rating = f" [{observation.rating}]" if observation.rating else ""
            text = translate("ObservationList", "{kind}{rating}: {text}").format(
                kind=badge.label, rating=rating, text=observation.text
            )
            item = QListWidgetItem(badge.icon, text + where, self.list)
            item.setToolTip(item.text())
        self.list.scrollToBottom()
