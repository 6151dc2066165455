"""Fact checks on a deck's own text: what it says about its channels, ladder and sources.

A deck is written from sources, and its prose restates facts the app also
holds as data: a channel's latency, the rung a threshold sits on, the sections
of a cited document. When the two drift apart the class is taught something
the engine contradicts. These checks catch what can be caught mechanically:

* a catalog channel id or party id written in the text that the deck does not
  have (``nrrc`` in a deck without that channel);
* a latency stated for one of the deck's channels that neither its open
  latency nor its degraded delay gives ("the hotline (15 minutes)" over a
  30-minute channel);
* a level number given the name of another rung, or a threshold placed on a
  rung that carries none ("nuclear threshold (level 9)");
* a citation of a section the shared source does not declare, and a deck
  source that repeats a shared one under another label;
* notes left for the authors (``TODO``, a research paragraph number).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tabletop.core.deck.catalog import Catalog
from tabletop.core.deck.model import Channel, Deck
from tabletop.core.deck.yaml_reader import FieldPath

# The degraded-channel rule, used when the deck does not carry its own: a degraded
# channel carries a message after four times its latency, and never in under an hour.
DEGRADED_FACTOR = 4
DEGRADED_MINIMUM = 60

# Catalog ids that are also everyday words: in running text they are read as ids
# only when written in backticks.
EVERYDAY_WORDS = frozenset({"us", "hotline", "public", "mediator", "mediators", "embassies"})
EVERYDAY_WORDS |= {"parliamentary"}

# Text fields checked for latencies and levels: what the facilitator and the
# teams read about the mechanics (not the story's own narrative).
_NOTE_FIELDS = ("facilitator_notes",)

Finding = tuple[str, FieldPath, str]  # message, where, code


@dataclass(frozen=True)
class _Text:
    path: FieldPath
    text: str
    notes: bool  # facilitator notes, briefings and channel notes: where mechanics are stated


def _texts(data: Mapping[str, Any]) -> Iterator[_Text]:
    """Every piece of prose the deck's author wrote, with where it is."""
    if isinstance(data.get("summary"), str):
        yield _Text(("summary",), data["summary"], False)
    for i, team in enumerate(_records(data.get("teams"))):
        for key in ("role", "briefing"):
            if isinstance(team.get(key), str):
                yield _Text(("teams", i, key), team[key], key == "briefing")
    for i, channel in enumerate(data.get("channels") or ()):
        if isinstance(channel, dict):
            for key in ("carries", "cannot_carry", "notes"):
                if isinstance(channel.get(key), str):
                    yield _Text(("channels", i, key), channel[key], key == "notes")
    for i, inject in enumerate(_records(data.get("injects"))):
        for key in ("title", "narrative", *_NOTE_FIELDS):
            if isinstance(inject.get(key), str):
                yield _Text(("injects", i, key), inject[key], key in _NOTE_FIELDS)
        for key in ("questions", "expected_actions"):
            for j, item in enumerate(inject.get(key) or ()):
                if isinstance(item, str):
                    yield _Text(("injects", i, key, j), item, False)


def _records(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def _where(data: Mapping[str, Any], path: FieldPath) -> str:
    """``inject 'x'`` / ``team 'y'`` / ``channel 'z'``: how a message names the place."""
    if path[0] == "injects":
        return f"inject '{data['injects'][path[1]].get('id')}'"
    if path[0] == "teams":
        return f"team '{data['teams'][path[1]].get('id')}'"
    if path[0] == "channels":
        entry = data["channels"][path[1]]
        return f"channel '{entry.get('id') or entry.get('ref')}'"
    return "the summary"


# -- ids named in the text --------------------------------------------------------------

_ID_TOKEN = re.compile(r"`([a-z][a-z0-9-]*)`|(?<![\w`-])([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w`-])")


def _foreign_ids(deck: Deck, catalog: Catalog) -> dict[str, str]:
    """Catalog channel and party ids this deck does not have, with what each is."""
    own = {c.id for c in deck.channels}
    own |= {t.id for t in deck.teams} | {p for t in deck.teams for p in t.parties}
    foreign = {c.id: "channel" for c in catalog.channels if c.id not in own}
    foreign.update({p: "party" for p in catalog.party_ids if p not in own and p not in foreign})
    return foreign


def check_ids(deck: Deck, catalog: Catalog, data: Mapping[str, Any]) -> Iterator[Finding]:
    foreign = _foreign_ids(deck, catalog)
    for item in _texts(data):
        seen: set[str] = set()
        for match in _ID_TOKEN.finditer(item.text):
            quoted, bare = match.group(1), match.group(2)
            token = quoted or bare
            if token not in foreign or token in seen:
                continue
            if bare and token in EVERYDAY_WORDS:
                continue
            seen.add(token)
            kind = foreign[token]
            fix = (
                "add the channel to the deck's channels or reword"
                if kind == "channel"
                else "give a team that party or reword"
            )
            yield (
                f"{_where(data, item.path)} names the {kind} '{token}', which this deck "
                f"does not have; {fix}",
                item.path,
                f"unknown-{kind}",
            )


# -- latencies --------------------------------------------------------------------------

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "sixteen": 16,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-eight": 48,
    "sixty": 60,
    "ninety": 90,
}
_UNIT_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080}
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_DURATION = re.compile(
    rf"(?<![\w-])(?:(half an hour)|(?:({_NUMBER})\s*(?:to|–|-|or)\s*)?({_NUMBER})[\s-]"
    rf"(minute|hour|day|week)s?)(?![\w])",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;?!]\s|[.;?!]$|—|\s-\s")


