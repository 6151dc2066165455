"""The MSEL import dialog: the first rows of the sheet, a field for each column, live problems.

The spreadsheet is read once; each change of a column's field (or of the sheet)
imports it again in a worker thread a moment later, and the problem list
shows what that import would give. A result that arrives after a newer change
is dropped. The fields chosen are remembered for spreadsheets with the same
headers, so next month's MSEL from the same tool opens with them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tabletop.core.msel import ColumnMapping, MselImport, import_workbook, propose_mapping
from tabletop.core.msel.cells import cell_text
from tabletop.core.msel.files import Workbook
from tabletop.core.msel.layout import choose_sheet, data_sheets
from tabletop.core.msel.mapping import CHOICE_LABELS, CHOICES
from tabletop.core.problems import Problem
from tabletop.gui import settings
from tabletop.gui.language import translate

PREVIEW_ROWS = 8
DELAY_MS = 200
_REMEMBERED = "msel-mapping/"


class _Relay(QObject):
    done = Signal(int, object)


class _Import(QRunnable):
    """One import of the workbook with a mapping, off the GUI thread."""

    def __init__(
        self,
        generation: int,
        book: Workbook,
        base: Mapping[str, Any] | None,
        mapping: ColumnMapping | None,
        sheet: str,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.args = (generation, book, base, mapping, sheet, relay)

    def run(self) -> None:
        generation, book, base, mapping, sheet, relay = self.args
        try:
            result = import_workbook(book, base, mapping=mapping, sheet=sheet)
        except Exception as exc:  # an importer bug must not take the editor down
            result = MselImport(
                book.source,
                None,
                [
                    Problem(
                        translate("MselImportDialog", "the import failed: {problem}").format(
                            problem=exc
                        )
                    )
                ],
            )
        relay.done.emit(generation, result)


def remembered(mapping: ColumnMapping) -> ColumnMapping:
    """The mapping with the fields chosen before for the same headers."""
    text = settings.load_text(_REMEMBERED + mapping.key())
    try:
        saved = json.loads(text) if text else {}
    except ValueError:
        return mapping
    return mapping.recall(saved) if isinstance(saved, dict) else mapping


def remember(mapping: ColumnMapping) -> None:
    settings.save_text(_REMEMBERED + mapping.key(), json.dumps(mapping.remembered()))


class MselImportDialog(QDialog):
    """Choose the sheet and the field of each column, see the problems, then import."""

    def __init__(
        self, book: Workbook, base: Mapping[str, Any] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mselImportDialog")
        self.setWindowTitle(translate("MselImportDialog", "Import an MSEL spreadsheet"))
        self.book = book
        self.base = base
        self.mapping: ColumnMapping | None = None
        self.imported: MselImport | None = None
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._imported)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_now)

        self.sheet_box = QComboBox(self)
        self.sheet_box.setObjectName("mselSheetBox")
        self.sheet_box.setAccessibleName(translate("MselImportDialog", "Sheet"))
        sheets = [s.name for s in data_sheets(book)]
        self.sheet_box.addItems(sheets)
        chosen = choose_sheet(book)
        if chosen is not None and chosen.name in sheets:
            self.sheet_box.setCurrentText(chosen.name)
        self.sheet_box.currentTextChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(translate("MselImportDialog", "&Sheet:"), self)
        self.sheet_label.setBuddy(self.sheet_box)
        self.layout_label = QLabel(self)
        self.layout_label.setObjectName("mselLayoutLabel")

        self.table = QTableWidget(self)
        self.table.setObjectName("mselPreviewTable")
        self.table.setAccessibleName(
            translate("MselImportDialog", "The first rows and the field of each column")
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)

        self.summary = QLabel(self)
        self.summary.setObjectName("mselProblemSummary")
        self.problems = QListWidget(self)
        self.problems.setObjectName("mselProblemList")
        self.problems.setAccessibleName(translate("MselImportDialog", "Problems of the import"))
        self.problems.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("MselImportDialog", "&Import"))
        self.import_button.setObjectName("mselImportButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet_box)
        top.addWidget(self.layout_label, 1)
        self.sheet_label.setVisible(len(sheets) > 1)
        self.sheet_box.setVisible(len(sheets) > 1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        main = QVBoxLayout(self)
        main.addLayout(top)
        main.addWidget(split, 1)
        main.addWidget(self.buttons)
        self.resize(1100, 640)
        self._sheet_changed(self.sheet_box.currentText())

    # -- the sheet and its preview --------------------------------------------------------

    def _sheet_changed(self, name: str) -> None:
        proposal = propose_mapping(self.book, self.base, name or None)
        self.mapping = remembered(proposal) if proposal is not None else None
        self._fill_preview(name)
        self.schedule()

    def _fill_preview(self, name: str) -> None:
        table = self.table
        table.clear()
        sheet = self.book.sheet(name) if name else None
        mapping = self.mapping
        if sheet is None or mapping is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            self.layout_label.setText(
                translate("MselImportDialog", "No header row was found on this sheet.")
            )
            return
        layout = mapping.layout
        self.layout_label.setText(
            translate(
                "MselImportDialog",
                "Headers on row {row}; the first rows below them are shown. Choose what each "
                "column holds.",
            ).format(row=layout.header_row)
        )
        numbered = [
            (number, row)
            for number, row in enumerate(sheet.rows[layout.header_row :], layout.header_row + 1)
            if any(_filled(c) for c in row)
        ][:PREVIEW_ROWS]
        rows = [row for _number, row in numbered]
        width = len(mapping.choices)
        table.setColumnCount(width)
        table.setRowCount(1 + len(rows))
        table.setHorizontalHeaderLabels(
            [f"{c.letter}  {c.header}" if c.header else c.letter for c in mapping.choices]
        )
        # the spreadsheet's own row numbers, as the problems name them
        table.setVerticalHeaderLabels(
            [
                translate("MselImportDialog", "Read as"),
                *[
                    translate("MselImportDialog", "Row {number}").format(number=n)
                    for n, _row in numbered
                ],
            ]
        )
        for index, choice in enumerate(mapping.choices):
            box = QComboBox(table)
            box.setObjectName(f"mselField{choice.letter}")
            box.setAccessibleName(
                translate("MselImportDialog", "Field of column {column}").format(
                    column=f"{choice.letter} {choice.header}".strip()
                )
            )
            for key in CHOICES:
                box.addItem(CHOICE_LABELS[key], key)
            box.setCurrentIndex(box.findData(choice.field))
            box.setToolTip(choice.why)
            box.activated.connect(lambda _i, c=choice.column, b=box: self._field_chosen(c, b))
            table.setCellWidget(0, index, box)
            for row, cells in enumerate(rows, 1):
                value = cells[index] if index < len(cells) else None
                item = QTableWidgetItem(" ".join(cell_text(value).split())[:200])
                item.setToolTip(cell_text(value)[:1000])
                table.setItem(row, index, item)
        table.resizeColumnsToContents()
        for index in range(width):
            table.setColumnWidth(index, min(max(table.columnWidth(index), 120), 280))
        self._shade()

    def _shade(self) -> None:
        """Grey out the preview of columns that are not imported."""
        if self.mapping is None:
            return
        muted = QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText))
        normal = QBrush(self.palette().color(self.palette().ColorRole.Text))
        for index, choice in enumerate(self.mapping.choices):
            for row in range(1, self.table.rowCount()):
                item = self.table.item(row, index)
                if item is not None:
                    item.setForeground(muted if choice.field == "skip" else normal)

    def _field_chosen(self, column: int, box: QComboBox) -> None:
        if self.mapping is None:
            return
        self.mapping = self.mapping.choose(column, str(box.currentData()))
        # another column may have given up its field: show every column's choice again
        for index, choice in enumerate(self.mapping.choices):
            other = self.table.cellWidget(0, index)
            if isinstance(other, QComboBox):
                other.setCurrentIndex(other.findData(choice.field))
        self._shade()
        self.schedule()

    # -- the live import --------------------------------------------------------------------

    def schedule(self) -> None:
        self._generation += 1
        self.import_button.setEnabled(False)
        self.summary.setText(translate("MselImportDialog", "Checking…"))
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        sheet = self.sheet_box.currentText()
        self._pool.start(
            _Import(self._generation, self.book, self.base, self.mapping, sheet, self._relay)
        )

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or self._pool.activeThreadCount() > 0

    def _imported(self, generation: int, result: MselImport) -> None:
        if generation != self._generation:
            return  # the mapping changed while this import ran
        self.imported = result
        self.problems.clear()
        style = self.style()
        icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for problem in result.problems:
            line = (
                translate("MselImportDialog", "Error · {problem}")
                if problem.is_error
                else translate("MselImportDialog", "Note · {problem}")
            )
            item = QListWidgetItem(icons[problem.is_error], line.format(problem=problem.message))
            item.setToolTip(problem.message)
            self.problems.addItem(item)
        errors, notes = len(result.errors), len(result.warnings)
        if result.ok and result.data is not None:
            count = len(result.data["injects"])
            if notes:
                text = translate(
                    "MselImportDialog", "%n inject(s) will be imported; {notes} below.", "", count
                ).format(notes=translate("MselImportDialog", "%n note(s)", "", notes))
            else:
                text = translate("MselImportDialog", "%n inject(s) will be imported.", "", count)
            self.summary.setText(text)
        else:
            self.summary.setText(
                translate(
                    "MselImportDialog",
                    "%n error(s): nothing can be imported until they are fixed (choose other "
                    "fields, or fix the spreadsheet).",
                    "",
                    errors,
                )
            )
        self.import_button.setEnabled(result.ok)

    def _accept(self) -> None:
        if self.busy or self.imported is None or not self.imported.ok:
            return
        if self.mapping is not None:
            remember(self.mapping)
        self.accept()

    def done(self, code: int) -> None:
        self._timer.stop()
        self._pool.waitForDone()
        super().done(code)


def _filled(cell: Any) -> bool:
    return cell is not None and bool(cell_text(cell).strip())
