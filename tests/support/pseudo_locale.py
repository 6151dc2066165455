"""A pseudo-locale for the interface: every text bracketed, accented and 40 % longer.

Made in the test, never kept: ``pyside6-lupdate`` extracts the texts of the
code, each gets a pseudo translation (``Save answers`` → ``⟦Sáví ánšwéríš·····⟧``,
with placeholders, ``%n``, accelerators, markup and line breaks kept) and
``pyside6-lrelease`` compiles them. The core's messages get the same treatment
through a Babel catalog, and the deck is played in a pseudo translation of its
own, so that any text on screen without brackets is one that did not come
through a catalog; and, every text being longer, any label or button too
narrow for a longer language shows up too.
"""

from __future__ import annotations

import gettext
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from tabletop.core import catalogs
from tabletop.core.deck.translation import template
from tabletop.core.deck.yaml_reader import read_text
from tabletop.gui import qt_catalogs
from tabletop.gui.widgets import BadgeLabel, ElidedLabel

OPEN, CLOSE = "⟦", "⟧"
CODE = "ru"  # the language the pseudo catalogs stand in for (three plural forms)
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")
_KEPT = re.compile(r"(\{\w+\}|%n|%\d|<[^<>]+>|&[^&\s;]|&amp;|\n)")


def pseudo(text: str) -> str:
    """``Save {file}`` → ``⟦Šávé {file}····⟧``: accented, 40 % longer, bracketed."""
    parts = _KEPT.split(text)
    body = "".join(p if _KEPT.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    return f"{OPEN}{body}{'·' * max(1, round(len(text) * 0.4))}{CLOSE}"


def qt_catalog(folder: Path) -> Path:
    """The interface's texts in the pseudo-locale, compiled (a .qm in ``folder``)."""
    extracted = folder / "extracted.ts"
    qt_catalogs.lupdate(extracted)
    _code, messages = qt_catalogs.read_catalog(extracted)
    forms = qt_catalogs.PLURAL_FORMS[CODE]
    made = [
        qt_catalogs.Message(
            m.context,
            m.source,
            m.comment,
            "%n" in m.source,
            (pseudo(m.source),) * (forms if "%n" in m.source else 1),
            "",
        )
        for m in messages
    ]
    ts = folder / "pseudo.ts"
    qt_catalogs.write_catalog(ts, CODE, made)
    return qt_catalogs.compile_catalog(ts, folder / "pseudo.qm")


def core_catalog() -> gettext.GNUTranslations:
    """The core's messages in the pseudo-locale."""
    catalog = Catalog(locale=CODE, domain="tabletop")
    for message in catalogs.extract():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            string: str | tuple[str, ...] = tuple(pseudo(message.id[i]) for i in (0, 1, 1))
        else:
            string = pseudo(message.id)
        catalog.add(message.id, string, context=message.context)
    out = io.BytesIO()
    write_mo(out, catalog)
    return gettext.GNUTranslations(io.BytesIO(out.getvalue()))


def deck_translation(deck: Path, deck_id: str) -> str:
    """A companion translation of the deck with every text in the pseudo-locale."""
    data = read_text(deck.read_text(encoding="utf-8")).data
    body = yaml.safe_load(template(data, deck_id, CODE))
    for entry in body["strings"].values():
        entry["text"] = pseudo(entry["source"])
    return yaml.safe_dump(body, allow_unicode=True, sort_keys=False)


# -- what a window shows -------------------------------------------------------------------


def _model_texts(model: QAbstractItemModel, rows: int = 40) -> Iterator[str]:
    for section in range(model.columnCount()):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(), rows)):
        for column in range(model.columnCount()):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        yield action.toolTip()
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


def shown(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a window shows or offers: titles, labels, buttons, placeholders, tooltips,
    list, table and drop-down entries, tab names, menus and accessible names."""
    yield window, window.windowTitle()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                for text in _menu_texts(menu):
                    yield window, text
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        yield widget, widget.toolTip()
        yield widget, widget.accessibleName()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget, widget.text()
        if isinstance(widget, BadgeLabel):
            yield widget, widget.text()
        if isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
            if widget.isReadOnly():
                yield widget, widget.text()
        if isinstance(widget, QPlainTextEdit):
            yield widget, widget.placeholderText()
        if isinstance(widget, QTextBrowser):
            yield widget, widget.toPlainText()
        if isinstance(widget, QGroupBox):
            yield widget, widget.title()
        if isinstance(widget, QDockWidget):
            yield widget, widget.windowTitle()
        if isinstance(widget, QAbstractSpinBox):
            yield widget, widget.specialValueText()
            yield widget, getattr(widget, "prefix", lambda: "")()
            yield widget, getattr(widget, "suffix", lambda: "")()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)
                yield widget, widget.tabToolTip(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            model = widget.model()
            if model is not None and not isinstance(widget.parent(), QComboBox):
                for text in _model_texts(model):
                    yield widget, text
        if isinstance(widget, QListWidget):
            for row in range(min(widget.count(), 60)):
                yield widget, widget.item(row).text()
                yield widget, widget.item(row).toolTip()


def untranslated(text: str, allowed: Iterable[str]) -> list[str]:
    """Latin words of three letters or more outside the pseudo-locale's brackets (a text cut
    with "…" ends its bracket there); paths, addresses and allowed words left out."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*(?:{CLOSE}|…|$)", " ", text)
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # a path or an address
    text = re.sub(r"\S+\.(?:tabletop|yaml|pdf|docx|zip|csv|jsonl|xlsx)\b", " ", text)  # a file
    text = re.sub(r"[\w'-]+…", " ", text)  # a word cut short
    words = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text)
    return [w for w in words if w not in set(allowed)]


# -- what does not fit -----------------------------------------------------------------------


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons narrower (or, wrapped, shorter) than their text needs; a label that
    elides on purpose is left out."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, ElidedLabel) or isinstance(widget.parent(), QComboBox):
            continue
        text = ""
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            text = widget.text()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"{_name(widget)} {needed}>{widget.height()} high: {text!r}")
                continue
        elif isinstance(widget, QPushButton):
            # the text and icon against the button's inside (a style's minimum width aside)
            text = widget.text()
            plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(plain) + 12
            if not widget.icon().isNull():
                needed += widget.iconSize().width() + 4
            if text and needed > widget.width() + 1:
                found.append(f"{_name(widget)} {needed}>{widget.width()}: {text!r}")
            continue
        elif isinstance(widget, (QToolButton, QCheckBox, QRadioButton)):
            text = widget.text()
        if not text:
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            found.append(f"{_name(widget)} {widget.sizeHint().width()}>{widget.width()}: {text!r}")
    return found


def words_of(value: object) -> set[str]:
    """Every word of a deck's plain data (its own text, ids and keys), for the editor, which
    shows the deck as written."""
    found: set[str] = set()
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
        elif isinstance(item, str):
            found.update(re.findall(r"[A-Za-z][A-Za-z'-]{2,}", item))
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'})"
