"""The deck linter: exercise-design checks beyond validity, as located warnings.

A deck can be valid and still run badly: an objective nothing exercises, a
channel nobody can use, an inject with no questions, a timetable that does not
fit the class. ``tabletop lint`` (or ``validate --strict``) reports these.
"""

from __future__ import annotations

import re

from tabletop.core.deck import flow
from tabletop.core.deck.catalog import Catalog, load_catalog
from tabletop.core.deck.lint_facts import fact_findings
from tabletop.core.deck.loader import LoadResult
from tabletop.core.deck.model import (
    DecisionMade,
    Deck,
    Inject,
    InjectType,
    Team,
    iter_conditions,
)
from tabletop.core.deck.yaml_reader import FieldPath, YamlDocument
from tabletop.core.problems import Location, Problem, Severity, sort_problems

# how far the planned class time may stray from the stated duration
TIMING_TOLERANCE = 0.15
# facilitator notes that say a card is for one team's eyes ("Only the Russian team sees this")
_ONE_TEAM_ONLY = re.compile(r"\bonly the [\w .'-]{1,40}? teams? (sees|reads|gets)\b", re.I)


class _Linter:
    def __init__(self, deck: Deck, doc: YamlDocument | None, source: str, catalog: Catalog) -> None:
        self.deck = deck
        self.doc = doc
        self.source = source
        self.catalog = catalog
        self.problems: list[Problem] = []

    def where(self, path: FieldPath) -> Location:
        return self.doc.where(path) if self.doc is not None else Location()

    def warn(self, message: str, path: FieldPath, code: str) -> None:
        self.problems.append(
            Problem(
                message,
                self.where(path),
                Severity.WARNING,
                path=path,
                code=f"lint-{code}",
                source=self.source,
            )
        )

    def team_tags(self) -> None:
        """Two teams with the same tag cannot be told apart on the meter or in the log."""
        seen: dict[str, Team] = {}
        for index, team in enumerate(self.deck.teams):
            tag = team.tag
            other = seen.setdefault(tag.casefold(), team)
            if other is team:
                continue
            # teams are told apart by id: two of them may well carry the same name
            teams = (
                f"both {other.name} and {team.name}"
                if other.name != team.name
                else f"two teams named {team.name} ('{other.id}' and '{team.id}')"
            )
            self.warn(
                f"'{tag}' tags {teams}: the escalation meter and the "
                "decision log cannot tell them apart; give one a different 'short'",
                ("teams", index, "short" if team.short else "id"),
                "team-tag",
            )

    def inject_path(self, inject_id: str, *rest: str | int) -> FieldPath:
        return ("injects", self.deck.inject_index[inject_id], *rest)

    def run(self) -> list[Problem]:
        self.metadata()
        self.team_tags()
        self.objectives()
        self.channels()
        self.injects()
        self.decisions_no_party_can_make()
        self.timing()
        self.facts()
        return sort_problems(self.problems)

    def facts(self) -> None:
        if self.doc is None or not isinstance(self.doc.data, dict):
            return
        for message, path, code in fact_findings(self.deck, self.catalog, self.doc.data):
            self.warn(message, path, code)

    def metadata(self) -> None:
        deck = self.deck
        if not deck.summary:
            self.warn(
                "the deck has no summary; the start screen shows it to instructors",
                ("title",),
                "summary",
            )
        if not deck.objectives:
            self.warn(
                "the deck has no learning objectives; the report rates play against them",
                ("title",),
                "objectives",
            )
        for i, team in enumerate(deck.teams):
            if not team.briefing:
                self.warn(f"team '{team.id}' has no briefing paragraph", ("teams", i), "briefing")
        if not any(i.type is InjectType.CONTINGENCY for i in deck.injects):
            self.warn(
                "no contingency inject: add one to restart discussion in a stalled room",
                ("injects",),
                "contingency",
            )

    def objectives(self) -> None:
        used = {o for inject in self.deck.injects for o in inject.objectives}
        for i, objective in enumerate(self.deck.objectives):
            if objective.id not in used:
                self.warn(
                    f"objective '{objective.id}' is not exercised by any inject; "
                    "list it under an inject's objectives",
                    ("objectives", i, "id"),
                    "objective-unused",
                )

    def channels(self) -> None:
        deck = self.deck
        affected = {c for inject in deck.injects for c, _ in inject.effects.channels}
        for i, channel in enumerate(deck.channels):
            usable = sum(1 for team in deck.teams if channel.usable_by(team))
            if channel.id in affected:
                continue
            if usable == 0:
                self.warn(
                    f"channel '{channel.id}' cannot be used by any team and no inject "
                    "changes it; give a team one of its parties or drop it",
                    ("channels", i),
                    "channel-unused",
                )
            elif (
                usable == 1 and channel.direction.value == "two-way" and "*" not in channel.parties
            ):
                self.warn(
                    f"channel '{channel.id}' links only one team, so no message over it "
                    "can reach anyone",
                    ("channels", i),
                    "channel-one-team",
                )

    def injects(self) -> None:
        for inject in self.deck.injects:
            if not inject.questions:
                self.warn(
                    f"inject '{inject.id}' has no discussion questions",
                    self.inject_path(inject.id, "id"),
                    "questions",
                )
            if not inject.expected_actions:
                self.warn(
                    f"inject '{inject.id}' has no expected actions; the after-action "
                    "report compares play with them",
                    self.inject_path(inject.id, "id"),
                    "expected-actions",
                )
            if not inject.sources:
                self.warn(
                    f"inject '{inject.id}' cites no source",
                    self.inject_path(inject.id, "id"),
                    "sources",
                )
            for j, ref in enumerate(inject.sources):
                if not ref.section:
                    self.warn(
                        f"inject '{inject.id}' cites '{ref.ref}' without a section",
                        self.inject_path(inject.id, "sources", j),
                        "source-section",
                    )
            if not inject.duration:
                self.warn(
                    f"inject '{inject.id}' has no planned duration (minutes); the timing "
                    "check needs it",
                    self.inject_path(inject.id, "id"),
                    "duration",
                )
            self.audience(inject)

    def audience(self, inject: Inject) -> None:
        """A team-only card that every team sees, or a card for one team that is projected."""
        if inject.private and {t.id for t in self.deck.teams} <= set(inject.to):
            self.warn(
                f"inject '{inject.id}' is private to every team: no one is left out, but it "
                "is never projected; drop 'private' or name fewer teams in 'to'",
                self.inject_path(inject.id, "private"),
                "private-everyone",
            )
        if not inject.private and _ONE_TEAM_ONLY.search(inject.facilitator_notes):
            self.warn(
                f"inject '{inject.id}': the notes say only one team sees it, but it is "
                "projected to everyone; add 'private: true' (and name the team in 'to')",
                self.inject_path(inject.id, "id"),
                "private-missing",
            )

    def decisions_no_party_can_make(self) -> None:
        """Branch tests waiting for a decision by a team over a channel it is not a party to.

        The console refuses to record such a decision, so the test never holds.
        """
        deck = self.deck
        for inject in deck.injects:
            for j, branch in enumerate(inject.branches):
                for test in iter_conditions(branch.when):
                    if not (isinstance(test, DecisionMade) and test.by and test.channel):
                        continue
                    if not (deck.has_team(test.by) and deck.has_channel(test.channel)):
                        continue
                    channel = deck.channel(test.channel)
                    if channel.usable_by(deck.team(test.by)):
                        continue
                    self.warn(
                        f"branch {j + 1} of inject '{inject.id}' waits for a decision by "
                        f"'{test.by}' over '{test.channel}', but that team is not a party to the "
                        f"channel (its parties: {', '.join(channel.parties)}), so no such "
                        "decision can be recorded; choose another team or channel",
                        self.inject_path(inject.id, "branches", j, "when"),
                        "branch-not-a-party",
                    )

    def timing(self) -> None:
        deck = self.deck
        if not deck.duration:
            self.warn("the deck states no duration (class minutes)", ("title",), "no-duration")
            return
        if deck.play_time > deck.duration:
            self.warn(
                f"the play time ({deck.play_time} minutes) is longer than the class time "
                f"({deck.duration} minutes), which includes it with the briefing and hot wash",
                ("play_time",),
                "play-time",
            )
        target = deck.planned_play
        what = "play time" if deck.play_time else "duration"
        key = "play_time" if deck.play_time else "duration"
        routes = flow.paths_to_end(deck, limit=2000)
        if not routes:
            return
        totals = [sum(deck.inject(i).duration for i in route) for route in routes]
        shortest, longest = min(totals), max(totals)
        high = target * (1 + TIMING_TOLERANCE)
        low = target * (1 - 2 * TIMING_TOLERANCE)
        if longest > high:
            self.warn(
                f"the longest route through the deck plans {longest} minutes, more than the "
                f"stated {what} of {target}; trim inject durations or raise the {what}",
                (key,),
                "timing-long",
            )
        if shortest < low:
            self.warn(
                f"the shortest route through the deck plans only {shortest} minutes of the "
                f"stated {what} of {target}; the class would finish early",
                (key,),
                "timing-short",
            )


def lint_deck(result: LoadResult, catalog: Catalog | None = None) -> list[Problem]:
    """Design warnings, and fact checks on its text, for a deck that loaded without errors."""
    if result.deck is None:
        return []
    return _Linter(result.deck, result.document, result.source, catalog or load_catalog()).run()
