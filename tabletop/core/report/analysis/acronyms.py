"""Appendix C: the acronyms a report uses, from the deck's glossary and a common list."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tabletop.core.report.model import Acronym

COMMON = {
    "AAR": "After-action report",
    "ASAT": "Anti-satellite weapon",
    "CBM": "Confidence-building measure",
    "CSCE": "Conference on Security and Co-operation in Europe",
    "EEZ": "Exclusive economic zone",
    "EU": "European Union",
    "HSEEP": "Homeland Security Exercise and Evaluation Program",
    "ICAO": "International Civil Aviation Organization",
    "IMO": "International Maritime Organization",
    "INCSEA": "Incidents at Sea Agreement",
    "INF": "Intermediate-Range Nuclear Forces (Treaty)",
    "IP": "Improvement plan",
    "MSEL": "Master scenario events list",
    "NAC": "North Atlantic Council",
    "NATO": "North Atlantic Treaty Organization",
    "NRC": "NATO–Russia Council",
    "NSC": "National Security Council",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "POC": "Point of contact",
    "UN": "United Nations",
    "UNCLOS": "United Nations Convention on the Law of the Sea",
    "US": "United States",
    "UTC": "Coordinated Universal Time",
}
_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,9}\b")


def acronyms(texts: Iterable[str], glossary: Iterable[tuple[str, str]]) -> tuple[Acronym, ...]:
    """The acronyms found in ``texts`` that the glossary or the common list explain,
    plus every glossary entry (the deck's author asked for them)."""
    known = dict(COMMON)
    own = dict(glossary)
    known.update(own)
    found = set(own)
    for text in texts:
        found.update(w for w in _WORD.findall(text) if w in known)
    found |= {"AAR", "IP", "HSEEP", "UTC"}  # the report itself uses them
    return tuple(Acronym(a, known[a]) for a in sorted(found))
