"""The decision log's item model: every decision in the order recorded, with what became of it.

Rows are read from ``SessionState.decision_list`` by index, never copied. The
model follows the session one change at a time: a new decision inserts its row,
an amendment or a withdrawal repaints that row only, an undo touches the rows it
took back. A message in transit is shown as such until the scenario clock
reaches its arrival; a heap ordered by arrival time says which rows to repaint
when the clock moves, so each step costs O(log n) in the number of decisions.
The totals the log's summary line shows are kept the same way.
"""

from __future__ import annotations

import heapq
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from tabletop.core.deck.model import ChannelStatus, team_tag
from tabletop.core.engine import Change
from tabletop.core.engine.records import MessageOutcome
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.gui.language import QT_TRANSLATE_NOOP, translate, translated
from tabletop.gui.models import (
    BADGE_ROLE,
    DETAIL_ROLE,
    ID_ROLE,
    Index,
    StateSource,
    event_by_seq,
    short_time,
)
from tabletop.gui.style import (
    IN_TRANSIT_BADGE,
    NO_CHANNEL_BADGE,
    OUTCOME_BADGES,
    WITHDRAWN_BADGE,
    Badge,
    decision_kind,
)

_DECISION_EVENTS = ("decision_recorded", "decision_amended", "decision_withdrawn")


