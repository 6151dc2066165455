"""The team page's words, in the session's language.

The page holds no text of its own. Its labels, buttons, statuses, notices and
the sentence patterns its script fills in (``Recorded as {id}``) are the
dictionary :func:`page_words` gives, from the core's catalogs, in the language
in force; the server sends it with a device's first snapshot and writes the
page's fixed labels into the page it serves (:func:`render_page`), with
``<html lang>`` set. What needs a language's grammar (plural forms, lists,
numbers) is written here, by the server, into each view (:func:`dress`), so
the script only puts whole sentences in place.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

from tabletop.core import i18n
from tabletop.core.engine.team_view import catalog_key, party_names
from tabletop.core.i18n import _, ngettext, pgettext


def page_words() -> dict[str, str]:
    """Every text the team page writes itself, in the language in force (key → text)."""
    return {
        # the page's frame
        "page_title": _("Team page — tabletop"),
        "team_title": _("{team} — tabletop"),
        "joining": _("Joining…"),
        "clock_label": _("Scenario time"),
        "day_time": _("Day {day} {time}"),
        "paused": _("{time} (paused)"),
        "connecting": pgettext("connection", "connecting"),
        "live": pgettext("connection", "live"),
        "reconnecting": pgettext("connection", "reconnecting"),
        "ended": pgettext("connection", "ended"),
        "revoked": pgettext("connection", "access replaced"),
        "not_joined": pgettext("connection", "not joined"),
        "sections": _("Sections"),
        "nav_injects": pgettext("team page section", "Injects"),
        "nav_inbox": pgettext("team page section", "Inbox"),
        "nav_send": pgettext("team page section", "Send"),
        "nav_sent": pgettext("team page section", "Sent"),
        "nav_channels": pgettext("team page section", "Channels"),
        # notices
        "revoked_notice": _(
            "Your team's join code was replaced. Scan your team's new QR code to carry on."
        ),
        "ended_notice": _("The exercise has ended. Thank you for playing."),
        "invalid_notice": _(
            "This join code is not valid (it may have been replaced). "
            "Scan your team's QR code again."
        ),
        # the escalation level
        "level_heading": _("Escalation, as your team believes it"),
        "level_announced": _("Announced by the facilitator at {time}: {level} — {name}"),
        # sending a decision
        "compose_heading": _("Send a decision"),
        "kind_label": pgettext("decision", "Kind"),
        "kind_action": pgettext("decision kind", "Action"),
        "kind_message": pgettext("decision kind", "Message"),
        "kind_statement": pgettext("decision kind", "Public statement"),
        "kind_agree_channel": _("Agree to open a channel"),
        "kind_agree_channel_done": pgettext("decision kind", "Agreement to open a channel"),
        "kind_returned": _("Sent back"),
        "channel_label": _("Channel"),
        "no_channel": _("No channel (an action)"),
        "channel_open": _("{channel} — open"),
        "channel_degraded": _("{channel} — degraded (slow)"),
        "channel_closed": _("{channel} — closed (will not get through)"),
        "channel_proposed": _("{channel} — proposed (not yet agreed)"),
        "recipients_legend": _("To (none ticked: everyone on the channel)"),
        "text_label": _("What your team decided"),
        "tags_label": _("Tags (separated by commas)"),
        "escalation_label": _("Suggested change of escalation"),
        "no_change": _("0 (no change)"),
        "send": _("Send to the facilitator"),
        "write_something": _("Write what your team decided."),
        "choose_channel": _("Choose the channel it goes over."),
        # the team's decisions
        "decisions_heading": _("Your team's decisions"),
        "nothing_sent": _("Nothing sent yet."),
        "sending": _("Sending…"),
        "waiting": _("Waiting for the facilitator"),
        "not_sent": _("Not sent: {error}"),
        "refused": _("refused by the laptop"),
        "returned": _("Returned by the facilitator: {note}"),
        "recorded": _("Recorded as {id}"),
        "recorded_detail": _("Recorded as {id} — {detail}"),
        "delivered": _("Recorded as {id} — delivered ({detail})"),
        "not_delivered": _("Recorded as {id} — not delivered: {detail}"),
        "withdrawn": _("Recorded as {id} — withdrawn by the facilitator"),
        "over_channel": _("over {channel}"),
        "to_teams": _("to {teams}"),
        "by_facilitator": _("recorded by the facilitator"),
        # the team's channels
        "channels_heading": _("Your channels"),
        "status_open": pgettext("channel status label", "Open"),
        "status_degraded": pgettext("channel status label", "Degraded"),
        "status_closed": pgettext("channel status label", "Closed"),
        "status_proposed": pgettext("channel status label", "Proposed"),
        "one_way": _("one-way"),
        "agreed": _("agreed: {parties}"),
        "agreed_none": _("agreed: nobody yet"),
        "waiting_for": _("waiting for: {parties}"),
        # the inbox and what has happened
        "inbox_heading": pgettext("team page section", "Inbox"),
        "inbox_empty": _("No message has reached your team."),
        "inbox_from": _("From {team}"),
        "inbox_meta": _("over {channel} · sent {sent} · arrived {arrived}"),
        "delayed": pgettext("message outcome", "delayed"),
        "injects_heading": _("What has happened"),
        "injects_empty": _("The exercise is about to begin."),
        "inject_from": _("from {sender}"),
        "only_yours": _("Only for your team"),
        "briefing_heading": _("Your team's briefing"),
    }


def latency_text(minutes: int) -> str:
    """How long a channel takes when it is open, in the language in force, in whole days,
    hours or minutes (never rounded): ``takes 30 minutes``, ``takes 4 hours``, ``takes 7 days``."""
    if not minutes:
        return _("immediate when open")
    if minutes % 1440 == 0:
        days = minutes // 1440
        return ngettext("takes {n} day when open", "takes {n} days when open", days).format(
            n=i18n.format_number(days)
        )
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("takes {n} hour when open", "takes {n} hours when open", hours).format(
            n=i18n.format_number(hours)
        )
    return ngettext("takes {n} minute when open", "takes {n} minutes when open", minutes).format(
        n=i18n.format_number(minutes)
    )


@functools.lru_cache(maxsize=4096)
def _listed(items: tuple[str, ...], _words: tuple[str, int]) -> str:
    return i18n.format_list(items)


def listed(items: Any) -> str:
    """Names as the language lists them: ``A, B and C``, ``A, B và C``, ``A, B и C``."""
    return _listed(tuple(str(i) for i in items), catalog_key())


def parties(ids: Any) -> str:
    """The parties of a channel as people say them (``NATO and its member states``), in the
    language in force, listed as the language lists."""
    names = party_names(i18n.current_language())
    return listed(names.get(str(p), str(p)) for p in ids)


# dressed records by the plain record they were made from: views computed again and again
# reuse them, as the core's views reuse their plain records
_DRESSED: dict[tuple[int, str, tuple[str, int]], tuple[dict[str, Any], dict[str, Any]]] = {}


def _dressed(
    kind: str, plain: dict[str, Any], words: tuple[str, int], extra: Any
) -> dict[str, Any]:
    key = (id(plain), kind, words)
    seen = _DRESSED.get(key)
    if seen is not None and seen[0] is plain:
        return seen[1]
    if len(_DRESSED) > 50_000:
        _DRESSED.clear()
    made = {**plain, **extra(plain)}
    _DRESSED[key] = (plain, made)
    return made


def dress(view: dict[str, Any]) -> dict[str, Any]:
    """A team's view (plain data) with the texts the page shows that need the language's
    grammar, written in the language in force: each channel's latency and agreements,
    each inject's and decision's addressees, and the language itself."""
    words = catalog_key()
    out = dict(view)
    out["language"] = i18n.current_language()
    out["channels"] = [
        _dressed(
            "channel",
            c,
            words,
            lambda c: {
                "latency_text": latency_text(int(c.get("latency") or 0)),
                "agreed_text": parties(c.get("agreed") or ()),
                "waiting_text": parties(c.get("waiting") or ()),
            },
        )
        for c in view.get("channels") or ()
    ]
    out["injects"] = [
        _dressed("inject", i, words, lambda i: {"to_text": listed(i.get("to") or ())})
        for i in view.get("injects") or ()
    ]
    out["decisions"] = [
        _dressed(
            "decision", d, words, lambda d: {"recipients_text": listed(d.get("recipients") or ())}
        )
        for d in view.get("decisions") or ()
    ]
    return out


# -- the page itself -------------------------------------------------------------------------

_TEXT = re.compile(r'(<(\w+)\b[^>]*\sdata-(?:text|initial)="([a-z_]+)"[^>]*>)(</\2>)')
_LABEL = re.compile(r'\sdata-label="([a-z_]+)"')
_LANG = re.compile(r'<html lang="[^"]*"')


def render_page(template: str, words: dict[str, str], language: str) -> str:
    """The team page's HTML in a language: ``<html lang>`` set, and every element marked
    ``data-text="key"`` or ``data-initial="key"`` (``data-label="key"`` for its
    ``aria-label``) given its words."""
    page = _LANG.sub(f'<html lang="{html.escape(language, quote=True)}"', template, count=1)
    page = _TEXT.sub(
        lambda m: m.group(1) + html.escape(words.get(m.group(3), ""), quote=False) + m.group(4),
        page,
    )
    return _LABEL.sub(
        lambda m: f'{m.group(0)} aria-label="{html.escape(words.get(m.group(1), ""))}"', page
    )
