"""The report's appendices: improvement plan, participants, acronyms, event log, sources."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from tabletop.core.i18n import _
from tabletop.core.report import labels
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf.layout import Kit, opening


def _opening(key: str, kit: Kit) -> list[Flowable]:
    return opening(key, kit)


def plan(model: ReportModel, kit: Kit) -> list[Flowable]:
    """Appendix A; its eight columns (as HSEEP's own plan has them) on landscape pages."""
    out = _opening("plan", kit)  # on a page of its own (see sections.story_sections)
    if not model.plan:
        out.append(
            kit.text(
                _(
                    "No improvement action was recorded. The areas for improvement in section 3 "
                    "are the starting point for one."
                ),
                kit.muted,
            )
        )
        return out
    out.append(
        kit.table(
            labels.plan_headings(),
            [
                (
                    r.capability or "—",
                    r.issue + (f"\n({r.answers})" if r.answers else ""),
                    r.corrective_action,
                    r.element or "—",
                    r.responsible or "—",
                    r.poc or "—",
                    r.start or "—",
                    r.completion or "—",
                )
                for r in model.plan
            ],
            [0.12, 0.18, 0.18, 0.11, 0.12, 0.10, 0.095, 0.095],
            wide=True,
        )
    )
    out += [NextPageTemplate("body"), PageBreak()]
    return out


def participants(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = _opening("participants", kit)
    out.append(
        kit.table(
            [_("Team or role"), _("Side"), _("Role"), _("People")],
            [
                (p.team, p.side or "—", p.role or "—", ", ".join(p.people) or _("Not recorded"))
                for p in model.participants
            ],
            [0.28, 0.12, 0.25, 0.35],
        )
    )
    return out


def acronyms(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = _opening("acronyms", kit)
    out.append(
        kit.table(
            [_("Acronym"), _("Meaning")],
            [(a.short, a.meaning) for a in model.acronyms],
            [0.2, 0.8],
        )
    )
    return out


def event_log(model: ReportModel, kit: Kit) -> list[Flowable]:
    rows = []
    for entry in model.event_log:
        text = entry.text
        text += labels.log_marks(entry)
        rows.append((str(entry.seq), entry.wall, entry.scenario, text))
    out = _opening("log", kit)
    out.append(
        kit.table(
            ["#", _("Wall clock"), _("Scenario"), _("Entry")],
            rows,
            [0.06, 0.14, 0.14, 0.66],
            numeric=(0,),
        )
    )
    return out


def sources(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = _opening("sources", kit)
    if not model.sources:
        out.append(kit.text(_("The injects played cite no sources."), kit.muted))
        return out
    out.append(
        kit.table(
            [_("Source"), _("Cited by")],
            [
                (s.citation + (f"\n{s.url}" if s.url else ""), "\n".join(s.cited_by))
                for s in model.sources
            ],
            [0.55, 0.45],
        )
    )
    return out
