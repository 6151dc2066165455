"""Thin Qt item models over the core session state: the inject timeline (the decision log's
model is in :mod:`tabletop.gui.decision_log_model`).

They hold no data of their own: every ``data()`` call reads the current
:class:`~tabletop.core.engine.state.SessionState`, and ``refresh()`` tells the
views which rows appeared, disappeared or changed after an operation.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from tabletop.core.deck.model import Inject, InjectType, ScenarioTime
from tabletop.core.store import Event
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.style import INJECT_BADGES, inject_type, next_reason, short_scenario_time

if TYPE_CHECKING:  # (the start screen's lists load no engine)
    from tabletop.core.engine import NextInject
    from tabletop.core.engine.state import SessionState

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # a Badge drawn by BadgeDelegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the inject or decision id of the row
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # a cell's second line (kind, channel, tags …)

Index = QModelIndex | QPersistentModelIndex
StateSource = Callable[[], "SessionState | None"]


def event_by_seq(state: SessionState, seq: object) -> Event | None:
    """The logged event with this sequence number (the log is in order): O(log n)."""
    if not isinstance(seq, int) or isinstance(seq, bool):
        return None
    events = state.events
    at = bisect.bisect_left(events, seq, key=lambda e: e.seq)
    return events[at] if at < len(events) and events[at].seq == seq else None


def short_time(minutes: float) -> str:
    """Scenario time in a table cell: ``D1 06:40``."""
    return short_scenario_time(ScenarioTime.from_minutes(minutes))


class _StateTableModel(QAbstractTableModel):
    """A table whose rows are read from the session state on demand."""

    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP in the context CONTEXT
    CONTEXT = ""

    def __init__(self, state: StateSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = state
        self._rows = 0

    def row_count_now(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return translated(self.CONTEXT, self.HEADERS[section])
        return None

    def refresh(self) -> None:
        """Bring the row count in line with the state (rows are repainted by subclasses)."""
        wanted = self.row_count_now()
        if wanted > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, wanted - 1)
            self._rows = wanted
            self.endInsertRows()
        elif wanted < self._rows:
            self.beginRemoveRows(QModelIndex(), wanted, self._rows - 1)
            self._rows = wanted
            self.endRemoveRows()

    def repaint_rows(self, rows: Iterable[int]) -> None:
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))


class InjectTimelineModel(_StateTableModel):
    """The MSEL as play goes: each inject's status, scenario time and title, in deck order."""

    CONTEXT = "InjectTimelineModel"
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("InjectTimelineModel", "Status"),
        QT_TRANSLATE_NOOP("InjectTimelineModel", "Time"),
        QT_TRANSLATE_NOOP("InjectTimelineModel", "Inject"),
    )

    def __init__(
        self, state: StateSource, upcoming: Callable[[], NextInject | None], parent: Any = None
    ) -> None:
        super().__init__(state, parent)
        self._upcoming = upcoming
        self._next: NextInject | None = None
        self._keys: list[tuple[str, str, str]] = []  # what each row showed when last painted

    def row_count_now(self) -> int:
        state = self._state()
        return len(state.deck.injects) if state is not None else 0

    def refresh(self) -> None:
        """Repaint only the injects whose status (or reason to come next) changed."""
        self._next = self._upcoming()
        super().refresh()
        state = self._state()
        if state is None:
            return
        keys = [self._key(inject, state) for inject in state.deck.injects]
        changed = [
            row for row, key in enumerate(keys) if row >= len(self._keys) or key != self._keys[row]
        ]
        self._keys = keys
        self.repaint_rows(changed)

    def _key(self, inject: Inject, state: SessionState) -> tuple[str, str, str]:
        record = state.injects.get(inject.id)
        status = self.status_key(inject)
        reason = self._next.reason if status == "next" and self._next is not None else ""
        return (status, reason, record.reason if record is not None else "")

    def inject_at(self, row: int) -> Inject | None:
        state = self._state()
        if state is None or not 0 <= row < len(state.deck.injects):
            return None
        return state.deck.injects[row]

    def row_of(self, inject_id: str) -> int:
        state = self._state()
        if state is None or not state.deck.has_inject(inject_id):
            return -1
        return state.deck.inject_index[inject_id]

    def status_key(self, inject: Inject) -> str:
        state = self._state()
        if state is None:
            return "pending"
        record = state.injects.get(inject.id)
        status = record.status if record is not None else "pending"
        if status == "delivered" and inject.id == state.current:
            return "current"
        if status == "pending" and self._next is not None and self._next.inject == inject.id:
            return "next"
        return status

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        inject = self.inject_at(index.row())
        state = self._state()
        if inject is None or state is None:
            return None
        column = index.column()
        key = self.status_key(inject)
        if role == ID_ROLE:
            return inject.id
        if role == BADGE_ROLE and column == 1:
            return INJECT_BADGES[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(state.order.index(inject.id) + 1) if inject.id in state.order else ""
            if column == 1:
                return INJECT_BADGES[key].label
            if column == 2:
                return short_time(inject.at.total_minutes) if inject.at else ""
            if column == 3:
                if inject.type is InjectType.STANDARD:
                    return inject.title
                return translate("InjectTimelineModel", "{title} ({type})").format(
                    title=inject.title, type=inject_type(inject.type)
                )
        if role == Qt.ItemDataRole.FontRole and key in ("current", "next"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(inject, state, key)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1:
            return INJECT_BADGES[key].label
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, inject: Inject, state: SessionState, key: str) -> str:
        lines = [inject.title]
        if inject.phase:
            lines.append(
                translate("InjectTimelineModel", "Phase: {phase}").format(phase=inject.phase)
            )
        lines.append(
            translate("InjectTimelineModel", "Status: {status}").format(
                status=INJECT_BADGES[key].label
            )
        )
        record = state.injects.get(inject.id)
        if record is not None and record.status == "skipped" and record.reason:
            lines.append(
                translate("InjectTimelineModel", "Skipped because: {reason}").format(
                    reason=record.reason
                )
            )
        if key == "next" and self._next is not None:
            lines.append(
                translate("InjectTimelineModel", "Next because: {reason}").format(
                    reason=next_reason(self._next.reason)
                )
            )
        if inject.type is not InjectType.STANDARD:
            lines.append(
                translate(
                    "InjectTimelineModel", "Type: {type} (delivered on demand or by a branch)"
                ).format(type=inject_type(inject.type))
            )
        return "\n".join(lines)
