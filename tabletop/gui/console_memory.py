"""What the console keeps between runs: its panels' sizes and the text typed but not recorded.

Panel sizes and the window's place are kept in the user's settings; drafts (a
decision as typed, with its team and channel, and an observation) are kept
every second while they change and put back when the session reopens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from tabletop.gui import settings
from tabletop.gui.decision_recorder import DecisionRecorder
from tabletop.gui.observations import ObservationBar
from tabletop.gui.placement import center_on_screen, fit_on_screen
from tabletop.gui.session_controller import SessionController

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    # a plain mixin at run time: a second QMainWindow base would make the window's class
    # a diamond over the Qt wrapper, which Qt's bindings do not handle
    _Window = object


class ConsoleMemory(_Window):
    """The console window's layout and drafts (a part of :class:`ConsoleWindow`)."""

    controller: SessionController
    recorder: DecisionRecorder
    observation_bar: ObservationBar
    splitters: dict[str, QSplitter]
    _saved_drafts: tuple[str, str]

    def _splitter(self, name: str, orientation: Qt.Orientation, parent: QWidget) -> QSplitter:
        splitter = QSplitter(orientation, parent)
        splitter.setObjectName(f"{name}Splitter")
        splitter.setChildrenCollapsible(False)
        self.splitters[name] = splitter
        return splitter

    def _default_sizes(self) -> None:
        """The panels' sizes for a 1280×720 screen; a larger window shares its extra room
        among them (the stretch factors), so no panel stays as narrow as on a laptop."""
        for name, sizes, stretch in (
            ("main", [940, 340], [3, 1]),
            ("left", [390, 260], [3, 2]),
            ("top", [270, 670], [1, 3]),
            ("bottom", [360, 580], [2, 3]),
            ("right", [380, 280], [3, 2]),
        ):
            splitter = self.splitters[name]
            splitter.setSizes(sizes)
            for index, factor in enumerate(stretch):
                splitter.setStretchFactor(index, factor)

    def _restore_layout(self) -> None:
        geometry = settings.load_bytes("console/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_on_screen(self, QSize(1280, 760))
            center_on_screen(self)
        elif not self.isMaximized() and not self.isFullScreen():
            fit_on_screen(self)  # saved on a larger screen than this one
        for name, splitter in self.splitters.items():
            state = settings.load_bytes(f"console/{name}")
            if state is not None:
                splitter.restoreState(state)

    def _save_layout(self) -> None:
        layout: dict[str, QByteArray | str] = {"console/geometry": self.saveGeometry()}
        for name, splitter in self.splitters.items():
            layout[f"console/{name}"] = QByteArray(splitter.saveState())
        settings.save_many(layout)

    def _draft_keys(self) -> tuple[str, str]:
        session_id = self.controller.session_id
        return (
            settings.draft_key(session_id, "decision"),
            settings.draft_key(session_id, "observation"),
        )

    def _restore_drafts(self) -> None:
        decision, observation = self._draft_keys()
        self.recorder.set_draft(settings.load_text(decision))
        if not self.observation_bar.edit.text():
            self.observation_bar.edit.setText(settings.load_text(observation))

    def _drafts(self) -> tuple[str, str]:
        return self.recorder.draft(), self.observation_bar.edit.text()

    def _save_drafts(self) -> None:
        decision, observation = self._draft_keys()
        texts = self._drafts()
        settings.save_many({decision: texts[0], observation: texts[1]})
        self._saved_drafts = texts

    def _keep_drafts(self) -> None:
        if self.controller.is_open and self._drafts() != self._saved_drafts:
            self._save_drafts()
