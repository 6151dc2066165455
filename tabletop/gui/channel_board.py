"""The channel board: every channel with its status (word, icon, colour), latency and parties.

Changing a status is one action: click the status badge (or tab to it and press
Space) and choose the new status from its menu.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.model import Channel, ChannelStatus, Deck
from tabletop.core.i18n import format_list
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.session_controller import SessionController
from tabletop.gui.style import CHANNEL_BADGES, format_latency, ink, scaled_font, tint
from tabletop.gui.widgets import quiet

# the menu entry and the tooltip for each status, whole sentences each
_SET_TO = {
    ChannelStatus.OPEN: QT_TRANSLATE_NOOP("ChannelBoard", "Set to open"),
    ChannelStatus.DEGRADED: QT_TRANSLATE_NOOP("ChannelBoard", "Set to degraded"),
    ChannelStatus.CLOSED: QT_TRANSLATE_NOOP("ChannelBoard", "Set to closed"),
    ChannelStatus.PROPOSED: QT_TRANSLATE_NOOP("ChannelBoard", "Set to proposed"),
}
_IS_NOW = {
    ChannelStatus.OPEN: QT_TRANSLATE_NOOP("ChannelBoard", "{channel} is open. Click to change."),
    ChannelStatus.DEGRADED: QT_TRANSLATE_NOOP(
        "ChannelBoard", "{channel} is degraded. Click to change."
    ),
    ChannelStatus.CLOSED: QT_TRANSLATE_NOOP(
        "ChannelBoard", "{channel} is closed. Click to change."
    ),
    ChannelStatus.PROPOSED: QT_TRANSLATE_NOOP(
        "ChannelBoard", "{channel} is only proposed. Click to change."
    ),
}


def _party_names(parties: tuple[str, ...], code: str) -> list[str]:
    """Parties' names from the shared catalog in the session's language (``code``)."""
    names = {p.id: p.name for p in load_catalog(code).parties}
    return [names.get(p, p) for p in parties]


def party_names(channel: Channel, code: str = "") -> str:
    """A channel's parties as people say them (United States, Russia), the names in the
    session's language ``code``."""
    if Channel.ANYONE in channel.parties:
        return translate("ChannelBoard", "anyone")
    return ", ".join(_party_names(channel.parties, code))


def party_list(parties: tuple[str, ...], code: str = "") -> str:
    """Parties as people say them, joined in the interface's language ('no one' for none)."""
    if not parties:
        return translate("ChannelBoard", "no one")
    return format_list(_party_names(parties, code))


def channel_details(channel: Channel, code: str = "") -> str:
    """The line under a channel's name: kind, parties, latency, one-way."""
    bits = [party_names(channel, code), format_latency(channel.latency)]
    if channel.kind:
        bits.insert(0, channel.kind)
    if channel.direction.value == "one-way":
        bits.append(translate("ChannelBoard", "one-way"))
    return " · ".join(bits)


