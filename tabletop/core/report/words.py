"""The report's fixed vocabulary in the language in force: statuses, kinds, ratings, verdicts.

The session and the deck keep codes (``open``, ``undeliverable``, ``P``,
``not_met``, ``agree_channel``); the report and the cards name them through
these functions, so each word is translated once and reads the same everywhere.
"""

from __future__ import annotations

from tabletop.core.deck.wording import channel_status as channel_status
from tabletop.core.i18n import _, pgettext


def channel_status_label(status: str) -> str:
    """A channel status as a label in a table or a legend: ``Open``, ``Closed`` …"""
    words = {
        "open": pgettext("channel status label", "Open"),
        "degraded": pgettext("channel status label", "Degraded"),
        "closed": pgettext("channel status label", "Closed"),
        "proposed": pgettext("channel status label", "Proposed"),
    }
    return words.get(str(status), str(status).capitalize())


def outcome(status: str) -> str:
    """What came of a message: ``delivered``, ``delayed``, ``undeliverable`` (or ``recorded``)."""
    words = {
        "delivered": pgettext("message outcome", "delivered"),
        "delayed": pgettext("message outcome", "delayed"),
        "undeliverable": pgettext("message outcome", "undeliverable"),
        "in transit": pgettext("message outcome", "in transit"),
        "": pgettext("message outcome", "recorded"),
    }
    return words.get(str(status), str(status))


def outcome_mark(status: str) -> str:
    """The outcome as the timeline marks it: ``delivered``, ``DELAYED``, ``NOT DELIVERED``."""
    words = {
        "delivered": pgettext("message outcome mark", "delivered"),
        "delayed": pgettext("message outcome mark", "DELAYED"),
        "undeliverable": pgettext("message outcome mark", "NOT DELIVERED"),
        "in transit": pgettext("message outcome mark", "in transit"),
    }
    return words.get(str(status), outcome(status))


def decision_kind(kind: str) -> str:
    """A decision's kind as a label: ``Action``, ``Message``, ``Public statement`` …"""
    words = {
        "action": pgettext("decision kind", "Action"),
        "message": pgettext("decision kind", "Message"),
        "statement": pgettext("decision kind", "Public statement"),
        "agree_channel": pgettext("decision kind", "Agreement to open a channel"),
    }
    return words.get(kind, kind)


def rating_name(code: str) -> str:
    """``Performed without challenges`` … for P, S, M, U ("" for anything else)."""
    words = {
        "P": _("Performed without challenges"),
        "S": _("Performed with some challenges"),
        "M": _("Performed with major challenges"),
        "U": _("Unable to be performed"),
    }
    return words.get(code, "")


def rating_words(code: str) -> str:
    """``P: performed without challenges`` … ("" for anything else)."""
    words = {
        "P": _("P: performed without challenges"),
        "S": _("S: performed with some challenges"),
        "M": _("M: performed with major challenges"),
        "U": _("U: unable to be performed"),
    }
    return words.get(code, "")


def verdict(status: str) -> str:
    """An expected action's status: ``Met``, ``Partly met``, ``Not met`` …"""
    words = {
        "met": pgettext("expected action", "Met"),
        "partly": pgettext("expected action", "Partly met"),
        "not_met": pgettext("expected action", "Not met"),
        "not_observed": pgettext("expected action", "Not observed"),
        "not_assessed": pgettext("expected action", "Not assessed"),
    }
    return words.get(status, status)


def hotwash_question(key: str) -> str:
    words = {
        "supposed": _("What was supposed to happen?"),
        "happened": _("What happened?"),
        "why": _("Why was there a difference?"),
        "sustain_improve": _("What should be sustained, and what improved?"),
        "notes": _("Other notes"),
    }
    return words.get(key, key)


def capability_element(element: str) -> str:
    """An HSEEP capability element (Planning, Organization, Equipment, Training, Exercise)."""
    words = {
        "Planning": pgettext("capability element", "Planning"),
        "Organization": pgettext("capability element", "Organization"),
        "Equipment": pgettext("capability element", "Equipment"),
        "Training": pgettext("capability element", "Training"),
        "Exercise": pgettext("capability element", "Exercise"),
    }
    return words.get(element, element)


def path_status(status: str) -> str:
    """What became of an inject: ``Delivered``, ``Skipped``, ``Not reached``."""
    words = {
        "delivered": pgettext("inject status", "Delivered"),
        "skipped": pgettext("inject status", "Skipped"),
        "not reached": pgettext("inject status", "Not reached"),
        "pending": pgettext("inject status", "Not reached"),
    }
    return words.get(status, status.capitalize())


def side(code: str) -> str:
    """A team's side as the deck names it: the usual two in words, any other as written."""
    words = {
        "west": pgettext("team side", "west"),
        "east": pgettext("team side", "east"),
    }
    return words.get(code, code)


def observation_kind(kind: str) -> str:
    if kind == "strength":
        return _("Strength")
    return _("Area for improvement")


def citation_section(section: str) -> str:
    """Where in a work a citation points: a generic locator (``whole article``, ``overview``
    …) in the report's language; a heading of the work itself as the work has it."""
    words = {
        "whole article": pgettext("citation locator", "whole article"),
        "whole digest": pgettext("citation locator", "whole digest"),
        "whole fact sheet": pgettext("citation locator", "whole fact sheet"),
        "whole page": pgettext("citation locator", "whole page"),
        "topic page": pgettext("citation locator", "topic page"),
        "whole statement": pgettext("citation locator", "whole statement"),
        "whole translation": pgettext("citation locator", "whole translation"),
        "overview": pgettext("citation locator", "overview"),
        "summary": pgettext("citation locator", "summary"),
        "recommendations": pgettext("citation locator", "recommendations"),
        "as quoted in the commentary": pgettext("citation locator", "as quoted in the commentary"),
    }
    return words.get(section.strip().lower(), section)
