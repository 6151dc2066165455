"""The report's cover page: title, status, details, marking and the director's signature."""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer, Table

from tabletop.core.i18n import N_, _
from tabletop.core.report.model import ReportModel
from tabletop.core.report.pdf.layout import ALERT, NAVY, RULE, Kit
from tabletop.core.report.pdf.text import bold, escape

DISCLAIMER = N_(
    "The scenario, its injects and the decisions recorded here belong to a classroom "
    "exercise. They do not describe the policy or the intentions of any government."
)


def cover(model: ReportModel, kit: Kit) -> list[Flowable]:
    """Page 1: what the report is, of which exercise, final or interim, and who signs it."""
    final = not model.interim
    badge_text = _("FINAL REPORT") if final else _("INTERIM REPORT: the session was still running")
    badge = Table(
        [[kit.para(f"<b>{escape(badge_text)}</b>", kit.cell)]],
        colWidths=[kit.width * (0.35 if final else 0.75)],
        hAlign="LEFT",
    )
    badge.setStyle(
        kit.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, NAVY if final else ALERT),
                ("TEXTCOLOR", (0, 0), (-1, -1), NAVY if final else ALERT),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    title_style = kit.h1.clone("cover_title", fontSize=26, leading=31, spaceBefore=0, spaceAfter=10)
    kicker = kit.h2.clone("cover_kicker", textColor=kit.h2.textColor, fontSize=10.5, spaceBefore=0)
    details = kit.fields(
        [
            (_("Exercise dates"), model.dates),
            (_("Facilitator"), model.facilitator or _("Not recorded")),
            (
                _("Inject deck"),
                _("{title} ({id})").format(title=model.deck_title, id=model.deck_id),
            ),
            (_("Session"), model.session_id or "—"),
        ],
        label_share=0.24,
    )
    marking = Table(
        [
            [
                kit.para(
                    f"<b>{escape(model.marking)}</b><br/>{escape(_(DISCLAIMER))}",
                    kit.small,
                )
            ]
        ],
        colWidths=[kit.width],
    )
    marking.setStyle(
        kit.table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ALERT),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    signature = Table(
        [
            [kit.para(bold(_("Reviewed and approved")), kit.small), "", ""],
            [
                kit.text(_("Exercise director (name)"), kit.muted),
                kit.text(_("Signature"), kit.muted),
                kit.text(_("Date"), kit.muted),
            ],
        ],
        colWidths=[kit.width * 0.45, kit.width * 0.33, kit.width * 0.22],
        rowHeights=[16, 34],
    )
    signature.setStyle(
        kit.table_style(
            [
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("LINEABOVE", (0, 1), (-1, 1), 0, RULE),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, NAVY),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, NAVY),
                ("LINEBELOW", (2, 1), (2, 1), 0.6, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    return [
        Spacer(1, kit.height * 0.08),
        kit.text(_("AFTER-ACTION REPORT / IMPROVEMENT PLAN"), kicker),
        kit.text(model.exercise, title_style),
        kit.text(model.deck_title, kit.h2.clone("cover_deck", textColor=kit.muted.textColor)),
        Spacer(1, 10),
        badge,
        Spacer(1, 18),
        details,
        Spacer(1, 22),
        marking,
        Spacer(1, 30),
        signature,
        NextPageTemplate("body"),
        PageBreak(),
    ]
