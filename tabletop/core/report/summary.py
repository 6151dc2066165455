"""The report's executive summary and conclusion: what happened, in whole sentences."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tabletop.core import i18n
from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import _, ngettext, npgettext
from tabletop.core.report import clock
from tabletop.core.report.analysis import escalation, evaluation, path
from tabletop.core.report.analysis.figures import DEFINITIONS, Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.model import ExecutiveSummary, ExpectedAction, Field, KeyFigure


class SummaryWriter:
    """Writes section 2 and section 11 for a :class:`~tabletop.core.report.build.ReportBuilder`."""

    deck: Deck
    state: SessionState
    meta: Mapping[str, str]
    names: Names
    figures: Figures

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
            if m.in_transit and state.ended:
                text += " " + ngettext(
                    "{n} of them had not arrived when play stopped.",
                    "{n} of them had not arrived when play stopped.",
                    m.in_transit,
                ).format(n=m.in_transit)
            elif m.in_transit:
                text += " " + ngettext(
                    "{n} of them has not arrived yet.",
                    "{n} of them have not arrived yet.",
                    m.in_transit,
                ).format(n=m.in_transit)
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
            *(
                (KeyFigure(_("Messages not arrived at the end"), str(m.in_transit)),)
                if m.in_transit
                else ()
            ),
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


def _recommendation(action: Any) -> str:
    """A corrective action with who carries it out and by when (an ISO date, written out)."""
    owner = action.owner or _("owner to be named")
    if action.due:
        return _("{action} ({owner}, by {date})").format(
            action=action.corrective_action, owner=owner, date=i18n.format_date(action.due)
        )
    return _("{action} ({owner})").format(action=action.corrective_action, owner=owner)
