"""Session → Team devices…: start or stop the server, and each team's QR code and address.

Per team: the QR code and the short address with its join code, the devices
connected now, a button that revokes the team's access (a new code), and its
handouts (team-only cards) for a team that plays on paper. Join cards for the
whole class print as one PDF, a page per team.
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.writer import DeckWriteError
from tabletop.core.handouts import team_cards, write_handouts
from tabletop.gui.language import translate
from tabletop.gui.team_link import TeamDevices, local_addresses
from tabletop.gui.widgets import heading, quiet
from tabletop.teamnet.join_cards import JoinCard, write_join_cards


def qr_pixmap(url: str, scale: int = 4) -> QPixmap:
    """A team's QR code as an image (segno's PNG)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class TeamRow:
    """The widgets of one team in the dialog."""

    def __init__(self, dialog: TeamDevicesDialog, team: str, name: str, row: int) -> None:
        self.team = team
        grid = dialog.grid
        parent = dialog.body
        self.qr = QLabel(parent)
        self.qr.setObjectName(f"teamQr_{team}")
        self.qr.setAccessibleName(
            translate("TeamDevicesDialog", "QR code for {team}").format(team=name)
        )
        self.name = heading(name, parent)
        self.url = QLabel(parent)
        self.url.setObjectName(f"teamUrl_{team}")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.devices = quiet(QLabel(parent))
        self.devices.setObjectName(f"teamDevices_{team}")
        self.devices.setWordWrap(True)
        self.revoke = QPushButton(
            translate("TeamDevicesDialog", "Revoke access (new code)"), parent
        )
        self.revoke.setObjectName(f"revokeButton_{team}")
        self.handouts = QPushButton(translate("TeamDevicesDialog", "Print handouts…"), parent)
        self.handouts.setObjectName(f"handoutsButton_{team}")
        self.revoke.clicked.connect(lambda: dialog.revoke(team))
        self.handouts.clicked.connect(lambda: dialog.print_handouts(team))
        text = QVBoxLayout()
        text.addWidget(self.name)
        text.addWidget(self.url)
        text.addWidget(self.devices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke)
        buttons.addWidget(self.handouts)
        buttons.addStretch(1)
        text.addLayout(buttons)
        text.addStretch(1)
        grid.addWidget(self.qr, row, 0)
        grid.addLayout(text, row, 1)


