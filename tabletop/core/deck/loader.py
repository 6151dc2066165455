"""Load a deck: read the YAML, check it completely, build the model.

Every problem comes back located (file:line:column) and explained; nothing here
raises for bad input. A deck with errors has ``deck = None``; warnings do not
stop it loading.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tabletop.core.deck import checked, flow
from tabletop.core.deck.build import (
    build_channel,
    build_degraded,
    build_inject,
    build_level,
    build_objective,
    build_overview,
    build_source,
    build_team,
    build_time,
)
from tabletop.core.deck.catalog import Catalog, load_catalog
from tabletop.core.deck.model import END, Deck, Ladder
from tabletop.core.deck.references import check_references
from tabletop.core.deck.schema_check import schema_problems, value_problems
from tabletop.core.deck.translation import Translation, apply_translation
from tabletop.core.deck.yaml_reader import (
    YamlDocument,
    YamlReadError,
    decode,
    read_bytes_limited,
    read_text,
)
from tabletop.core.problems import (
    Location,
    Problem,
    Severity,
    SortsProblems,
    UnreadableFile,
    format_path,
    sort_problems,
)

# Fields whose plain YAML value is taken as written ("06:40", 2025-05-21): reading
# them as text changes nothing the author wrote.
_LITERAL_KEYS = frozenset({"time", "date"})


@dataclass
class LoadResult(SortsProblems):
    """What loading a deck gave: the deck (if it has no errors) and every problem."""

    source: str
    deck: Deck | None
    problems: list[Problem] = field(default_factory=list)
    document: YamlDocument | None = None
    text: str | None = None

    @property
    def ok(self) -> bool:
        return self.deck is not None and not self.errors


def load_deck(
    path: Path | str, catalog: Catalog | None = None, *, quick: bool = False
) -> LoadResult:
    """Load and check a deck file.

    With ``quick``, a text that passed the schema check before is not checked
    against the schema again (see :mod:`tabletop.core.deck.checked`).
    """
    path = Path(path)
    source = str(path)
    try:
        if not path.exists():
            raise UnreadableFile(f"{source}: no such file")
        if path.is_dir():
            raise UnreadableFile(f"{source}: is a folder, not a deck file")
    except OSError as exc:  # a folder on the way that cannot be entered
        raise UnreadableFile(f"{source}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = decode(read_bytes_limited(path))
    except YamlReadError as exc:
        if exc.problems and exc.problems[0].code == "io":
            raise UnreadableFile(f"{source}: {exc.problems[0].message}") from None
        return LoadResult(source, None, [p.with_source(source) for p in exc.problems])
    return load_deck_text(text, source, catalog, quick=quick)


def load_deck_text(
    text: str,
    source: str = "<deck>",
    catalog: Catalog | None = None,
    *,
    quick: bool = False,
    translation: Translation | None = None,
) -> LoadResult:
    """Load and check a deck given as text (the editor, the session file).

    With a ``translation``, the deck is checked as written and built with the
    translated texts in place.
    """
    if quick:
        known = checked.recall(checked.fingerprint("deck", text))
        if isinstance(known, dict):
            return _check(
                YamlDocument(data=known), source, text, catalog, True, translation=translation
            )
    try:
        doc = read_text(text)
    except YamlReadError as exc:
        return LoadResult(source, None, [p.with_source(source) for p in exc.problems], text=text)
    return _check(doc, source, text, catalog, translation=translation)


def load_deck_data(data: Any, source: str = "<deck>", catalog: Catalog | None = None) -> LoadResult:
    """Check plain data (for example from a spreadsheet) as a deck."""
    return _check(YamlDocument(data=data), source, None, catalog)


def _check(
    doc: YamlDocument,
    source: str,
    text: str | None,
    catalog: Catalog | None,
    known_good: bool = False,
    *,
    translation: Translation | None = None,
) -> LoadResult:
    catalog = catalog or load_catalog()
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        message = (
            f"the top level of a deck must be a mapping of keys (format:, title:, injects: …), "
            f"not {kind}"
        )
        if isinstance(doc.data, list):
            message += "; if this is a list of injects, put it under 'injects:'"
        problem = Problem(message, doc.where(()), code="top-level")
        return LoadResult(source, None, [problem.with_source(source)], doc, text)
    _take_literals(doc)
    problems = list(doc.problems) + reserved_id_problems(doc)
    if not known_good:  # a text remembered as checked had no value problem either
        problems += value_problems(doc)
    if not known_good:
        found = schema_problems(doc)
        if text is not None and not found and not problems:
            checked.remember(checked.fingerprint("deck", text), doc.data)
        problems += found
    reference_problems, _known = check_references(doc, catalog)
    problems += reference_problems
    deck = None
    if not any(p.is_error for p in problems):
        data = doc.data if translation is None else apply_translation(doc.data, translation)
        deck = build_deck(data, catalog)
        if translation is not None and translation.language:
            deck = replace(deck, language=translation.language)
        problems += flow_problems(deck, doc)
        if any(p.is_error for p in problems):
            deck = None
    problems = [p.with_source(source) for p in sort_problems(problems)]
    return LoadResult(source, deck, problems, doc, text)


def reserved_id_problems(doc: YamlDocument) -> list[Problem]:
    """An inject may not be called ``end``: that name means the end of the exercise."""
    injects = doc.data.get("injects") if isinstance(doc.data, dict) else None
    if not isinstance(injects, list):
        return []
    problems = []
    for index, inject in enumerate(injects):
        if isinstance(inject, dict) and inject.get("id") == END:
            path: tuple[str | int, ...] = ("injects", index, "id")
            problems.append(
                Problem(
                    f"{format_path(path)}: '{END}' is reserved: it means the end of the "
                    f"exercise (a branch or next that goes to '{END}' ends play); choose "
                    "another id",
                    doc.where(path),
                    path=path,
                    code="reserved-id",
                )
            )
    return problems


def _take_literals(doc: YamlDocument) -> None:
    for path, raw in doc.raw_scalars.items():
        if path and path[-1] in _LITERAL_KEYS:
            parent: Any = doc.data
            try:
                for part in path[:-1]:
                    parent = parent[part]
                parent[path[-1]] = raw.text
            except (KeyError, IndexError, TypeError):
                continue


def build_deck(data: dict[str, Any], catalog: Catalog) -> Deck:
    """The deck model from data that passed every check."""
    entries = data.get("channels")
    if entries is None:
        channels = catalog.channels
    else:
        built = []
        for entry in entries:
            if isinstance(entry, str):
                base = catalog.channel(entry)
                assert base is not None
                built.append(base)
            elif "ref" in entry:
                built.append(build_channel(entry, base=catalog.channel(entry["ref"])))
            else:
                built.append(build_channel(entry))
        channels = tuple(built)
    escalation = data.get("escalation") or {}
    own = escalation.get("ladder")
    if isinstance(own, list):
        levels = tuple(build_level(x) for x in own)
        ladder = Ladder(
            levels=levels,
            start=int(escalation.get("start", levels[0].level)),
            misperception=int(escalation.get("misperception", catalog.ladder.misperception)),
        )
    else:
        ladder = Ladder(
            levels=catalog.ladder.levels,
            start=int(escalation.get("start", catalog.ladder.start)),
            misperception=int(escalation.get("misperception", catalog.ladder.misperception)),
        )
    own_sources = tuple(build_source(s) for s in data.get("sources") or ())
    own_ids = {s.id for s in own_sources}
    sources = own_sources + tuple(s for s in catalog.sources if s.id not in own_ids)
    return Deck(
        id=str(data["id"]),
        title=str(data["title"]),
        injects=tuple(build_inject(i) for i in data["injects"]),
        teams=tuple(build_team(t) for t in data["teams"]),
        channels=channels,
        ladder=ladder,
        summary=str(data.get("summary") or ""),
        duration=int(data.get("duration") or 0),
        play_time=int(data.get("play_time") or 0),
        audience=str(data.get("audience") or ""),
        language=str(data.get("language") or "en"),
        version=str(data.get("version") or ""),
        authors=tuple(str(a) for a in data.get("authors") or ()),
        overview=build_overview(data.get("overview")),
        objectives=tuple(build_objective(o) for o in data.get("objectives") or ()),
        sources=sources,
        start=build_time(data.get("start")),
        time_scale=float(data.get("time_scale") or 1.0),
        degraded=build_degraded(data.get("degraded"), catalog.degraded),
    )


def flow_problems(deck: Deck, doc: YamlDocument) -> list[Problem]:
    """Injects play can never reach, and loops play can never leave."""

    def where(inject_id: str) -> tuple[Location, tuple[str | int, ...]]:
        path: tuple[str | int, ...] = ("injects", deck.inject_index[inject_id], "id")
        return doc.where(path), path

    problems: list[Problem] = []
    for group in flow.trapped_cycles(deck):
        location, path = where(group[0])
        loop = " → ".join([*group, group[0]]) if len(group) > 1 else group[0]
        problems.append(
            Problem(
                f"play can never end from here: the injects {loop} only lead to each other; "
                "give one of them a branch or next that leads on (or 'end')",
                location,
                path=path,
                code="trapped-cycle",
            )
        )
    reached = flow.reachable_from(deck, flow.roots(deck))
    for inject in deck.injects:
        if inject.id not in reached:
            location, path = where(inject.id)
            problems.append(
                Problem(
                    f"inject '{inject.id}' can never be reached: no branch or next leads to it "
                    "(make it a contingency inject if it is delivered only on demand)",
                    location,
                    Severity.WARNING,
                    path=path,
                    code="unreachable",
                )
            )
    return problems
