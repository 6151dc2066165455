"""Decks (and the shared catalog) in more than one language: companion translation files.

A translation lives beside what it translates, named after it with the
language code: ``gray-zone-escalation.vi.yaml`` beside
``gray-zone-escalation.yaml``, ``channels.ru.yaml`` beside ``channels.yaml``.
Every translatable text is keyed by stable ids, never by its English wording,
and carries the source text it was translated from, so a translator sees both
and the checker can tell when the source has changed since::

    format: tabletop-translation/1
    translates: gray-zone-escalation      # the deck id, or channels / escalation / sources
    language: vi
    strings:
      title:
        source: "Gray zone: from a cut cable to the brink"
        text: "Vùng xám: từ một sợi cáp bị cắt đến bờ vực"
      injects/cable-cut/narrative:
        source: >-
          …
        text: >-
          …

Keys name a field by ids: ``title``, ``summary``, ``audience``, ``parties/<id>/name``,
``objectives/<id>/text|capability``, ``teams/<id>/name|short|role|briefing``,
``sources/<id>/note``,
``channels/<id>/name|kind|carries|cannot_carry|notes``,
``ladder/<level>/name|description|threshold``,
``injects/<id>/title|phase|from|narrative|facilitator_notes``,
``injects/<id>/questions/<n>``, ``injects/<id>/expected_actions/<n>``,
``injects/<id>/branches/<n>/label`` (``<n>`` counts from 1). A source's title, author and
publisher are its proper names and are not translated; what the deck takes from it
(its note) is.

:func:`translation_problems` reports, located in the translation file, every
entry that is **missing** (a text of the deck with no translation), **extra**
(a key the deck does not have) or **stale** (the deck's text is no longer the
``source`` it was translated from). :func:`apply_translation` gives the deck's
plain data with the translated texts in place (a missing entry keeps the
source text), to be built like any deck.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabletop.core.deck.yaml_reader import YamlDocument, YamlReadError, read_text
from tabletop.core.problems import Location, Problem, Severity, SortsProblems
from tabletop.core.value_class import value_class

FORMAT = "tabletop-translation/1"
LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")

# the languages the app ships its interface in, with their own names
LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt", "ru": "Русский"}

_DECK_TOP = ("title", "summary", "audience")
_TEAM = ("name", "short", "role", "briefing")
_OBJECTIVE = ("text", "capability")
_CHANNEL = ("name", "kind", "carries", "cannot_carry", "notes")
_LEVEL = ("name", "description", "threshold")
_INJECT = ("title", "phase", "from", "narrative", "facilitator_notes")
_INJECT_LISTS = ("questions", "expected_actions")

FieldPath = tuple[str | int, ...]


@value_class
class Entry:
    """One translated text: what it was translated from, the translation, where it is."""

    key: str
    source: str
    text: str
    location: Location = field(default_factory=Location)


@dataclass
class Translation(SortsProblems):
    """A companion translation file as read: its language, its entries, its own problems."""

    source: str  # the file, for messages
    translates: str = ""
    language: str = ""
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    document: YamlDocument | None = None

    def where(self, path: FieldPath) -> Location:
        return self.document.where(path) if self.document is not None else Location(1, 1)


def companion_path(path: Path, language: str) -> Path:
    """Where the translation of a deck or catalog file into ``language`` lives."""
    return path.with_name(f"{path.stem}.{language}{path.suffix}")


def is_companion(path: Path) -> bool:
    """Whether a file is a translation beside another file (``deck.vi.yaml``)."""
    stem, dot, language = path.stem.rpartition(".")
    return bool(dot and stem and LANGUAGE.match(language)) and (
        path.with_name(stem + path.suffix).exists()
    )


def languages_of(path: Path) -> list[str]:
    """The languages a deck or catalog file has companion translations in."""
    found = []
    for candidate in sorted(path.parent.glob(f"{path.stem}.*{path.suffix}")):
        language = candidate.stem[len(path.stem) + 1 :]
        if LANGUAGE.match(language) and candidate.is_file():
            found.append(language)
    return found


# -- what a deck has to translate ------------------------------------------------------------


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _items(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def translatable(data: Any) -> dict[str, tuple[FieldPath, str]]:
    """Every translatable text of a deck's (or catalog file's) plain data: key → (path, text)."""
    out: dict[str, tuple[FieldPath, str]] = {}
    if not isinstance(data, dict):
        return out

    def add(key: str, path: FieldPath, value: Any) -> None:
        text = _text(value)
        if text is not None:
            out[key] = (path, text)

    for name in _DECK_TOP:
        add(name, (name,), data.get(name))
    for i, party in _items(data.get("parties")):  # the shared catalog's parties
        ident = party.get("id")
        if isinstance(ident, str):
            add(f"parties/{ident}/name", ("parties", i, "name"), party.get("name"))
    for i, objective in _items(data.get("objectives")):
        ident = objective.get("id")
        if isinstance(ident, str):
            for name in _OBJECTIVE:
                add(f"objectives/{ident}/{name}", ("objectives", i, name), objective.get(name))
    for i, team in _items(data.get("teams")):
        ident = team.get("id")
        if isinstance(ident, str):
            for name in _TEAM:
                add(f"teams/{ident}/{name}", ("teams", i, name), team.get(name))
    for i, source in _items(data.get("sources")):  # the deck's or the shared bibliography's
        ident = source.get("id")
        if isinstance(ident, str):
            add(f"sources/{ident}/note", ("sources", i, "note"), source.get("note"))
    for i, channel in _items(data.get("channels")):
        ident = channel.get("id") or channel.get("ref")
        if isinstance(ident, str):
            for name in _CHANNEL:
                add(f"channels/{ident}/{name}", ("channels", i, name), channel.get(name))
    ladder = data.get("levels")  # the shared ladder file
    ladder_path: FieldPath = ("levels",)
    escalation = data.get("escalation")
    if ladder is None and isinstance(escalation, dict):
        ladder, ladder_path = escalation.get("ladder"), ("escalation", "ladder")
    for i, level in _items(ladder):
        number = level.get("level")
        if isinstance(number, int) and not isinstance(number, bool):
            for name in _LEVEL:
                add(f"ladder/{number}/{name}", (*ladder_path, i, name), level.get(name))
    for i, inject in _items(data.get("injects")):
        ident = inject.get("id")
        if not isinstance(ident, str):
            continue
        base: FieldPath = ("injects", i)
        for name in _INJECT:
            add(f"injects/{ident}/{name}", (*base, name), inject.get(name))
        for name in _INJECT_LISTS:
            values = inject.get(name)
            if isinstance(values, list):
                for n, value in enumerate(values):
                    if isinstance(value, dict):  # an expected action with a test
                        add(
                            f"injects/{ident}/{name}/{n + 1}",
                            (*base, name, n, "text"),
                            value.get("text"),
                        )
                    else:
                        add(f"injects/{ident}/{name}/{n + 1}", (*base, name, n), value)
        for n, branch in _items(inject.get("branches")):
            add(
                f"injects/{ident}/branches/{n + 1}/label",
                (*base, "branches", n, "label"),
                branch.get("label"),
            )
    return out


# -- reading a translation -------------------------------------------------------------------


def read_translation(text: str, source: str = "<translation>") -> Translation:
    """A translation file's entries, with located problems for anything malformed."""
    result = Translation(source=source)
    try:
        doc = read_text(text)
    except YamlReadError as exc:
        result.problems = [p.with_source(source) for p in exc.problems]
        return result
    result.document = doc
    data = doc.data

    def problem(message: str, path: FieldPath, code: str) -> None:
        result.problems.append(
            Problem(message, doc.where(path), path=path, code=code, source=source)
        )

    if not isinstance(data, dict):
        problem(
            "a translation file is a mapping that starts with 'format: tabletop-translation/1'",
            (),
            "top-level",
        )
        return result
    if data.get("format") != FORMAT:
        problem(f"the first line must be 'format: {FORMAT}'", ("format",), "format")
    language = data.get("language")
    if not isinstance(language, str) or not LANGUAGE.match(language):
        problem("'language' must be a language code such as vi or ru", ("language",), "language")
    else:
        result.language = language
    translates = data.get("translates")
    if not isinstance(translates, str) or not translates:
        problem(
            "'translates' must name the deck id (or channels, escalation, sources)",
            ("translates",),
            "translates",
        )
    else:
        result.translates = translates
    for key in data:
        if key not in ("format", "language", "translates", "strings"):
            problem(
                f"unknown key '{key}'; a translation file has format, translates, "
                "language and strings",
                (key,),
                "unknown-key",
            )
    strings = data.get("strings")
    if not isinstance(strings, dict):
        problem("'strings' must be a mapping of keys to {source, text}", ("strings",), "strings")
        return result
    for key, value in strings.items():
        path: FieldPath = ("strings", key)
        if not isinstance(value, dict) or not isinstance(value.get("text"), str):
            problem(
                f"'{key}' needs a text: (and the source: it was translated from)", path, "entry"
            )
            continue
        unknown = set(value) - {"source", "text"}
        if unknown:
            problem(
                f"'{key}' has unknown keys: {', '.join(sorted(map(str, unknown)))}", path, "entry"
            )
        source_text = value.get("source")
        result.entries[str(key)] = Entry(
            key=str(key),
            source=source_text if isinstance(source_text, str) else "",
            text=value["text"],
            location=doc.where_key(path),
        )
    return result


