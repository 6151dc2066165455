"""The start screen: choose a deck, or resume a session (offered first after a crash).

Bundled and user decks are listed with title, summary, duration and teams. On
the right, unfinished sessions (status "running": the app was closed or
crashed before the session ended) can be resumed, and recent sessions opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tabletop.core import filesystems, paths
from tabletop.core.deck.library import default_deck, list_decks
from tabletop.core.problems import Problem
from tabletop.core.session_list import SessionSummary, list_sessions
from tabletop.gui import language, settings
from tabletop.gui.language import translate
from tabletop.gui.rich_text import escape
from tabletop.gui.start_lists import (
    ENTRY_ROLE,
    SESSION_BADGES,
    TwoLineDelegate,
    deck_lines,
    local_time,
    session_lines,
)
from tabletop.gui.style import scaled_font, tint
from tabletop.gui.widgets import MessageBanner, heading, quiet

# a deck's list item: whether it can be used (a deck with errors can be edited, not set up)
USABLE_ROLE = Qt.ItemDataRole.UserRole + 2


class StartWindow(QMainWindow):
    """What the app shows first: decks to start from and sessions to resume."""

    def __init__(self, preselect: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startWindow")
        self.deck_problems: list[Problem] = []  # set when a deck given to 'run' has errors
        self.setWindowTitle(
            translate("StartWindow", "Decks and sessions")
        )  # the platform adds " — tabletop"
        self._build_menus()
        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.banner = MessageBanner(central)
        self.crash_box = QFrame(central)
        self.crash_box.setObjectName("unfinishedSessionBox")
        self.crash_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.crash_box.setAutoFillBackground(True)
        warning = self.crash_box.palette()
        warning.setColor(QPalette.ColorRole.Window, tint("#b26a00", warning, 0.2))
        self.crash_box.setPalette(warning)
        crash_layout = QHBoxLayout(self.crash_box)
        self.crash_label = QLabel(self.crash_box)
        self.crash_label.setWordWrap(True)
        self.crash_button = QPushButton(translate("StartWindow", "Resume it"), self.crash_box)
        self.crash_button.setObjectName("resumeUnfinishedButton")
        self.crash_button.clicked.connect(self._resume_unfinished)
        crash_layout.addWidget(self.crash_label, 1)
        crash_layout.addWidget(self.crash_button)
        title = QLabel("tabletop", central)
        title.setFont(scaled_font(self, 2.0, bold=True))
        subtitle = QLabel(
            translate("StartWindow", "Choose an exercise deck to set up a session, or resume one."),
            central,
        )
        subtitle.setWordWrap(True)
        self.language_button = QPushButton(
            translate("StartWindow", "Language: {language}…").format(
                language=language.language_name(language.current_language())
            ),
            central,
        )
        self.language_button.setObjectName("languageButton")
        self.language_button.setToolTip(
            translate("StartWindow", "The language of the menus, buttons and messages")
        )
        self.language_button.clicked.connect(self._preferences)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.banner)
        outer.addLayout(top)
        outer.addWidget(subtitle)
        outer.addWidget(self.crash_box)
        splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._decks_panel(splitter))
        splitter.addWidget(self._sessions_panel(splitter))
        splitter.setSizes([760, 440])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1200, 720)
        self.refresh(preselect)

    # -- building ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction

        def action(
            text: str, name: str, shortcut: str | QKeySequence.StandardKey | None, slot: object
        ) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        file_menu = self.menuBar().addMenu(translate("StartWindow", "&File"))
        file_menu.addAction(
            action(
                translate("StartWindow", "&Set up a session with the selected deck…"),
                "setupSessionAction",
                "Ctrl+N",
                self._set_up,
            )
        )
        file_menu.addAction(
            action(
                translate("StartWindow", "&Open deck file…"),
                "openDeckAction",
                "Ctrl+O",
                self._open_deck_file,
            )
        )
        file_menu.addAction(
            action(
                translate("StartWindow", "&Resume session file…"),
                "resumeSessionAction",
                "Ctrl+Shift+O",
                self._choose_session,
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            action(
                translate("StartWindow", "New &deck…"),
                "newDeckAction",
                None,
                lambda: self._open_editor(None),
            )
        )
        file_menu.addAction(
            action(
                translate("StartWindow", "&Edit the selected deck…"),
                "editDeckAction",
                None,
                self._edit_selected,
            )
        )
        file_menu.addSeparator()
        from tabletop.gui.preferences import preferences_action

        file_menu.addAction(preferences_action(self))
        file_menu.addAction(
            action(
                translate("StartWindow", "Re&fresh lists"),
                "refreshAction",
                "F5",
                lambda: self.refresh(),
            )
        )
        file_menu.addAction(
            action(translate("StartWindow", "&Quit"), "quitAction", "Ctrl+Q", self.close)
        )
        help_menu = self.menuBar().addMenu(translate("StartWindow", "&Help"))
        from tabletop.gui.guide_menu import guide_action

        help_menu.addAction(guide_action(self, "F1"))
        help_menu.addAction(
            action(translate("StartWindow", "&About tabletop"), "aboutAction", None, self._about)
        )

    def _decks_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading(translate("StartWindow", "Decks"), panel, 1.2))
        self.deck_list = QListWidget(panel)
        self.deck_list.setObjectName("deckList")
        self.deck_list.setAccessibleName(translate("StartWindow", "Decks"))
        self.deck_list.setItemDelegate(TwoLineDelegate(self.deck_list, summary_lines=2))
        self.deck_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # activated is Qt's "open this item": a double-click (or a single click where the
        # platform opens on one) and Enter; listening to doubleClicked as well opened the
        # setup twice for one double-click
        self.deck_list.itemActivated.connect(lambda _item: self._set_up())
        self.deck_list.currentItemChanged.connect(self._deck_selected)
        buttons = QHBoxLayout()
        self.setup_button = QPushButton(translate("StartWindow", "Set up session…"), panel)
        self.setup_button.setObjectName("setupSessionButton")
        self.setup_button.setDefault(True)
        self.setup_button.setFont(scaled_font(self, 1.1, bold=True))
        self.setup_button.clicked.connect(self._set_up)
        open_file = QPushButton(translate("StartWindow", "Open deck file…"), panel)
        open_file.setObjectName("openDeckButton")
        open_file.clicked.connect(self._open_deck_file)
        new_deck = QPushButton(translate("StartWindow", "New deck…"), panel)
        new_deck.setObjectName("newDeckButton")
        new_deck.clicked.connect(lambda: self._open_editor(None))
        self.edit_button = QPushButton(translate("StartWindow", "Edit deck…"), panel)
        self.edit_button.setObjectName("editDeckButton")
        self.edit_button.clicked.connect(self._edit_selected)
        buttons.addWidget(self.setup_button)
        buttons.addStretch(1)
        buttons.addWidget(open_file)
        buttons.addWidget(new_deck)
        buttons.addWidget(self.edit_button)
        self.decks_folder = QLabel(panel)
        self.decks_folder.setWordWrap(True)
        quiet(self.decks_folder)
        layout.addWidget(self.deck_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.decks_folder)
        return panel

    def _sessions_panel(self, parent: QWidget) -> QWidget:
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading(translate("StartWindow", "Sessions"), panel, 1.2))
        self.session_list = QListWidget(panel)
        self.session_list.setObjectName("sessionList")
        self.session_list.setAccessibleName(translate("StartWindow", "Sessions, unfinished first"))
        self.session_list.setItemDelegate(TwoLineDelegate(self.session_list, summary_lines=0))
        self.session_list.itemDoubleClicked.connect(lambda _item: self._resume_selected())
        self.session_list.itemActivated.connect(lambda _item: self._resume_selected())
        self.session_list.currentItemChanged.connect(self._session_selected)
        buttons = QHBoxLayout()
        self.resume_button = QPushButton(translate("StartWindow", "Resume"), panel)
        self.resume_button.setObjectName("resumeSessionButton")
        self.resume_button.clicked.connect(self._resume_selected)
        self.recover_button = QPushButton(translate("StartWindow", "Recover…"), panel)
        self.recover_button.setObjectName("recoverSessionButton")
        self.recover_button.setToolTip(
            translate("StartWindow", "Save every intact event of a damaged file into a new one")
        )
        self.recover_button.clicked.connect(self._recover_selected)
        other = QPushButton(translate("StartWindow", "Other file…"), panel)
        other.setObjectName("openSessionFileButton")
        other.clicked.connect(self._choose_session)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(other)
        self.sessions_folder = QLabel(panel)
        self.sessions_folder.setWordWrap(True)
        quiet(self.sessions_folder)
        self.no_sessions = QLabel(
            translate(
                "StartWindow",
                "No sessions yet. Choose a deck and press Set up session…: every session run "
                "here is listed, and one that was not ended is offered first.",
            ),
            panel,
        )
        self.no_sessions.setObjectName("noSessionsLabel")
        self.no_sessions.setWordWrap(True)
        self.no_sessions.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.session_list, 1)
        layout.addWidget(self.no_sessions, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.sessions_folder)
        return panel

    # -- filling -----------------------------------------------------------------------

    def refresh(self, preselect: Path | None = None) -> None:
        """Read the decks and sessions folders again."""
        self.deck_list.clear()
        wanted = preselect
        if wanted is None:
            default = default_deck()
            wanted = default.path if default is not None else None
        for entry in list_decks():
            item = QListWidgetItem(self.deck_list)
            title, summary, details = deck_lines(entry)
            item.setData(ENTRY_ROLE, (title, summary, details))
            item.setData(Qt.ItemDataRole.DisplayRole, title)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            item.setData(USABLE_ROLE, not entry.problem)
            item.setToolTip(f"{title}\n{summary}\n{details}".strip())
            if entry.problem:
                item.setData(Qt.ItemDataRole.DecorationRole, SESSION_BADGES["damaged"].icon)
            if wanted is not None and entry.path.resolve() == wanted.resolve():
                self.deck_list.setCurrentItem(item)
        if self.deck_list.currentItem() is None and self.deck_list.count():
            self.deck_list.setCurrentRow(0)
        self.decks_folder.setText(
            translate("StartWindow", "Your decks folder: {folder}").format(
                folder=paths.user_decks_dir()
            )
        )
        self._fill_sessions()
        self._deck_selected()

    def _session_summaries(self) -> list[SessionSummary]:
        found = list_sessions(paths.sessions_dir())
        # realpath, not resolve(): a link that loops must not stop the start screen
        known = {os.path.realpath(s.path) for s in found}
        from tabletop.core.session_list import summarize

        for path in settings.recent_sessions():
            if os.path.realpath(path) not in known:
                found.append(summarize(path))
                known.add(os.path.realpath(path))
        order = {"running": 0, "in use": 1}
        return sorted(found, key=lambda s: order.get(s.status, 2))

    def _fill_sessions(self) -> None:
        self.session_list.clear()
        summaries = self._session_summaries()
        self.unfinished = [s for s in summaries if s.status == "running"]
        for summary in summaries:
            if summary.status == "not a session":
                continue
            item = QListWidgetItem(self.session_list)
            title, details = session_lines(summary)
            item.setData(ENTRY_ROLE, (title, "", details))
            item.setData(Qt.ItemDataRole.DisplayRole, title)
            item.setData(Qt.ItemDataRole.UserRole, str(summary.path))
            item.setData(Qt.ItemDataRole.UserRole + 1, summary.status)
            badge = SESSION_BADGES.get(summary.status)
            if badge is not None:
                item.setData(Qt.ItemDataRole.DecorationRole, badge.icon)
            detail = summary.detail
            if summary.status == "in use":
                detail = translate("StartWindow", "Open in another tabletop window")
            item.setToolTip(f"{summary.path}\n{detail}".strip())
        if self.session_list.count():
            self.session_list.setCurrentRow(0)
        self.session_list.setVisible(self.session_list.count() > 0)
        self.no_sessions.setVisible(self.session_list.count() == 0)
        folder = paths.sessions_dir()
        warning = filesystems.network_warning(folder)
        text = translate("StartWindow", "Sessions folder: {folder}").format(folder=folder)
        self.sessions_folder.setText(f"{text}\n{warning}" if warning else text)
        if self.unfinished:
            first = self.unfinished[0]
            title = escape(first.name or first.deck_title or first.path.name)
            when = local_time(first.last_event or first.started)
            if first.deck_title and escape(first.deck_title) != title:
                text = translate(
                    "StartWindow",
                    "<b>A session was not ended:</b> {session} ({deck}), last activity {time}. "
                    "Everything recorded in it is safe: resume it to carry on where it stopped.",
                ).format(session=title, deck=escape(first.deck_title), time=when)
            else:
                text = translate(
                    "StartWindow",
                    "<b>A session was not ended:</b> {session}, last activity {time}. "
                    "Everything recorded in it is safe: resume it to carry on where it stopped.",
                ).format(session=title, time=when)
            others = len(self.unfinished) - 1
            if others:
                more = translate(
                    "StartWindow", "%n more unfinished session(s) are in the list.", "", others
                )
                text = f"{text} {more}"
            self.crash_label.setText(text)
            self.crash_box.show()
        else:
            self.crash_box.hide()
        self._session_selected()

    # -- selection --------------------------------------------------------------------

    def selected_deck(self) -> Path | None:
        item = self.deck_list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_deck(self, path: Path) -> bool:
        for row in range(self.deck_list.count()):
            item = self.deck_list.item(row)
            if Path(item.data(Qt.ItemDataRole.UserRole)).resolve() == Path(path).resolve():
                self.deck_list.setCurrentItem(item)
                return True
        return False

    def _deck_selected(self) -> None:
        item = self.deck_list.currentItem()
        usable = item is not None and bool(item.data(USABLE_ROLE))
        self.setup_button.setEnabled(usable)
        self.edit_button.setEnabled(item is not None)

    def selected_session(self) -> tuple[Path, str] | None:
        item = self.session_list.currentItem()
        if item is None:
            return None
        return Path(item.data(Qt.ItemDataRole.UserRole)), str(
            item.data(Qt.ItemDataRole.UserRole + 1)
        )

    def _session_selected(self) -> None:
        chosen = self.selected_session()
        status = chosen[1] if chosen else ""
        self.resume_button.setEnabled(status in ("running", "ended"))
        self.resume_button.setText(
            translate("StartWindow", "Open")
            if status == "ended"
            else translate("StartWindow", "Resume")
        )
        self.recover_button.setVisible(status == "damaged")

    # -- actions ----------------------------------------------------------------------

    def _set_up(self) -> None:
        path = self.selected_deck()
        if path is None or not self.setup_button.isEnabled():
            return
        from tabletop.gui import navigation

        navigation.open_setup(path, replacing=self)

    def _open_deck_file(self) -> None:
        from tabletop.gui import navigation

        navigation.choose_deck_file(self)

    def _choose_session(self) -> None:
        from tabletop.gui import navigation

        navigation.choose_session_file(self)

    def _resume(self, path: Path) -> None:
        from tabletop.gui import navigation

        navigation.resume(path, replacing=self)

    def _resume_selected(self) -> None:
        chosen = self.selected_session()
        if chosen is None:
            return
        path, status = chosen
        if status == "damaged":
            self._recover_selected()
        elif status == "in use":
            self.banner.show_message(
                translate(
                    "StartWindow",
                    "{file} is open in another tabletop window. Switch to that window, or "
                    "close it there first.",
                ).format(file=path.name)
            )
        else:
            self._resume(path)

    def _resume_unfinished(self) -> None:
        if self.unfinished:
            self._resume(self.unfinished[0].path)

    def _recover_selected(self) -> None:
        chosen = self.selected_session()
        if chosen is None:
            return
        from tabletop.gui import navigation

        navigation.recover(chosen[0], self)

    def _open_editor(self, path: Path | None) -> None:
        from tabletop.gui import navigation

        navigation.open_editor(self, path)

    def _edit_selected(self) -> None:
        path = self.selected_deck()
        if path is not None:
            self._open_editor(path)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from tabletop import __version__

        QMessageBox.about(
            self,
            translate("StartWindow", "About tabletop"),
            f"<b>tabletop {__version__}</b><p>"
            + translate("StartWindow", "Run crisis tabletop exercises in a classroom.")
            + "</p>",
        )

    def _preferences(self) -> None:
        from tabletop.gui.preferences import open_preferences

        open_preferences(self)

    def show_message(self, message: str, *, serious: bool = False) -> None:
        self.banner.show_message(message, serious=serious)

    def closeEvent(self, event: QCloseEvent) -> None:
        from tabletop.gui import navigation

        navigation.forget(self)
        super().closeEvent(event)
