"""The fold's undo trail: how to put the state back as it was before recent events.

Every change the fold makes to an object that existed before the event goes
through a :class:`Trail` method, which records how to reverse it. The trail
keeps one frame per event for the most recent events, so taking back the
latest event costs what that event did, not a replay of the whole log.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Callable, MutableMapping, MutableSet
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

Reverse = Callable[[], object]


class Trail:
    """Reversible changes, grouped in one frame per event (the newest ``depth`` events)."""

    def __init__(self, depth: int = 4096) -> None:
        self._frames: deque[tuple[int, list[Reverse]]] = deque(maxlen=depth)
        self._frame: list[Reverse] | None = None
        self.recording = True

    # -- frames -------------------------------------------------------------------

    def begin(self, seq: int) -> bool:
        """Start the frame of one event; False when the trail is not recording."""
        if not self.recording:
            self._frame = None
            return False
        self._frame = []
        self._frames.append((seq, self._frame))
        return True

    @property
    def depth(self) -> int:
        """How many of the latest events can be taken back without a replay."""
        return self._frames.maxlen or 0

    def covers(self, seq: int) -> bool:
        """Whether every event from ``seq`` on still has its frame."""
        return bool(self._frames) and self._frames[0][0] <= seq

    def rewind(self, seq: int) -> list[int]:
        """Reverse every event from ``seq`` on, newest first; returns their numbers in order."""
        rewound: list[int] = []
        while self._frames and self._frames[-1][0] >= seq:
            event_seq, frame = self._frames.pop()
            for reverse in reversed(frame):
                reverse()
            rewound.append(event_seq)
        self._frame = None
        rewound.reverse()
        return rewound

    def clear(self) -> None:
        self._frames.clear()
        self._frame = None

    def _note(self, reverse: Reverse) -> None:
        if self._frame is not None:
            self._frame.append(reverse)

    # -- changes --------------------------------------------------------------------

    def set(self, obj: object, name: str, value: object) -> None:
        """``obj.name = value``."""
        if self._frame is not None:
            old = getattr(obj, name)
            self._frame.append(lambda: setattr(obj, name, old))
        setattr(obj, name, value)

    def append(self, items: list[T], item: T) -> None:
        items.append(item)
        if self._frame is not None:
            self._frame.append(items.pop)

    def put(self, mapping: MutableMapping[K, V], key: K, value: V) -> None:
        """``mapping[key] = value``."""
        if self._frame is not None:
            if key in mapping:
                old = mapping[key]
                self._frame.append(lambda: mapping.__setitem__(key, old))
            else:
                self._frame.append(lambda: mapping.pop(key, None))
        mapping[key] = value

    def remove(self, mapping: MutableMapping[K, V], key: K) -> None:
        """``del mapping[key]`` (nothing happens if it is not there)."""
        if key not in mapping:
            return
        old = mapping.pop(key)
        self._note(lambda: mapping.__setitem__(key, old))

    def replace(self, items: list[T], index: int, item: T) -> None:
        """``items[index] = item``."""
        old = items[index]
        items[index] = item
        self._note(lambda: items.__setitem__(index, old))

    def add(self, items: MutableSet[T], item: T) -> None:
        if item not in items:
            items.add(item)
            self._note(lambda: items.discard(item))

    def push(self, heap: list[Any], item: Any) -> None:
        """``heapq.heappush``; reversed by taking that very item out again."""
        heapq.heappush(heap, item)
        if self._frame is None:
            return

        def reverse() -> None:
            heap.remove(item)
            heapq.heapify(heap)

        self._frame.append(reverse)

    def pop(self, heap: list[Any]) -> Any:
        """``heapq.heappop``; reversed by pushing the item back."""
        item = heapq.heappop(heap)
        if self._frame is not None:
            self._frame.append(lambda: heapq.heappush(heap, item))
        return item