class StatusButton(QToolButton):
    """A channel's status badge that opens a menu of the four statuses."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.setObjectName(f"channelStatus_{channel.id}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        menu = QMenu(self)
        group = QActionGroup(menu)
        self.status_actions: dict[ChannelStatus, QAction] = {}
        for status, badge in CHANNEL_BADGES.items():
            action = menu.addAction(badge.icon, translated("ChannelBoard", _SET_TO[status]))
            action.setCheckable(True)
            action.setData(status.value)
            group.addAction(action)
            self.status_actions[status] = action
        self.setMenu(menu)
        self.status = channel.status

    def show_status(self, status: ChannelStatus) -> None:
        self.status = status
        badge = CHANNEL_BADGES[status]
        self.setText(badge.label)
        self.setIcon(badge.icon)
        self.status_actions[status].setChecked(True)
        self.setAccessibleName(f"{self.channel.name}: {badge.label}")
        self.setToolTip(
            translated("ChannelBoard", _IS_NOW[status]).format(channel=self.channel.name)
        )
        # the application's palette for this kind of widget: the button's own palette
        # already carries the previous status's tint once a style sheet has been applied
        palette = QApplication.palette(self)
        self.setStyleSheet(
            "QToolButton { "
            f"background: {tint(badge.color, palette).name()}; "
            f"border: 1px solid {ink(badge.color, palette).name()}; "
            "border-radius: 6px; padding: 2px 6px; }"
            "QToolButton::menu-indicator { subcontrol-position: right center; }"
        )


class ChannelBoard(QWidget):
    """Every channel of the session, one row each, statuses changeable in one action."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelBoard")
        self.setAccessibleName(translate("ChannelBoard", "Channel board"))
        self._controller = controller
        self._language = controller.state.language
        self.buttons: dict[str, StatusButton] = {}
        self._details: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self._scroll)
        self._build(controller.deck)
        controller.channels_changed.connect(self.refresh)
        controller.session_changed.connect(self.refresh)
        self.refresh()

    def _build(self, deck: Deck) -> None:
        inner = QWidget(self._scroll)
        grid = QGridLayout(inner)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        bold = scaled_font(self, 1.0, bold=True)
        widest = 0
        for row, channel in enumerate(deck.channels):
            button = StatusButton(channel, inner)
            for status, action in button.status_actions.items():
                action.triggered.connect(partial(self._choose, channel.id, status))
            name = QLabel(channel.name, inner)
            name.setFont(bold)
            name.setWordWrap(True)
            name.setBuddy(button)
            details = QLabel(channel_details(channel, self._language), inner)
            details.setWordWrap(True)
            quiet(details)
            grid.addWidget(button, row * 2, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row * 2, 1)
            grid.addWidget(details, row * 2 + 1, 1)
            if channel.notes:
                name.setToolTip(channel.notes)
                details.setToolTip(channel.notes)
            self.buttons[channel.id] = button
            self._details[channel.id] = details
            widest = max(widest, self._button_width(button))
        for button in self.buttons.values():
            button.setFixedWidth(widest)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(deck.channels) * 2, 1)
        self._scroll.setWidget(inner)

    @staticmethod
    def _button_width(button: StatusButton) -> int:
        metrics = button.fontMetrics()
        words = max(metrics.horizontalAdvance(b.label) for b in CHANNEL_BADGES.values())
        return words + metrics.height() * 3 + 8

    def _choose(self, channel_id: str, status: ChannelStatus) -> None:
        if self._controller.state.channel_status(channel_id) is status:
            self.refresh()
            return
        if not self._controller.set_channel_status(channel_id, status):
            self.refresh()  # put the badge back to what is recorded

    def refresh(self) -> None:
        if not self._controller.is_open:
            return
        state = self._controller.state
        for channel_id, button in self.buttons.items():
            channel_state = state.channels.get(channel_id)
            if channel_state is None:
                continue
            button.show_status(channel_state.status)
            button.setEnabled(not state.ended)
            channel = state.deck.channel(channel_id)
            text = channel_details(channel, self._language)
            if channel_state.status is ChannelStatus.PROPOSED:
                agreed, waiting = state.pending_agreement(channel_id)
                if agreed:
                    text += "\n" + translate(
                        "ChannelBoard", "Agreed so far: {agreed}; waiting for {waiting}"
                    ).format(
                        agreed=party_list(agreed, self._language),
                        waiting=party_list(waiting, self._language),
                    )
            self._details[channel_id].setText(text)

    def details_text(self, channel_id: str) -> str:
        """The line under a channel's name: kind, parties, latency, agreements so far."""
        return self._details[channel_id].text()

    def status_text(self, channel_id: str) -> str:
        """The word shown for a channel's status (what a person reads on the board)."""
        return self.buttons[channel_id].text()

    def sizeHint(self) -> QSize:
        return QSize(300, 300)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()
