"""The report's tables that the PDF and the Word file both print: headings and rows
as text, in the current language, so the two files always say the same thing."""

from __future__ import annotations

from tabletop.core.i18n import _, pgettext
from tabletop.core.report import words
from tabletop.core.report.model import ChannelAnalysis, DeckPath, PathStep

Table = tuple[list[str], list[tuple[str, ...]]]


def messages_per_channel(analysis: ChannelAnalysis) -> Table:
    """Each channel's status at the start and the end, and what came of its messages."""
    headings = [
        _("Channel"),
        pgettext("status at", "Start"),
        pgettext("status at", "End"),
        _("Worked"),
        _("Sent"),
        _("Delivered"),
        _("Delayed"),
        _("Undeliverable"),
    ]
    rows: list[tuple[str, ...]] = [
        (
            r.channel,
            r.start_status,
            r.end_status,
            r.available,
            str(r.attempts),
            str(r.delivered),
            str(r.delayed),
            str(r.undeliverable),
        )
        for r in analysis.rows
    ]
    return headings, rows


def injects_on_the_path(path: DeckPath) -> Table:
    """Every inject of the deck and what became of it in this session."""
    headings = ["#", _("Inject"), _("What became of it")]
    rows: list[tuple[str, ...]] = [
        (str(s.order) if s.order else "—", s.title, _what_became(s)) for s in path.steps
    ]
    return headings, rows


def _what_became(step: PathStep) -> str:
    """A step's status and how it came about, the status said once: a skipped or unreached
    inject's account starts with it already ("Skipped by the facilitator: …", "Not reached:
    …"), as a delivered one's plain "Delivered." does; an account of how a delivered inject
    came ("“B” came after “A” …") is given its status first."""
    if step.status == "delivered" and step.how != _("Delivered."):
        return _("{status}. {how}").format(status=words.path_status(step.status), how=step.how)
    return step.how
