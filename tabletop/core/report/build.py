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

from tabletop.core import i18n
from tabletop.core.deck.model import Deck
from tabletop.core.engine.records import HOTWASH_FIELDS
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.i18n import N_, _, ngettext, npgettext, pgettext
from tabletop.core.report import clock, words
from tabletop.core.report.analysis import acronyms, channels, escalation, evaluation, path
from tabletop.core.report.analysis.expectations import expected_actions
from tabletop.core.report.analysis.figures import DEFINITIONS, Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import Past, replay
from tabletop.core.report.describe import describe
from tabletop.core.report.model import (
    FINAL,
    INTERIM,
    MARKING,
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

OVERVIEW_FIELDS = (
    ("mission_areas", N_("Mission areas")),
    ("core_capabilities", N_("Core capabilities")),
    ("scenario_type", N_("Scenario type")),
    ("threat", N_("Threat or hazard")),
    ("sponsor", N_("Sponsor")),
    ("organisations", N_("Participating organisations")),
    ("point_of_contact", N_("Point of contact")),
    ("evaluation_method", N_("Evaluation method")),
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
        status, note, arrives = "", "", ""
        if outcome is not None:
            status = outcome.status
            reason = self.names.outcome_reason(outcome)
            if outcome.status == Outcome.UNDELIVERABLE:
                note = reason
            elif outcome.arrives_at is not None:
                arrives = clock.scenario(outcome.arrives_at)
                if reason and outcome.status == Outcome.DELAYED:
                    note = _("{reason}; arrives {time}").format(reason=reason, time=arrives)
                else:
                    note = _("arrives {time}").format(time=arrives)
        return Response(
            decision=decision.id,
            team=self.state.team_name(decision.team),
            kind=words.decision_kind(decision.kind),
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
            channel_status=outcome.channel_status.value if outcome is not None else "",
            arrives=arrives,
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
            Field(words.hotwash_question(key), state.hotwash[key])
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
            language=i18n.current_language(),
            marking=_(MARKING),
        )

    def dates(self) -> str:
        state = self.state
        recorded = clock.span(state.started_at, state.ended_at or state.last_at)
        if state.date and state.date.strip():
            return _("{date} (recorded {recorded})").format(
                date=i18n.format_date(state.date.strip()), recorded=recorded
            )
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
        if status == FINAL:
            subject = _(
                "Final after-action report and improvement plan of the tabletop exercise "
                "'{exercise}' (deck: {deck})"
            )
        else:
            subject = _(
                "Interim after-action report and improvement plan of the tabletop exercise "
                "'{exercise}' (deck: {deck})"
            )
        return DocumentInfo(
            title=_("After-action report: {exercise}").format(exercise=exercise),
            author=state.facilitator or "tabletop",
            subject=subject.format(exercise=exercise, deck=self.deck.title),
            keywords=_("after-action report, improvement plan, tabletop exercise, {deck}").format(
                deck=self.deck.id
            ),
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
        deck, state = self.deck, self.state
        phases: list[str] = []
        for inject in deck.injects:
            if inject.phase and inject.phase not in phases and inject.type.value == "standard":
                phases.append(inject.phase)
        scope = f"{self.scope_sentence()} {self.holds_sentence(phases)}"
        ladder = deck.ladder
        first = state.levels[0].level if state.levels else ladder.start
        ladder_text = _("Levels {lowest}–{highest}; the session started at {level}.").format(
            lowest=ladder.lowest, highest=ladder.highest, level=self.names.level(first)
        )
        teams = "\n".join(
            _("{team}: {people}").format(team=t.name, people=", ".join(t.participants))
            if t.participants
            else t.name
            for t in state.teams
        )
        playing = {t.id for t in state.teams}
        absent = [t.name for t in deck.teams if t.id not in playing]
        if absent and state.started:
            teams += "\n" + _("Not fielded in this session: {teams}").format(
                teams=", ".join(absent)
            )
        objectives = "\n".join(
            "• "
            + (
                _("{objective} ({capability})").format(objective=o.text, capability=o.capability)
                if o.capability
                else o.text
            )
            for o in deck.objectives
        )
        if deck.version:
            deck_text = _("{title} ({id}, version {version})").format(
                title=deck.title, id=deck.id, version=deck.version
            )
        else:
            deck_text = _("{title} ({id})").format(title=deck.title, id=deck.id)
        status = (
            _("Final: the session ended {time}.").format(time=self.names.wall(state.ended_at))
            if state.ended
            else _("Interim: the session was still running; last entry {time}.").format(
                time=self.names.wall(state.last_at)
            )
        )
        fields = [
            Field(_("Exercise name"), exercise),
            Field(_("Exercise dates"), dates),
            Field(_("Scope"), scope),
        ]
        for key, label in OVERVIEW_FIELDS:
            value = self.overview_value(key)
            if key == "point_of_contact" and not value:
                value = state.facilitator
            if key == "core_capabilities" and not value:
                value = ", ".join(
                    dict.fromkeys(o.capability for o in deck.objectives if o.capability)
                )
            fields.append(Field(_(label), value or _("Not stated.")))
        fields += [
            Field(_("Objectives"), objectives or _("None stated in the deck.")),
            Field(_("Scenario"), deck.summary or deck.title),
            Field(_("Inject deck"), deck_text),
            Field(_("Escalation ladder"), ladder_text),
            Field(_("Participating teams and people"), teams or _("None recorded.")),
            Field(_("Report status"), status),
        ]
        return tuple(fields)

    def scope_sentence(self) -> str:
        """``A discussion-based tabletop exercise planned for 90 minutes for …``."""
        deck = self.deck
        if deck.duration and deck.audience:
            return ngettext(
                "A discussion-based tabletop exercise planned for {n} minute for {audience}.",
                "A discussion-based tabletop exercise planned for {n} minutes for {audience}.",
                deck.duration,
            ).format(n=deck.duration, audience=deck.audience)
        if deck.duration:
            return ngettext(
                "A discussion-based tabletop exercise planned for {n} minute.",
                "A discussion-based tabletop exercise planned for {n} minutes.",
                deck.duration,
            ).format(n=deck.duration)
        if deck.audience:
            return _("A discussion-based tabletop exercise for {audience}.").format(
                audience=deck.audience
            )
        return _("A discussion-based tabletop exercise.")

    def holds_sentence(self, phases: list[str]) -> str:
        """``The deck holds 4 injects in 2 moves (…); 1 was delivered, 1 skipped and …``."""
        f = self.figures
        n, delivered = f.injects, len(f.delivered)
        injects = npgettext("the deck holds", "{n} inject", "{n} injects", n).format(n=n)
        if phases:
            pattern = ngettext(
                "The deck holds {injects} in {moves} ({phases}); {delivered} was delivered, "
                "{skipped} skipped and {not_reached} not reached.",
                "The deck holds {injects} in {moves} ({phases}); {delivered} were delivered, "
                "{skipped} skipped and {not_reached} not reached.",
                delivered,
            )
        else:
            pattern = ngettext(
                "The deck holds {injects}; {delivered} was delivered, {skipped} skipped and "
                "{not_reached} not reached.",
                "The deck holds {injects}; {delivered} were delivered, {skipped} skipped and "
                "{not_reached} not reached.",
                delivered,
            )
        moves = npgettext("the deck holds … in", "{n} move", "{n} moves", len(phases))
        return pattern.format(
            injects=injects,
            moves=moves.format(n=len(phases)),
            phases=clock.listing(phases),
            delivered=delivered,
            skipped=len(f.skipped),
            not_reached=len(f.not_reached),
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
        ran = clock.span(state.started_at, state.ended_at or state.last_at)
        paused = len(state.pauses)
        if paused:
            opening = ngettext(
                "The session ran {span}, {duration} of exercise time ({n} pause left out).",
                "The session ran {span}, {duration} of exercise time ({n} pauses left out).",
                paused,
            ).format(span=ran, duration=clock.duration(elapsed), n=paused)
        else:
            opening = _("The session ran {span}, {duration} of exercise time.").format(
                span=ran, duration=clock.duration(elapsed)
            )
        sentences = [opening, path.path_counts(figures)]
        reasons = [
            _("{inject}: {reason}").format(
                inject=names.inject(i), reason=state.injects[i].reason.rstrip(". ")
            )
            for i in figures.skipped
        ]
        if reasons:
            sentences.append(_("Skipped: {reasons}.").format(reasons="; ".join(reasons)))
        if not state.ended:
            sentences.append(
                _("The session had not ended when this report was made: it is interim.")
            )
        paragraphs.append(" ".join(sentences))

        per_team = [
            _("{team} {n}").format(team=state.team_name(t), n=n) for t, n, _w in figures.by_team
        ]
        if figures.decisions:
            decisions = ngettext(
                "Teams recorded {n} decision ({teams}).",
                "Teams recorded {n} decisions ({teams}).",
                figures.decisions,
            ).format(n=figures.decisions, teams=clock.listing(per_team))
        else:
            decisions = _("Teams recorded no decision.")
        if figures.withdrawn:
            decisions += " " + ngettext(
                "{n} more decision was withdrawn and is not counted.",
                "{n} more were withdrawn and are not counted.",
                figures.withdrawn,
            ).format(n=figures.withdrawn)
        paragraphs.append(decisions)

        m = figures.messages
        if m.sent:
            text = ngettext(
                "{n} message was sent over channels: {delivered} delivered, {delayed} delayed "
                "and {undeliverable} undeliverable.",
                "{n} messages were sent over channels: {delivered} delivered, {delayed} delayed "
                "and {undeliverable} undeliverable.",
                m.sent,
            ).format(
                n=m.sent, delivered=m.delivered, delayed=m.delayed, undeliverable=m.undeliverable
            )
            used = sorted((r for r in rows if r.attempts), key=lambda r: -r.attempts)
            text += " " + ngettext(
                "The most used channel was {channel} ({n} message).",
                "The most used channel was {channel} ({n} messages).",
                used[0].attempts,
            ).format(channel=used[0].channel, n=used[0].attempts)
            failed = [r for r in rows if r.undeliverable]
            if failed:
                text += " " + _("Messages that never got through: {list}.").format(
                    list=clock.listing(
                        [
                            _("{n} over {channel}").format(n=r.undeliverable, channel=r.channel)
                            for r in failed
                        ]
                    )
                )
            paragraphs.append(text)
        else:
            paragraphs.append(_("No message was sent over a communication channel."))

        paragraphs.append(self._escalation_sentence())
        crossed = state.thresholds_crossed
        if crossed:
            paragraphs.append(
                _("Thresholds crossed: {list}.").format(
                    list="; ".join(
                        _("{name} (level {level}) at {time}, {wall}").format(
                            name=escalation.threshold_name(c.cause, deck.ladder.name_of(c.level)),
                            level=c.level,
                            time=clock.scenario(c.scenario),
                            wall=names.wall(c.at),
                        )
                        for c in crossed
                    )
                )
            )
        else:
            paragraphs.append(_("No escalation threshold was crossed."))
        gap = escalation.widest_misperception(state)
        if gap is not None:
            team, believed, actual, change = gap
            paragraphs.append(
                _(
                    "The widest gap between belief and fact: {team} believed the level was "
                    "{believed} while it was {actual}, at {time} ({wall})."
                ).format(
                    team=state.team_name(team),
                    believed=believed,
                    actual=actual,
                    time=clock.scenario(change.scenario),
                    wall=names.wall(change.at),
                )
            )
        counts = {
            s: sum(1 for e in expected if e.status == s)
            for s in ("met", "partly", "not_met", "not_observed", "not_assessed")
        }
        if expected:
            of = npgettext(
                "after 'of'", "{n} expected action", "{n} expected actions", len(expected)
            )
            paragraphs.append(
                ngettext(
                    "Of {expected} of the injects played, {met} was met, {partly} partly met, "
                    "{not_met} not met, {not_observed} not observed and {not_assessed} not "
                    "assessed (section 4 says which, and how each was judged).",
                    "Of {expected} of the injects played, {met} were met, {partly} partly met, "
                    "{not_met} not met, {not_observed} not observed and {not_assessed} not "
                    "assessed (section 4 says which, and how each was judged).",
                    counts["met"],
                ).format(expected=of.format(n=len(expected)), **counts)
            )
        strengths = sum(1 for o in state.observations if o.kind == "strength")
        improvements = len(state.observations) - strengths
        paragraphs.append(
            _(
                "The facilitator noted {strengths} and {areas}; the improvement plan has {actions}."
            ).format(
                strengths=npgettext(
                    "the facilitator noted", "{n} strength", "{n} strengths", strengths
                ).format(n=strengths),
                areas=npgettext(
                    "the facilitator noted",
                    "{n} area for improvement",
                    "{n} areas for improvement",
                    improvements,
                ).format(n=improvements),
                actions=npgettext(
                    "the plan has", "{n} action", "{n} actions", len(state.actions)
                ).format(n=len(state.actions)),
            )
        )
        major, primary = evaluation.headline_findings(found)
        recommendations = tuple(_recommendation(a) for a in state.actions[:5]) or tuple(
            _("Address: {finding}").format(finding=text) for text in primary
        )
        peak = state.peak
        m = figures.messages
        of_total = _("{n} of {total}")
        key_figures = (
            KeyFigure(
                _("Injects delivered"),
                of_total.format(n=len(figures.delivered), total=figures.injects),
            ),
            KeyFigure(_("Injects skipped"), str(len(figures.skipped))),
            KeyFigure(_("Injects not reached"), str(len(figures.not_reached))),
            KeyFigure(_("Decisions recorded"), str(figures.decisions)),
            KeyFigure(_("Decisions withdrawn (not counted)"), str(figures.withdrawn)),
            KeyFigure(_("Messages sent"), str(m.sent)),
            KeyFigure(_("Messages delivered"), str(m.delivered)),
            KeyFigure(_("Messages delayed"), str(m.delayed)),
            KeyFigure(_("Messages undeliverable"), str(m.undeliverable)),
            KeyFigure(
                _("Expected actions met"), of_total.format(n=counts["met"], total=len(expected))
            ),
            KeyFigure(_("Peak escalation level"), names.level(peak.level) if peak else "—"),
            KeyFigure(_("Thresholds crossed"), str(len(crossed))),
        )
        return ExecutiveSummary(
            tuple(paragraphs),
            key_figures,
            strengths=major,
            improvements=primary,
            recommendations=recommendations,
            definitions=tuple(Field(_(label), _(text)) for label, text in DEFINITIONS),
        )

    def _escalation_sentence(self) -> str:
        state, names = self.state, self.names
        if not state.levels:
            return _("No escalation level was recorded.")
        first, peak = state.levels[0], state.peak
        assert peak is not None
        if peak.level > first.level:
            return _(
                "Escalation started at level {first}, peaked at {peak} at {time} ({wall}; "
                "{cause}), and stood at {end} at the end."
            ).format(
                first=names.level(first.level),
                peak=names.level(peak.level),
                time=clock.scenario(peak.scenario),
                wall=names.wall(peak.at),
                cause=names.cause(peak.cause),
                end=names.level(state.level),
            )
        return _(
            "Escalation started at level {first} and never rose above it, and stood at {end} "
            "at the end."
        ).format(first=names.level(first.level), end=names.level(state.level))

    def conclusion(
        self, ratings: Sequence[Any], expected: Sequence[ExpectedAction], rows: Sequence[Any]
    ) -> tuple[str, ...]:
        state, figures = self.state, self.figures
        out = []
        rated = [r for r in ratings if r.rating]
        if rated:
            out.append(
                _("The evaluator rated {ratings}.").format(
                    ratings=clock.listing(
                        [
                            _("“{objective}” {rating} ({name})").format(
                                objective=r.text, rating=r.rating, name=r.rating_name.lower()
                            )
                            for r in rated
                        ]
                    )
                )
            )
        elif ratings:
            out.append(
                _(
                    "No objective was rated by the evaluator; section 3 shows the rating the "
                    "data suggests for each."
                )
            )
        unmet = [e for e in expected if e.status in ("not_met", "partly")]
        if unmet:
            out.append(
                ngettext(
                    "{n} expected action was not fully met; the most common cause the data "
                    "shows: {cause}",
                    "{n} expected actions were not fully met; the most common cause the data "
                    "shows: {cause}",
                    len(unmet),
                ).format(n=len(unmet), cause=self._common_cause(unmet))
            )
        if figures.messages.undeliverable:
            out.append(
                ngettext(
                    "{n} message never got through, each over a channel that was not working "
                    "when it was sent: with little communication, misreadings of the other "
                    "side's intent went uncorrected.",
                    "{n} messages never got through, each over a channel that was not working "
                    "when it was sent: with little communication, misreadings of the other "
                    "side's intent went uncorrected.",
                    figures.messages.undeliverable,
                ).format(n=figures.messages.undeliverable)
            )
        if state.actions:
            out.append(
                ngettext(
                    "The improvement plan (appendix A) turns the areas for improvement into {n} "
                    "corrective action, each with an owner and dates.",
                    "The improvement plan (appendix A) turns the areas for improvement into {n} "
                    "corrective actions, each with an owner and dates.",
                    len(state.actions),
                ).format(n=len(state.actions))
            )
        else:
            out.append(
                _(
                    "No corrective action was recorded: the areas for improvement in section 3 "
                    "are the starting point for an improvement plan."
                )
            )
        return tuple(out)

    @staticmethod
    def _common_cause(unmet: Sequence[ExpectedAction]) -> str:
        causes: dict[str, int] = {}
        for e in unmet:
            for cause in e.causes[:1]:
                causes[cause] = causes.get(cause, 0) + 1
        if not causes:
            return _("none recorded; see the hot wash.")
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
                why.append(_("Every expected action was met."))
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
                kind = pgettext("facilitator action", "Adjudication")
                text = (
                    _("Escalation set to {level}").format(level=names.level(int(level)))
                    if isinstance(level, int)
                    else _("Escalation adjudicated")
                )
            elif event.type == "channel_changed":
                kind = pgettext("facilitator action", "Channel change")
                text = _("{channel} set to {status}").format(
                    channel=names.channel(str(data.get("channel"))),
                    status=words.channel_status(str(data.get("status"))),
                )
            elif event.type == "level_announced":
                kind = pgettext("facilitator action", "Level announced")
                teams = data.get("teams") or [t.id for t in state.teams]
                text = _("The real level was told to {teams}").format(
                    teams=clock.listing([names.team(str(t)) for t in teams])
                )
            elif event.type in ("clock_paused", "clock_resumed"):
                kind = pgettext("facilitator action", "Clock")
                text = _("Clock paused") if event.type == "clock_paused" else _("Clock resumed")
            else:
                continue
            if reason:
                text = _("{action} (reason: {reason})").format(action=text, reason=reason)
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
                    title=_("Before the first inject"),
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
                effects.append(
                    _("Escalation {change}").format(change=clock.signed(inject.effects.escalation))
                )
            if record.status == "delivered":
                effects += [
                    _("{channel}: {status}").format(
                        channel=names.channel(c), status=words.channel_status(s.value)
                    )
                    for c, s in inject.effects.channels
                ]
            reason = record.reason
            if record.status == "delivered":
                check = checks.get(inject_id)
                if record.chosen:
                    reason = _("Chosen by the facilitator")
                elif record.via.startswith("branch: ") and check is not None:
                    held = next(
                        (v for b, v in check.branches if v.held and b.goto == inject_id), None
                    )
                    label = record.via[len("branch: ") :]
                    reason = (
                        _("Reached by the branch “{label}”: {why}").format(
                            label=label, why=held.why
                        )
                        if held is not None
                        else _("Reached by the branch “{label}”").format(label=label)
                    )
                elif record.via in ("in order", "next", "first inject"):
                    reason = {
                        "in order": _("Next in the deck's order"),
                        "next": _("The previous inject's next"),
                        "first inject": _("The first inject"),
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
            expected_pattern = _("Expected action {number} of {inject}: {text}")
            if a.area in observations:
                answers = _("Observation {id}: {text}").format(
                    id=a.area, text=observations[a.area].text
                )
            elif a.area in by_key:
                e = by_key[a.area]
                answers = expected_pattern.format(
                    number=e.index + 1, inject=_("“{title}”").format(title=e.inject), text=e.text
                )
            elif "#" in a.area:
                inject_id, _hash, index = a.area.partition("#")
                if self.deck.has_inject(inject_id) and index.isdigit():
                    texts = self.deck.inject(inject_id).expected_actions
                    if int(index) < len(texts):
                        answers = expected_pattern.format(
                            number=int(index) + 1,
                            inject=self.names.quoted(inject_id),
                            text=texts[int(index)],
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
                    element=words.capability_element(a.element),
                    responsible=a.owner,
                    poc=a.poc,
                    start=i18n.format_date(a.start) if a.start else "",
                    completion=i18n.format_date(a.due) if a.due else "",
                )
            )
        return tuple(rows)

    def participants(self) -> tuple[Participant, ...]:
        state = self.state
        people = [
            Participant(t.name, words.side(t.side), t.role, t.participants) for t in state.teams
        ]
        people.append(
            Participant(
                _("Facilitator"),
                "",
                _("Runs the exercise and records play"),
                (state.facilitator,) if state.facilitator else (),
            )
        )
        for key, label, role in (
            ("controllers", _("Controllers"), _("Deliver injects and keep play on track")),
            (
                "evaluators",
                _("Evaluators"),
                _("Observe, judge expected actions, rate objectives"),
            ),
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
                where = (
                    _("Inject: {title} ({section})").format(title=inject.title, section=ref.section)
                    if ref.section
                    else _("Inject: {title}").format(title=inject.title)
                )
                cited.setdefault(ref.ref, []).append(where)
        for channel in deck.channels:
            for ref in channel.sources:
                where = (
                    _("Channel: {name} ({section})").format(name=channel.name, section=ref.section)
                    if ref.section
                    else _("Channel: {name}").format(name=channel.name)
                )
                cited.setdefault(ref.ref, []).append(where)
        entries: dict[str, SourceEntry] = {}
        for source_id, places in cited.items():
            source = deck.source(source_id)
            if source is None:
                citation, url = _("{id} (not in the bibliography)").format(id=source_id), ""
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
    if response.channel:
        return _("{decision} {team} ({kind} over {channel}, {outcome}): {text}").format(
            decision=response.decision,
            team=response.team,
            kind=response.kind.lower(),
            channel=response.channel,
            outcome=words.outcome(response.outcome),
            text=response.text,
        )
    return _("{decision} {team} ({kind}): {text}").format(
        decision=response.decision,
        team=response.team,
        kind=response.kind.lower(),
        text=response.text,
    )


def _rated(text: str, rating: str) -> str:
    name = words.rating_name(rating)
    if not name:
        return text
    return _("{text} [{rating}: {name}]").format(text=text, rating=rating, name=name)


def _recommendation(action: Any) -> str:
    """A corrective action with who carries it out and by when (an ISO date, written out)."""
    owner = action.owner or _("owner to be named")
    if action.due:
        return _("{action} ({owner}, by {date})").format(
            action=action.corrective_action, owner=owner, date=i18n.format_date(action.due)
        )
    return _("{action} ({owner})").format(action=action.corrective_action, owner=owner)


def report_language(deck: Deck, state: SessionState, language: str | None = None) -> str:
    """The language a report is written in: the one asked for, else the session's."""
    return i18n.normalise(language) or state.language or deck.language or i18n.SOURCE_LANGUAGE


def build_report(
    deck: Deck, state: SessionState, meta: Mapping[str, str], language: str | None = None
) -> ReportModel:
    """The after-action report's facts for a session (as given by ``open_state``), written in
    ``language`` (default: the language the session was played in). The deck's own text is
    the session's: a report in a language the deck was not played in keeps it as it is."""
    with i18n.language(report_language(deck, state, language)):
        return ReportBuilder(deck, state, meta).build()
