"""The strip at the top of the console that moves play on: Next inject, Skip, Deliver other.

The Next button is the one obvious action: it names the inject the branches
select and why. When no inject is left it becomes the way to the hot wash.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from tabletop.gui.language import translate
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import INJECT_BADGES, next_reason, scaled_font, scenario_time
from tabletop.gui.widgets import ElidedLabel


class PlayBar(QWidget):
    """Next inject (the big button), Skip and Deliver other, with what comes next."""

    def __init__(
        self,
        controller: SessionController,
        *,
        next_action: QAction,
        skip_action: QAction,
        deliver_action: QAction,
        hotwash_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._next_action = next_action
        self._hotwash_action = hotwash_action
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextInjectButton")
        self.next_button.setAccessibleName(translate("PlayBar", "Next inject"))
        self.next_button.setFont(scaled_font(self, 1.3, bold=True))
        self.next_button.setIcon(INJECT_BADGES["next"].icon)
        self.next_button.setDefault(True)
        self.next_button.setMinimumHeight(self.next_button.sizeHint().height() + 10)
        self.next_button.clicked.connect(self._on_next)
        self.skip_button = QPushButton(translate("PlayBar", "Skip…"), self)
        self.skip_button.setObjectName("skipInjectButton")
        self.skip_button.setAccessibleName(translate("PlayBar", "Skip inject"))
        self.skip_button.setToolTip(
            translate("PlayBar", "Skip an inject, with a reason for the report (F6)")
        )
        self.skip_button.clicked.connect(skip_action.trigger)
        self.deliver_button = QPushButton(translate("PlayBar", "Deliver other…"), self)
        self.deliver_button.setObjectName("deliverInjectButton")
        self.deliver_button.setAccessibleName(translate("PlayBar", "Deliver a chosen inject"))
        self.deliver_button.setToolTip(
            translate("PlayBar", "Deliver a chosen inject now, e.g. a contingency (F7)")
        )
        self.deliver_button.clicked.connect(deliver_action.trigger)
        for button in (self.skip_button, self.deliver_button):
            button.setMinimumHeight(self.next_button.minimumHeight())
        captions = QVBoxLayout()
        captions.setSpacing(0)
        self.next_title = ElidedLabel(self)
        self.next_title.setObjectName("nextInjectTitle")
        self.next_title.setFont(scaled_font(self, 1.05, bold=True))
        self.next_reason = ElidedLabel(self)
        self.next_reason.setObjectName("nextInjectReason")
        captions.addWidget(self.next_title)
        captions.addWidget(self.next_reason)
        layout.addWidget(self.next_button)
        layout.addLayout(captions, 1)
        layout.addWidget(self.skip_button)
        layout.addWidget(self.deliver_button)
        controller.injects_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()

    def _at_end(self) -> bool:
        return self._controller.ended or self._controller.next_inject().is_end

    def _on_next(self) -> None:
        if self._at_end():
            self._hotwash_action.trigger()
        else:
            self._next_action.trigger()

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        state = self._controller.state
        upcoming = self._controller.next_inject()
        pending = any(r.status == "pending" for r in state.injects.values())
        if state.ended:
            self.next_button.setText(translate("PlayBar", "Hot wash"))
            self.next_title.setText(translate("PlayBar", "The session has ended"))
            self.next_reason.setText(
                translate("PlayBar", "Record the hot wash and export the after-action report.")
            )
        elif upcoming.is_end:
            self.next_button.setText(translate("PlayBar", "Hot wash and end"))
            self.next_title.setText(translate("PlayBar", "No more injects on the story line"))
            self.next_reason.setText(
                translate(
                    "PlayBar",
                    "Deliver a contingency inject with Deliver other…, or go to the hot wash.",
                )
                if pending
                else translate("PlayBar", "Every inject has been played: go to the hot wash.")
            )
        else:
            inject = state.deck.inject(upcoming.inject)
            self.next_button.setText(translate("PlayBar", "Next inject"))
            self.next_title.setText(
                translate("PlayBar", "Next: {inject}").format(inject=inject.title)
            )
            when = f"{scenario_time(inject.at)} · " if inject.at else ""
            self.next_reason.setText(f"{when}{next_reason(upcoming.reason)}")
        self.next_button.setToolTip(
            translate("PlayBar", "{what} (F5)").format(what=self.next_title.text())
        )
        self.skip_button.setEnabled(not state.ended and pending)
        self.deliver_button.setEnabled(not state.ended and pending)
