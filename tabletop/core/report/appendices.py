"""The report's appendices: the full event log, the participants, the sources cited."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from tabletop.core.report.layout import Kit
from tabletop.core.report.model import ReportModel
from tabletop.core.report.text import escape


def event_log(model: ReportModel, kit: Kit) -> list[Flowable]:
    rows = []
    for entry in model.event_log:
        text = entry.text
        if entry.undone:
            text += " [undone later]"
        if entry.ignored:
            text += f" [ignored: {entry.ignored}]"
        rows.append((str(entry.seq), entry.wall, entry.scenario, text))
    return [
        kit.heading("Appendix A. Event log"),
        kit.text("Every entry of the session file in order. Undone entries stay in the log."),
        kit.table(
            ["#", "Wall clock", "Scenario", "Entry"], rows, [0.06, 0.14, 0.14, 0.66], numeric=(0,)
        ),
    ]


def participants(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(kit.height * 0.2), kit.heading("Appendix B. Participants")]
    out.append(
        kit.table(
            ["Team", "Side", "Role", "Players"],
            [
                (p.team, p.side, p.role or "—", ", ".join(p.people) or "—")
                for p in model.participants
            ],
            [0.28, 0.12, 0.25, 0.35],
        )
    )
    out.append(Spacer(1, 6))
    out.append(kit.para(f"<b>Facilitator:</b> {escape(model.facilitator or 'Not recorded')}"))
    return out


def sources(model: ReportModel, kit: Kit) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(kit.height * 0.2),
        kit.heading("Appendix C. Sources the deck cites"),
    ]
    if not model.sources:
        out.append(kit.text("The deck cites no sources.", kit.muted))
        return out
    out.append(
        kit.table(
            ["Source", "Cited by"],
            [
                (s.citation + (f"\n{s.url}" if s.url else ""), "\n".join(s.cited_by))
                for s in model.sources
            ],
            [0.55, 0.45],
        )
    )
    return out
