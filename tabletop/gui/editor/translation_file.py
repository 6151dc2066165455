"""A deck's companion translation as the editor keeps it: each text's source and translation.

Read from ``deck.vi.yaml`` beside the deck, compared with the deck's texts as
they are now (missing, stale, extra, as ``tabletop validate`` says), changed
one text at a time, and written back whole: the file's opening comment block
is kept, every entry gets the ``source:`` it was translated from, and the
file is replaced in one step (never half-written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tabletop.core.deck.translation import (
    FORMAT,
    Translation,
    companion_path,
    read_translation,
    same_text,
    translatable,
    translation_problems,
)
from tabletop.core.deck.writer import DeckWriteError, write_text_atomic
from tabletop.core.deck.yaml_comments import header_comments
from tabletop.gui.language import translate

# what an entry is, compared with the deck as it is now
DONE, MISSING, STALE, EXTRA = "done", "missing", "stale", "extra"


@dataclass
class Text:
    """One translatable text: the deck's source now, the translation, what it was made from."""

    key: str
    source: str  # the deck's text now ("" for an entry the deck no longer has)
    text: str = ""  # the translation
    translated_from: str = ""  # the source the translation was made from
    state: str = MISSING


@dataclass
class TranslationFile:
    """The translation of one deck into one language, as read and as edited."""

    path: Path
    deck_id: str
    language: str
    texts: list[Text] = field(default_factory=list)
    header: str = ""
    problems: list[str] = field(default_factory=list)  # the file's own (unreadable …)
    changed: bool = False

    @classmethod
    def open(cls, deck_path: Path, data: Any, language: str) -> TranslationFile:
        """The translation of the deck's ``data`` beside ``deck_path`` (empty if none yet)."""
        path = companion_path(deck_path, language)
        deck_id = str(data.get("id", "")) if isinstance(data, dict) else ""
        found = cls(path, deck_id, language)
        translation: Translation | None = None
        if path.is_file():
            try:
                raw = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                found.problems.append(f"{path.name}: {exc}")
                raw = ""
            found.header = header_comments(raw)
            translation = read_translation(raw, str(path)) if raw else None
            if translation is not None:
                found.problems += [p.format() for p in translation.problems]
        found.compare(data, translation)
        return found

    def compare(self, data: Any, translation: Translation | None = None) -> None:
        """Mark each text done, missing, stale or extra against the deck's ``data`` now."""
        entries = {}
        if translation is not None:
            entries = {key: (e.source, e.text) for key, e in translation.entries.items()}
        else:
            entries = {t.key: (t.translated_from, t.text) for t in self.texts if t.text}
        sources = {key: text for key, (_path, text) in translatable(data).items()}
        states: dict[str, str] = {}
        if translation is not None:
            for problem in translation_problems(translation, data):
                key = str(problem.path[1]) if len(problem.path) > 1 else ""
                if problem.code == "translation-stale":
                    states[key] = STALE
                elif problem.code == "translation-extra":
                    states[key] = EXTRA
        texts = []
        for key, source in sources.items():
            made_from, text = entries.get(key, ("", ""))
            if not text.strip():
                state = MISSING
            elif translation is not None:
                state = states.get(key, DONE)
            else:
                state = DONE if same_text(made_from, source) else STALE
            texts.append(Text(key, source, text, made_from, state))
        for key, (made_from, text) in entries.items():
            if key not in sources:
                texts.append(Text(key, "", text, made_from, EXTRA))
        self.texts = texts

    def set_text(self, key: str, text: str) -> None:
        """A new translation of a text, made from the deck's source as it is now."""
        for entry in self.texts:
            if entry.key == key:
                entry.text = text
                if entry.state != EXTRA:
                    entry.translated_from = entry.source
                    entry.state = DONE if text.strip() else MISSING
                self.changed = True
                return

    def drop_extra(self) -> int:
        """Leave out the entries the deck no longer has; returns how many."""
        before = len(self.texts)
        self.texts = [t for t in self.texts if t.state != EXTRA]
        self.changed = self.changed or len(self.texts) != before
        return before - len(self.texts)

    def counts(self) -> dict[str, int]:
        found = {DONE: 0, MISSING: 0, STALE: 0, EXTRA: 0}
        for entry in self.texts:
            found[entry.state] += 1
        return found

    def dump(self) -> str:
        """The file's text: the opening comments, then every translated text with its source."""
        strings = {
            t.key: {"source": t.translated_from or t.source, "text": t.text}
            for t in self.texts
            if t.text.strip()
        }
        body = {
            "format": FORMAT,
            "translates": self.deck_id,
            "language": self.language,
            "strings": strings,
        }
        text = yaml.dump(
            body, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88, indent=2
        )
        if yaml.safe_load(text) != body:  # never write what would not read back the same
            text = yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=88)
        return self.header + text

    def save(self) -> None:
        """Write the file in one step (DeckWriteError says why it could not be)."""
        if not self.deck_id:
            raise DeckWriteError(
                translate(
                    "TranslationTab", "the deck has no id yet: give it one before translating it"
                )
            )
        write_text_atomic(self.path, self.dump())
        self.changed = False


class _Dumper(yaml.SafeDumper):
    """Long texts as folded blocks (``>-``), texts with line breaks as literal blocks."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = None
    if "\n" in value:
        style = "|"
    elif len(value) > 72 and value == value.strip():
        style = ">"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
