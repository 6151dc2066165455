"""The report's exercise overview: the HSEEP first section, field by field, in sentences."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tabletop.core.deck.model import Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import N_, _, ngettext, npgettext
from tabletop.core.report import clock
from tabletop.core.report.analysis.figures import Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.model import Field

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


def _words(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if str(v).strip())
    return str(value or "").strip()


class OverviewWriter:
    """Writes section 1 for a :class:`~tabletop.core.report.build.ReportBuilder`."""

    deck: Deck
    state: SessionState
    meta: Mapping[str, str]
    names: Names
    figures: Figures

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
        # the sentence ends the audience with its own full stop: "… exercise." gives one, not two
        audience = deck.audience.rstrip()
        audience = audience[:-1] if audience.endswith(".") else audience
        if deck.duration and audience:
            return ngettext(
                "A discussion-based tabletop exercise planned for {n} minute for {audience}.",
                "A discussion-based tabletop exercise planned for {n} minutes for {audience}.",
                deck.duration,
            ).format(n=deck.duration, audience=audience)
        if deck.duration:
            return ngettext(
                "A discussion-based tabletop exercise planned for {n} minute.",
                "A discussion-based tabletop exercise planned for {n} minutes.",
                deck.duration,
            ).format(n=deck.duration)
        if audience:
            return _("A discussion-based tabletop exercise for {audience}.").format(
                audience=audience
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
