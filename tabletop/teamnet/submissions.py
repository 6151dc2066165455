"""A team's submissions: checked as they come in, then queued for the facilitator.

A device sends a decision as JSON with an idempotency key it chose. The key
makes retries safe: the same key is queued once, recorded once (the session
refuses a key it has recorded) and returned once. The queue is shared by the
server's thread (which adds) and the console's thread (which takes, records
and resolves), so every method holds its lock.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tabletop.core.engine.records import DECISION_KINDS
from tabletop.core.i18n import _

KEY_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_TEXT = 2000  # characters of a decision's text
MAX_TAGS = 8
MAX_TAG = 40
MAX_ESCALATION = 10


class SubmissionRefused(ValueError):
    """A submission that cannot be taken; the message tells the team what to change (in the
    language in force: the server parses inside the session's language)."""


@dataclass(frozen=True)
class Submission:
    """A decision a team sent from a device, waiting for the facilitator."""

    key: str  # the device's idempotency key
    team: str
    kind: str
    text: str
    channel: str = ""
    recipients: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    escalation: int = 0
    device: str = ""
    received: float = field(default_factory=time.monotonic)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "text": self.text,
            "channel": self.channel,
            "recipients": list(self.recipients),
            "tags": list(self.tags),
            "escalation": self.escalation,
        }


@dataclass(frozen=True)
class Route:
    """What a team may use when it submits: its channels and the teams it can write to."""

    channels: frozenset[str]
    teams: frozenset[str]


def parse_submission(data: Any, team: str, route: Route, device: str = "") -> Submission:
    """A submission from a device's JSON, or SubmissionRefused saying what is wrong."""
    if not isinstance(data, dict):
        raise SubmissionRefused(_("send the decision as a JSON object"))
    key = data.get("key")
    if not isinstance(key, str) or not KEY_PATTERN.fullmatch(key):
        raise SubmissionRefused(_("the submission needs a key of 16 to 64 letters, digits, - or _"))
    kind = data.get("kind", "action")
    if kind not in DECISION_KINDS:
        raise SubmissionRefused(
            _("the kind must be one of: {kinds}").format(kinds=", ".join(DECISION_KINDS))
        )
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SubmissionRefused(_("write what your team decided"))
    if len(text) > MAX_TEXT:
        raise SubmissionRefused(
            _("the text is too long: at most {count} characters").format(count=MAX_TEXT)
        )
    channel = data.get("channel") or ""
    if not isinstance(channel, str) or (channel and channel not in route.channels):
        raise SubmissionRefused(_("choose one of your team's channels"))
    if kind in ("message", "agree_channel") and not channel:
        raise SubmissionRefused(_("choose the channel it goes over"))
    recipients = data.get("recipients") or []
    if not isinstance(recipients, list) or not all(
        isinstance(r, str) and r in route.teams for r in recipients
    ):
        raise SubmissionRefused(_("recipients must be other teams of this exercise"))
    tags = data.get("tags") or []
    if (
        not isinstance(tags, list)
        or len(tags) > MAX_TAGS
        or not all(isinstance(t, str) and len(t) <= MAX_TAG for t in tags)
    ):
        raise SubmissionRefused(
            _("at most {tags} tags of at most {count} characters").format(
                tags=MAX_TAGS, count=MAX_TAG
            )
        )
    escalation = data.get("escalation", 0)
    if (
        isinstance(escalation, bool)
        or not isinstance(escalation, int)
        or not -MAX_ESCALATION <= escalation <= MAX_ESCALATION
    ):
        raise SubmissionRefused(_("the suggested escalation change is a whole number, -10 to +10"))
    return Submission(
        key=key,
        team=team,
        kind=kind,
        text=text.strip(),
        channel=channel,
        recipients=tuple(dict.fromkeys(recipients)),
        tags=tuple(dict.fromkeys(t.strip() for t in tags if t.strip())),
        escalation=escalation,
        device=device,
    )


class SubmissionQueue:
    """Submissions waiting for the facilitator, in the order they came, one per key."""

    def __init__(self, notify: Callable[[], None] = lambda: None) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[tuple[str, str], Submission] = {}  # (team, key) -> submission
        self._fresh: list[Submission] = []  # not yet taken by the console
        self._done: set[tuple[str, str]] = set()  # recorded or returned
        self.notify = notify

    def add(self, submission: Submission) -> str:
        """Queue a submission; returns "waiting", or "done" for a key already resolved."""
        ident = (submission.team, submission.key)
        with self._lock:
            if ident in self._done:
                return "done"
            if ident in self._waiting:
                return "waiting"
            self._waiting[ident] = submission
            self._fresh.append(submission)
        self.notify()
        return "waiting"

    def take_fresh(self) -> list[Submission]:
        """The submissions that came since the console last asked."""
        with self._lock:
            fresh, self._fresh = self._fresh, []
        return fresh

    def waiting(self, team: str | None = None) -> list[Submission]:
        with self._lock:
            return [s for s in self._waiting.values() if team is None or s.team == team]

    def get(self, team: str, key: str) -> Submission | None:
        with self._lock:
            return self._waiting.get((team, key))

    def reopen(self, submission: Submission) -> None:
        """A recorded or returned submission whose recording (or return) was undone: it
        waits for the facilitator again."""
        ident = (submission.team, submission.key)
        with self._lock:
            self._done.discard(ident)
            self._waiting.setdefault(ident, submission)

    def resolve(self, team: str, key: str) -> None:
        """The submission was recorded or returned: it leaves the queue for good."""
        with self._lock:
            self._waiting.pop((team, key), None)
            self._done.add((team, key))
            self._fresh = [s for s in self._fresh if (s.team, s.key) != (team, key)]
