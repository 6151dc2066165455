"""Preferences: the interface's language (English, Tiếng Việt, Русский or the system's).

The choice is kept in the settings. When only the start screen is open it
takes effect at once (the start screen is built again in the new language);
windows with a session or a deck open keep their language until tabletop
starts again, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tabletop.gui import language
from tabletop.gui.language import translate


class PreferencesDialog(QDialog):
    """The interface's language, chosen from the languages it is written in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("interfaceLanguageCombo")
        system = language.language_name(language.system_language())
        self.language_combo.addItem(
            translate("PreferencesDialog", "As the system ({language})").format(language=system),
            "",
        )
        for code, name in language.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        chosen = language.preferred_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        label = QLabel(translate("PreferencesDialog", "Interface &language:"), self)
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        layout.addLayout(form)
        note = QLabel(
            translate(
                "PreferencesDialog",
                "The language of the menus, buttons and messages. The language a class plays "
                "a deck in is chosen for each session, when it is set up; a report's language "
                "when it is exported.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        forced = language.environment_language()
        if forced:
            override = QLabel(
                translate(
                    "PreferencesDialog",
                    "The environment variable {variable} is set to {language}: while it is "
                    "set, tabletop starts in that language whatever is chosen here.",
                ).format(variable=language.ENVIRONMENT, language=language.language_name(forced)),
                self,
            )
            override.setObjectName("languageOverrideNote")
            override.setWordWrap(True)
            layout.addWidget(override)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def chosen(self) -> str:
        """The language chosen ("" for the system's)."""
        return str(self.language_combo.currentData() or "")


def choose_language(parent: QWidget | None, code: str) -> str:
    """Keep ``code`` ("" for the system's) as the interface's language and bring it into
    effect where that can be done at once; returns the language now in force."""
    from tabletop.gui import navigation
    from tabletop.gui.start_screen import StartWindow

    language.set_preferred_language(code)
    wanted = language.chosen_language()
    if wanted == language.current_language():
        return wanted
    windows = [w for w in navigation.open_windows() if w.isVisible()]
    starts = [w for w in windows if isinstance(w, StartWindow)]
    if len(starts) != len(windows):
        QMessageBox.information(
            parent,
            translate("PreferencesDialog", "Preferences"),
            translate(
                "PreferencesDialog",
                "tabletop will be in {language} when it starts again. The windows open now "
                "keep their language.",
            ).format(language=language.language_name(wanted)),
        )
        return language.current_language()
    language.apply(wanted)
    for window in starts:
        navigation.show_start_screen(window, preselect=window.selected_deck())
    return wanted


def open_preferences(parent: QWidget | None) -> PreferencesDialog:
    """Show Preferences and apply what is chosen."""
    dialog = PreferencesDialog(parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        choose_language(parent, dialog.chosen())
    dialog.deleteLater()
    return dialog


def preferences_action(parent: QWidget) -> QAction:
    """File → Preferences…, for any window's menu."""
    action = QAction(translate("PreferencesDialog", "&Preferences…"), parent)
    action.setObjectName("preferencesAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setStatusTip(translate("PreferencesDialog", "The language of the interface"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_preferences(parent.window()))
    return action
