"""The Channels tab: the deck's channels, or the note that it uses the whole catalog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.edits import MISSING, set_value
from tabletop.gui.editor.document import DeckDocument, touches
from tabletop.gui.editor.forms import ChannelForm, describe_channel, new_channel
from tabletop.gui.editor.records import RecordPanel
from tabletop.gui.language import translate


class ChannelsTab(QWidget):
    """The deck's channels, or a note that it uses the whole shared catalog."""

    def __init__(self, document: DeckDocument) -> None:
        super().__init__()
        self.document = document
        self.form = ChannelForm(document)
        self.panel = RecordPanel(
            document,
            "channels",
            self.form,
            noun="channel",
            describe=describe_channel,
            new_record=lambda _t: new_channel(self.entries()),
            list_name="channelList",
        )
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.toggle = QPushButton()
        self.toggle.setObjectName("channelCatalogButton")
        self.toggle.clicked.connect(self._toggle)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)
        document.changed.connect(self._changed)
        self._update()

    def entries(self) -> list[Any]:
        value = self.document.get(("channels",))
        return value if isinstance(value, list) else []

    def _changed(self, changed: list[Any]) -> None:
        if touches(changed, ("channels",)):
            self._update()

    def _update(self) -> None:
        listed = isinstance(self.document.get(("channels",)), list)
        if listed:
            self.note.setText(
                translate(
                    "ChannelsTab",
                    "The deck lists its own channels: catalog channels (as they are, or changed "
                    "for this deck) and channels of its own.",
                )
            )
            self.toggle.setText(translate("ChannelsTab", "Use the whole shared catalog"))
        else:
            count = len(load_catalog().channels)
            self.note.setText(
                translate(
                    "ChannelsTab",
                    "The deck uses all %n channel(s) of the shared catalog as they are. To leave "
                    "some out or change one (its status, its latency …), list them.",
                    "",
                    count,
                )
            )
            self.toggle.setText(translate("ChannelsTab", "List the channels"))

    def _toggle(self) -> None:
        if isinstance(self.document.get(("channels",)), list):
            value: Any = MISSING
            label = translate("ChannelsTab", "Use the whole channel catalog")
        else:
            value = [c.id for c in load_catalog().channels]
            label = translate("ChannelsTab", "List the channels")
        self.document.push(set_value(self.document.data, ("channels",), value, label))
