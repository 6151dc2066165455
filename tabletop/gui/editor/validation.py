"""Live validation: the deck is checked a moment after each edit, off the GUI thread.

Checking a large deck takes a noticeable fraction of a second, so edits are
debounced and the check runs in a worker thread on a snapshot of the data;
a result that arrives after a newer edit is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from tabletop.core.deck.loader import load_deck_data
from tabletop.core.problems import Problem
from tabletop.gui.language import translate

DELAY_MS = 250


class _Relay(QObject):
    """Carries a finished check from the worker thread to the GUI thread."""

    done = Signal(int, list)


class _Check(QRunnable):
    def __init__(self, generation: int, data: dict[str, Any], source: str, relay: _Relay) -> None:
        super().__init__()
        self.generation = generation
        self.data = data
        self.source = source
        self.relay = relay

    def run(self) -> None:
        try:
            problems = load_deck_data(self.data, self.source).problems
        except Exception as exc:  # a checker bug must not take the editor down
            problems = [
                Problem(
                    translate("Validator", "the deck could not be checked: {problem}").format(
                        problem=exc
                    )
                )
            ]
        self.relay.done.emit(self.generation, problems)


class Validator(QObject):
    """Checks the document a moment after it changes; ``checked`` gives the problems."""

    checked = Signal(list)

    def __init__(self, snapshot: Any, source: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot  # callable giving a private copy of the data
        self._source = source  # callable giving the file name shown in problems
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._generation = 0
        self.problems: list[Problem] = []
        self.busy = False

    def schedule(self) -> None:
        """Check again once editing pauses."""
        self._generation += 1
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        self.busy = True
        self._pool.start(_Check(self._generation, self._snapshot(), self._source(), self._relay))

    def _finished(self, generation: int, problems: list[Problem]) -> None:
        if generation != self._generation:
            return  # the deck changed while this check ran; a newer one is coming
        self.busy = False
        self.problems = problems
        self.checked.emit(problems)

    def wait(self) -> None:
        """Let a running check finish (before the window closes)."""
        self._timer.stop()
        self._pool.waitForDone()
