"""The path the class took through the deck, and which condition sent play where."""

from __future__ import annotations

from tabletop.core.deck.model import END, Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.i18n import _, ngettext, npgettext
from tabletop.core.report import clock
from tabletop.core.report.analysis.figures import Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import BranchCheck, Past
from tabletop.core.report.model import BranchPoint, DeckPath, PathStep


def _label(check_branch: object, names: Names) -> str:
    label = getattr(check_branch, "label", "")
    goto = getattr(check_branch, "goto", "")
    if label:
        return str(label)
    if goto != END:
        return _("to {inject}").format(inject=names.quoted(str(goto)))
    return _("to the end")


def _sentence(check: BranchCheck, names: Names) -> str:
    """Why the inject of ``check`` came after its anchor."""
    came = names.quoted(check.inject)
    anchor = names.quoted(check.anchor) if check.anchor else ""
    if check.chosen:
        held = [why for branch, why in check.branches if why.held]
        if anchor and held:
            return _(
                "{inject} was chosen by the facilitator after {anchor} (the deck's branches "
                "pointed elsewhere: {why})."
            ).format(inject=came, anchor=anchor, why=held[0].why)
        if anchor:
            return _("{inject} was chosen by the facilitator after {anchor}.").format(
                inject=came, anchor=anchor
            )
        if held:
            return _(
                "{inject} was chosen by the facilitator (the deck's branches pointed "
                "elsewhere: {why})."
            ).format(inject=came, why=held[0].why)
        return _("{inject} was chosen by the facilitator.").format(inject=came)
    fired = next(((b, v) for b, v in check.branches if v.held and b.goto == check.inject), None)
    if fired is not None:
        branch, verdict = fired
        if branch.label:
            return _(
                "{inject} came after {anchor} because the branch “{label}” held: {why}."
            ).format(inject=came, anchor=anchor, label=branch.label, why=verdict.why)
        return _("{inject} came after {anchor} because the branch held: {why}.").format(
            inject=came, anchor=anchor, why=verdict.why
        )
    passed_over = [(b, v) for b, v in check.branches if v.held]
    failed = [v.why for _b, v in check.branches if not v.held]
    if not anchor:
        return _("{inject} opened play.").format(inject=came)
    if failed and not passed_over:
        return _("{inject} came after {anchor} because no branch held: {why}.").format(
            inject=came, anchor=anchor, why=clock.listing(failed)
        )
    if passed_over:
        branch, verdict = passed_over[0]
        return _(
            "{inject} came after {anchor}; the branch to {other} held ({why}) but that inject "
            "had already been played."
        ).format(inject=came, anchor=anchor, other=names.quoted(branch.goto), why=verdict.why)
    return _("{inject} came after {anchor} in the deck's order.").format(inject=came, anchor=anchor)


def deck_path(deck: Deck, state: SessionState, past: Past, figures: Figures) -> DeckPath:
    names = Names(deck, state)
    by_inject = {check.inject: check for check in past.checks}
    order = {inject_id: n for n, inject_id in enumerate(state.order, start=1)}
    steps = []
    # what would have led to an inject that was never reached
    missed: dict[str, list[str]] = {}
    for check in past.checks:
        for branch, verdict in check.branches:
            if not verdict.held and branch.goto != END:
                missed.setdefault(branch.goto, []).append(
                    _("the branch {label} of {inject} did not hold ({why})").format(
                        label=_label(branch, names),
                        inject=names.quoted(check.anchor),
                        why=verdict.why,
                    )
                )
    for inject in deck.injects:
        record = state.injects.get(inject.id)
        status = record.status if record is not None else "pending"
        if status == "delivered":
            found = by_inject.get(inject.id)
            how = _sentence(found, names) if found is not None else _("Delivered.")
        elif status == "skipped" and record is not None:
            how = _("Skipped by the facilitator: {reason}").format(reason=record.reason)
        else:
            status = "not reached"
            reasons = missed.get(inject.id)
            if reasons:
                how = _("Not reached: {reasons}.").format(reasons="; ".join(reasons))
            elif inject.type.value == "contingency":
                how = _("Not reached: a contingency inject the facilitator did not call for.")
            elif state.ended:
                how = _("Not reached: play ended before it.")
            else:
                how = _("Not reached yet: the session is still running.")
        steps.append(
            PathStep(inject.id, inject.title, status, order.get(inject.id, 0), how, inject.phase)
        )
    points = []
    for check in past.checks:
        if not check.branches or check.inject not in state.injects:
            continue
        points.append(
            BranchPoint(
                inject_id=check.anchor,
                title=names.inject(check.anchor),
                went_to=names.inject(check.inject),
                sentence=_sentence(check, names),
                tests=tuple(
                    (_label(branch, names), verdict.held, verdict.why)
                    for branch, verdict in check.branches
                ),
            )
        )
    summary = path_counts(figures, in_deck=True)
    return DeckPath(tuple(steps), tuple(points), summary)


def path_counts(figures: Figures, *, in_deck: bool = False) -> str:
    """``Of 12 injects (in the deck), 9 were delivered, 1 skipped and 2 not reached.``"""
    n, delivered = figures.injects, len(figures.delivered)
    injects = npgettext("after 'of'", "{n} inject", "{n} injects", n).format(n=n)
    if in_deck:
        pattern = ngettext(
            "Of {injects} in the deck, {delivered} was delivered, {skipped} skipped and "
            "{not_reached} not reached.",
            "Of {injects} in the deck, {delivered} were delivered, {skipped} skipped and "
            "{not_reached} not reached.",
            delivered,
        )
    else:
        pattern = ngettext(
            "Of {injects}, {delivered} was delivered, {skipped} skipped and {not_reached} not "
            "reached.",
            "Of {injects}, {delivered} were delivered, {skipped} skipped and {not_reached} not "
            "reached.",
            delivered,
        )
    return pattern.format(
        injects=injects,
        delivered=delivered,
        skipped=len(figures.skipped),
        not_reached=len(figures.not_reached),
    )