class DecisionLogModel(QAbstractTableModel):
    """Every decision and message in the order recorded, with what became of it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionLogModel", "ID"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Time"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Team"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Decision"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Channel"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Outcome"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Esc."),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Kind"),
        QT_TRANSLATE_NOOP("DecisionLogModel", "Tags"),
    )
    DECISION_COLUMN = 3
    OUTCOME_COLUMN = 5

    def __init__(self, state: StateSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = state
        self._rows = 0
        self._now = 0.0  # the scenario minutes the badges are shown at
        self._coming: list[tuple[float, int]] = []  # (arrives_at, row): still in transit
        self._landed: list[tuple[float, int]] = []  # (-arrives_at, row): arrived by now
        self._counted: list[tuple[bool, bool]] = []  # each row's share of the totals
        self.active = 0  # decisions not withdrawn
        self.lost = 0  # of them, messages not delivered
        self.sync()

    # -- Qt's side -------------------------------------------------------------------

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
            return translated("DecisionLogModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._state()
        decision = self.decision_at(index.row())
        if decision is None or state is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return decision.id
        if role == BADGE_ROLE and column == self.OUTCOME_COLUMN:
            return self.badge(decision, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(decision, state, column)
        if role == DETAIL_ROLE and column == self.DECISION_COLUMN:
            return self.details(decision, state)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(decision, state, column)
            if column == self.DECISION_COLUMN:
                text += ". " + self.details(decision, state)
            return text
        if role == Qt.ItemDataRole.FontRole and decision.withdrawn:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(decision, state)
        return None

    # -- rows --------------------------------------------------------------------------

    def decision_at(self, row: int) -> DecisionRecord | None:
        state = self._state()
        if state is None or not 0 <= row < min(self._rows, len(state.decision_list)):
            return None
        return state.decision_list[row]

    def row_of(self, decision_id: str) -> int:
        state = self._state()
        decision = state.decisions.get(decision_id) if state is not None else None
        return decision.row if decision is not None and decision.row < self._rows else -1

    # -- following the session ----------------------------------------------------------

    def sync(self) -> None:
        """Start over from the state as it is (on opening): O(n), once."""
        state = self._state()
        decisions = state.decision_list if state is not None else []
        self.beginResetModel()
        self._rows = len(decisions)
        self._coming = [
            (d.outcome.arrives_at, d.row)
            for d in decisions
            if d.outcome is not None and d.outcome.arrives_at is not None and not d.outcome.arrived
        ]
        self._landed = []
        heapq.heapify(self._coming)
        self._counted = [
            (
                not d.withdrawn,
                not d.withdrawn and d.outcome is not None and not d.outcome.got_through,
            )
            for d in decisions
        ]
        self.active = sum(active for active, _lost in self._counted)
        self.lost = sum(lost for _active, lost in self._counted)
        self.endResetModel()

    def apply(self, change: Change) -> None:
        """Follow one recorded change: insert, repaint or take back only the rows it touched."""
        state = self._state()
        if state is None:
            return
        event = change.event
        data = event.data if isinstance(event.data, dict) else {}
        if event.type == "decision_recorded":
            self._fit_rows(state)
        elif event.type in ("decision_amended", "decision_withdrawn"):
            self._repaint(self.row_of(str(data.get("decision", ""))))
        elif event.type == "event_undone":
            self._fit_rows(state)
            target = event_by_seq(state, data.get("target"))
            if target is not None and target.type in _DECISION_EVENTS:
                target_data = target.data if isinstance(target.data, dict) else {}
                self._repaint(self.row_of(str(target_data.get("decision", ""))))

    def set_now(self, scenario: float) -> None:
        """The scenario clock moved: repaint the messages that arrived (or, after an undo,
        went back to being in transit)."""
        self._now = scenario
        while self._coming and self._coming[0][0] <= scenario:
            arrives, row = heapq.heappop(self._coming)
            heapq.heappush(self._landed, (-arrives, row))
            self._emit_row(row)
        while self._landed and -self._landed[0][0] > scenario:
            arrives, row = heapq.heappop(self._landed)
            heapq.heappush(self._coming, (-arrives, row))
            self._emit_row(row)

    def _fit_rows(self, state: SessionState) -> None:
        wanted = len(state.decision_list)
        if wanted > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, wanted - 1)
            for decision in state.decision_list[self._rows : wanted]:
                self._counted.append((False, False))
                self._count(decision)
                self._watch(decision)
            self._rows = wanted
            self.endInsertRows()
        elif wanted < self._rows:
            self.beginRemoveRows(QModelIndex(), wanted, self._rows - 1)
            for active, lost in self._counted[wanted:]:
                self.active -= active
                self.lost -= lost
            del self._counted[wanted:]
            self._rows = wanted
            self.endRemoveRows()

    def _repaint(self, row: int) -> None:
        decision = self.decision_at(row)
        if decision is None:
            return
        self._count(decision)
        self._watch(decision)
        self._emit_row(row)

    def _emit_row(self, row: int) -> None:
        if 0 <= row < self._rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def _count(self, decision: DecisionRecord) -> None:
        """Put this row's share of the totals in line with the decision."""
        row = decision.row
        if not 0 <= row < len(self._counted):
            return
        old_active, old_lost = self._counted[row]
        active = not decision.withdrawn
        lost = active and decision.outcome is not None and not decision.outcome.got_through
        self.active += active - old_active
        self.lost += lost - old_lost
        self._counted[row] = (active, lost)

    def _watch(self, decision: DecisionRecord) -> None:
        """A message not yet arrived is repainted when the clock reaches its arrival."""
        outcome = decision.outcome
        if outcome is not None and outcome.arrives_at is not None and not outcome.arrived:
            heapq.heappush(self._coming, (outcome.arrives_at, decision.row))

    # -- what a row says ------------------------------------------------------------

    @staticmethod
    def badge(decision: DecisionRecord, now: float | None = None) -> Badge:
        """The outcome as a badge; at scenario time ``now`` a message on its way is in transit."""
        if decision.withdrawn:
            return WITHDRAWN_BADGE
        outcome = decision.outcome
        if outcome is None:
            return NO_CHANNEL_BADGE
        if now is not None and outcome.in_transit_at(now):
            return IN_TRANSIT_BADGE
        return OUTCOME_BADGES[outcome.status]

    def details(self, decision: DecisionRecord, state: SessionState) -> str:
        """The second line under a decision's text: kind, channel, arrival, tags, escalation."""
        bits = [short_time(decision.scenario), decision_kind(decision.kind)]
        if decision.channel:
            bits.append(_channel_name(state, decision.channel))
        outcome = decision.outcome
        if outcome is not None and outcome.in_transit_at(self._now):
            bits.append(
                translate("DecisionLogModel", "arrives {time}").format(
                    time=short_time(outcome.arrives_at or 0)
                )
            )
        if decision.tags:
            bits.append(
                translate("DecisionLogModel", "tags: {tags}").format(tags=", ".join(decision.tags))
            )
        if decision.escalation:
            bits.append(
                translate("DecisionLogModel", "esc. {change}").format(
                    change=f"{decision.escalation:+d}"
                )
            )
        if decision.amendments:
            bits.append(translate("DecisionLogModel", "amended"))
        return " · ".join(bits)

    def _text(self, decision: DecisionRecord, state: SessionState, column: int) -> str:
        if column == 0:
            return decision.id + ("*" if decision.amendments else "")
        if column == 1:
            return short_time(decision.scenario)
        if column == 2:
            try:
                team = state.team(decision.team)
            except KeyError:
                return team_tag(decision.team, decision.team)
            return team.tag
        if column == 3:
            return decision.text
        if column == 4:
            return _channel_name(state, decision.channel) if decision.channel else ""
        if column == 5:
            return self.badge(decision, self._now).label
        if column == 6:
            return f"{decision.escalation:+d}" if decision.escalation else ""
        if column == 7:
            return decision_kind(decision.kind)
        if column == 8:
            return ", ".join(decision.tags)
        return ""

    def _tooltip(self, decision: DecisionRecord, state: SessionState) -> str:
        lines = [
            translate("DecisionLogModel", "{decision} by {team} ({kind}): {text}").format(
                decision=decision.id,
                team=state.team_name(decision.team),
                kind=decision_kind(decision.kind),
                text=decision.text,
            )
        ]
        outcome = decision.outcome
        if outcome is not None:
            if outcome.status == Outcome.UNDELIVERABLE:
                lines.append(
                    translate("DecisionLogModel", "Not delivered: {reason}").format(
                        reason=outcome_reason(outcome, state)
                    )
                )
            else:
                if outcome.in_transit_at(self._now):
                    line = translate("DecisionLogModel", "In transit, arrives {time}")
                elif outcome.arrived:
                    line = translate("DecisionLogModel", "Arrived {time}")
                else:
                    line = translate("DecisionLogModel", "Arrives {time}")
                line = line.format(time=short_time(outcome.arrives_at or 0))
                reason = outcome_reason(outcome, state) if outcome.reason else ""
                lines.append(line + (f" ({reason})" if reason else ""))
            if outcome.recipients:
                names = ", ".join(state.team_name(r) for r in outcome.recipients)
                lines.append(translate("DecisionLogModel", "To: {teams}").format(teams=names))
        if decision.tags:
            lines.append(
                translate("DecisionLogModel", "Tags: {tags}").format(tags=", ".join(decision.tags))
            )
        if decision.amendments:
            many = len(decision.amendments)
            lines.append(translate("DecisionLogModel", "Amended %n time(s)", "", many))
        if decision.withdrawn:
            if decision.withdrawn_reason:
                lines.append(
                    translate("DecisionLogModel", "Withdrawn: {reason}").format(
                        reason=decision.withdrawn_reason
                    )
                )
            else:
                lines.append(translate("DecisionLogModel", "Withdrawn"))
        return "\n".join(lines)


def outcome_reason(outcome: MessageOutcome, state: SessionState) -> str:
    """Why a message was delayed or never arrived: the channel's status when it was sent."""
    name = _channel_name(state, outcome.channel)
    if outcome.channel_status is ChannelStatus.DEGRADED:
        return translate("DecisionLogModel", "{channel} is degraded").format(channel=name)
    if outcome.channel_status is ChannelStatus.CLOSED:
        return translate("DecisionLogModel", "{channel} is closed").format(channel=name)
    if outcome.channel_status is ChannelStatus.PROPOSED:
        return translate("DecisionLogModel", "{channel} is only proposed, not yet agreed").format(
            channel=name
        )
    return outcome.reason


def _channel_name(state: SessionState, channel_id: str) -> str:
    deck = state.deck
    return deck.channel(channel_id).name if deck.has_channel(channel_id) else channel_id