def _amount(word: str) -> float:
    word = word.lower()
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)


def durations(text: str) -> Iterator[tuple[str, float, float]]:
    """Each stated duration in the text: (as written, low, high) in minutes."""
    for m in _DURATION.finditer(text):
        if m.group(1):
            yield m.group(0), 30.0, 30.0
            continue
        unit = _UNIT_MINUTES[m.group(4).lower()]
        high = _amount(m.group(3)) * unit
        low = _amount(m.group(2)) * unit if m.group(2) else high
        yield m.group(0), low, high


def degraded_delay(deck: Deck, latency: int) -> int:
    """When a message sent over a degraded channel arrives: the deck's rule, else the default."""
    rule = getattr(deck, "degraded", None)
    if rule is not None and hasattr(rule, "delay"):
        return int(rule.delay(latency))
    return max(latency * DEGRADED_FACTOR, DEGRADED_MINIMUM)


def _flexible(words: str) -> str:
    """A pattern for words as written with any dash, hyphen, slash or space between them."""
    parts = [re.escape(p) for p in re.split(r"[\s\-–—/]+", words.strip()) if p]
    return r"[\s\-–—/]+".join(parts)


# A channel's name without its last word, when that word only says what kind of
# thing it is: "Military-to-military channels" is also "military-to-military".
_GENERIC = frozenset({"channel", "channels", "line", "lines", "contacts", "consultations"})


def _channel_patterns(channel: Channel) -> list[str]:
    names = {channel.name, re.sub(r"\s*\([^)]*\)", "", channel.name)}
    for name in list(names):
        words = name.split()
        if len(words) > 1 and words[-1].lower() in _GENERIC:
            names.add(" ".join(words[:-1]))
    patterns = [_flexible(n) for n in names if n]
    ident = channel.id
    if re.fullmatch(r"[a-z]+\d+", ident):  # article4: "Article 4"
        letters, digits = re.fullmatch(r"([a-z]+)(\d+)", ident).groups()  # type: ignore[union-attr]
        patterns.append(rf"{letters}\s?{digits}")
    else:
        patterns.append(_flexible(ident))
    return patterns


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    channel: Channel


def _mentions(deck: Deck, text: str) -> list[_Mention]:
    """Where the text names one of the deck's channels, leftmost and longest first."""
    found: list[_Mention] = []
    for channel in deck.channels:
        for pattern in _channel_patterns(channel):
            for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.I):
                if channel.id in EVERYDAY_WORDS and not _plainly_this(text, m.start(), channel):
                    continue
                found.append(_Mention(m.start(), m.end(), channel))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    chosen: list[_Mention] = []
    for mention in found:
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


def _plainly_this(text: str, start: int, channel: Channel) -> bool:
    """A bare everyday word ('hotline') names the channel only after 'the' or its parties.

    "the hotline" and "US–Russia hotline" name the hotline; "NATO–Russia hotline"
    or "European hotline" do not.
    """
    before = text[:start].split()
    if not before:
        return False
    word = before[-1]
    if word in ("the", "The"):
        return True
    parts = {p.lower() for p in re.split(r"[\-–—/]+", word) if p}
    return bool(parts) and parts <= {p.lower() for p in channel.parties}


def _clause(text: str) -> str:
    """The text up to the end of its clause; a stop or semicolon in brackets does not end it."""
    depth = 0
    for i, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE_END.match(text, i):
            return text[:i]
    return text


