"""The shared channel catalog, escalation ladder and bibliography every deck can use.

They live in ``resources/`` (``channels.yaml``, ``escalation.yaml``,
``sources.yaml``) and are read once per process.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import field
from functools import lru_cache
from typing import Any

from tabletop.core import paths
from tabletop.core.deck import checked
from tabletop.core.deck.build import build_channel, build_degraded, build_level, build_source
from tabletop.core.deck.model import Channel, DegradedRule, Ladder, Source
from tabletop.core.deck.yaml_reader import read_text
from tabletop.core.value_class import value_class


class CatalogError(Exception):
    """A shipped resource file is broken: a packaging bug, not a user mistake."""


@value_class
class Party:
    id: str
    name: str


@value_class
class Catalog:
    """Channels, parties, the default ladder and the shared sources."""

    parties: tuple[Party, ...]
    channels: tuple[Channel, ...]
    ladder: Ladder
    sources: tuple[Source, ...]
    degraded: DegradedRule = field(default_factory=DegradedRule)
    # the sections each shared source declares (source id -> labels), for the citation lint
    sections: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def channel(self, channel_id: str) -> Channel | None:
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        return None

    @property
    def channel_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.channels)

    @property
    def party_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.parties)

    def source(self, source_id: str) -> Source | None:
        for source in self.sources:
            if source.id == source_id:
                return source
        return None


@lru_cache(maxsize=1)
def deck_schema() -> dict[str, Any]:
    """The deck JSON Schema shipped in ``resources/deck.schema.json``."""
    with paths.resource("deck.schema.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


CATALOG_FILES = ("channels.yaml", "escalation.yaml", "sources.yaml")


def _check(name: str, text: str, fmt: str, body: dict[str, Any]) -> dict[str, Any]:
    key = checked.fingerprint(name, text)
    known = checked.recall(key)
    if isinstance(known, dict):
        return known
    try:
        document = read_text(text)
    except Exception as exc:  # the file is ours; anything wrong is a packaging bug
        raise CatalogError(f"{name}: {exc}") from exc
    if document.problems:
        raise CatalogError(f"{name}: {document.problems[0].format()}")
    import jsonschema  # on first use only: it takes a noticeable time to load

    schema = {
        "type": "object",
        "required": ["format"],
        "properties": {"format": {"const": fmt}, **body},
        "additionalProperties": False,
        "$defs": deck_schema()["$defs"],
    }
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document.data), key=str)
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path)
        raise CatalogError(f"{name}: {where}: {errors[0].message}")
    data: dict[str, Any] = document.data
    checked.remember(key, data)
    return data


def shipped_catalog_texts() -> dict[str, str]:
    """The text of each shipped catalog file, by name (embedded in every session)."""
    return {name: paths.resource(name).read_text(encoding="utf-8") for name in CATALOG_FILES}


def shipped_catalog_translations(language: str) -> dict[str, str]:
    """The shipped translations of the catalog files into ``language``, by catalog file name."""
    from tabletop.core.deck.translation import companion_path

    out = {}
    for name in CATALOG_FILES:
        companion = companion_path(paths.resource(name), language)
        if language and companion.is_file():
            out[name] = companion.read_text(encoding="utf-8")
    return out


@lru_cache(maxsize=4)
def load_catalog(language: str = "") -> Catalog:
    """The shared catalog, read from the shipped resources (translated into ``language``)."""
    translations = shipped_catalog_translations(language) if language else {}
    return catalog_from_texts(shipped_catalog_texts(), translations)


def catalog_from_texts(
    texts: dict[str, str], translations: dict[str, str] | None = None
) -> Catalog:
    """A catalog from the texts of its three files (as embedded in a session file).

    ``translations`` holds companion translation texts by catalog file name; their
    texts replace the English ones (a damaged translation is ignored: the catalog
    still works in its own language).
    """
    channels_data = _check(
        "channels.yaml",
        texts["channels.yaml"],
        "tabletop-channels/1",
        {
            "parties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {"id": {"$ref": "#/$defs/id"}, "name": {"type": "string"}},
                    "additionalProperties": False,
                },
            },
            "channels": {"type": "array", "items": {"$ref": "#/$defs/channel"}},
            "degraded": {"$ref": "#/$defs/degradedRule"},
        },
    )
    ladder_data = _check(
        "escalation.yaml",
        texts["escalation.yaml"],
        "tabletop-ladder/1",
        {
            "start": {"type": "integer"},
            "misperception": {"type": "integer"},
            "levels": {"type": "array", "items": {"$ref": "#/$defs/level"}},
        },
    )
    sources_data = _check(
        "sources.yaml",
        texts["sources.yaml"],
        "tabletop-sources/1",
        {"sources": {"type": "array", "items": _shared_source_schema()}},
    )
    if translations:
        channels_data = _translated(channels_data, translations.get("channels.yaml"))
        ladder_data = _translated(ladder_data, translations.get("escalation.yaml"))
        sources_data = _translated(sources_data, translations.get("sources.yaml"))
    levels = tuple(sorted((build_level(x) for x in ladder_data["levels"]), key=lambda r: r.level))
    channels = tuple(build_channel(c) for c in channels_data.get("channels", []))
    sources = tuple(build_source(s) for s in sources_data.get("sources", []))
    known = {s.id for s in sources}
    for channel in channels:
        for ref in channel.sources:
            if ref.ref not in known:
                raise CatalogError(
                    f"channels.yaml: channel '{channel.id}' cites '{ref.ref}', "
                    "which sources.yaml does not define"
                )
    return Catalog(
        parties=tuple(Party(p["id"], p["name"]) for p in channels_data.get("parties", [])),
        channels=channels,
        ladder=Ladder(
            levels=levels,
            start=int(ladder_data.get("start", levels[0].level)),
            misperception=int(ladder_data.get("misperception", 1)),
        ),
        sources=sources,
        degraded=build_degraded(channels_data.get("degraded"), DegradedRule()),
        sections={
            str(s["id"]): tuple(str(x) for x in s["sections"])
            for s in sources_data.get("sources", [])
            if s.get("sections")
        },
    )


def _translated(data: dict[str, Any], text: str | None) -> dict[str, Any]:
    if not text:
        return data
    from tabletop.core.deck.translation import apply_translation, read_translation

    translation = read_translation(text)
    if translation.errors:
        return data
    translated: dict[str, Any] = apply_translation(data, translation)
    return translated


def _shared_source_schema() -> dict[str, Any]:
    """A deck source, plus the list of sections a shared source declares for citations."""
    base = deck_schema()["$defs"]["source"]
    sections = {
        "type": "array",
        "description": "the labels a citation of this source may give as its section",
        "items": {"type": "string", "minLength": 1},
        "uniqueItems": True,
    }
    return {**base, "properties": {**base["properties"], "sections": sections}}
