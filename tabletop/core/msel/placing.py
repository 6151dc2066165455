"""Placing a deck check's problems back on the spreadsheet: the row, the column, the line.

The imported data is checked as any deck is (:func:`load_deck_data`); each
problem it gives names a path in the deck (``injects[3].effects.channels``),
which this step turns into the row and column the author wrote it in.
"""

from __future__ import annotations

import re
from typing import Any

from tabletop.core.deck.loader import load_deck_data
from tabletop.core.msel.columns import FIELD_COLUMN
from tabletop.core.msel.files import DECK_SHEET
from tabletop.core.msel.names import NameResolution
from tabletop.core.problems import Problem, format_path


class ProblemPlacing(NameResolution):
    """The importer's step that checks the deck it made and places each problem on a cell."""

    deck_rows: dict[str, int]
    base: dict[str, Any]

    def validate(self, data: dict[str, Any]) -> None:
        """Check the deck made from the sheet; report its problems at their cells."""
        result = load_deck_data(data, self.book.source)
        for problem in result.problems:
            self._locate(problem)

    def _locate(self, problem: Problem) -> None:
        path = problem.path
        kind = problem.severity
        code = problem.code
        if (
            len(path) >= 2
            and path[0] == "injects"
            and isinstance(path[1], int)
            and path[1] < len(self.rows)
        ):
            row = self.rows[path[1]]
            field_name = str(path[2]) if len(path) > 2 else ""
            column = FIELD_COLUMN.get(field_name, "")
            consumed = 2 if field_name else 1
            line = 0
            if field_name == "effects":
                column = "escalation" if path[3:4] == ("escalation",) else "channels"
                consumed = 3
            elif field_name == "branches" and len(path) > 3 and isinstance(path[3], int):
                line = row.branch_lines[path[3]] if path[3] < len(row.branch_lines) else 0
                consumed = 3
            elif field_name == "next":
                line = row.next_line
            if column in row.bad or (code == "schema-required" and len(path) == 2):
                return  # the cell's own problem (or the empty title) is already reported
            subject = "the cell" if field_name else "the inject"
            message = _without_path(problem.message, "injects", consumed, subject)
            if code == "duplicate-inject":
                ident = row.inject.get("id")
                first = next(r.number for r in self.rows if r.inject.get("id") == ident)
                message = (
                    f"the inject id '{ident}' is already used on row {first}; every "
                    "inject needs its own id"
                )
            self.report(
                message,
                row.number,
                column if column in self.columns else "",
                line=line,
                path=path,
                code=code,
                severity=kind,
            )
            return
        top = str(path[0]) if path else ""
        if top in self.deck_rows:
            message = _LINE_NOTE.sub("", _without_path(problem.message, top, 0, top))
            self.report(
                message,
                self.deck_rows[top],
                sheet=DECK_SHEET,
                path=path,
                code=code,
                severity=kind,
                at_column=2,
                label=top,
            )
        elif top in self.base:
            message = _LINE_NOTE.sub("", problem.message)
            self.report(f"in the base deck: {message}", path=path, code=code, severity=kind)
        elif not (code == "schema-required" and "no-teams" in self.reported):
            self.report(problem.message, path=path, code=code, severity=kind)


# "(first on line 3)": deck data from a spreadsheet has no lines to point at
_LINE_NOTE = re.compile(r"(:? already used on line \d+|\s*\(first on line \d+\))")
_MESSAGE_PATH = re.compile(r"(?P<top>[A-Za-z_]\w*)(?P<rest>(?:\.[A-Za-z_]\w*|\[\d+\])*)")
_PATH_PART = re.compile(r"\.?([A-Za-z_]\w*)|\[(\d+)\]")


def _without_path(message: str, top: str, consumed: int, subject: str) -> str:
    """A validator message with the deck path in it made relative to a cell.

    ``consumed`` path parts after ``top`` (``injects[3].effects`` …) are what the
    row and column already say; without anything left, ``subject`` is named.
    """
    for match in _MESSAGE_PATH.finditer(message):
        if match["top"] != top or not match["rest"]:
            continue  # not a path: the word alone ("known injects: …") is prose
        parts: list[str | int] = [
            int(index) if index else name for name, index in _PATH_PART.findall(match["rest"])
        ]
        remaining = parts[consumed:]
        replacement = format_path(remaining) if remaining else subject
        return message[: match.start()] + replacement + message[match.end() :]
    return message
