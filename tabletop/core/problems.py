"""Problems found in a user's file: where they are, what is wrong, what to do."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from enum import Enum

from tabletop.core.value_class import value_class


class Severity(str, Enum):
    """How bad a problem is: errors stop a deck from loading, warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@value_class(order=True)
class Location:
    """A place in a file; line and column count from 1, 0 means unknown."""

    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return ""
        return f"{self.line}:{self.column}" if self.column else f"{self.line}"


@value_class
class Problem:
    """One thing wrong with a file, located and explained."""

    message: str
    location: Location = field(default_factory=Location)
    severity: Severity = Severity.ERROR
    path: tuple[str | int, ...] = ()
    code: str = ""
    source: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def field_path(self) -> str:
        """The field the problem is about, as ``injects[3].branches[0].goto``."""
        return format_path(self.path)

    def with_source(self, source: str) -> Problem:
        """The same problem, attributed to a file."""
        return Problem(self.message, self.location, self.severity, self.path, self.code, source)

    def format(self) -> str:
        """The problem as a compiler would print it: ``file:line:col: error: message``."""
        place = self.source or "<deck>"
        if self.location.line:
            place += f":{self.location}"
        return f"{place}: {self.severity.value}: {self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.source,
            "line": self.location.line,
            "column": self.location.column,
            "severity": self.severity.value,
            "code": self.code,
            "path": self.field_path,
            "message": self.message,
        }


class SortsProblems:
    """Mixin for results that carry a ``problems`` list: its errors and its warnings."""

    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def format_path(path: Iterable[str | int]) -> str:
    """A field path in the way authors write it: ``injects[3].narrative``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``did you mean 'x'?`` hint, or an empty string when nothing is close."""
    import difflib  # only when something is misspelt

    # 0.65: one letter wrong in a three-letter id (0.67) is still offered; a different
    # word that shares a few letters and a year ("boracay-2025", "track2-2023": 0.61) is not
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.65)
    return f"; did you mean '{matches[0]}'?" if matches else ""


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in file order, errors before warnings at the same place."""
    return sorted(
        problems,
        key=lambda p: (
            p.source,
            p.location.line or 10**9,
            p.location.column,
            p.severity is not Severity.ERROR,
            p.message,
        ),
    )


class UnreadableFile(Exception):
    """The file could not be opened at all (missing, a folder, no permission)."""