def same_text(a: str, b: str) -> bool:
    """Texts equal up to the line breaks and spaces YAML folding may change."""
    return " ".join(a.split()) == " ".join(b.split())


def translation_problems(translation: Translation, data: Any) -> list[Problem]:
    """Missing, extra and stale entries of a translation of this deck (or catalog) data."""
    problems = list(translation.problems)
    texts = translatable(data)
    source = translation.source
    expected = data.get("id") if isinstance(data, dict) else None
    if expected and translation.translates and translation.translates != expected:
        problems.append(
            Problem(
                f"this file translates '{translation.translates}', "
                f"but the deck beside it is '{expected}'",
                translation.where(("translates",)),
                path=("translates",),
                code="translation-deck",
                source=source,
            )
        )
    strings_at = translation.where(("strings",))
    missing = [key for key in texts if key not in translation.entries]
    for key in missing:
        problems.append(
            Problem(
                f"missing translation of '{key}' (the deck's text: \"{clip(texts[key][1])}\")",
                strings_at,
                Severity.WARNING,
                path=("strings", key),
                code="translation-missing",
                source=source,
            )
        )
    for key, entry in translation.entries.items():
        if key not in texts:
            problems.append(
                Problem(
                    f"'{key}' is not a text of the deck (renamed or removed?); delete the entry",
                    entry.location,
                    Severity.WARNING,
                    path=("strings", key),
                    code="translation-extra",
                    source=source,
                )
            )
        elif not same_text(entry.source, texts[key][1]):
            problems.append(
                Problem(
                    f"'{key}' is stale: the deck's text changed since it was translated "
                    f'(now: "{clip(texts[key][1])}"); update source: and text:',
                    entry.location,
                    Severity.WARNING,
                    path=("strings", key),
                    code="translation-stale",
                    source=source,
                )
            )
    return problems


def clip(text: str, limit: int = 60) -> str:
    """A text on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- applying a translation ------------------------------------------------------------------


def apply_translation(data: Any, translation: Translation) -> Any:
    """A copy of the plain data with every translated text in place of its source."""
    out = copy.deepcopy(data)
    for key, (path, _source) in translatable(data).items():
        entry = translation.entries.get(key)
        if entry is None or not entry.text.strip():
            continue
        parent: Any = out
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = entry.text
    return out


def template(data: Any, deck_id: str, language: str) -> str:
    """A new translation file for this data: every text as its own source, to be translated."""
    import yaml

    strings = {
        key: {"source": text, "text": text} for key, (_path, text) in translatable(data).items()
    }
    body = {"format": FORMAT, "translates": deck_id, "language": language, "strings": strings}
    return yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=88)
