"""The deck editor's Translation tab: each text of the deck beside its translation.

Choose a language; every translatable text of the deck (titles, narratives,
notes, teams, channels, the ladder) is listed with its state: translated,
missing, stale (the deck's text changed since it was translated) or extra
(the deck no longer has it). Select one to see the source and edit the
translation side by side; Save writes the companion file (``deck.vi.yaml``)
with each entry's ``source:`` brought up to date.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.deck.translation import languages_of
from tabletop.core.deck.writer import DeckWriteError
from tabletop.core.i18n import normalise
from tabletop.gui import language
from tabletop.gui.editor.document import DeckDocument
from tabletop.gui.editor.translation_file import (
    DONE,
    EXTRA,
    MISSING,
    STALE,
    Text,
    TranslationFile,
)
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate
from tabletop.gui.style import Badge
from tabletop.gui.widgets import quiet

BADGES = {
    DONE: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Translated"), "check", "#1e7b34"),
    MISSING: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Missing"), "dot", "#c0392b"),
    STALE: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Stale"), "warn", "#b26a00"),
    EXTRA: Badge(QT_TRANSLATE_NOOP("StatusBadge", "Not in the deck"), "cross", "#5d6d7e"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole


class TranslationTab(QWidget):
    """The deck's texts and their translation into one language, side by side."""

    def __init__(self, document: DeckDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationTab")
        self.document = document
        self.file: TranslationFile | None = None
        self._filling = False
        self._shown_key = ""

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("translationLanguageCombo")
        label = QLabel(translate("TranslationTab", "&Language:"), self)
        label.setBuddy(self.language_combo)
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("translationFilterCombo")
        self.show_combo.addItem(translate("TranslationTab", "Every text"), "all")
        self.show_combo.addItem(translate("TranslationTab", "Missing or stale"), "todo")
        self.save_button = QPushButton(translate("TranslationTab", "&Save translation"), self)
        self.save_button.setObjectName("saveTranslationButton")
        self.save_button.clicked.connect(self.save)
        self.drop_button = QPushButton(translate("TranslationTab", "Drop the extra entries"), self)
        self.drop_button.setObjectName("dropExtraButton")
        self.drop_button.setToolTip(
            translate("TranslationTab", "Leave out the entries of texts the deck no longer has")
        )
        self.drop_button.clicked.connect(self._drop_extra)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.language_combo)
        top.addWidget(self.show_combo)
        top.addStretch(1)
        top.addWidget(self.drop_button)
        top.addWidget(self.save_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("translationSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("translationList")
        self.list.setAccessibleName(translate("TranslationTab", "Texts of the deck"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.key_label = quiet(QLabel(right))
        self.key_label.setObjectName("translationKey")
        self.source_label = QLabel(right)
        self.source = QPlainTextEdit(right)
        self.source.setObjectName("translationSource")
        self.source.setReadOnly(True)
        self.source_label.setBuddy(self.source)
        self.old_label = QLabel(translate("TranslationTab", "Translated from:"), right)
        self.old_source = QPlainTextEdit(right)
        self.old_source.setObjectName("translationOldSource")
        self.old_source.setReadOnly(True)
        self.old_source.setAccessibleName(
            translate("TranslationTab", "The source the translation was made from")
        )
        self.text_label = QLabel(right)
        self.text = QPlainTextEdit(right)
        self.text.setObjectName("translationText")
        self.text.setTabChangesFocus(True)
        self.text_label.setBuddy(self.text)
        self.text.textChanged.connect(self._typed)
        self.keep_button = QPushButton(
            translate("TranslationTab", "&Keep: the translation still fits the source"), right
        )
        self.keep_button.setObjectName("keepTranslationButton")
        self.keep_button.clicked.connect(self._keep)
        for widget in (
            self.key_label,
            self.source_label,
            self.source,
            self.old_label,
            self.old_source,
            self.text_label,
            self.text,
        ):
            column.addWidget(widget)
        keep_row = QHBoxLayout()
        keep_row.addStretch(1)
        keep_row.addWidget(self.keep_button)
        column.addLayout(keep_row)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([380, 700])
        split.setChildrenCollapsible(False)
        self.note = QLabel(self)
        self.note.setObjectName("translationNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._deck_changed)
        document.changed.connect(lambda _paths: self._timer.start())
        document.path_changed.connect(self._fill_languages)
        self.language_combo.currentIndexChanged.connect(lambda _i: self._language_chosen())
        self.show_combo.currentIndexChanged.connect(lambda _i: self._fill_list())
        self._fill_languages()

    # -- which language ---------------------------------------------------------------

    def own_language(self) -> str:
        return normalise(str(self.document.get(("language",), "") or "")) or "en"

    def _fill_languages(self) -> None:
        path = self.document.path
        own = self.own_language()
        found = languages_of(path) if path is not None else []
        codes = [c for c in found if c != own]
        codes += [c for c in language.LANGUAGES if c != own and c not in codes]
        keep = self.language_combo.currentData()
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for code in codes:
            name = language.language_name(code)
            if code in found:
                text = name
            else:
                text = translate("TranslationTab", "{language} (new translation)").format(
                    language=name
                )
            self.language_combo.addItem(text, code)
        wanted = keep or language.current_language()
        index = self.language_combo.findData(wanted)
        self.language_combo.setCurrentIndex(index if index >= 0 else 0)
        self.language_combo.blockSignals(False)
        self._language_chosen()

    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def _language_chosen(self) -> None:
        code = self.language()
        if self.file is not None and self.file.language == code:
            return
        if self.file is not None and self.file.changed and not self.maybe_save():
            index = self.language_combo.findData(self.file.language)
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)
            return
        path = self.document.path
        if path is None or not code:
            self.file = None
            self.note.setText(
                translate(
                    "TranslationTab",
                    "A translation is a file beside the deck: save the deck first, then "
                    "translate it here.",
                )
            )
            self._fill_list()
            return
        self.file = TranslationFile.open(path, self.document.data, code)
        self._fill_list()

    # -- the list -----------------------------------------------------------------------

    def _deck_changed(self) -> None:
        if self.file is not None:
            self.file.compare(self.document.data)
            self._fill_list()

    def _fill_list(self) -> None:
        file = self.file
        key = self._shown_key
        self.list.blockSignals(True)
        self.list.clear()
        enabled = file is not None
        for widget in (self.list, self.text, self.save_button, self.show_combo):
            widget.setEnabled(enabled)
        if file is None:
            self.list.blockSignals(False)
            self.summary.setText("")
            self.drop_button.setVisible(False)
            self._show_current()
            return
        self.note.setText(
            translate("TranslationTab", "The translation file: {path}").format(path=file.path)
            + (
                ""
                if file.path.is_file()
                else " " + translate("TranslationTab", "(made when you save)")
            )
            + "".join(f"\n{problem}" for problem in file.problems)
        )
        todo = self.show_combo.currentData() == "todo"
        for entry in file.texts:
            if todo and entry.state not in (MISSING, STALE):
                continue
            badge = BADGES[entry.state]
            first = " ".join((entry.source or entry.text).split())
            first = first if len(first) <= 80 else first[:79] + "…"
            item = QListWidgetItem(badge.icon, f"{badge.label} · {entry.key}\n{first}")
            item.setData(KEY_ROLE, entry.key)
            item.setToolTip(entry.source or entry.text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        counts = file.counts()
        self._show_counts(counts)
        self.drop_button.setVisible(counts[EXTRA] > 0)
        self.select(key)

    def select(self, key: str) -> bool:
        """Show the text with this key (the first one if it is not listed)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return True
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show_current()
        return False

    def entry(self) -> Text | None:
        item = self.list.currentItem()
        if item is None or self.file is None:
            return None
        key = item.data(KEY_ROLE)
        return next((t for t in self.file.texts if t.key == key), None)

    # -- one text -----------------------------------------------------------------------

    def _show_current(self) -> None:
        entry = self.entry()
        self._filling = True
        try:
            own = language.language_name(self.own_language())
            mine = language.language_name(self.language()) if self.language() else ""
            self.source_label.setText(
                translate("TranslationTab", "Source ({language}):").format(language=own)
            )
            self.text_label.setText(
                translate("TranslationTab", "&Translation ({language}):").format(language=mine)
            )
            self._shown_key = entry.key if entry is not None else ""
            self.key_label.setText(entry.key if entry is not None else "")
            self.source.setPlainText(entry.source if entry is not None else "")
            self.text.setPlainText(entry.text if entry is not None else "")
            self.text.setEnabled(entry is not None)
            stale = entry is not None and entry.state == STALE
            self.old_label.setVisible(stale)
            self.old_source.setVisible(stale)
            self.old_source.setPlainText(entry.translated_from if stale and entry else "")
            self.keep_button.setVisible(stale)
        finally:
            self._filling = False

    def _typed(self) -> None:
        entry = self.entry()
        if self._filling or entry is None or self.file is None:
            return
        self.file.set_text(entry.key, self.text.toPlainText())
        self._refresh_item()

    def _keep(self) -> None:
        """The translation of a stale text is still right: it now translates the new source."""
        entry = self.entry()
        if entry is not None and self.file is not None:
            self.file.set_text(entry.key, entry.text)
            self._refresh_item()
            self._show_current()

    def _refresh_item(self) -> None:
        item = self.list.currentItem()
        entry = self.entry()
        if item is None or entry is None or self.file is None:
            return
        badge = BADGES[entry.state]
        first = item.text().split("\n", 1)[1] if "\n" in item.text() else ""
        item.setIcon(badge.icon)
        item.setText(f"{badge.label} · {entry.key}\n{first}")
        self._show_counts(self.file.counts())

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.summary.setText(
            translate(
                "TranslationTab",
                "{done} of {total} translated · {missing} missing · {stale} stale · {extra} "
                "not in the deck",
            ).format(
                done=counts[DONE],
                total=counts[DONE] + counts[MISSING] + counts[STALE],
                missing=counts[MISSING],
                stale=counts[STALE],
                extra=counts[EXTRA],
            )
        )

    def _drop_extra(self) -> None:
        if self.file is not None and self.file.drop_extra():
            self._fill_list()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        if self.file is None:
            return False
        try:
            self.file.save()
        except DeckWriteError as exc:
            QMessageBox.critical(
                self, translate("TranslationTab", "The translation was not saved"), str(exc)
            )
            return False
        self._fill_languages_keep()
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                translate("TranslationTab", "Saved the translation to {path}").format(
                    path=self.file.path
                ),
                8000,
            )
        return True

    def _fill_languages_keep(self) -> None:
        """After a first save the language is no longer a "new translation"."""
        index = self.language_combo.currentIndex()
        code = self.language()
        if index >= 0:
            self.language_combo.setItemText(index, language.language_name(code))

    def maybe_save(self) -> bool:
        """Ask about an unsaved translation; False means the user chose to stay."""
        if self.file is None or not self.file.changed:
            return True
        answer = QMessageBox.question(
            self,
            translate("TranslationTab", "Unsaved translation"),
            translate(
                "TranslationTab", "Save the changes to the translation {file} before closing?"
            ).format(file=self.file.path.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.file.changed = False
            return True
        return False
