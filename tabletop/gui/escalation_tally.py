"""The escalation change the decisions since the last level change suggest, kept as they arrive.

Each decision may carry a suggested change (+1, -2 …). The escalation panel
offers their total since the facilitator last set the level. Summing every
decision on every event would grow with the session; here each decision's
share is held in a Fenwick tree by its row, so recording, amending, withdrawing
or taking back a decision, and asking for the total since a point, each cost
O(log n) in the number of decisions.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from tabletop.core.engine import Change
from tabletop.core.engine.state import DecisionRecord, LevelChange, SessionState
from tabletop.gui.language import translate
from tabletop.gui.models import event_by_seq

ARRIVALS = "messages arrived"  # a belief correction, not a change of the level
SHOWN = 6  # decisions named in the suggestion; the rest are counted


class Fenwick:
    """Prefix sums over a list that grows and shrinks at its end, with point updates."""

    def __init__(self) -> None:
        self._tree: list[int] = [0]  # 1-based
        self._values: list[int] = []

    @classmethod
    def of(cls, values: list[int]) -> Fenwick:
        """A tree over these values, built in O(n)."""
        built = cls()
        built._values = list(values)
        tree = [0, *values]
        size = len(tree)
        for i in range(1, size):
            parent = i + (i & -i)
            if parent < size:
                tree[parent] += tree[i]
        built._tree = tree
        return built

    def __len__(self) -> int:
        return len(self._values)

    def append(self, value: int) -> None:
        self._values.append(value)
        i = len(self._values)
        low = i & -i
        # the node for i covers (i - low, i]: its value plus the nodes it absorbs
        self._tree.append(value + self.prefix(i - 1) - self.prefix(i - low))

    def pop(self) -> None:
        self._values.pop()
        self._tree.pop()

    def set(self, index: int, value: int) -> None:
        delta = value - self._values[index]
        if not delta:
            return
        self._values[index] = value
        i = index + 1
        while i < len(self._tree):
            self._tree[i] += delta
            i += i & -i

    def prefix(self, count: int) -> int:
        """The sum of the first ``count`` values."""
        total = 0
        i = count
        while i > 0:
            total += self._tree[i]
            i -= i & -i
        return total

    def since(self, index: int) -> int:
        return self.prefix(len(self._values)) - self.prefix(index)


def _share(decision: DecisionRecord) -> int:
    return 0 if decision.withdrawn else decision.escalation


class SuggestionTally:
    """The total escalation suggested by active decisions since the last level change."""

    def __init__(self, state: SessionState) -> None:
        shares = [_share(decision) for decision in state.decision_list]
        self._sums = Fenwick.of(shares)
        # the rows with a suggestion, in order
        self._marked: list[int] = [row for row, share in enumerate(shares) if share]
        self._levels_seen = 0
        self._since = 0  # the sequence number of the last change of the level
        self._find_since(state.levels, rescan=True)

    def follow(self, change: Change, state: SessionState) -> None:
        """Take one recorded change into account."""
        event = change.event
        data = event.data if isinstance(event.data, dict) else {}
        decisions = state.decision_list
        while len(self._sums) > len(decisions):  # taken back: the latest rows go
            row = len(self._sums) - 1
            self._sums.pop()
            if self._marked and self._marked[-1] == row:
                self._marked.pop()
        for decision in decisions[len(self._sums) :]:
            self._sums.append(_share(decision))
            if _share(decision):
                self._marked.append(decision.row)
        if event.type in ("decision_amended", "decision_withdrawn"):
            self._update(state.decisions.get(str(data.get("decision", ""))))
        elif event.type == "event_undone":
            target = event_by_seq(state, data.get("target"))
            if target is not None and target.type in ("decision_amended", "decision_withdrawn"):
                named = target.data if isinstance(target.data, dict) else {}
                self._update(state.decisions.get(str(named.get("decision", ""))))
        self._find_since(state.levels, rescan=len(state.levels) < self._levels_seen)

    def _update(self, decision: DecisionRecord | None) -> None:
        if decision is None or decision.row >= len(self._sums):
            return
        share = _share(decision)
        self._sums.set(decision.row, share)
        at = bisect.bisect_left(self._marked, decision.row)
        present = at < len(self._marked) and self._marked[at] == decision.row
        if share and not present:
            self._marked.insert(at, decision.row)
        elif not share and present:
            del self._marked[at]

    def _find_since(self, levels: Sequence[LevelChange], *, rescan: bool) -> None:
        if rescan:
            self._since = 0
            for change in reversed(levels):
                if change.cause != ARRIVALS:
                    self._since = change.seq
                    break
        else:
            for change in levels[self._levels_seen :]:
                if change.cause != ARRIVALS:
                    self._since = max(self._since, change.seq)
        self._levels_seen = len(levels)

    def suggestion(self, state: SessionState) -> tuple[int, list[str]]:
        """The total since the last level change, and the decisions that make it up."""
        decisions = state.decision_list
        start = bisect.bisect_right(decisions, self._since, key=lambda d: d.seq)
        total = self._sums.since(start)
        first = bisect.bisect_left(self._marked, start)
        rows = self._marked[first:]
        named = [f"{decisions[r].id} {decisions[r].escalation:+d}" for r in rows[-SHOWN:]]
        if len(rows) > SHOWN:
            many = len(rows) - SHOWN
            named.insert(0, translate("SuggestionTally", "%n more", "", many))
        return total, named
