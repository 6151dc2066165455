"""A field of comma-separated tags that offers the tags already used."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget


class TagsEdit(QLineEdit):
    """Comma-separated tags, with the tags already used offered as the last one is typed.

    The field keeps one completer for its whole life and grows its list as tags
    appear: a completer is never replaced or deleted while it may be handling a
    key. While the list of suggestions is open, Enter or Tab takes the
    highlighted suggestion (the first, unless another is chosen with the arrow
    keys) and closes the list; Esc closes it without taking one. Only an Enter
    with no list open reaches the field (and records, where the field records).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: Callable[[], Iterable[str]] | None = None
        self._known: list[str] = []  # sorted by casefold, no duplicates
        self._keys: list[str] = []  # the casefold of each, for bisect
        self._model = QStringListModel(self)
        self.suggestions = QCompleter(self._model, self)
        self.suggestions.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.suggestions.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        self.suggestions.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.suggestions.setWidget(self)
        self.suggestions.activated.connect(self._activated)
        popup = self.suggestions.popup()
        assert popup is not None  # the completer makes its list on first asking
        self._popup: QAbstractItemView = popup
        # installed after the completer's own filter, so it sees the popup's keys first
        popup.installEventFilter(self)
        popup.setObjectName("tagSuggestions")
        self.textEdited.connect(self._suggest)

    # -- the tags known so far ---------------------------------------------------------

    def known(self) -> list[str]:
        return list(self._known)

    def set_source(self, source: Callable[[], Iterable[str]]) -> None:
        """Where the tags to offer come from: read once, when the field is first used."""
        self._source = source

    def _read_source(self) -> None:
        source = self._source
        if source is not None:
            self._source = None
            known = self.known()
            self.set_known([*source(), *known])

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._read_source()
        super().focusInEvent(event)

    def set_known(self, tags: Iterable[str]) -> None:
        """Offer exactly these tags (on opening: one sort, one model reset)."""
        first: dict[str, str] = {}
        for tag in tags:
            tag = tag.strip()
            if tag:
                first.setdefault(tag.casefold(), tag)
        self._keys = sorted(first)
        self._known = [first[key] for key in self._keys]
        self._model.setStringList(self._known)

    def add_known(self, tags: Iterable[str]) -> None:
        """Offer these tags from now on (each insertion costs O(log n) to place)."""
        if self._source is not None:
            return  # the source, read when the field is first used, will have them
        for tag in tags:
            tag = tag.strip()
            key = tag.casefold()
            if not tag:
                continue
            row = bisect.bisect_left(self._keys, key)
            if row < len(self._keys) and self._keys[row] == key:
                continue
            self._keys.insert(row, key)
            self._known.insert(row, tag)
            self._model.insertRows(row, 1)
            self._model.setData(self._model.index(row, 0), tag)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.text().split(",") if t.strip()]

    # -- completing the tag being typed -----------------------------------------------

    def _typed(self) -> tuple[str, str]:
        """The text before the tag being typed, and that tag so far."""
        text = self.text()
        head, comma, last = text.rpartition(",")
        return (head + comma, last.strip())

    def _suggest(self) -> None:
        self._read_source()
        popup = self._popup
        _head, typed = self._typed()
        if not typed:
            popup.hide()
            return
        self.suggestions.setCompletionPrefix(typed)
        count = self.suggestions.completionCount()
        if count == 0 or (count == 1 and self.suggestions.currentCompletion() == typed):
            popup.hide()
            return
        self.suggestions.complete()
        popup.setCurrentIndex(self.suggestions.completionModel().index(0, 0))

    def _activated(self, chosen: object) -> None:
        # a click on a suggestion (the keys are handled in eventFilter)
        if isinstance(chosen, (QModelIndex, QPersistentModelIndex)):
            chosen = chosen.data()
        self.take_suggestion(str(chosen))

    def take_suggestion(self, tag: str) -> None:
        """Put a suggested tag in place of the one being typed."""
        head, _typed = self._typed()
        self.setText(f"{head} {tag}" if head else tag)
        self._popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self._popup
        if (
            watched is popup
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and popup.isVisible()
        ):
            index = popup.currentIndex()
            if not index.isValid():
                index = self.suggestions.completionModel().index(0, 0)
            popup.hide()
            if index.isValid():
                self.take_suggestion(str(index.data()))
            return True
        return super().eventFilter(watched, event)