# Words that tie a duration to the channel named before it: "takes four hours",
# "its 240-minute latency", "arrives after 48 hours", "land sixteen hours later".
_CUE = re.compile(
    r"\b(?:takes?|taking|took|latency|arriv\w*|lands?|landing|delay\w*|stretch\w*|"
    r"reach\w*|answers? in|works? in|carries .* in)\b",
    re.I,
)


def _stated(text: str, mention: _Mention, following: int) -> Iterator[tuple[str, float, float]]:
    """The durations the text states for the mentioned channel.

    Either a parenthesis right after the name ("the hotline (30 minutes)") or a
    duration in the same clause tied to it by a cue word ("takes four hours").
    """
    rest = text[mention.end : following]
    stripped = rest.lstrip()
    if stripped.startswith("("):
        close = stripped.find(")")
        yield from durations(stripped[1 : close if close != -1 else None])
        return
    clause = _clause(rest)[:110]
    for m in _DURATION.finditer(clause):
        if _CUE.search(clause[: m.end() + 10]):
            yield from durations(m.group(0))


def check_latencies(deck: Deck, data: Mapping[str, Any]) -> Iterator[Finding]:
    for item in _texts(data):
        if not item.notes:
            continue
        mentions = _mentions(deck, item.text)
        for n, mention in enumerate(mentions):
            following = mentions[n + 1].start if n + 1 < len(mentions) else len(item.text)
            channel = mention.channel
            allowed = {channel.latency, degraded_delay(deck, channel.latency)}
            for written, low, high in _stated(item.text, mention, following):
                if any(low <= a <= high for a in allowed):
                    continue
                open_, slow = sorted(allowed)[0], sorted(allowed)[-1]
                yield (
                    f"{_where(data, item.path)} says '{written}' for {channel.name} "
                    f"('{item.text[mention.start : mention.end]}'), but the channel takes "
                    f"{_minutes(open_)} when open and {_minutes(slow)} when degraded; "
                    "correct the text or the channel's latency",
                    item.path,
                    "latency",
                )


def _minutes(value: int) -> str:
    if value and value % 1440 == 0:
        days = value // 1440
        return f"{days} day{'s' if days != 1 else ''}"
    if value and value % 60 == 0:
        hours = value // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{value} minute{'s' if value != 1 else ''}"


# -- levels and thresholds -----------------------------------------------------------------

_LEVEL_NAMED = re.compile(
    r"\b(?:level|rung|to|at|from)\s+(\d{1,2})\s*\(([^)]*)\)",
    re.I,
)
_THRESHOLD_AT = re.compile(
    r"((?:[\w'’-]+\s+){0,3})threshold\s*(?:\(\s*|,\s*)?(?:(?:is|sits|lies)\s+)?(?:(?:at|on)\s+)?"
    r"(?:(?:level|rung)\s+)?(\d{1,2})(?![\d,.]\d)(?!\s*(?:troops|km|%|per))",
    re.I,
)
_LEVEL_IS_THRESHOLD = re.compile(
    r"\b(?:level|rung)\s+(\d{1,2})\s*(?:\([^)]*\))?\s+is\s+(?:a|the)\s+"
    r"((?:[\w'’-]+\s+){0,3})threshold\b",
    re.I,
)
_LEVEL_WORDS = re.compile(r"\b(?:level|ladder|rung|escalation|meter)\b", re.I)
_STOP = frozenset({"first", "between", "states", "the", "and"})


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _label(threshold: str) -> str:
    return threshold.split(":", 1)[0]


def _named_rung(deck: Deck, words: str) -> int | None:
    """The rung whose name, or threshold label, the words give; None if they name none."""
    said = _norm(words.split(",")[0].split(";")[0])
    if len(said) < 5:
        return None
    for rung in deck.ladder.levels:
        for name in (rung.name, _label(rung.threshold) if rung.threshold else ""):
            name = _norm(name)
            if name and (name == said or name.startswith(said) or said.startswith(name)):
                return rung.level
    return None


def _threshold_for(deck: Deck, qualifier: str) -> int | None:
    """The threshold rung a word before 'threshold' points at ('nuclear' → 10)."""
    words = {w for w in _norm(qualifier).split() if len(w) >= 5 and w not in _STOP}
    hits = {
        rung.level
        for rung in deck.ladder.thresholds
        for w in _norm(_label(rung.threshold)).split()
        if w in words
    }
    return hits.pop() if len(hits) == 1 else None


