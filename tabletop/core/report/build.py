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

from tabletop.core import i18n
from tabletop.core.deck.model import Deck
from tabletop.core.engine.records import HOTWASH_FIELDS
from tabletop.core.engine.state import DecisionRecord, Outcome, SessionState
from tabletop.core.i18n import _, pgettext
from tabletop.core.report import clock, words
from tabletop.core.report.analysis import acronyms, channels, escalation, evaluation, path
from tabletop.core.report.analysis.expectations import expected_actions
from tabletop.core.report.analysis.figures import Figures, in_transit_at_end
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import Past, replay
from tabletop.core.report.describe import describe
from tabletop.core.report.model import (
    FINAL,
    IN_TRANSIT,
    INTERIM,
    MARKING,
    DocumentInfo,
    ExpectedAction,
    FacilitatorAction,
    Field,
    InjectReview,
    LogEntry,
    Participant,
    PlanRow,
    ReportModel,
    Response,
    SourceEntry,
    TeamDecisions,
    TimelineEntry,
)
from tabletop.core.report.overview import OverviewWriter
from tabletop.core.report.summary import SummaryWriter

_EPOCH = _dt.datetime(2000, 1, 1, tzinfo=_dt.timezone.utc)


class ReportBuilder(OverviewWriter, SummaryWriter):
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
                if in_transit_at_end(decision, self.end_minute):
                    # due after the last minute play reached: it never arrived
                    status = IN_TRANSIT
                    note = (
                        _("had not arrived when play stopped; due {time}").format(time=arrives)
                        if self.state.ended
                        else _("arrives {time}").format(time=arrives)
                    )
                elif reason and outcome.status == Outcome.DELAYED:
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
                # tabletop writes the index in a few ASCII digits; anything else is left as is
                written = index.isascii() and index.isdigit() and len(index) <= 9
                if self.deck.has_inject(inject_id) and written:
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
                    _("Inject: {title} ({section})").format(
                        title=inject.title, section=words.citation_section(ref.section)
                    )
                    if ref.section
                    else _("Inject: {title}").format(title=inject.title)
                )
                cited.setdefault(ref.ref, []).append(where)
        for channel in deck.channels:
            for ref in channel.sources:
                where = (
                    _("Channel: {name} ({section})").format(
                        name=channel.name, section=words.citation_section(ref.section)
                    )
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
