"""From a session to a :class:`ReportModel`: the facts of the after-action report.

``build_report(deck, state, meta)`` takes exactly what
:func:`tabletop.core.engine.open_state` returns, so a report can be made from
any session file, running or ended, without opening it for recording. It is
a pure function: the same session gives the same model. What the report
*says* is worked out by :mod:`tabletop.core.report.analysis`; this module
puts it in the model's order.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.engine.records import HOTWASH_FIELDS, HOTWASH_QUESTIONS, RATING_NAMES
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.report import clock
from tabletop.core.report.analysis import acronyms, channels, escalation, evaluation, path
from tabletop.core.report.analysis.expectations import expected_actions
from tabletop.core.report.analysis.figures import DEFINITIONS, Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import Past, replay
from tabletop.core.report.describe import describe
from tabletop.core.report.model import (
    FINAL,
    INTERIM,
    DocumentInfo,
    ExecutiveSummary,
    ExpectedAction,
    FacilitatorAction,
    Field,
    InjectReview,
    KeyFigure,
    LogEntry,
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
OVERVIEW_FIELDS = (
    ("mission_areas", "Mission areas"),
    ("core_capabilities", "Core capabilities"),
    ("scenario_type", "Scenario type"),
    ("threat", "Threat or hazard"),
    ("sponsor", "Sponsor"),
    ("organisations", "Participating organisations"),
    ("point_of_contact", "Point of contact"),
    ("evaluation_method", "Evaluation method"),
)
_EPOCH = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)


def _words(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if str(v).strip())
    return str(value or "").strip()


class ReportBuilder:
    """Reads one session's deck, state and details and writes the report's facts."""

    def __init__(self, deck: Deck, state: SessionState, meta: Mapping[str, str]) -> None:
        self.deck = deck
        self.state = state
        self.meta = meta
        self.names = Names(deck, state)
        self.start_minute = float(deck.starts_at.total_minutes)
        self.end_minute = escalation.session_end(state, self.start_minute)
        self.figures = Figures.of(state)
        self.past: Past = replay(deck, state, self.names)

    # -- small formatters ---------------------------------------------------------

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
            when=self.names.moment(decision.scenario, decision.at),
            inject=self.names.inject(decision.inject),
            inject_id=decision.inject,
            channel=self.names.channel(decision.channel),
            outcome=status,
            outcome_note=note,
            withdrawn=decision.withdrawn,
            withdrawn_reason=decision.withdrawn_reason,
            amendments=len(decision.amendments),
            escalation=decision.escalation,
            tags=decision.tags,
            seq=decision.seq,
        )

    # -- the whole report -----------------------------------------------------------

    def build(self) -> ReportModel:
        state, deck, names = self.state, self.deck, self.names
        exercise = state.name or self.meta.get("name", "") or deck.title
        status = FINAL if state.ended else INTERIM
        dates = self.dates()
        responses = [self.response(d) for d in state.decision_list]
        chart = escalation.escalation_chart(state, self.start_minute, self.end_minute)
        channel_analysis = channels.channel_analysis(
            state, responses, self.start_minute, self.end_minute
        )
        expected: list[ExpectedAction] = []
        reviews = self.reviews(responses, expected)
        ratings = evaluation.objective_ratings(deck, state, expected)
        found = evaluation.findings(deck, state, names, expected, channel_analysis.rows)
        capabilities = evaluation.capability_analysis(deck, found, ratings)
        deck_path = path.deck_path(deck, state, self.past, self.figures)
        overview = self.overview(exercise, dates)
        summary = self.summary(channel_analysis.rows, found, expected)
        plan = self.plan(expected)
        hotwash = tuple(
            Field(HOTWASH_QUESTIONS[key], state.hotwash[key])
            for key in HOTWASH_FIELDS
            if state.hotwash.get(key)
        )
        conclusion = self.conclusion(ratings, expected, channel_analysis.rows)
        texts = [
            *(f.value for f in overview),
            *summary.paragraphs,
            *summary.strengths,
            *summary.improvements,
            *(d.text for d in state.decision_list),
            *(o.text for o in state.observations),
            *(f.value for f in hotwash),
            *(f"{p.issue} {p.corrective_action}" for p in plan),
            *(i.title for i in deck.injects),
        ]
        return ReportModel(
            exercise=exercise,
            deck_title=deck.title,
            deck_id=deck.id,
            status=status,
            dates=dates,
            facilitator=state.facilitator,
            session_id=self.meta.get("session_id", ""),
            info=self.info(exercise, status),
            overview=overview,
            summary=summary,
            capabilities=capabilities,
            objectives=ratings,
            reviews=reviews,
            path=deck_path,
            timeline=self.timeline(responses),
            escalation=chart,
            channels=channel_analysis,
            teams=self.teams(responses),
            strengths=tuple(
                evaluation.observation_item(o, names)
                for o in state.observations
                if o.kind == "strength"
            ),
            improvements=tuple(
                evaluation.observation_item(o, names)
                for o in state.observations
                if o.kind == "improvement"
            ),
            hotwash=hotwash,
            conclusion=conclusion,
            plan=plan,
            participants=self.participants(),
            acronyms=acronyms.acronyms(texts, deck.overview.glossary),
            event_log=self.event_log(),
            sources=self.sources(),
            language=state.language or deck.language or "en",
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

    def overview_value(self, key: str) -> str:
        """A session's setup overrides the deck's overview field by field."""
        given = self.state.overview.get(key)
        if given not in (None, "", [], ()):
            return _words(given)
        return _words(getattr(self.deck.overview, key, ""))

    def overview(self, exercise: str, dates: str) -> tuple[Field, ...]:
        deck, state, figures = self.deck, self.state, self.figures
        phases: list[str] = []
        for inject in deck.injects:
            if inject.phase and inject.phase not in phases and inject.type.value == "standard":
                phases.append(inject.phase)
        scope = "A discussion-based tabletop exercise"
        if deck.duration:
            scope += f" planned for {deck.duration} minutes"
        if deck.audience:
            scope += f" for {deck.audience}"
        scope += f". The deck holds {clock.plural(figures.injects, 'inject')}"
        if phases:
            scope += f" in {clock.plural(len(phases), 'move')} ({clock.listing(phases)})"
        scope += f"; {self.path_counts()}."
        ladder = deck.ladder
        first = state.levels[0].level if state.levels else ladder.start
        ladder_text = (
            f"Levels {ladder.lowest}–{ladder.highest}; the session started at "
            f"{self.names.level(first)}."
        )
        teams = "\n".join(
            f"{t.name}: {', '.join(t.participants)}" if t.participants else t.name
            for t in state.teams
        )
        playing = {t.id for t in state.teams}
        absent = [t.name for t in deck.teams if t.id not in playing]
        if absent and state.started:
            teams += f"\nNot fielded in this session: {', '.join(absent)}"
        objectives = "\n".join(
            f"• {o.text}" + (f" ({o.capability})" if o.capability else "") for o in deck.objectives
        )
        version = f", version {deck.version}" if deck.version else ""
        status = (
            f"Final: the session ended {self.names.wall(state.ended_at)}."
            if state.ended
            else "Interim: the session was still running; last entry "
            f"{self.names.wall(state.last_at)}."
        )
        fields = [
            Field("Exercise name", exercise),
            Field("Exercise dates", dates),
            Field("Scope", scope),
        ]
        for key, label in OVERVIEW_FIELDS:
            value = self.overview_value(key)
            if key == "point_of_contact" and not value:
                value = state.facilitator
            if key == "core_capabilities" and not value:
                value = ", ".join(
                    dict.fromkeys(o.capability for o in deck.objectives if o.capability)
                )
            fields.append(Field(label, value or "Not stated."))
        fields += [
            Field("Objectives", objectives or "None stated in the deck."),
            Field("Scenario", deck.summary or deck.title),
            Field("Inject deck", f"{deck.title} ({deck.id}{version})"),
            Field("Escalation ladder", ladder_text),
            Field("Participating teams and people", teams or "None recorded."),
            Field("Report status", status),
        ]
        return tuple(fields)

    def path_counts(self) -> str:
        f = self.figures
        return (
            f"{len(f.delivered)} {'was' if len(f.delivered) == 1 else 'were'} delivered, "
            f"{len(f.skipped)} skipped and {len(f.not_reached)} not reached"
        )

    def summary(
        self,
        rows: Sequence[Any],
        found: list[tuple[str, Any]],
        expected: Sequence[ExpectedAction],
    ) -> ExecutiveSummary:
        state, deck, figures, names = self.state, self.deck, self.figures, self.names
        paragraphs: list[str] = []
        elapsed = state.elapsed_at(state.last_at) if state.last_at else 0.0
        opening = (
            f"The session ran {clock.span(state.started_at, state.ended_at or state.last_at)}, "
            f"{clock.duration(elapsed)} of exercise time"
        )
        paused = len(state.pauses)
        opening += f" ({clock.plural(paused, 'pause')} left out)." if paused else "."
        opening += f" Of {clock.plural(figures.injects, 'inject')}, {self.path_counts()}"
        reasons = [f"{names.inject(i)}: {state.injects[i].reason}" for i in figures.skipped]
        opening += f" (skipped: {'; '.join(reasons)})." if reasons else "."
        if not state.ended:
            opening += " The session had not ended when this report was made: it is interim."
        paragraphs.append(opening)

        per_team = [f"{state.team_name(t)} {n}" for t, n, _w in figures.by_team]
        decisions = f"Teams recorded {clock.plural(figures.decisions, 'decision')}"
        decisions += f" ({clock.listing(per_team)})" if figures.decisions else ""
        if figures.withdrawn:
            decisions += (
                f"; {clock.plural(figures.withdrawn, 'more decision was', 'more were')} "
                "withdrawn and is not counted."
                if figures.withdrawn == 1
                else f"; {figures.withdrawn} more were withdrawn and are not counted."
            )
        else:
            decisions += "."
        paragraphs.append(decisions)

        m = figures.messages
        if m.sent:
            text = (
                f"{clock.plural(m.sent, 'message was', 'messages were')} sent over channels: "
                f"{m.delivered} delivered, {m.delayed} delayed and {m.undeliverable} "
                "undeliverable."
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
                    f"{escalation.threshold_name(c.cause, deck.ladder.name_of(c.level))} "
                    f"(level {c.level}) at {clock.scenario(c.scenario)}, {names.wall(c.at)}"
                    for c in crossed
                )
                + "."
            )
        else:
            paragraphs.append("No escalation threshold was crossed.")
        gap = escalation.widest_misperception(state)
        if gap is not None:
            team, believed, actual, change = gap
            paragraphs.append(
                f"The widest gap between belief and fact: {state.team_name(team)} believed "
                f"the level was {believed} while it was {actual}, at "
                f"{clock.scenario(change.scenario)} ({names.wall(change.at)})."
            )
        counts = {
            s: sum(1 for e in expected if e.status == s)
            for s in ("met", "partly", "not_met", "not_observed", "not_assessed")
        }
        if expected:
            paragraphs.append(
                f"Of {clock.plural(len(expected), 'expected action')} of the injects played, "
                f"{counts['met']} {'was' if counts['met'] == 1 else 'were'} met, "
                f"{counts['partly']} partly met, {counts['not_met']} not met, "
                f"{counts['not_observed']} not observed and {counts['not_assessed']} not "
                "assessed (section 4 says which, and how each was judged)."
            )
        strengths = sum(1 for o in state.observations if o.kind == "strength")
        improvements = len(state.observations) - strengths
        paragraphs.append(
            f"The facilitator noted {clock.plural(strengths, 'strength')} and "
            f"{clock.plural(improvements, 'area')} for improvement; the improvement plan has "
            f"{clock.plural(len(state.actions), 'action')}."
        )
        major, primary = evaluation.headline_findings(found)
        recommendations = tuple(
            f"{a.corrective_action} ({a.owner or 'owner to be named'}"
            + (f", by {a.due}" if a.due else "")
            + ")"
            for a in state.actions[:5]
        ) or tuple(f"Address: {text}" for text in primary)
        peak = state.peak
        m = figures.messages
        key_figures = (
            KeyFigure("Injects delivered", f"{len(figures.delivered)} of {figures.injects}"),
            KeyFigure("Injects skipped", str(len(figures.skipped))),
            KeyFigure("Injects not reached", str(len(figures.not_reached))),
            KeyFigure("Decisions recorded", str(figures.decisions)),
            KeyFigure("Decisions withdrawn (not counted)", str(figures.withdrawn)),
            KeyFigure("Messages sent", str(m.sent)),
            KeyFigure("Messages delivered", str(m.delivered)),
            KeyFigure("Messages delayed", str(m.delayed)),
            KeyFigure("Messages undeliverable", str(m.undeliverable)),
            KeyFigure("Expected actions met", f"{counts['met']} of {len(expected)}"),
            KeyFigure("Peak escalation level", names.level(peak.level) if peak else "—"),
            KeyFigure("Thresholds crossed", str(len(crossed))),
        )
        return ExecutiveSummary(
            tuple(paragraphs),
            key_figures,
            strengths=major,
            improvements=primary,
            recommendations=recommendations,
            definitions=tuple(Field(label, text) for label, text in DEFINITIONS),
        )

    def _escalation_sentence(self) -> str:
        state, names = self.state, self.names
        if not state.levels:
            return "No escalation level was recorded."
        first, peak = state.levels[0], state.peak
        assert peak is not None
        text = f"Escalation started at level {names.level(first.level)}"
        if peak.level > first.level:
            text += (
                f", peaked at {names.level(peak.level)} at {clock.scenario(peak.scenario)} "
                f"({names.wall(peak.at)}; {names.cause(peak.cause)})"
            )
        else:
            text += " and never rose above it"
        text += f", and stood at {names.level(state.level)} at the end."
        return text

    def conclusion(
        self, ratings: Sequence[Any], expected: Sequence[ExpectedAction], rows: Sequence[Any]
    ) -> tuple[str, ...]:
        state, figures = self.state, self.figures
        out = []
        rated = [r for r in ratings if r.rating]
        if rated:
            out.append(
                "The evaluator rated "
                + clock.listing([f"“{r.text}” {r.rating} ({r.rating_name.lower()})" for r in rated])
                + "."
            )
        elif ratings:
            out.append(
                "No objective was rated by the evaluator; section 3 shows the rating the data "
                "suggests for each."
            )
        unmet = [e for e in expected if e.status in ("not_met", "partly")]
        if unmet:
            out.append(
                f"{clock.plural(len(unmet), 'expected action was', 'expected actions were')} not "
                f"fully met; the most common cause the data shows: {self._common_cause(unmet)}"
            )
        if figures.messages.undeliverable:
            out.append(
                f"{clock.plural(figures.messages.undeliverable, 'message')} never got through, "
                "each over a channel that was not working when it was sent: with little "
                "communication, misreadings of the other side's intent went uncorrected."
            )
        if state.actions:
            out.append(
                f"The improvement plan (appendix A) turns the areas for improvement into "
                f"{clock.plural(len(state.actions), 'corrective action')}, each with an owner "
                "and dates."
            )
        else:
            out.append(
                "No corrective action was recorded: the areas for improvement in section 3 "
                "are the starting point for an improvement plan."
            )
        return tuple(out)

    @staticmethod
    def _common_cause(unmet: Sequence[ExpectedAction]) -> str:
        causes: dict[str, int] = {}
        for e in unmet:
            for cause in e.causes[:1]:
                causes[cause] = causes.get(cause, 0) + 1
        if not causes:
            return "none recorded; see the hot wash."
        return max(causes, key=lambda c: causes[c])

    # -- the four questions -----------------------------------------------------------------

    def reviews(
        self, responses: list[Response], expected: list[ExpectedAction]
    ) -> tuple[InjectReview, ...]:
        state, deck, names = self.state, self.deck, self.names
        out = []
        for inject_id in state.order:
            inject = deck.inject(inject_id)
            if not inject.expectations:
                continue
            record = state.injects[inject_id]
            mine = [r for r in responses if r.inject_id == inject_id and not r.withdrawn]
            results = expected_actions(deck, state, self.past, names, inject_id)
            expected.extend(results)
            why: list[str] = []
            for result in results:
                if result.status != "met":
                    why += result.causes
            if record.status == "delivered" and all(r.status == "met" for r in results):
                why.append("Every expected action was met.")
            notes = [o for o in state.observations if o.inject == inject_id]
            out.append(
                InjectReview(
                    inject_id=inject_id,
                    title=inject.title,
                    when=str(names.moment(record.scenario, record.at)),
                    expected=results,
                    happened=tuple(_happened(r) for r in mine),
                    why=tuple(dict.fromkeys(why)),
                    sustain=tuple(_rated(o.text, o.rating) for o in notes if o.kind == "strength"),
                    improve=tuple(
                        _rated(o.text, o.rating) for o in notes if o.kind == "improvement"
                    ),
                )
            )
        return tuple(out)

    # -- timeline and teams ----------------------------------------------------------------

    def facilitator_actions(self) -> dict[str, list[FacilitatorAction]]:
        """The facilitator's actions, under the inject that was current when each was taken."""
        state, names, deck = self.state, self.names, self.deck
        ignored = {a.seq for a in state.anomalies}
        delivered_at = {
            state.injects[i].seq: i for i in state.order if state.injects[i].status == "delivered"
        }
        out: dict[str, list[FacilitatorAction]] = {}
        current = ""
        for event in state.events:
            if event.seq in delivered_at:
                current = delivered_at[event.seq]
                continue
            if event.seq in state.undone or event.seq in ignored:
                continue
            data = event.data if isinstance(event.data, dict) else {}
            reason = str(data.get("reason") or "").strip()
            if event.type == "escalation_adjudicated":
                level = data.get("level")
                kind = "Adjudication"
                text = (
                    f"Escalation set to {names.level(int(level))}"
                    if isinstance(level, int)
                    else "Escalation adjudicated"
                )
            elif event.type == "channel_changed":
                kind = "Channel change"
                text = f"{names.channel(str(data.get('channel')))} set to {data.get('status')}"
            elif event.type == "level_announced":
                kind = "Level announced"
                teams = data.get("teams") or [t.id for t in state.teams]
                text = "The real level was told to " + clock.listing(
                    [names.team(str(t)) for t in teams]
                )
            elif event.type in ("clock_paused", "clock_resumed"):
                kind = "Clock"
                text = "Clock paused" if event.type == "clock_paused" else "Clock resumed"
            else:
                continue
            if reason:
                text += f" (reason: {reason})"
            moment = names.moment(self.past.scenario.get(event.seq, 0.0), event.at)
            out.setdefault(current, []).append(FacilitatorAction(event.seq, moment, kind, text))
        del deck
        return out

    def timeline(self, responses: list[Response]) -> tuple[TimelineEntry, ...]:
        state, deck, names = self.state, self.deck, self.names
        by_inject: dict[str, list[Response]] = {}
        for response in responses:
            by_inject.setdefault(response.inject_id, []).append(response)
        actions = self.facilitator_actions()
        entries: list[TimelineEntry] = []
        if by_inject.get("") or actions.get(""):
            entries.append(
                TimelineEntry(
                    inject_id="",
                    title="Before the first inject",
                    status="",
                    when=names.moment(self.start_minute, state.started_at),
                    responses=tuple(by_inject.get("", ())),
                    actions=tuple(actions.get("", ())),
                )
            )
        checks = {c.inject: c for c in self.past.checks}
        for inject_id in state.order:
            record = state.injects[inject_id]
            inject = deck.inject(inject_id)
            effects = []
            if inject.effects.escalation and record.status == "delivered":
                effects.append(f"Escalation {clock.signed(inject.effects.escalation)}")
            if record.status == "delivered":
                effects += [f"{names.channel(c)}: {s.value}" for c, s in inject.effects.channels]
            reason = record.reason
            if record.status == "delivered":
                check = checks.get(inject_id)
                if record.chosen:
                    reason = "Chosen by the facilitator"
                elif record.via.startswith("branch: ") and check is not None:
                    held = next(
                        (v for b, v in check.branches if v.held and b.goto == inject_id), None
                    )
                    label = record.via[len("branch: ") :]
                    reason = f"Reached by the branch “{label}”" + (
                        f": {held.why}" if held is not None else ""
                    )
                elif record.via in ("in order", "next", "first inject"):
                    reason = {
                        "in order": "Next in the deck's order",
                        "next": "The previous inject's next",
                        "first inject": "The first inject",
                    }[record.via]
            to = ", ".join(state.team_name(t) for t in inject.to)
            entries.append(
                TimelineEntry(
                    inject_id=inject_id,
                    title=inject.title,
                    status=record.status,
                    when=names.moment(record.scenario, record.at),
                    phase=inject.phase,
                    sender=inject.sender,
                    to=to,
                    reason=reason,
                    effects="; ".join(effects),
                    responses=tuple(by_inject.get(inject_id, ())),
                    actions=tuple(actions.get(inject_id, ()))
                    if record.status == "delivered"
                    else (),
                    team_only=inject.private,
                )
            )
        return tuple(entries)

    def teams(self, responses: list[Response]) -> tuple[TeamDecisions, ...]:
        out = []
        for team in self.state.teams:
            mine = tuple(r for r in responses if r.team == team.name)
            counts = self.figures.messages_by_team[team.id]
            out.append(
                TeamDecisions(
                    team=team.name,
                    side=team.side,
                    participants=team.participants,
                    decisions=mine,
                    counted=self.figures.team_decisions(team.id),
                    withdrawn=sum(1 for r in mine if r.withdrawn),
                    messages=counts.sent,
                    delivered=counts.delivered,
                    delayed=counts.delayed,
                    undeliverable=counts.undeliverable,
                )
            )
        return tuple(out)

    # -- appendices -------------------------------------------------------------------------

    def plan(self, expected: Sequence[ExpectedAction]) -> tuple[PlanRow, ...]:
        observations = {o.id: o for o in self.state.observations}
        by_key = {e.key: e for e in expected}
        rows = []
        for a in self.state.actions:
            answers = ""
            if a.area in observations:
                answers = f"Observation {a.area}: {observations[a.area].text}"
            elif a.area in by_key:
                e = by_key[a.area]
                answers = f"Expected action {e.index + 1} of “{e.inject}”: {e.text}"
            elif "#" in a.area:
                inject_id, _, index = a.area.partition("#")
                if self.deck.has_inject(inject_id) and index.isdigit():
                    texts = self.deck.inject(inject_id).expected_actions
                    if int(index) < len(texts):
                        answers = (
                            f"Expected action {int(index) + 1} of "
                            f"{self.names.quoted(inject_id)}: {texts[int(index)]}"
                        )
            elif a.area:
                answers = a.area
            rows.append(
                PlanRow(
                    id=a.id,
                    capability=a.capability,
                    issue=a.issue,
                    answers=answers,
                    corrective_action=a.corrective_action,
                    element=a.element,
                    responsible=a.owner,
                    poc=a.poc,
                    start=a.start,
                    completion=a.due,
                )
            )
        return tuple(rows)

    def participants(self) -> tuple[Participant, ...]:
        state = self.state
        people = [Participant(t.name, t.side, t.role, t.participants) for t in state.teams]
        people.append(
            Participant(
                "Facilitator",
                "",
                "Runs the exercise and records play",
                (state.facilitator,) if state.facilitator else (),
            )
        )
        for key, label, role in (
            ("controllers", "Controllers", "Deliver injects and keep play on track"),
            ("evaluators", "Evaluators", "Observe, judge expected actions, rate objectives"),
        ):
            value = state.overview.get(key)
            names = (
                tuple(str(v) for v in value)
                if isinstance(value, (list, tuple))
                else (tuple(p.strip() for p in str(value).split(",") if p.strip()) if value else ())
            )
            if names:
                people.append(Participant(label, "", role, names))
        return tuple(people)

    def event_log(self) -> tuple[LogEntry, ...]:
        """Every event in order, with the story time it happened at."""
        state = self.state
        ignored = {a.seq: a.message for a in state.anomalies}
        started = False
        entries = []
        for event in state.events:
            started = started or event.type == "session_started"
            scenario = self.past.scenario.get(event.seq, 0.0)
            entries.append(
                LogEntry(
                    seq=event.seq,
                    wall=self.names.wall(event.at),
                    scenario=clock.scenario(scenario) if started else "",
                    text=describe(event, self.deck, state),
                    undone=event.seq in state.undone,
                    ignored=ignored.get(event.seq, ""),
                )
            )
        return tuple(entries)

    def sources(self) -> tuple[SourceEntry, ...]:
        """The works cited by the injects played and the channels, each listed once."""
        deck, state = self.deck, self.state
        cited: dict[str, list[str]] = {}
        for inject_id in state.delivered():
            inject = deck.inject(inject_id)
            for ref in inject.sources:
                where = f"Inject: {inject.title}" + (f" ({ref.section})" if ref.section else "")
                cited.setdefault(ref.ref, []).append(where)
        for channel in deck.channels:
            for ref in channel.sources:
                where = f"Channel: {channel.name}" + (f" ({ref.section})" if ref.section else "")
                cited.setdefault(ref.ref, []).append(where)
        entries: dict[str, SourceEntry] = {}
        for source_id, places in cited.items():
            source = deck.source(source_id)
            if source is None:
                citation, url = f"{source_id} (not in the bibliography)", ""
            else:
                parts = [
                    p for p in (source.author, source.title, source.publisher, source.date) if p
                ]
                citation = ". ".join(parts) + "."
                if source.note:
                    citation += f" {source.note}"
                url = source.url
            earlier = entries.get(citation)
            places = list(dict.fromkeys(places))
            if earlier is not None:  # one work under two ids
                merged = tuple(dict.fromkeys((*earlier.cited_by, *places)))
                entries[citation] = SourceEntry(earlier.id, citation, earlier.url or url, merged)
            else:
                entries[citation] = SourceEntry(source_id, citation, url, tuple(places))
        return tuple(entries.values())


def _happened(response: Response) -> str:
    how = f"{response.decision} {response.team} ({response.kind.lower()}"
    if response.channel:
        how += f" over {response.channel}, {response.outcome or 'recorded'}"
    return f"{how}): {response.text}"


def _rated(text: str, rating: str) -> str:
    return f"{text} [{rating}: {RATING_NAMES[rating]}]" if rating in RATING_NAMES else text


def build_report(deck: Deck, state: SessionState, meta: Mapping[str, str]) -> ReportModel:
    """The after-action report's facts for a session (as given by ``open_state``)."""
    return ReportBuilder(deck, state, meta).build()
