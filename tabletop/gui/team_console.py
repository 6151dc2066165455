"""Team devices in the console window: the menu entry, the submissions dock, the projector hold.

The server's code (aiohttp) is loaded only when team devices are first used,
or when the session was left with them on: then they start again by
themselves, on the same port and with the same join codes, so the devices in
the room reconnect after a crash or a restart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from tabletop.gui.language import translate
from tabletop.teamnet.codes import DeviceSettings

if TYPE_CHECKING:
    from tabletop.gui.console_window import ConsoleWindow
    from tabletop.gui.submissions_queue import SubmissionsPanel
    from tabletop.gui.team_devices import TeamDevicesDialog
    from tabletop.gui.team_link import TeamDevices


class TeamConsole(QObject):
    """Wires team devices into a console window, loading them when first needed."""

    def __init__(self, window: ConsoleWindow) -> None:
        super().__init__(window)
        self.window = window
        self.devices: TeamDevices | None = None
        self.panel: SubmissionsPanel | None = None
        self.dock: QDockWidget | None = None
        self.dialog: TeamDevicesDialog | None = None
        actions = window.actions_
        actions.team_devices.triggered.connect(self.show_dialog)
        meta = window.controller.session.file.meta
        if DeviceSettings.from_meta(meta).on:
            QTimer.singleShot(0, self.restore)

    def ensure(self) -> TeamDevices:
        """The team devices of this console (created, with their dock, on first use)."""
        if self.devices is None:
            from tabletop.gui.submissions_queue import SubmissionsPanel
            from tabletop.gui.team_link import TeamDevices

            self.devices = TeamDevices(self.window.controller, self)
            self.panel = SubmissionsPanel(self.devices, self.window)
            self.dock = QDockWidget(
                translate("TeamConsole", "Submissions from team devices"), self.window
            )
            self.dock.setObjectName("submissionsDock")
            self.dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.window.menus["view"].addAction(self.dock.toggleViewAction())
            self.devices.submissions_changed.connect(self._show_dock)
            self.devices.status_changed.connect(self._show_dock)
        return self.devices

    def _show_dock(self) -> None:
        if self.dock is not None and self.devices is not None and self.devices.running:
            self.dock.show()

    def restore(self) -> None:
        if not self.window.controller.is_open:
            return
        problem = self.ensure().restore()
        if problem:
            self.window.show_message(problem)

    def show_dialog(self) -> TeamDevicesDialog:
        from tabletop.gui.team_devices import TeamDevicesDialog

        if self.dialog is None:
            self.dialog = TeamDevicesDialog(self.ensure(), self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def shutdown(self) -> None:
        """The session is closing: stop serving (the session file remembers it was on), and
        close the window that shows its codes."""
        if self.dialog is not None:
            self.dialog.close()
        if self.devices is not None:
            self.devices.shutdown()