def check_levels(deck: Deck, data: Mapping[str, Any]) -> Iterator[Finding]:
    ladder = deck.ladder
    thresholds = {r.level for r in ladder.thresholds}
    shown = ", ".join(f"{r.level} ({_label(r.threshold).lower()})" for r in ladder.thresholds)
    for item in _texts(data):
        if not item.notes:
            continue
        text = item.text
        for sentence in re.split(r"(?<=[.;!?])\s+", text):
            if _LEVEL_WORDS.search(sentence):
                for m in _LEVEL_NAMED.finditer(sentence):
                    level, said = int(m.group(1)), m.group(2)
                    named = _named_rung(deck, said)
                    if named is not None and named != level and ladder.get(level) is not None:
                        yield (
                            f"{_where(data, item.path)} puts '{said}' at level {level}, but "
                            f"the ladder has it at level {named}",
                            item.path,
                            "level",
                        )
        for m in [*_THRESHOLD_AT.finditer(text), *_LEVEL_IS_THRESHOLD.finditer(text)]:
            if m.re is _THRESHOLD_AT:
                qualifier, level = m.group(1), int(m.group(2))
            else:
                level, qualifier = int(m.group(1)), m.group(2)
            expected = _threshold_for(deck, qualifier)
            wrong = level not in thresholds or (expected is not None and expected != level)
            if wrong and ladder.lowest <= level <= ladder.highest:
                yield (
                    f"{_where(data, item.path)} places a threshold at level {level} "
                    f"('{m.group(0).strip()}'), but the ladder's thresholds are at {shown}",
                    item.path,
                    "threshold",
                )


# -- citations ---------------------------------------------------------------------------------


def _citations(data: Mapping[str, Any]) -> Iterator[tuple[FieldPath, Mapping[str, Any]]]:
    for i, inject in enumerate(_records(data.get("injects"))):
        for j, ref in enumerate(inject.get("sources") or ()):
            if isinstance(ref, dict):
                yield ("injects", i, "sources", j), ref
    for i, channel in enumerate(data.get("channels") or ()):
        if isinstance(channel, dict):
            for j, ref in enumerate(channel.get("sources") or ()):
                if isinstance(ref, dict):
                    yield ("channels", i, "sources", j), ref


def check_sections(catalog: Catalog, data: Mapping[str, Any]) -> Iterator[Finding]:
    own = {s.get("id") for s in _records(data.get("sources"))}
    for path, ref in _citations(data):
        source, section = ref.get("ref"), ref.get("section")
        sections: Sequence[str] = catalog.sections.get(str(source), ())
        if source in own or not sections or not isinstance(section, str) or section in sections:
            continue
        close = difflib.get_close_matches(section, sections, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        yield (
            f"{_where(data, path)} cites section '{section}' of '{source}', which is not "
            f"one of its sections ({', '.join(sections)}){hint}",
            (*path, "section"),
            "section",
        )


def _address(url: str) -> str:
    return re.sub(r"^https?://(www\.)?|/+$", "", url.strip().lower())


def check_own_sources(catalog: Catalog, data: Mapping[str, Any]) -> Iterator[Finding]:
    shared = {s.id: s for s in catalog.sources}
    by_address = {_address(s.url): s.id for s in catalog.sources if s.url}
    for i, source in enumerate(_records(data.get("sources"))):
        sid, url = str(source.get("id")), str(source.get("url") or "")
        if sid in shared:
            yield (
                f"source '{sid}' repeats an id of the shared bibliography; drop it and cite "
                "the shared entry",
                ("sources", i, "id"),
                "source-shadows",
            )
        elif url and _address(url) in by_address:
            yield (
                f"source '{sid}' is the shared '{by_address[_address(url)]}' (same address) "
                f"under another label; cite '{by_address[_address(url)]}' instead",
                ("sources", i, "id"),
                "source-duplicate",
            )


# -- notes for the authors -------------------------------------------------------------------

_INTERNAL = re.compile(r"\bresearch\s+\d+(?:\.\d+)*|\bTODO\b|\bFIXME\b|\bXXX\b|scenario_facts")


def check_internal_notes(data: Mapping[str, Any]) -> Iterator[Finding]:
    for item in _texts(data):
        m = _INTERNAL.search(item.text)
        if m:
            yield (
                f"{_where(data, item.path)} contains a note for the authors ('{m.group(0)}'); "
                "remove it before the deck is used",
                item.path,
                "internal-note",
            )


def fact_findings(deck: Deck, catalog: Catalog, data: Mapping[str, Any]) -> list[Finding]:
    """Every fact finding for a deck and the plain data it was read from."""
    return [
        *check_ids(deck, catalog, data),
        *check_latencies(deck, data),
        *check_levels(deck, data),
        *check_sections(catalog, data),
        *check_own_sources(catalog, data),
        *check_internal_notes(data),
    ]
