"""The report's first sections as reportlab flowables: overview, summary, findings, path.

Each function lays out one part of a :class:`ReportModel`. User text goes
through the kit (which escapes it); markup written here wraps only escaped
text. The wording of headings and introductions is the model's
(:data:`~tabletop.core.report.model.SECTIONS`); every label is translated here, in the
report's language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer

from tabletop.core.i18n import _
from tabletop.core.report import tables, words
from tabletop.core.report.labels import verdict_and_statement
from tabletop.core.report.model import Finding, InjectReview, ReportModel
from tabletop.core.report.pdf import appendices, charts, cover, play
from tabletop.core.report.pdf.layout import WIDE, Kit, opening, subheading
from tabletop.core.report.pdf.text import bold, escape

STATUS_COLOURS = {
    "met": "#2f6b45",
    "partly": "#8a6d00",
    "not_met": "#a33a2c",
    "not_observed": "#5b6470",
    "not_assessed": "#5b6470",
}


def story_sections(model: ReportModel, kit: Kit) -> list[Callable[[], list[Flowable]]]:
    """The document's parts in order, each made when called: cover, numbered sections,
    appendices (see lazy_story: a long session's story is made a part at a time)."""
    parts: list[Callable[[], list[Flowable]]] = [partial(cover.cover, model, kit)]
    for section in (overview, summary, capabilities, reviews_opening):
        parts.append(partial(section, model, kit))
    # the longest section of a long session, an inject at a time
    parts += [partial(review_block, review, kit) for review in model.reviews]
    for section in (
        path,
        play.timeline,
        play.escalation,
        play.channels,
        play.teams,
        play.hotwash,
        play.conclusion,
    ):
        parts.append(partial(section, model, kit))
    # the appendices on a new page; the improvement plan's (if it has actions) landscape
    parts.append(lambda: [*([NextPageTemplate(WIDE)] if model.plan else []), PageBreak()])
    for appendix in (
        appendices.plan,
        appendices.participants,
        appendices.acronyms,
        appendices.event_log,
        appendices.sources,
    ):
        parts.append(partial(appendix, model, kit))
    return parts


def story(model: ReportModel, kit: Kit) -> list[Flowable]:
    """The whole document at once: cover, numbered sections, appendices."""
    return [flowable for make in story_sections(model, kit) for flowable in make()]


def overview(model: ReportModel, kit: Kit) -> list[Flowable]:
    return [
        *opening("overview", kit, 0.0),
        kit.fields([(f.label, f.value) for f in model.overview]),
    ]


def _bullets(items: tuple[str, ...] | list[str], kit: Kit, empty: str) -> list[Flowable]:
    if not items:
        return [kit.text(empty, kit.muted)]
    return [kit.text(item, kit.bullet) for item in items]


def summary(model: ReportModel, kit: Kit) -> list[Flowable]:
    s = model.summary
    out = opening("summary", kit)
    out += [kit.text(paragraph) for paragraph in s.paragraphs]
    for title, items, empty in (
        (_("Major strengths"), s.strengths, _("No strength was noted or met.")),
        (
            _("Primary areas for improvement"),
            s.improvements,
            _("No area for improvement was found."),
        ),
        (_("Recommendations"), s.recommendations, _("No recommendation was recorded.")),
    ):
        out += subheading(title, kit)
        out += _bullets(items, kit, empty)
    out += subheading(_("Key figures"), kit)
    out.append(
        kit.table(
            [_("Key figure"), _("Value")], [(f.label, f.value) for f in s.figures], [0.5, 0.5]
        )
    )
    out.append(Spacer(1, 4))
    out.append(
        KeepTogether(
            [
                kit.para(bold(_("How the figures are counted")), kit.small),
                *[
                    kit.para(
                        _("{label}: {text}").format(
                            label=f"<b>{escape(d.label)}</b>", text=escape(d.value)
                        ),
                        kit.small,
                    )
                    for d in s.definitions
                ],
            ]
        )
    )
    return out


def _finding(finding: Finding, kit: Kit) -> Flowable:
    rating = f" [{escape(finding.rating)}]" if finding.rating else ""
    markup = f"{escape(finding.text)}{rating}<br/><font color='#5b6470'>{escape(finding.reference)}"
    if finding.root_cause:
        markup += "<br/>" + _("{label} {text}").format(
            label=bold(_("Root cause:")), text=escape(finding.root_cause)
        )
    markup += "</font>"
    return kit.para(markup, kit.bullet)


def capabilities(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("capabilities", kit)
    if model.objectives:
        rows = []
        for o in model.objectives:
            given = words.rating_words(o.rating) or _("Not rated by the evaluator")
            if o.note:
                given += f"\n{o.note}"
            suggested = words.rating_words(o.suggested) or _("No suggestion")
            rows.append((o.text, o.capability or "—", given, f"{suggested}\n({o.basis})"))
        out.append(
            kit.table(
                [
                    _("Objective"),
                    _("Core capability"),
                    _("Evaluator's rating"),
                    _("Suggested by the data"),
                ],
                rows,
                [0.34, 0.18, 0.22, 0.26],
            )
        )
    else:
        out.append(kit.text(_("The deck states no objectives."), kit.muted))
    for capability in model.capabilities:
        out += subheading(capability.capability, kit)
        for objective in capability.objectives:
            title = objective.objective
            if objective.rating:
                title = _("{objective} ({rating})").format(
                    objective=title, rating=words.rating_words(objective.rating)
                )
            out += subheading(title, kit, 2)
            out.append(kit.para(bold(_("Strengths")), kit.small))
            out += [_finding(f, kit) for f in objective.strengths] or [
                kit.text(_("None recorded."), kit.muted)
            ]
            out.append(kit.para(bold(_("Areas for improvement")), kit.small))
            out += [_finding(f, kit) for f in objective.improvements] or [
                kit.text(_("None recorded."), kit.muted)
            ]
    return out


def _status(status: str) -> str:
    word = escape(words.verdict(status))
    return f"<font color='{STATUS_COLOURS[status]}'><b>{word}</b></font>"


def reviews_opening(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("reviews", kit)
    if not model.reviews:
        out.append(kit.text(_("No inject with expected actions was played."), kit.muted))
    return out


def review_block(review: InjectReview, kit: Kit) -> list[Flowable]:
    """One inject's four questions (the reviews section, an inject at a time)."""
    out = subheading(review.title, kit)
    # the date line goes with the table, so the heading never ends a page above nothing
    out.append(kit.text(review.when, kit.muted.clone("muted_with_next", keepWithNext=1)))
    expected = "<br/>".join(
        f"{e.index + 1}. {escape(e.text)}<br/>&nbsp;&nbsp;&nbsp;"
        + _status(e.status)
        + escape(verdict_and_statement(e)[1])
        + (
            "<br/>&nbsp;&nbsp;&nbsp;<i>" + escape(_("Test: {test}").format(test=e.test)) + "</i>"
            if e.test
            else ""
        )
        for e in review.expected
    )
    happened = _lines(list(review.happened), _("No decision was recorded."), 160)
    why = _lines(list(review.why), _("The record shows no cause; see the hot wash."))
    sustain = [_("Sustain: {text}").format(text=s) for s in review.sustain] + [
        _("Improve: {text}").format(text=s) for s in review.improve
    ]
    answers = (
        (words.hotwash_question("supposed"), expected),
        (words.hotwash_question("happened"), happened),
        (words.hotwash_question("why"), why),
        (
            words.hotwash_question("sustain_improve"),
            _lines(sustain, _("No observation was noted on this inject.")),
        ),
    )
    rows = [
        (kit.para(escape(question), kit.cell_head), kit.para(answer, kit.cell))
        for question, answer in answers
    ]
    out.append(kit.table(None, rows, [0.27, 0.73], header_column=True))
    return out


def _lines(items: list[str], empty: str, limit: int = 0) -> str:
    """Items as bullet lines of markup (each cut to ``limit`` characters if given)."""
    from tabletop.core.report.pdf.text import shorten

    if not items:
        return f"<font color='#5b6470'>{escape(empty)}</font>"
    return "<br/>".join(f"• {escape(shorten(i, limit) if limit else i)}" for i in items)


def path(model: ReportModel, kit: Kit) -> list[Flowable]:
    out = opening("path", kit)
    deck_path = model.path
    out.append(kit.text(deck_path.summary))
    drawing = charts.path_drawing(deck_path, kit.width)
    out.append(
        KeepTogether(
            [
                drawing,
                kit.text(
                    _(
                        "Figure: the injects in the deck's order; the line joins them in the "
                        "order played."
                    ),
                    kit.caption,
                ),
            ]
        )
    )
    out += subheading(_("Every inject and how it came"), kit)
    out.append(
        kit.table(
            *tables.injects_on_the_path(deck_path),
            [0.06, 0.30, 0.64],
            numeric=(0,),
        )
    )
    if deck_path.branch_points:
        out += subheading(_("Branch points"), kit)
        for point in deck_path.branch_points:
            tests = "<br/>".join(
                "• "
                + escape(
                    (
                        _("{branch}: held ({why})") if held else _("{branch}: did not hold ({why})")
                    ).format(branch=label, why=why)
                )
                for label, held, why in point.tests
            )
            out.append(
                KeepTogether(
                    [
                        kit.text(point.sentence),
                        kit.para(tests, kit.small.clone("tests", leftIndent=12, spaceAfter=6)),
                    ]
                )
            )
    return out