class TeamDevicesDialog(QDialog):
    """Start and stop team devices, and give each team its way in."""

    def __init__(self, devices: TeamDevices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDevicesDialog")
        self.setWindowTitle(translate("TeamDevicesDialog", "Team devices"))
        self.devices = devices
        controller = devices.controller
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("teamDevicesStatus")
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("teamDevicesStartButton")
        self.start_button.clicked.connect(self.toggle)
        self.address = QComboBox(self)
        self.address.setObjectName("teamDevicesAddress")
        self.address.setToolTip(
            translate("TeamDevicesDialog", "The address of this computer that the join codes show")
        )
        self.address.addItems(local_addresses())
        if devices.address:
            self.address.setCurrentText(devices.address)
        self.address.currentTextChanged.connect(self._address_chosen)
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(translate("TeamDevicesDialog", "Address:"), self))
        top.addWidget(self.address)
        top.addWidget(self.start_button)
        layout.addLayout(top)
        options = QHBoxLayout()
        self.auto_accept = QCheckBox(
            translate("TeamDevicesDialog", "Accept messages automatically"), self
        )
        self.auto_accept.setChecked(devices.settings.auto_accept)
        self.auto_accept.toggled.connect(devices.set_auto_accept)
        self.cards_button = QPushButton(translate("TeamDevicesDialog", "Print join cards…"), self)
        self.cards_button.setObjectName("joinCardsButton")
        self.cards_button.clicked.connect(self.print_join_cards)
        self.announce_button = QPushButton(
            translate("TeamDevicesDialog", "Announce the real level to every team…"), self
        )
        self.announce_button.setObjectName("announceLevelButton")
        self.announce_button.clicked.connect(self.announce)
        options.addWidget(self.auto_accept)
        options.addStretch(1)
        options.addWidget(self.announce_button)
        options.addWidget(self.cards_button)
        layout.addLayout(options)
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.rows = [
            TeamRow(self, team.id, team.name, number)
            for number, team in enumerate(controller.state.teams)
        ]
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(scroll, 1)
        note = quiet(
            QLabel(
                translate(
                    "TeamDevicesDialog",
                    "Devices talk to this computer in plain HTTP over the room's network: anyone "
                    "on the same network could read what they send and receive. Use the room's "
                    "own Wi-Fi or a phone hotspot you control, and stop the server when the class "
                    "is over.",
                ),
                self,
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel(self)
        self.message.setObjectName("teamDevicesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        devices.status_changed.connect(self.refresh)
        devices.devices_changed.connect(self._show_devices)
        controller.session_changed.connect(self.refresh)
        self.resize(760, 640)
        self.refresh()

    # -- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        devices = self.devices
        on = devices.running
        ended = devices.controller.is_open and devices.controller.ended
        if on:
            self.status.setText(
                translate(
                    "TeamDevicesDialog",
                    "<b>On</b>: listening on port {port}. Teams join with the addresses below "
                    "(same network as this computer).",
                ).format(port=devices.port)
            )
        else:
            self.status.setText(
                translate("TeamDevicesDialog", "<b>Off</b>: no device can reach this session.")
            )
        self.start_button.setText(
            translate("TeamDevicesDialog", "Stop")
            if on
            else translate("TeamDevicesDialog", "Start")
        )
        self.start_button.setEnabled(on or not ended)
        self.cards_button.setEnabled(on)
        self.announce_button.setEnabled(not ended)
        deck = devices.controller.deck
        for row in self.rows:
            if on:
                url = devices.join_url(row.team)
                row.url.setText(url)
                row.qr.setPixmap(qr_pixmap(url))
            else:
                row.url.setText(
                    translate("TeamDevicesDialog", "(start the server to see the address)")
                )
                row.qr.clear()
                row.qr.setText("")
            row.revoke.setEnabled(on)
            cards = bool(team_cards(deck, row.team))
            row.handouts.setEnabled(cards)
            row.handouts.setToolTip(
                ""
                if cards
                else translate(
                    "TeamDevicesDialog",
                    "This team has no team-only cards: there is nothing to print.",
                )
            )
        self._show_devices()

    def _show_devices(self) -> None:
        connected = self.devices.devices()
        for row in self.rows:
            found = connected.get(row.team, [])
            if not self.devices.running:
                row.devices.setText("")
            elif not found:
                row.devices.setText(translate("TeamDevicesDialog", "No device connected."))
            else:
                where = ", ".join(sorted({d.address for d in found}))
                many = len(found)
                row.devices.setText(
                    translate(
                        "TeamDevicesDialog", "%n device(s) connected ({addresses})", "", many
                    ).format(addresses=where)
                )

    def _address_chosen(self, address: str) -> None:
        self.devices.address = address
        self.refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- actions ----------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.devices.running:
            self.devices.stop()
            self.show_message(
                translate(
                    "TeamDevicesDialog",
                    "Team devices are off; their pages say they are reconnecting.",
                )
            )
            return
        self.devices.address = self.address.currentText()
        problem = self.devices.start()
        self.show_message(problem)

    def revoke(self, team: str) -> None:
        name = self.devices.controller.state.team_name(team)
        self.devices.revoke(team)
        self.show_message(
            translate(
                "TeamDevicesDialog",
                "{team} has a new join code: its devices were disconnected and its old card no "
                "longer works. Give the team its new QR code.",
            ).format(team=name)
        )

    def announce(self) -> None:
        controller = self.devices.controller
        state = controller.state
        ladder = state.deck.ladder
        answer = QMessageBox.question(
            self,
            translate("TeamDevicesDialog", "Announce the escalation level"),
            translate(
                "TeamDevicesDialog",
                "Tell every team that the level is {level} ({name})? Their believed level "
                "becomes the real one.",
            ).format(level=state.level, name=ladder.name_of(state.level)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            controller.announce_level()

    def join_cards(self) -> list[JoinCard]:
        state = self.devices.controller.state
        return [JoinCard(team.name, self.devices.join_url(team.id)) for team in state.teams]

    def write_join_cards(self, path: Path) -> str:
        """Write the join cards PDF; returns "" or the problem in plain words."""
        controller = self.devices.controller
        title = controller.state.name or controller.deck.title
        try:
            write_join_cards(
                path, title, self.join_cards(), language=controller.state.language or None
            )
        except DeckWriteError as exc:
            return str(exc)
        return ""

    def print_join_cards(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("TeamDevicesDialog", "Save the join cards"),
            "join-cards.pdf",
            translate("TeamDevicesDialog", "PDF (*.pdf)"),
        )
        if path:
            problem = self.write_join_cards(Path(path))
            self.show_message(
                problem
                or translate(
                    "TeamDevicesDialog", "Join cards saved to {path}: one page per team."
                ).format(path=path)
            )

    def print_handouts(self, team: str) -> None:
        controller = self.devices.controller
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("TeamDevicesDialog", "Save the handouts"),
            f"handouts-{team}.pdf",
            translate("TeamDevicesDialog", "PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            count = write_handouts(controller.deck, team, Path(path))
        except DeckWriteError as exc:
            self.show_message(str(exc))
            return
        self.show_message(
            translate(
                "TeamDevicesDialog",
                "%n handout(s) for {team} saved to {path}: hand each page over when its inject "
                "is delivered.",
                "",
                count,
            ).format(team=controller.state.team_name(team), path=path)
        )
