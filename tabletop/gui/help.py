"""Help: the keyboard shortcuts of the console, and the facilitator's guide.

The guide is ``docs/facilitator-guide.md``, shipped inside the package (as
``tabletop/guide``) by the build, and shown formatted in a window of its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tabletop.gui.language import translate


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, read from the console's own actions."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        table = QTableWidget(len(rows), 2, self)
        table.setObjectName("shortcutsTable")
        table.setAccessibleName(translate("ShortcutsDialog", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels(
            [translate("ShortcutsDialog", "Keys"), translate("ShortcutsDialog", "Action")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(560, 640)


# -- the facilitator's guide ---------------------------------------------------------------

GUIDE = "facilitator-guide.md"


PACKAGE = Path(__file__).resolve().parent.parent


def guide_path(name: str = GUIDE, package: Path = PACKAGE) -> Path | None:
    """Where a guide is: shipped in the package (``tabletop/guide``) or, in a source
    checkout, in ``docs/``; None when neither has it."""
    for candidate in (package / "guide" / name, package.parent / "docs" / name):
        if candidate.is_file():
            return candidate
    return None


class GuideWindow(QMainWindow):
    """A guide (Markdown) shown as formatted text, with its pictures; links open outside."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else path.stem
        self.setWindowTitle(first.lstrip("# ").strip())
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.document().setDefaultStyleSheet("img { max-width: 100%; }")
        self.browser.setMarkdown(text)
        self.setCentralWidget(self.browser)
        self.resize(900, 760)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_pictures)  # once the text has its new width

    def _fit_pictures(self) -> None:
        """Pictures (screenshots) as wide as the text at most, never wider than they are."""
        document = self.browser.document()
        room = max(self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8, 80)
        pictures = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    pictures.append((fragment.position(), fragment.length()))
                it += 1
            block = block.next()
        for position, length in pictures:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            image = cursor.charFormat().toImageFormat()
            picture = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image.name())
            )
            if not isinstance(picture, (QImage, QPixmap)) or picture.isNull():
                continue
            width = min(picture.width(), room)
            height = round(picture.height() * width / picture.width())
            if (image.width(), image.height()) != (width, height):
                image.setWidth(width)
                image.setHeight(height)
                cursor.setCharFormat(image)

    def _follow(self, url: QUrl) -> None:
        """Another guide opens in its own window; a web address in the browser."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).name
        if name.endswith(".md") and guide_path(name) is not None:
            open_guide(self, name)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())


_guides: dict[str, GuideWindow] = {}


def open_guide(parent: QWidget | None, name: str = GUIDE) -> GuideWindow | None:
    """Show a guide (bringing its window forward if it is open); say so if it is missing."""
    window = _guides.get(name)
    if window is not None:
        try:
            window.show()
            window.raise_()
            window.activateWindow()
            return window
        except RuntimeError:  # closed and deleted
            _guides.pop(name, None)
    path = guide_path(name)
    if path is None:
        QMessageBox.information(
            parent,
            translate("GuideWindow", "Guide not installed"),
            translate(
                "GuideWindow",
                "This installation of tabletop has no {guide}. It is in the docs folder of "
                "tabletop's source.",
            ).format(guide=name),
        )
        return None
    window = GuideWindow(path)  # a window of its own: it stays when its opener closes
    window.destroyed.connect(lambda *_: _guides.pop(name, None))
    _guides[name] = window
    window.show()
    return window
