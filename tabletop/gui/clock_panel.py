"""The clocks: scenario time (big), exercise time, wall-clock time, and pause/resume."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from tabletop.core.deck.model import ScenarioTime
from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import clock_font, format_elapsed, scaled_font, status_icon


class ClockPanel(QWidget):
    """Scenario time as the story tells it, with the time the class has spent on it."""

    def __init__(
        self, controller: SessionController, pause_action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(0)
        self.scenario = QLabel(self)
        self.scenario.setObjectName("scenarioClock")
        self.scenario.setAccessibleName(translate("ClockPanel", "Scenario time"))
        self.scenario.setFont(clock_font(self, 2.1))
        self.scenario.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.scenario_caption = QLabel(self)
        self.scenario_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("exerciseClock")
        self.elapsed.setAccessibleName(translate("ClockPanel", "Exercise time"))
        self.elapsed.setFont(clock_font(self, 1.3))
        self.elapsed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.wall = QLabel(self)
        self.wall.setObjectName("wallClock")
        self.wall.setAccessibleName(translate("ClockPanel", "Wall clock"))
        self.wall.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.pause_button = QPushButton(self)
        self.pause_button.setObjectName("pauseClockButton")
        self.pause_button.setAccessibleName(translate("ClockPanel", "Pause or resume the clock"))
        self.pause_button.setFont(scaled_font(self, 1.1, bold=True))
        self.pause_button.clicked.connect(pause_action.trigger)
        layout.addWidget(self.scenario, 0, 0)
        layout.addWidget(self.scenario_caption, 1, 0)
        layout.addWidget(self.elapsed, 0, 1)
        layout.addWidget(self.wall, 1, 1)
        layout.addWidget(self.pause_button, 0, 2, 2, 1)
        controller.tick.connect(self.refresh)
        controller.clock_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        controller.injects_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        session = self._controller.session
        state = session.state
        now: ScenarioTime = session.scenario_now()
        self.scenario.setText(
            translate("ClockPanel", "Day {day}  {time}").format(day=now.day, time=now.clock)
        )
        if state.ended:
            caption = translate("ClockPanel", "scenario time · ended")
            button = translate("ClockPanel", "Clock stopped")
        elif state.running:
            scale = state.deck.time_scale
            if scale == 1:
                caption = translate("ClockPanel", "scenario time · running")
            else:
                caption = translate("ClockPanel", "scenario time · running · ×{speed}").format(
                    speed=f"{scale:g}"
                )
            button = translate("ClockPanel", "Pause clock")
        else:
            caption = translate("ClockPanel", "scenario time · PAUSED")
            button = translate("ClockPanel", "Resume clock")
        self.scenario_caption.setText(caption)
        self.elapsed.setText(format_elapsed(session.elapsed_seconds()))
        self.elapsed.setToolTip(
            translate("ClockPanel", "Time the class has spent on the exercise, pauses left out")
        )
        self.wall.setText(
            translate("ClockPanel", "exercise time · now {time}").format(
                time=f"{_dt.datetime.now():%H:%M}"
            )
        )
        self.pause_button.setText(button)
        self.pause_button.setIcon(
            status_icon("pause", "#5d6d7e") if state.running else status_icon("play", "#1e7b34")
        )
        self.pause_button.setEnabled(not state.ended)
        self.pause_button.setToolTip(translate("ClockPanel", "{what} (F9)").format(what=button))
        self.setAccessibleDescription(f"{self.scenario.text()}, {caption}")
