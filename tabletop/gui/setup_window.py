"""Session setup: name, facilitator and date; teams and participants; channels' starting status.

Opened from the start screen (or the deck editor's "Try it") for one deck. A
deck with errors is shown with its problems, located, and cannot be started.
"""

from __future__ import annotations

import datetime as _dt
import os
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tabletop.core import paths
from tabletop.core.deck.loader import LoadResult, UnreadableFile, load_deck
from tabletop.core.deck.model import ChannelStatus, Deck
from tabletop.core.engine import OperationError, Session, SessionSetup
from tabletop.core.store import SessionFileError, new_session_path
from tabletop.gui import settings
from tabletop.gui.channel_board import party_names
from tabletop.gui.overview_group import ExerciseOverviewGroup
from tabletop.gui.style import CHANNEL_BADGES, format_latency, scaled_font, sentence
from tabletop.gui.widgets import MessageBanner, heading, quiet

ZERO_WIDTH_SPACE = "\u200b"


def _bold_width(combo: QComboBox) -> int:
    """The width the drop-down needs to show its longest entry in bold."""
    bold = QFont(combo.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    option.rect.setSize(QSize(text + combo.iconSize().width() + 4, metrics.height()))
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox, option, option.rect.size(), combo
    )
    return size.width()


class SessionSetupWindow(QMainWindow):
    """Prepare a session for one deck, then open the console on it."""

    def __init__(self, deck_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWindow")
        self.deck_path = Path(deck_path)
        self.deck: Deck | None = None
        self.deck_text = ""
        self.session_path: Path | None = None
        self.setWindowTitle(f"Set up a session — {self.deck_path.name}")
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.banner = MessageBanner(central)
        self.title = QLabel(central)
        self.title.setObjectName("setupDeckTitle")
        self.title.setFont(scaled_font(self, 1.6, bold=True))
        self.title.setWordWrap(True)
        self.summary = QLabel(central)
        self.summary.setWordWrap(True)
        outer.addWidget(self.banner)
        outer.addWidget(self.title)
        outer.addWidget(self.summary)
        result = self._load()
        if result is None or result.deck is None:
            outer.addWidget(self._problems_view(result, central), 1)
        else:
            self.deck = result.deck
            outer.addWidget(self._form(result.deck, central), 1)
        buttons = QHBoxLayout()
        back = QPushButton("Back", central)
        back.setObjectName("setupBackButton")
        back.clicked.connect(self._back)
        self.start_button = QPushButton("Start session", central)
        self.start_button.setObjectName("startSessionButton")
        self.start_button.setDefault(True)
        self.start_button.setFont(scaled_font(self, 1.15, bold=True))
        self.start_button.setEnabled(self.deck is not None)
        self.start_button.clicked.connect(self.start)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        outer.addLayout(buttons)
        self.setCentralWidget(central)
        self.resize(1100, 700)

    # -- loading -----------------------------------------------------------------------

    def _load(self) -> LoadResult | None:
        try:
            result = load_deck(self.deck_path, quick=True)
        except UnreadableFile as exc:
            self.title.setText(self.deck_path.name)
            self.summary.setText(sentence(str(exc)))
            return None
        self.deck_text = result.text or ""
        if result.deck is None:
            self.title.setText(f"{self.deck_path.name} has errors")
            self.summary.setText(
                "Fix these problems in the deck file (or the deck editor), "
                "then set up the session again."
            )
        else:
            deck = result.deck
            self.title.setText(deck.title)
            bits = [deck.summary] if deck.summary else []
            if deck.duration:
                bits.append(f"About {deck.duration} minutes · {len(deck.injects)} injects.")
            self.summary.setText(" ".join(bits))
        return result

    def _problems_view(self, result: LoadResult | None, parent: QWidget) -> QWidget:
        view = QPlainTextEdit(parent)
        view.setObjectName("setupProblems")
        view.setReadOnly(True)
        if result is not None:
            view.setPlainText("\n".join(p.format() for p in result.problems))
        return view

    # -- the form ----------------------------------------------------------------------

    def _form(self, deck: Deck, parent: QWidget) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        form = QFormLayout(left)
        today = _dt.date.today()
        self.name_edit = QLineEdit(f"{deck.title}, {today:%d %B %Y}", left)
        self.name_edit.setObjectName("sessionNameEdit")
        self.facilitator_edit = QLineEdit(settings.load_text("setup/facilitator"), left)
        self.facilitator_edit.setObjectName("facilitatorEdit")
        self.facilitator_edit.setPlaceholderText("Your name")
        self.date_edit = QDateEdit(QDate.currentDate(), left)
        self.date_edit.setObjectName("sessionDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.level_combo = QComboBox(left)
        self.level_combo.setObjectName("startLevelCombo")
        for rung in deck.ladder.levels:
            self.level_combo.addItem(f"{rung.level}: {rung.name}", rung.level)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(deck.ladder.start)))
        form.addRow("Session &name:", self.name_edit)
        form.addRow("&Facilitator:", self.facilitator_edit)
        form.addRow("&Date:", self.date_edit)
        form.addRow("Starting &escalation:", self.level_combo)
        self.path_label = QLabel(left)
        self.path_label.setObjectName("sessionPathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        quiet(self.path_label)
        change = QPushButton("Save in…", left)
        change.setObjectName("sessionPathButton")
        change.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(change)
        path_row.addStretch(1)
        form.addRow("Session file:", path_row)
        form.addRow(self.path_label)  # the whole width: a path is long
        form.addRow(heading("Teams", left))
        teams_note = QLabel(
            "Rename a team for this class and add its players. Untick a team "
            "the class does not field.",
            left,
        )
        teams_note.setWordWrap(True)
        form.addRow(teams_note)
        self.team_table = QTableWidget(len(deck.teams), 3, left)
        self.team_table.setObjectName("setupTeamTable")
        self.team_table.setAccessibleName("Teams")
        self.team_table.setHorizontalHeaderLabels(
            ["Team name", "Side", "Participants (comma-separated)"]
        )
        self.team_table.verticalHeader().hide()
        for row, team in enumerate(deck.teams):
            name = QTableWidgetItem(team.name)
            name.setData(Qt.ItemDataRole.UserRole, team.id)
            name.setToolTip(team.role or team.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            side = QTableWidgetItem(team.side)
            side.setFlags(side.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.team_table.setItem(row, 0, name)
            self.team_table.setItem(row, 1, side)
            self.team_table.setItem(row, 2, QTableWidgetItem(", ".join(team.participants)))
        header = self.team_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        form.addRow(self.team_table)
        self.overview_group = ExerciseOverviewGroup(deck, left)
        form.addRow(self.overview_group)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(heading("Channels at the start", right))
        note = QLabel(
            "Adjust a channel's starting status for this run; the deck is unchanged.", right
        )
        note.setWordWrap(True)
        right_layout.addWidget(note)
        self.channel_table = QTableWidget(len(deck.channels), 3, right)
        self.channel_table.setObjectName("setupChannelTable")
        self.channel_table.setAccessibleName("Channels and their starting status")
        self.channel_table.setHorizontalHeaderLabels(["Channel", "Starting status", "Latency"])
        self.channel_table.verticalHeader().hide()
        self.channel_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channel_combos: dict[str, QComboBox] = {}
        for row, channel in enumerate(deck.channels):
            item = QTableWidgetItem(channel.name)
            item.setToolTip(f"{channel.name}\nParties: {party_names(channel)}")
            self.channel_table.setItem(row, 0, item)
            combo = QComboBox(self.channel_table)
            combo.setObjectName(f"setupStatus_{channel.id}")
            combo.setAccessibleName(f"Starting status of {channel.name}")
            for status, badge in CHANNEL_BADGES.items():
                combo.addItem(badge.icon, badge.label, status.value)
            combo.setCurrentIndex(combo.findData(channel.status.value))
            combo.setMinimumWidth(_bold_width(combo))  # a changed status is shown in bold
            combo.currentIndexChanged.connect(partial(self._mark_changed, channel.id))
            self.channel_table.setCellWidget(row, 1, combo)
            self.channel_table.setItem(row, 2, QTableWidgetItem(format_latency(channel.latency)))
            self.channel_combos[channel.id] = combo
        header = self.channel_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        right_layout.addWidget(self.channel_table, 1)
        splitter.setSizes([560, 480])
        self._set_path(None)
        return splitter

    def _mark_changed(self, channel_id: str, _index: int = 0) -> None:
        if self.deck is None:
            return
        combo = self.channel_combos[channel_id]
        changed = combo.currentData() != self.deck.channel(channel_id).status.value
        font = combo.font()
        font.setBold(changed)
        combo.setFont(font)
        combo.setToolTip("Changed for this run" if changed else "As the deck sets it")

    def _set_path(self, path: Path | None) -> None:
        self.session_path = path
        shown = paths.sessions_dir() if path is None else path
        text = f"A new file named by date and deck in {shown}" if path is None else str(path)
        # a path has no spaces to wrap at: let it wrap after each folder separator
        self.path_label.setText(
            text.replace(os.sep, os.sep + ZERO_WIDTH_SPACE).replace("-", "-" + ZERO_WIDTH_SPACE)
        )
        self.path_label.setToolTip(str(shown))

    def _choose_path(self) -> None:
        if self.deck is None:
            return
        folder = paths.ensure_dir(paths.sessions_dir())
        suggestion = new_session_path(folder, self.deck.id)
        name, _filter = QFileDialog.getSaveFileName(
            self, "Save the session file as", str(suggestion), "tabletop sessions (*.tabletop)"
        )
        if name:
            path = Path(name)
            if path.suffix != paths.SESSION_SUFFIX:
                path = path.with_name(path.name + paths.SESSION_SUFFIX)
            self._set_path(path)

    # -- starting ----------------------------------------------------------------------

    def setup(self) -> SessionSetup:
        """What the form says, as the core's session setup."""
        assert self.deck is not None
        teams = []
        for row in range(self.team_table.rowCount()):
            name_item = self.team_table.item(row, 0)
            people_item = self.team_table.item(row, 2)
            assert name_item is not None  # every row was filled when the table was built
            team_id = str(name_item.data(Qt.ItemDataRole.UserRole))
            people = [
                p.strip()
                for p in (people_item.text() if people_item else "").split(",")
                if p.strip()
            ]
            entry: dict[str, object] = {
                "id": team_id,
                "name": name_item.text().strip(),
                "participants": people,
            }
            if name_item.checkState() is not Qt.CheckState.Checked:
                entry["absent"] = True  # the team sits this session out
            teams.append(entry)
        channels = {}
        for channel in self.deck.channels:
            chosen = str(self.channel_combos[channel.id].currentData())
            if chosen != channel.status.value:
                channels[channel.id] = ChannelStatus(chosen).value
        level = int(self.level_combo.currentData())
        return SessionSetup(
            name=self.name_edit.text().strip(),
            facilitator=self.facilitator_edit.text().strip(),
            date=self.date_edit.date().toString(Qt.DateFormat.ISODate),
            teams=teams,
            channels=channels,
            level=level if level != self.deck.ladder.start else None,
            overview=self.overview_group.overview(),
        )

    def start(self) -> None:
        """Create the session file and open the console on it."""
        if self.deck is None:
            return
        setup = self.setup()
        try:
            session = Session.start(
                self.deck_text,
                setup=setup,
                path=self.session_path,
                deck_source=str(self.deck_path.resolve()),
            )
        except OperationError as exc:
            self.banner.show_message(sentence(str(exc)))
            return
        except (SessionFileError, OSError) as exc:
            self.banner.show_message(
                f"{sentence(str(exc))} Choose another place with “Save in…”.", serious=True
            )
            return
        settings.save_text("setup/facilitator", setup.facilitator)
        from tabletop.gui import navigation

        navigation.open_console(session, replacing=self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter starts the session, as a dialog's default button would.

        Enter that finishes the name of a team being edited only finishes it, and
        on a focused button it presses that button.
        """
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            super().keyPressEvent(event)
            return
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()
        elif self.deck is not None and (
            self.team_table.state() != QAbstractItemView.State.EditingState
        ):
            self.start_button.click()
        event.accept()

    def _back(self) -> None:
        from tabletop.gui import navigation

        navigation.show_start_screen(self, preselect=self.deck_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        from tabletop.gui import navigation

        navigation.forget(self)
        super().closeEvent(event)
