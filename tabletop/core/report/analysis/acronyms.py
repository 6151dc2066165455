"""Appendix C: the acronyms a report uses, from the deck's glossary and a common list."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tabletop.core.i18n import N_, _
from tabletop.core.report.model import Acronym

COMMON = {
    "AAR": N_("After-action report"),
    "ASAT": N_("Anti-satellite weapon"),
    "CBM": N_("Confidence-building measure"),
    "CSCE": N_("Conference on Security and Co-operation in Europe"),
    "EEZ": N_("Exclusive economic zone"),
    "EU": N_("European Union"),
    "HSEEP": N_("Homeland Security Exercise and Evaluation Program"),
    "ICAO": N_("International Civil Aviation Organization"),
    "IMO": N_("International Maritime Organization"),
    "INCSEA": N_("Incidents at Sea Agreement"),
    "INF": N_("Intermediate-Range Nuclear Forces (Treaty)"),
    "IP": N_("Improvement plan"),
    "MSEL": N_("Master scenario events list"),
    "NAC": N_("North Atlantic Council"),
    "NATO": N_("North Atlantic Treaty Organization"),
    "NRC": N_("NATO–Russia Council"),
    "NSC": N_("National Security Council"),
    "OSCE": N_("Organization for Security and Co-operation in Europe"),
    "POC": N_("Point of contact"),
    "UN": N_("United Nations"),
    "UNCLOS": N_("United Nations Convention on the Law of the Sea"),
    "US": N_("United States"),
    "UTC": N_("Coordinated Universal Time"),
}
_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")


def acronyms(texts: Iterable[str], glossary: Iterable[tuple[str, str]]) -> tuple[Acronym, ...]:
    """The acronyms found in ``texts`` that the glossary or the common list explain,
    plus every glossary entry (the deck's author asked for them)."""
    known = {short: _(meaning) for short, meaning in COMMON.items()}
    own = dict(glossary)
    known.update(own)
    found = set(own)
    for text in texts:
        found.update(w for w in _WORD.findall(text) if w in known)
    found |= {"AAR", "IP", "HSEEP", "UTC"}  # the report itself uses them
    return tuple(Acronym(a, known[a]) for a in sorted(found))
