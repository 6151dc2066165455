"""From a session to a :class:`ReportModel`: the facts of the after-action report.

``build_report(deck, state, meta)`` takes exactly what
:func:`tabletop.core.engine.open_state` returns, so a report can be made from
any session file, running or ended, without opening it for recording. It is
a pure function: the same session gives the same model.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping

from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import (
    HOTWASH_FIELDS,
    HOTWASH_QUESTIONS,
    DecisionRecord,
    Folder,
    Outcome,
    SessionState,
    undone_targets,
)
from tabletop.core.report import analysis, clock
from tabletop.core.report.describe import describe
from tabletop.core.report.model import (
    FINAL,
    INTERIM,
    DocumentInfo,
    ExecutiveSummary,
    Field,
    KeyFigure,
    LogEntry,
    Moment,
    Participant,
    PlanRow,
    ReportModel,
    Response,
    SourceEntry,
    TeamDecisions,
    TimelineEntry,
)

KIND_LABELS = {
    "action": "Action",
    "message": "Message",
    "statement": "Public statement",
    "agree_channel": "Agreement to open a channel",
}

_EPOCH = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)


class ReportBuilder:
    """Reads one session's deck, state and details and writes the report's facts."""

    def __init__(self, deck: Deck, state: SessionState, meta: Mapping[str, str]) -> None:
        self.deck = deck
        self.state = state
        self.meta = meta
        self.first_day = clock.utc(state.started_at).date() if state.started_at else None
        self.start_minute = float(deck.starts_at.total_minutes)
        self.end_minute = analysis.session_end(state, self.start_minute)

    # -- small formatters ---------------------------------------------------------

    def wall(self, moment: _dt.datetime | None) -> str:
        return clock.wall(moment, self.first_day)

    def moment(self, scenario: float, at: _dt.datetime | None) -> Moment:
        return Moment(clock.scenario(scenario), self.wall(at))

    def inject_title(self, inject_id: str) -> str:
        if inject_id and self.deck.has_inject(inject_id):
            return self.deck.inject(inject_id).title
        return inject_id

    def cause(self, cause: str) -> str:
        """Why the level changed, in words: the engine writes ``inject ID`` for an inject."""
        if cause.startswith("inject "):
            inject_id = cause[len("inject ") :]
            if self.deck.has_inject(inject_id):
                return f"inject “{self.deck.inject(inject_id).title}”"
        return cause

    def channel_name(self, channel_id: str) -> str:
        if channel_id and self.deck.has_channel(channel_id):
            return self.deck.channel(channel_id).name
        return channel_id

    def response(self, decision: DecisionRecord) -> Response:
        outcome = decision.outcome
        status, note = "", ""
        if outcome is not None:
            status = outcome.status
            if outcome.status == Outcome.UNDELIVERABLE:
                note = outcome.reason
            elif outcome.arrives_at is not None:
                note = f"arrives {clock.scenario(outcome.arrives_at)}"
                if outcome.reason:
                    note = f"{outcome.reason}; {note}"
        return Response(
            decision=decision.id,
            team=self.state.team_name(decision.team),
            kind=KIND_LABELS.get(decision.kind, decision.kind),
            text=decision.text,
            when=self.moment(decision.scenario, decision.at),
            inject=self.inject_title(decision.inject),
            inject_id=decision.inject,
            channel=self.channel_name(decision.channel),
            outcome=status,
            outcome_note=note,
            withdrawn=decision.withdrawn,
            withdrawn_reason=decision.withdrawn_reason,
            amendments=len(decision.amendments),
            escalation=decision.escalation,
            tags=decision.tags,
        )

    # -- the whole report -----------------------------------------------------------

    def build(self) -> ReportModel:
        state, deck = self.state, self.deck
        exercise = state.name or self.meta.get("name", "") or deck.title
        status = FINAL if state.ended else INTERIM
        dates = self.dates()
        responses = [self.response(d) for d in sorted(state.decisions.values(), key=_by_seq)]
        escalation = analysis.escalation_chart(self, self.start_minute, self.end_minute)
        channels = analysis.channel_analysis(self, responses, self.start_minute, self.end_minute)
        observations = analysis.Observations(self)
        return ReportModel(
            exercise=exercise,
            deck_title=deck.title,
            deck_id=deck.id,
            status=status,
            dates=dates,
            facilitator=state.facilitator,
            session_id=self.meta.get("session_id", ""),
            info=self.info(exercise, status),
            overview=self.overview(exercise, dates),
            summary=self.summary(responses, channels.rows, observations),
            timeline=self.timeline(responses),
            escalation=escalation,
            channels=channels,
            teams=self.teams(responses),
            objectives=observations.objective_ratings(),
            strengths=observations.strengths,
            improvements=observations.improvements,
            reviews=observations.inject_reviews(responses),
            hotwash=tuple(
                Field(HOTWASH_QUESTIONS[key], state.hotwash[key])
                for key in HOTWASH_FIELDS
                if state.hotwash.get(key)
            ),
            plan=tuple(
                PlanRow(a.issue, a.corrective_action, a.capability, a.owner, a.start, a.due)
                for a in state.actions
            ),
            event_log=self.event_log(),
            participants=tuple(
                Participant(t.name, t.side, t.role, t.participants) for t in state.teams
            ),
            sources=self.sources(),
        )

    def dates(self) -> str:
        state = self.state
        recorded = clock.span(state.started_at, state.ended_at or state.last_at)
        if state.date and state.date.strip():
            return f"{state.date.strip()} (recorded {recorded})"
        return recorded

    def info(self, exercise: str, status: str) -> DocumentInfo:
        state = self.state
        created = state.last_at or state.started_at
        if created is None:
            stamp = self.meta.get("created_at", "")
            try:
                created = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
            except ValueError:
                created = _EPOCH
        word = "Final" if status == FINAL else "Interim"
        return DocumentInfo(
            title=f"After-action report: {exercise}",
            author=state.facilitator or "tabletop",
            subject=(
                f"{word} after-action report and improvement plan of the tabletop exercise "
                f"'{exercise}' (deck: {self.deck.title})"
            ),
            keywords=f"after-action report, improvement plan, tabletop exercise, {self.deck.id}",
            created=clock.utc(created),
        )

    # -- overview and summary ----------------------------------------------------------

    def overview(self, exercise: str, dates: str) -> tuple[Field, ...]:
        deck, state = self.deck, self.state
        phases: list[str] = []
        for inject in deck.injects:
            if inject.phase and inject.phase not in phases:
                phases.append(inject.phase)
        scope = "A discussion-based tabletop exercise"
        if deck.duration:
            scope += f" planned for {deck.duration} minutes"
        if deck.audience:
            scope += f", for {deck.audience}"
        scope += f". The deck holds {clock.plural(len(deck.injects), 'inject')}"
        if phases:
            scope += f" in {clock.plural(len(phases), 'phase')} ({clock.listing(phases)})"
        scope += f"; {len(state.delivered())} were delivered."
        ladder = deck.ladder
        ladder_text = (
            f"Levels {ladder.lowest}–{ladder.highest}; the session started at "
            f"{state.levels[0].level if state.levels else ladder.start} "
            f"({ladder.name_of(state.levels[0].level if state.levels else ladder.start)})."
        )
        teams = "\n".join(
            f"{t.name}: {', '.join(t.participants)}" if t.participants else t.name
            for t in state.teams
        )
        playing = {t.id for t in state.teams}
        absent = [t.name for t in deck.teams if t.id not in playing]
        if absent and state.started:
            teams += f"\nNot fielded in this session: {', '.join(absent)}"
        objectives = "\n".join(f"• {o.text}" for o in deck.objectives)
        version = f", version {deck.version}" if deck.version else ""
        status = (
            f"Final: the session ended {self.wall(state.ended_at)}."
            if state.ended
            else f"Interim: the session was still running; last entry {self.wall(state.last_at)}."
        )
        return (
            Field("Exercise name", exercise),
            Field("Exercise dates", dates),
            Field("Scope", scope),
            Field("Objectives", objectives or "None stated in the deck."),
            Field("Scenario", deck.summary or deck.title),
            Field("Inject deck", f"{deck.title} ({deck.id}{version})"),
            Field("Escalation ladder", ladder_text),
            Field("Participating teams and people", teams or "None recorded."),
            Field("Point of contact", state.facilitator or "Not recorded."),
            Field("Report status", status),
        )

    def summary(
        self, responses: list[Response], rows: tuple, observations: analysis.Observations
    ) -> ExecutiveSummary:
        state, deck = self.state, self.deck
        paragraphs: list[str] = []
        delivered, skipped = state.delivered(), state.skipped()
        elapsed = state.elapsed_at(state.last_at) if state.last_at else 0.0
        opening = (
            f"The session ran {clock.span(state.started_at, state.ended_at or state.last_at)}, "
            f"{clock.duration(elapsed)} of exercise time"
        )
        paused = sum(1 for _ in state.pauses)
        opening += f" ({clock.plural(paused, 'pause')} left out)." if paused else "."
        opening += (
            f" {len(delivered)} of {clock.plural(len(deck.injects), 'inject')} were delivered"
            f" and {len(skipped)} skipped"
        )
        reasons = [f"{self.inject_title(i)}: {state.injects[i].reason}" for i in skipped]
        opening += f" ({'; '.join(reasons)})." if reasons else "."
        if not state.ended:
            opening += " The session had not ended when this report was made: it is interim."
        paragraphs.append(opening)

        live = [r for r in responses if not r.withdrawn]
        withdrawn = len(responses) - len(live)
        per_team = [f"{t.name} {sum(1 for r in live if r.team == t.name)}" for t in state.teams]
        decisions = f"Teams recorded {clock.plural(len(live), 'decision')}"
        decisions += f" ({clock.listing(per_team)})" if live else ""
        if withdrawn:
            decisions += f"; {withdrawn} more {'was' if withdrawn == 1 else 'were'} withdrawn."
        else:
            decisions += "."
        paragraphs.append(decisions)

        messages = [r for r in live if r.outcome]
        counts = {
            k: sum(1 for r in messages if r.outcome == k)
            for k in (Outcome.DELIVERED, Outcome.DELAYED, Outcome.UNDELIVERABLE)
        }
        if messages:
            text = (
                f"{clock.plural(len(messages), 'message was', 'messages were')} sent over "
                f"channels: {counts[Outcome.DELIVERED]} delivered, {counts[Outcome.DELAYED]} "
                f"delayed and {counts[Outcome.UNDELIVERABLE]} undeliverable."
            )
            used = sorted((r for r in rows if r.attempts), key=lambda r: -r.attempts)
            text += (
                f" The most used channel was {used[0].channel} "
                f"({clock.plural(used[0].attempts, 'message')})."
            )
            failed = [r for r in rows if r.undeliverable]
            if failed:
                text += (
                    " Messages that never got through: "
                    + clock.listing([f"{r.undeliverable} over {r.channel}" for r in failed])
                    + "."
                )
            paragraphs.append(text)
        else:
            paragraphs.append("No message was sent over a communication channel.")

        paragraphs.append(self._escalation_sentence())
        crossed = state.thresholds_crossed
        if crossed:
            paragraphs.append(
                "Thresholds crossed: "
                + "; ".join(
                    f"{analysis.threshold_name(c.cause, deck.ladder.name_of(c.level))} "
                    f"(level {c.level}) at {clock.scenario(c.scenario)}, {self.wall(c.at)}"
                    for c in crossed
                )
                + "."
            )
        else:
            paragraphs.append("No escalation threshold was crossed.")
        gap = analysis.widest_misperception(state)
        if gap is not None:
            team, believed, actual, change = gap
            paragraphs.append(
                f"The widest gap between belief and fact: {self.state.team_name(team)} believed "
                f"the level was {believed} while it was {actual}, at "
                f"{clock.scenario(change.scenario)} ({self.wall(change.at)})."
            )
        notes = (
            f"The facilitator noted {clock.plural(len(observations.strengths), 'strength')} and "
            f"{clock.plural(len(observations.improvements), 'area')} for improvement; the "
            f"improvement plan has {clock.plural(len(state.actions), 'action')}."
        )
        paragraphs.append(notes)

        peak = state.peak
        figures = (
            KeyFigure("Injects delivered", f"{len(delivered)} of {len(deck.injects)}"),
            KeyFigure("Injects skipped", str(len(skipped))),
            KeyFigure("Decisions recorded", str(len(live))),
            KeyFigure("Messages delivered", str(counts[Outcome.DELIVERED])),
            KeyFigure("Messages delayed", str(counts[Outcome.DELAYED])),
            KeyFigure("Messages undeliverable", str(counts[Outcome.UNDELIVERABLE])),
            KeyFigure(
                "Peak escalation level",
                f"{peak.level} ({deck.ladder.name_of(peak.level)})" if peak else "—",
            ),
            KeyFigure("Thresholds crossed", str(len(crossed))),
        )
        return ExecutiveSummary(tuple(paragraphs), figures)

    def _escalation_sentence(self) -> str:
        state, ladder = self.state, self.deck.ladder
        if not state.levels:
            return "No escalation level was recorded."
        first, peak = state.levels[0], state.peak
        assert peak is not None
        text = f"Escalation started at level {first.level} ({ladder.name_of(first.level)})"
        if peak.level > first.level:
            text += (
                f", peaked at {peak.level} ({ladder.name_of(peak.level)}) at "
                f"{clock.scenario(peak.scenario)} ({self.wall(peak.at)}; {self.cause(peak.cause)})"
            )
        else:
            text += " and never rose above it"
        text += f", and stood at {state.level} ({ladder.name_of(state.level)}) at the end."
        return text

    # -- timeline and teams ----------------------------------------------------------------

    def timeline(self, responses: list[Response]) -> tuple[TimelineEntry, ...]:
        state, deck = self.state, self.deck
        by_inject: dict[str, list[Response]] = {}
        decisions = sorted(state.decisions.values(), key=_by_seq)
        for decision, response in zip(decisions, responses, strict=True):
            by_inject.setdefault(decision.inject, []).append(response)
        entries: list[TimelineEntry] = []
        if by_inject.get(""):
            first = state.started_at
            entries.append(
                TimelineEntry(
                    inject_id="",
                    title="Before the first inject",
                    status="",
                    when=self.moment(self.start_minute, first),
                    responses=tuple(by_inject[""]),
                )
            )
        for inject_id in state.order:
            record = state.injects[inject_id]
            inject = deck.inject(inject_id)
            effects = []
            if inject.effects.escalation and record.status == "delivered":
                effects.append(f"Escalation {clock.signed(inject.effects.escalation)}")
            if record.status == "delivered":
                effects += [
                    f"{self.channel_name(c)}: {s.value}" for c, s in inject.effects.channels
                ]
            reason = record.reason
            if record.status == "delivered":
                if record.via.startswith("branch: "):
                    reason = f"Reached by branch: {record.via[len('branch: ') :]}"
                elif record.chosen:
                    reason = "Chosen by the facilitator"
            to = ", ".join(state.team_name(t) for t in inject.to)
            entries.append(
                TimelineEntry(
                    inject_id=inject_id,
                    title=inject.title,
                    status=record.status,
                    when=self.moment(record.scenario, record.at),
                    phase=inject.phase,
                    sender=inject.sender,
                    to=to,
                    reason=reason,
                    effects="; ".join(effects),
                    responses=tuple(by_inject.get(inject_id, ())),
                )
            )
        return tuple(entries)

    def teams(self, responses: list[Response]) -> tuple[TeamDecisions, ...]:
        out = []
        for team in self.state.teams:
            mine = tuple(r for r in responses if r.team == team.name)
            sent = [r for r in mine if r.outcome and not r.withdrawn]
            out.append(
                TeamDecisions(
                    team=team.name,
                    side=team.side,
                    participants=team.participants,
                    decisions=mine,
                    messages=len(sent),
                    delivered=sum(1 for r in sent if r.outcome == Outcome.DELIVERED),
                    delayed=sum(1 for r in sent if r.outcome == Outcome.DELAYED),
                    undeliverable=sum(1 for r in sent if r.outcome == Outcome.UNDELIVERABLE),
                )
            )
        return tuple(out)

    # -- appendices -------------------------------------------------------------------------

    def event_log(self) -> tuple[LogEntry, ...]:
        """Every event in order, with the story time it happened at (the log replayed)."""
        state = self.state
        ignored = {a.seq: a.message for a in state.anomalies}
        folder = Folder(self.deck)
        folder.state.undone = undone_targets(state.events)
        entries = []
        for event in state.events:
            folder.apply(event)
            scenario = folder.state.scenario_at(event.at) if folder.state.started else 0.0
            entries.append(
                LogEntry(
                    seq=event.seq,
                    wall=self.wall(event.at),
                    scenario=clock.scenario(scenario) if folder.state.started else "",
                    text=describe(event, self.deck, state),
                    undone=event.seq in state.undone,
                    ignored=ignored.get(event.seq, ""),
                )
            )
        return tuple(entries)

    def sources(self) -> tuple[SourceEntry, ...]:
        deck = self.deck
        cited: dict[str, list[str]] = {}
        for inject in deck.injects:
            for ref in inject.sources:
                where = f"Inject: {inject.title}" + (f" ({ref.section})" if ref.section else "")
                cited.setdefault(ref.ref, []).append(where)
        for channel in deck.channels:
            for ref in channel.sources:
                where = f"Channel: {channel.name}" + (f" ({ref.section})" if ref.section else "")
                cited.setdefault(ref.ref, []).append(where)
        entries = []
        for source_id, places in cited.items():
            source = deck.source(source_id)
            if source is None:
                entries.append(
                    SourceEntry(
                        source_id, f"{source_id} (not in the bibliography)", "", tuple(places)
                    )
                )
                continue
            parts = [p for p in (source.author, source.title, source.publisher, source.date) if p]
            citation = ". ".join(parts) + "."
            if source.note:
                citation += f" {source.note}"
            entries.append(SourceEntry(source.id, citation, source.url, tuple(places)))
        return tuple(entries)


def _by_seq(decision: DecisionRecord) -> int:
    return decision.seq


def build_report(deck: Deck, state: SessionState, meta: Mapping[str, str]) -> ReportModel:
    """The after-action report's facts for a session (as given by ``open_state``)."""
    return ReportBuilder(deck, state, meta).build()
