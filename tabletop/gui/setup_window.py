"""Session setup: the language of play, name, facilitator and date; teams and participants;
channels' starting status.

Opened from the start screen (or the deck editor's "Try it") for one deck. A
deck with errors is shown with its problems, located, and cannot be started.
The class plays the deck in its own language or in any language it has a
companion translation in (``deck.vi.yaml``); the form then shows the deck's
teams, channels and ladder in that language, as the session will.
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

from tabletop.core import i18n, paths
from tabletop.core.deck.catalog import load_catalog
from tabletop.core.deck.loader import LoadResult, UnreadableFile, load_deck, load_deck_text
from tabletop.core.deck.model import ChannelStatus, Deck
from tabletop.core.deck.translation import companion_path, read_translation
from tabletop.core.engine import OperationError, Session, SessionSetup
from tabletop.core.report.words import side as side_word
from tabletop.core.store import SessionFileError, new_session_path
from tabletop.gui import language, settings
from tabletop.gui.channel_board import party_names
from tabletop.gui.language import translate
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


def session_name(deck: Deck, code: str, day: _dt.date) -> str:
    """The session's default name: the deck's title and the day, written in ``code``."""
    with i18n.language(code):
        when = i18n.format_date(day)
    return translate("SessionSetupWindow", "{deck}, {date}").format(deck=deck.title, date=when)


class SessionSetupWindow(QMainWindow):
    """Prepare a session for one deck, then open the console on it."""

    def __init__(self, deck_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWindow")
        self.deck_path = Path(deck_path)
        self.deck: Deck | None = None
        self.deck_text = ""
        self.session_path: Path | None = None
        self.own_deck: Deck | None = None  # the deck in its own language
        self.play_language = ""
        self._named = ""  # the session name last filled in (kept if the user changed it)
        self.setWindowTitle(
            translate("SessionSetupWindow", "Set up a session — {deck}").format(
                deck=self.deck_path.name
            )
        )
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
            self.deck = self.own_deck = result.deck
            outer.addWidget(self._form(result.deck, central), 1)
            self._language_chosen()
        buttons = QHBoxLayout()
        back = QPushButton(translate("SessionSetupWindow", "Back"), central)
        back.setObjectName("setupBackButton")
        back.clicked.connect(self._back)
        self.start_button = QPushButton(translate("SessionSetupWindow", "Start session"), central)
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
            self.title.setText(
                translate("SessionSetupWindow", "{deck} has errors").format(
                    deck=self.deck_path.name
                )
            )
            self.summary.setText(
                translate(
                    "SessionSetupWindow",
                    "Fix these problems in the deck file (or the deck editor), then set up the "
                    "session again.",
                )
            )
        else:
            self._describe(result.deck)
        return result

    def _describe(self, deck: Deck) -> None:
        """The deck's title and summary above the form."""
        self.title.setText(deck.title)
        bits = [deck.summary] if deck.summary else []
        if deck.duration:
            minutes, injects = deck.duration, len(deck.injects)
            bits.append(
                translate("SessionSetupWindow", "About %n minute(s)", "", minutes)
                + " · "
                + translate("SessionSetupWindow", "%n inject(s).", "", injects)
            )
        self.summary.setText(" ".join(bits))

    def _deck_in(self, code: str) -> Deck:
        """The deck as the class will play it in ``code`` (its own language: as written)."""
        assert self.own_deck is not None
        if code == (i18n.normalise(self.own_deck.language) or language.SOURCE_LANGUAGE):
            return self.own_deck
        companion = companion_path(self.deck_path, code)
        try:
            translation = read_translation(companion.read_text(encoding="utf-8"), str(companion))
        except OSError:
            return self.own_deck
        result = load_deck_text(
            self.deck_text,
            str(self.deck_path),
            catalog=load_catalog(code),
            quick=True,
            translation=translation,
        )
        return result.deck or self.own_deck

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
        self.language_combo = QComboBox(left)
        self.language_combo.setObjectName("playLanguageCombo")
        self.language_combo.setAccessibleName(
            translate("SessionSetupWindow", "The language the class plays in")
        )
        own = i18n.normalise(deck.language) or language.SOURCE_LANGUAGE
        choices = language.play_languages(self.deck_path, own)
        for code in choices:
            if code == own:
                text = translate("SessionSetupWindow", "{language} (the deck's own)")
            else:
                text = translate("SessionSetupWindow", "{language} (translation)")
            self.language_combo.addItem(text.format(language=language.language_name(code)), code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language.default_play_language(choices)))
        )
        self.language_combo.setToolTip(
            translate(
                "SessionSetupWindow",
                "The deck's text (injects, teams, channels, the ladder) in this language on "
                "the console, the projector, team devices and the report",
            )
        )
        self.language_combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.name_edit = QLineEdit(left)
        self.name_edit.setObjectName("sessionNameEdit")
        self.facilitator_edit = QLineEdit(settings.load_text("setup/facilitator"), left)
        self.facilitator_edit.setObjectName("facilitatorEdit")
        self.facilitator_edit.setPlaceholderText(translate("SessionSetupWindow", "Your name"))
        self.date_edit = QDateEdit(QDate.currentDate(), left)
        self.date_edit.setObjectName("sessionDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.level_combo = QComboBox(left)
        self.level_combo.setObjectName("startLevelCombo")
        form.addRow(translate("SessionSetupWindow", "&Language of play:"), self.language_combo)
        form.addRow(translate("SessionSetupWindow", "Session &name:"), self.name_edit)
        form.addRow(translate("SessionSetupWindow", "&Facilitator:"), self.facilitator_edit)
        form.addRow(translate("SessionSetupWindow", "&Date:"), self.date_edit)
        form.addRow(translate("SessionSetupWindow", "Starting &escalation:"), self.level_combo)
        self.path_label = QLabel(left)
        self.path_label.setObjectName("sessionPathLabel")
        self.path_label.setWordWrap(True)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        quiet(self.path_label)
        change = QPushButton(translate("SessionSetupWindow", "Save &in…"), left)
        change.setObjectName("sessionPathButton")
        change.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(change)
        path_row.addStretch(1)
        form.addRow(translate("SessionSetupWindow", "Session file:"), path_row)
        form.addRow(self.path_label)  # the whole width: a path is long
        form.addRow(heading(translate("SessionSetupWindow", "Teams"), left))
        teams_note = QLabel(
            translate(
                "SessionSetupWindow",
                "Rename a team for this class and add its players. Untick a team the class "
                "does not field.",
            ),
            left,
        )
        teams_note.setWordWrap(True)
        form.addRow(teams_note)
        self.team_table = QTableWidget(len(deck.teams), 3, left)
        self.team_table.setObjectName("setupTeamTable")
        self.team_table.setAccessibleName(translate("SessionSetupWindow", "Teams"))
        self.team_table.setHorizontalHeaderLabels(
            [
                translate("SessionSetupWindow", "Team name"),
                translate("SessionSetupWindow", "Side"),
                translate("SessionSetupWindow", "Participants (comma-separated)"),
            ]
        )
        self.team_table.verticalHeader().hide()
        header = self.team_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        form.addRow(self.team_table)
        self.overview_group = ExerciseOverviewGroup(deck, left)
        form.addRow(self.overview_group)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(
            heading(translate("SessionSetupWindow", "Channels at the start"), right)
        )
        note = QLabel(
            translate(
                "SessionSetupWindow",
                "Adjust a channel's starting status for this run; the deck is unchanged.",
            ),
            right,
        )
        note.setWordWrap(True)
        right_layout.addWidget(note)
        self.channel_table = QTableWidget(len(deck.channels), 3, right)
        self.channel_table.setObjectName("setupChannelTable")
        self.channel_table.setAccessibleName(
            translate("SessionSetupWindow", "Channels and their starting status")
        )
        self.channel_table.setHorizontalHeaderLabels(
            [
                translate("SessionSetupWindow", "Channel"),
                translate("SessionSetupWindow", "Starting status"),
                translate("SessionSetupWindow", "Latency"),
            ]
        )
        self.channel_table.verticalHeader().hide()
        self.channel_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channel_combos: dict[str, QComboBox] = {}
        for row, channel in enumerate(deck.channels):
            self.channel_table.setItem(row, 0, QTableWidgetItem(channel.name))
            combo = QComboBox(self.channel_table)
            combo.setObjectName(f"setupStatus_{channel.id}")
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

    def _language_chosen(self) -> None:
        """Show the deck in the language chosen for play: its title, teams, channels, ladder."""
        code = str(self.language_combo.currentData() or "")
        if code == self.play_language:
            return
        self.play_language = code
        deck = self.deck = self._deck_in(code)
        self._describe(deck)
        if self.name_edit.text() in ("", self._named):
            self._named = session_name(deck, code, _dt.date.today())
            self.name_edit.setText(self._named)
            self.name_edit.setCursorPosition(0)  # the name's beginning shown, not its end
        level = self.level_combo.currentData()
        self.level_combo.clear()
        for rung in deck.ladder.levels:
            self.level_combo.addItem(f"{rung.level}: {rung.name}", rung.level)
        start = level if level is not None else deck.ladder.start
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(start)))
        self._fill_teams(deck)
        for row, channel in enumerate(deck.channels):
            item = self.channel_table.item(row, 0)
            if item is not None:
                item.setText(channel.name)
                item.setToolTip(
                    translate("SessionSetupWindow", "{channel}\nParties: {parties}").format(
                        channel=channel.name, parties=party_names(channel, code)
                    )
                )
            self.channel_combos[channel.id].setAccessibleName(
                translate("SessionSetupWindow", "Starting status of {channel}").format(
                    channel=channel.name
                )
            )

    def _fill_teams(self, deck: Deck) -> None:
        """The teams in the deck's words; what was typed for a team (players, absent) stays."""
        kept: dict[str, tuple[str, str, Qt.CheckState]] = {}
        for row in range(self.team_table.rowCount()):
            shown = self.team_table.item(row, 0)
            typed = self.team_table.item(row, 2)
            if shown is not None:
                kept[str(shown.data(Qt.ItemDataRole.UserRole))] = (
                    shown.text()
                    if shown.text() != shown.data(Qt.ItemDataRole.UserRole + 1)
                    else "",
                    typed.text() if typed is not None else "",
                    shown.checkState(),
                )
        self.team_table.setRowCount(len(deck.teams))
        for row, team in enumerate(deck.teams):
            renamed, people, checked = kept.get(
                team.id, ("", ", ".join(team.participants), Qt.CheckState.Checked)
            )
            name = QTableWidgetItem(renamed or team.name)
            name.setData(Qt.ItemDataRole.UserRole, team.id)
            name.setData(Qt.ItemDataRole.UserRole + 1, team.name)  # as the deck names it
            name.setToolTip(team.role or team.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(checked)
            side = QTableWidgetItem(side_word(team.side) if team.side else "")
            side.setFlags(side.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.team_table.setItem(row, 0, name)
            self.team_table.setItem(row, 1, side)
            self.team_table.setItem(row, 2, QTableWidgetItem(people))

    def _mark_changed(self, channel_id: str, _index: int = 0) -> None:
        if self.deck is None:
            return
        combo = self.channel_combos[channel_id]
        changed = combo.currentData() != self.deck.channel(channel_id).status.value
        font = combo.font()
        font.setBold(changed)
        combo.setFont(font)
        combo.setToolTip(
            translate("SessionSetupWindow", "Changed for this run")
            if changed
            else translate("SessionSetupWindow", "As the deck sets it")
        )

    def _set_path(self, path: Path | None) -> None:
        self.session_path = path
        shown = paths.sessions_dir() if path is None else path
        text = (
            translate("SessionSetupWindow", "A new file named by date and deck in {folder}").format(
                folder=shown
            )
            if path is None
            else str(path)
        )
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
            self,
            translate("SessionSetupWindow", "Save the session file as"),
            str(suggestion),
            translate("SessionSetupWindow", "tabletop sessions (*.tabletop)"),
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
            entry: dict[str, object] = {"id": team_id, "participants": people}
            typed = name_item.text().strip()
            if typed and typed != name_item.data(Qt.ItemDataRole.UserRole + 1):
                entry["name"] = typed  # renamed for this class; else the deck's (translated)
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
            language=self._setup_language(),
            overview=self.overview_group.overview(),
        )

    def _name_given_twice(self) -> str:
        """The first name two of the playing teams share (case and spaces aside), if any."""
        seen: dict[str, str] = {}
        for row in range(self.team_table.rowCount()):
            item = self.team_table.item(row, 0)
            if item is None or item.checkState() is not Qt.CheckState.Checked:
                continue
            name = item.text().strip() or str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
            key = " ".join(name.split()).casefold()
            if key in seen:
                return seen[key]
            seen[key] = name
        return ""

    def _setup_language(self) -> str:
        """The language for the session setup: "" when it is the deck's own."""
        own = self.own_deck.language if self.own_deck is not None else ""
        own = i18n.normalise(own) or language.SOURCE_LANGUAGE
        return "" if self.play_language in ("", own) else self.play_language

    def start(self) -> None:
        """Create the session file and open the console on it."""
        if self.deck is None:
            return
        twice = self._name_given_twice()
        if twice:
            self.banner.show_message(
                translate(
                    "SessionSetupWindow",
                    "Two teams are called “{name}”: give each team a name of its own.",
                ).format(name=twice)
            )
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
                translate(
                    "SessionSetupWindow", "{problem} Choose another place with “Save in…”."
                ).format(problem=sentence(str(exc))),
                serious=True,
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
