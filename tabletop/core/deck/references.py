"""Check what a deck's ids point at: teams, channels, objectives, sources, injects.

These checks run on the plain data even when the schema found problems, so an
author sees every mistake in one pass; entries of the wrong shape are skipped
(the schema check already reported them).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from tabletop.core.deck.catalog import Catalog
from tabletop.core.deck.model import END
from tabletop.core.deck.yaml_reader import FieldPath, YamlDocument
from tabletop.core.problems import Problem, Severity, did_you_mean


@dataclass
class Known:
    """The ids a deck defines, each with the path of its definition."""

    teams: dict[str, FieldPath] = field(default_factory=dict)
    channels: dict[str, FieldPath] = field(default_factory=dict)
    objectives: dict[str, FieldPath] = field(default_factory=dict)
    sources: dict[str, FieldPath] = field(default_factory=dict)
    injects: dict[str, FieldPath] = field(default_factory=dict)
    parties: set[str] = field(default_factory=set)
    lowest: int = 0
    highest: int = 10


def _dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, dict):
                yield i, item


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class ReferenceChecker:
    """Collects located problems about ids and what they refer to."""

    def __init__(self, doc: YamlDocument, catalog: Catalog) -> None:
        self.doc = doc
        self.data: dict[str, Any] = doc.data
        self.catalog = catalog
        self.problems: list[Problem] = []
        self.known = Known()

    def error(self, message: str, path: FieldPath, code: str) -> None:
        self.problems.append(Problem(message, self.doc.where(path), path=path, code=code))

    def warning(self, message: str, path: FieldPath, code: str) -> None:
        self.problems.append(
            Problem(message, self.doc.where(path), Severity.WARNING, path=path, code=code)
        )

    # -- definitions ------------------------------------------------------------

    def _define(self, table: dict[str, FieldPath], what: str, key: str) -> None:
        for i, item in _dicts(self.data.get(key)):
            ident = _str(item.get("id"))
            if ident is None:
                continue
            path: FieldPath = (key, i, "id")
            if ident in table:
                first = self._first(table[ident], what)
                self.error(
                    f"duplicate {what} id '{ident}': already used {first}; every id must be unique",
                    path,
                    f"duplicate-{what.replace(' ', '-')}",
                )
            else:
                table[ident] = path

    def _first(self, path: FieldPath, what: str) -> str:
        """Where an id was first used: its line, or (plain data has no lines) its record."""
        if tuple(path) in self.doc.positions:
            return f"on line {self.doc.where(path).line}"
        return f"{'as' if what == 'channel' else 'by'} {what} {int(path[1]) + 1}"

    def collect(self) -> Known:
        known = self.known
        self._define(known.teams, "team", "teams")
        self._define(known.objectives, "objective", "objectives")
        self._define(known.sources, "source", "sources")
        self._define(known.injects, "inject", "injects")
        for source in self.catalog.sources:
            known.sources.setdefault(source.id, ())
        known.parties.update(self.catalog.party_ids)
        self._collect_channels()
        self._collect_ladder()
        return known

    def _collect_channels(self) -> None:
        known = self.known
        entries = self.data.get("channels")
        if entries is None:
            for channel in self.catalog.channels:
                known.channels[channel.id] = ()
            return
        if not isinstance(entries, list):
            return
        for i, entry in enumerate(entries):
            if isinstance(entry, str):
                path: FieldPath
                ident, path, is_ref = entry, ("channels", i), True
            elif isinstance(entry, dict):
                is_ref = "ref" in entry
                raw = entry.get("ref") if is_ref else entry.get("id")
                ident = _str(raw) or ""
                path = ("channels", i, "ref" if is_ref else "id")
                if not is_ref:
                    parties = entry.get("parties")
                    if isinstance(parties, list):
                        known.parties.update(p for p in parties if isinstance(p, str))
            else:
                continue
            if not ident:
                continue
            if is_ref and self.catalog.channel(ident) is None:
                self.error(
                    f"channel '{ident}' is not in the shared catalog"
                    f"{did_you_mean(ident, self.catalog.channel_ids)}"
                    " (to define a channel of your own, write id: instead of ref:)",
                    path,
                    "unknown-catalog-channel",
                )
                continue
            if ident in known.channels:
                self.error(
                    f"channel '{ident}' is listed twice "
                    f"(first {self._first(known.channels[ident], 'channel')})",
                    path,
                    "duplicate-channel",
                )
                continue
            known.channels[ident] = path

    def _collect_ladder(self) -> None:
        escalation = self.data.get("escalation")
        ladder = escalation.get("ladder") if isinstance(escalation, dict) else None
        if isinstance(ladder, list):
            levels: list[int] = [
                item["level"] for _, item in _dicts(ladder) if isinstance(item.get("level"), int)
            ]
            seen: set[int] = set()
            previous = None
            for i, item in _dicts(ladder):
                level = item.get("level")
                if not isinstance(level, int):
                    continue
                path = ("escalation", "ladder", i, "level")
                if level in seen:
                    self.error(
                        f"escalation level {level} is defined twice", path, "duplicate-level"
                    )
                elif previous is not None and level < previous:
                    self.error(
                        f"escalation levels must go upwards; {level} comes after {previous}",
                        path,
                        "level-order",
                    )
                seen.add(level)
                previous = level
            if levels:
                self.known.lowest, self.known.highest = min(levels), max(levels)
        else:
            self.known.lowest = self.catalog.ladder.lowest
            self.known.highest = self.catalog.ladder.highest
        if isinstance(escalation, dict) and isinstance(escalation.get("start"), int):
            self.check_level(escalation["start"], ("escalation", "start"))

    # -- references -------------------------------------------------------------

    def ref(
        self,
        value: Any,
        table: Collection[str],
        what: str,
        path: FieldPath,
        *,
        allow_end: bool = False,
    ) -> None:
        ident = _str(value)
        if ident is None or ident in table or (allow_end and ident == END):
            return
        names = list(table)
        choices = [*names, END] if allow_end else names
        hint = did_you_mean(ident, choices)
        if not hint and names and len(names) <= 12:
            hint = f"; known {what}s: {', '.join(names)}"
        self.error(f"unknown {what} '{ident}'{hint}", path, f"unknown-{what.replace(' ', '-')}")

    def check_level(self, level: Any, path: FieldPath) -> None:
        if isinstance(level, int) and not self.known.lowest <= level <= self.known.highest:
            self.error(
                f"escalation level {level} is outside the ladder "
                f"({self.known.lowest}–{self.known.highest})",
                path,
                "level-range",
            )

    def check(self) -> list[Problem]:
        self.collect()
        self._check_teams()
        self._check_channel_sources()
        for i, inject in _dicts(self.data.get("injects")):
            self._check_inject(i, inject)
        return self.problems

    def _check_teams(self) -> None:
        for i, team in _dicts(self.data.get("teams")):
            parties = team.get("parties")
            if not isinstance(parties, list):
                continue
            for j, party in enumerate(parties):
                if isinstance(party, str) and party not in self.known.parties:
                    self.warning(
                        f"party '{party}' is not used by any channel, so this team cannot use "
                        f"it to talk{did_you_mean(party, self.known.parties)}",
                        ("teams", i, "parties", j),
                        "unknown-party",
                    )

    def _check_source_refs(self, refs: Any, path: FieldPath) -> None:
        for j, ref in _dicts(refs):
            self.ref(ref.get("ref"), self.known.sources, "source", (*path, j, "ref"))

    def _check_channel_sources(self) -> None:
        for i, entry in _dicts(self.data.get("channels")):
            self._check_source_refs(entry.get("sources"), ("channels", i, "sources"))

    def _check_inject(self, i: int, inject: dict[str, Any]) -> None:
        known = self.known
        base: FieldPath = ("injects", i)
        to = inject.get("to")
        if isinstance(to, list):
            for j, team in enumerate(to):
                self.ref(team, known.teams, "team", (*base, "to", j))
        if inject.get("private") is True and not to:
            self.error(
                "a private inject needs 'to': the teams that see it (nobody else does)",
                (*base, "private"),
                "private-nobody",
            )
        objectives = inject.get("objectives")
        if isinstance(objectives, list):
            for j, objective in enumerate(objectives):
                self.ref(objective, known.objectives, "objective", (*base, "objectives", j))
        self._check_source_refs(inject.get("sources"), (*base, "sources"))
        for j, expectation in _dicts(inject.get("expected_actions")):
            where: FieldPath = (*base, "expected_actions", j)
            test = expectation.get("test")
            if isinstance(test, dict):
                self._check_condition(test, (*where, "test"))
            self.ref(expectation.get("before"), known.injects, "inject", (*where, "before"))
        effects = inject.get("effects")
        if isinstance(effects, dict):
            channels = effects.get("channels")
            if isinstance(channels, dict):
                for name in channels:
                    self.ref(name, known.channels, "channel", (*base, "effects", "channels", name))
        self.ref(inject.get("next"), known.injects, "inject", (*base, "next"), allow_end=True)
        if inject.get("next") == inject.get("id") and isinstance(inject.get("id"), str):
            self.error("an inject cannot be its own next", (*base, "next"), "self-next")
        for j, branch in _dicts(inject.get("branches")):
            path: FieldPath = (*base, "branches", j)
            self.ref(branch.get("goto"), known.injects, "inject", (*path, "goto"), allow_end=True)
            if branch.get("goto") == inject.get("id") and isinstance(inject.get("id"), str):
                self.error(
                    "a branch cannot go back to its own inject", (*path, "goto"), "self-goto"
                )
            when = branch.get("when")
            if isinstance(when, dict):
                self._check_condition(when, (*path, "when"))

    def _check_condition(self, when: dict[str, Any], path: FieldPath) -> None:
        known = self.known
        for key in ("escalation_at_least", "escalation_at_most"):
            if key in when:
                self.check_level(when[key], (*path, key))
        status = when.get("channel_status")
        if isinstance(status, dict):
            self.ref(
                status.get("channel"),
                known.channels,
                "channel",
                (*path, "channel_status", "channel"),
            )
        decision = when.get("decision")
        if isinstance(decision, dict):
            self.ref(decision.get("by"), known.teams, "team", (*path, "decision", "by"))
            self.ref(
                decision.get("channel"), known.channels, "channel", (*path, "decision", "channel")
            )
            self.ref(decision.get("since"), known.injects, "inject", (*path, "decision", "since"))
        self.ref(when.get("delivered"), known.injects, "inject", (*path, "delivered"))
        for key in ("all", "any"):
            for j, inner in _dicts(when.get(key)):
                self._check_condition(inner, (*path, key, j))
        negated = when.get("not")
        if isinstance(negated, dict):
            self._check_condition(negated, (*path, "not"))


def check_references(doc: YamlDocument, catalog: Catalog) -> tuple[list[Problem], Known]:
    """Problems with the ids in a deck, and the ids it defines."""
    checker = ReferenceChecker(doc, catalog)
    problems = checker.check()
    return problems, checker.known
