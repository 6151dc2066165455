"""The live problem list: what the validator says about the deck, and where.

Each entry names the record it is about ("Inject 3 · cable-cut") and the
problem in the validator's words, with a word for its severity (never colour
alone). Activating an entry (click or Enter) asks the window to select that field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from tabletop.core.problems import Problem, format_path
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated

# a record of each list, by its number: "Inject 3"; and the whole list: "Injects"
SECTIONS = {
    "injects": (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Inject {number}"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Injects"),
    ),
    "teams": (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Team {number}"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Teams"),
    ),
    "channels": (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Channel {number}"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Channels"),
    ),
    "objectives": (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Objective {number}"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Objectives"),
    ),
    "sources": (
        QT_TRANSLATE_NOOP("ProblemsPanel", "Source {number}"),
        QT_TRANSLATE_NOOP("ProblemsPanel", "Sources"),
    ),
}


def where(problem: Problem, data: Any) -> str:
    """The record a problem is about, in the words of the editor's tabs."""
    path = problem.path
    if not path:
        return translate("ProblemsPanel", "Deck")
    section = SECTIONS.get(str(path[0]))
    if section is None:
        return translate("ProblemsPanel", "Deck")
    if len(path) > 1 and isinstance(path[1], int):
        name = ""
        records = data.get(path[0]) if isinstance(data, dict) else None
        if isinstance(records, list) and path[1] < len(records):
            record = records[path[1]]
            if isinstance(record, dict):
                name = str(record.get("id") or record.get("ref") or "")
            elif isinstance(record, str):
                name = record
        rest = format_path(path[2:])
        label = translated("ProblemsPanel", section[0]).format(number=path[1] + 1)
        label += f" · {name}" if name else ""
        return f"{label} › {rest}" if rest else label
    return translated("ProblemsPanel", section[1])


def said_here(problem: Problem) -> str:
    """The validator's message without the field path the entry already names."""
    message = problem.message
    path = format_path(problem.path)
    if path and message.startswith(path):
        rest = message[len(path) :]
        if rest.startswith(" "):
            return translate("ProblemsPanel", "this field{rest}").format(rest=rest)
        return rest.lstrip(": ")
    return message


class ProblemsPanel(QWidget):
    """Every problem the validator found, newest check first replacing the last."""

    activated = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(translate("ProblemsPanel", "Checking…"))
        self.summary.setObjectName("problemSummary")
        self.list = QListWidget()
        self.list.setObjectName("problemList")
        self.list.setAccessibleName(translate("ProblemsPanel", "Problems"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.problems: list[Problem] = []

    def show_problems(self, problems: list[Problem], data: Any) -> None:
        self.problems = list(problems)
        self.list.clear()
        style = self.style()
        icons = {
            True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for problem in problems:
            line = (
                translate("ProblemsPanel", "Error · {where}: {problem}")
                if problem.is_error
                else translate("ProblemsPanel", "Warning · {where}: {problem}")
            )
            item = QListWidgetItem(
                icons[problem.is_error],
                line.format(where=where(problem, data), problem=said_here(problem)),
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setToolTip(problem.message)
            self.list.addItem(item)
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        if not problems:
            self.summary.setText(translate("ProblemsPanel", "No problems: the deck is valid."))
        else:
            self.summary.setText(
                translate(
                    "ProblemsPanel", "{errors}, {warnings} — click one to go to the field."
                ).format(
                    errors=translate("ProblemsPanel", "%n error(s)", "", errors),
                    warnings=translate("ProblemsPanel", "%n warning(s)", "", warnings),
                )
            )

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        self.activated.emit(tuple(path or ()))
