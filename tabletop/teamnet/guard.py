"""Limits that keep one device or one address from spoiling the room for the others.

* :class:`Lockout`: an address that sends too many wrong join codes is turned
  away for a while (join codes are 128 bits, so guessing is hopeless anyway;
  this keeps a curious student's script from filling the log).
* :class:`RateLimiter`: a token bucket per device, so one device cannot flood
  the facilitator's queue or the server.

Both live on the server's event loop thread and take the time as an argument,
so they can be tested without waiting.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """At most ``burst`` requests at once, refilled at ``rate`` per second, per key."""

    def __init__(self, rate: float, burst: float, *, max_keys: int = 4096) -> None:
        self.rate = rate
        self.burst = burst
        self.max_keys = max_keys
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str, now: float) -> bool:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._forget_full(now)
            bucket = self._buckets[key] = _Bucket(self.burst, now)
        bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
        bucket.stamp = now
        if bucket.tokens < 1:
            return False
        bucket.tokens -= 1
        return True

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have refilled: they hold nothing worth keeping."""
        for key, bucket in list(self._buckets.items()):
            if bucket.tokens + (now - bucket.stamp) * self.rate >= self.burst:
                del self._buckets[key]
        if len(self._buckets) >= self.max_keys:
            self._buckets.clear()


class Lockout:
    """Turns an address away after ``attempts`` failures within ``window`` seconds."""

    def __init__(self, attempts: int, window: float, duration: float) -> None:
        self.attempts = attempts
        self.window = window
        self.duration = duration
        self._failures: dict[str, deque[float]] = {}
        self._until: dict[str, float] = {}

    def locked(self, address: str, now: float) -> float:
        """Seconds the address must still wait (0 when it may try)."""
        until = self._until.get(address, 0.0)
        if until <= now:
            self._until.pop(address, None)
            return 0.0
        return until - now

    def fail(self, address: str, now: float) -> bool:
        """Count a failure; True when the address is now locked out."""
        failures = self._failures.setdefault(address, deque())
        failures.append(now)
        while failures and failures[0] < now - self.window:
            failures.popleft()
        if len(failures) >= self.attempts:
            self._until[address] = now + self.duration
            failures.clear()
            return True
        return False
