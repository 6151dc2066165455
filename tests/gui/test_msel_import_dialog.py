"""The MSEL import dialog: preview, a field per column, live problems, sheets, remembering."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tabletop.core.msel.files import read_workbook
from tabletop.gui.editor.msel_import_dialog import MselImportDialog

pytestmark = pytest.mark.gui

FOREIGN = Path(__file__).resolve().parent.parent / "data" / "msel" / "foreign"


def _dialog(qtbot: QtBot, path: Path) -> MselImportDialog:
    dialog = MselImportDialog(read_workbook(path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    _settled(qtbot, dialog)
    return dialog


def _settled(qtbot: QtBot, dialog: MselImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.imported is not None, timeout=10000)
    qtbot.wait(1)  # let the result reach the widgets


def _box(dialog: MselImportDialog, letter: str) -> QComboBox:
    box = dialog.table.findChild(QComboBox, f"mselField{letter}")
    assert isinstance(box, QComboBox)
    return box


def _choose(qtbot: QtBot, dialog: MselImportDialog, letter: str, label: str) -> None:
    box = _box(dialog, letter)
    box.setCurrentIndex(box.findText(label))
    box.activated.emit(box.currentIndex())
    _settled(qtbot, dialog)


def _problems(dialog: MselImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_the_preview_shows_the_first_rows_and_the_proposed_fields(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FOREIGN / "german-stabsrahmenuebung.csv")
    table = dialog.table
    assert table.horizontalHeaderItem(1).text() == "B  Uhrzeit"
    assert table.verticalHeaderItem(0).text() == "Read as"
    assert table.verticalHeaderItem(1).text() == "Row 4"  # the sheet's own row number
    assert table.item(1, 1).text() == "Tag 1 06:40"
    assert table.item(3, 5).text() == "Moskau weist jede Beteiligung zurück"  # blank row skipped
    assert _box(dialog, "B").currentText() == "Scenario time"
    assert _box(dialog, "G").currentText() == "Inject text"
    assert "Headers on row 3" in dialog.layout_label.text()
    assert dialog.summary.text().startswith("3 injects will be imported")
    assert dialog.import_button.isEnabled()


def test_problems_follow_the_mapping_as_it_changes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FOREIGN / "german-stabsrahmenuebung.csv")
    _choose(qtbot, dialog, "G", "Not imported")
    assert not dialog.import_button.isEnabled()
    assert any("no column was found for the Inject text" in p for p in _problems(dialog))
    assert dialog.summary.text().startswith("1 error")
    _choose(qtbot, dialog, "G", "Inject text")
    assert dialog.import_button.isEnabled()
    _choose(qtbot, dialog, "E", "Kept in the notes")
    assert any("no field was chosen for column E (Empfänger)" in p for p in _problems(dialog))


def test_giving_a_columns_field_to_another_moves_the_first_to_the_notes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, FOREIGN / "german-stabsrahmenuebung.csv")
    _choose(qtbot, dialog, "F", "Inject text")  # Betreff, which was the title
    assert _box(dialog, "G").currentText() == "Kept in the notes"
    assert dialog.imported is not None and dialog.imported.data is not None
    first = dialog.imported.data["injects"][0]
    assert first["narrative"] == "Datenkabel im Finnischen Meerbusen unterbrochen"
    assert "Lagetext: Ein Datenkabel" in first["facilitator_notes"]


def test_a_workbook_with_several_sheets_lets_the_user_pick_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover.append(["Exercise Baltic Shield"])
    first = book.create_sheet("Day 1")
    first.append(["Title", "Inject text", "To"])
    first.append(["Cable cut", "A cable is cut.", "nato"])
    second = book.create_sheet("Day 2")
    second.append(["Title", "Inject text", "To"])
    second.append(["Tanker", "A tanker is boarded.", "nato"])
    second.append(["Denial", "Moscow denies it.", "nato"])
    path = tmp_path / "days.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, path)
    assert dialog.sheet_box.isVisibleTo(dialog)
    assert [dialog.sheet_box.itemText(i) for i in range(dialog.sheet_box.count())] == [
        "Cover",
        "Day 1",
        "Day 2",
    ]
    assert dialog.sheet_box.currentText() == "Day 1"
    dialog.sheet_box.setCurrentText("Day 2")
    _settled(qtbot, dialog)
    assert dialog.table.item(2, 0).text() == "Denial"
    assert dialog.imported is not None and dialog.imported.sheet == "Day 2"
    assert dialog.summary.text().startswith("2 injects")


def test_the_chosen_mapping_is_remembered_for_the_same_headers(qtbot: QtBot) -> None:
    path = FOREIGN / "finnish-no-hints.csv"
    dialog = _dialog(qtbot, path)
    assert _box(dialog, "C").currentText() == "From"
    _choose(qtbot, dialog, "C", "Not imported")
    dialog.import_button.click()
    assert dialog.result() == MselImportDialog.DialogCode.Accepted
    again = _dialog(qtbot, path)
    assert _box(again, "C").currentText() == "Not imported"
    # a file with other headers gets its own proposal
    other = _dialog(qtbot, FOREIGN / "french-exercice-cadre.csv")
    assert _box(other, "D").currentText() == "From"
