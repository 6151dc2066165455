"""The path the class took through the deck, and which condition sent play where."""

from __future__ import annotations

from tabletop.core.deck.model import END, Deck
from tabletop.core.engine.state import SessionState
from tabletop.core.report import clock
from tabletop.core.report.analysis.figures import Figures
from tabletop.core.report.analysis.naming import Names
from tabletop.core.report.analysis.replay import BranchCheck, Past
from tabletop.core.report.model import BranchPoint, DeckPath, PathStep


def _label(check_branch: object, names: Names) -> str:
    label = getattr(check_branch, "label", "")
    goto = getattr(check_branch, "goto", "")
    return label or (f"to {names.quoted(goto)}" if goto != END else "to the end")


def _sentence(check: BranchCheck, names: Names) -> str:
    """Why the inject of ``check`` came after its anchor."""
    came = names.quoted(check.inject)
    anchor = names.quoted(check.anchor) if check.anchor else ""
    if check.chosen:
        held = [why for branch, why in check.branches if why.held]
        text = f"{came} was chosen by the facilitator"
        if anchor:
            text += f" after {anchor}"
        if held:
            text += f" (the deck's branches pointed elsewhere: {held[0].why})"
        return text + "."
    fired = next(((b, v) for b, v in check.branches if v.held and b.goto == check.inject), None)
    if fired is not None:
        branch, verdict = fired
        label = f" “{branch.label}”" if branch.label else ""
        return f"{came} came after {anchor} because the branch{label} held: {verdict.why}."
    passed_over = [(b, v) for b, v in check.branches if v.held]
    failed = [v.why for _b, v in check.branches if not v.held]
    if not anchor:
        return f"{came} opened play."
    text = f"{came} came after {anchor}"
    if failed and not passed_over:
        text += f" because no branch held: {clock.listing(failed)}"
    elif passed_over:
        branch, verdict = passed_over[0]
        text += (
            f"; the branch to {names.quoted(branch.goto)} held ({verdict.why}) but that inject "
            "had already been played"
        )
    else:
        text += " in the deck's order"
    return text + "."


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
                    f"the branch {_label(branch, names)} of {names.quoted(check.anchor)} did not "
                    f"hold ({verdict.why})"
                )
    for inject in deck.injects:
        record = state.injects.get(inject.id)
        status = record.status if record is not None else "pending"
        if status == "delivered":
            found = by_inject.get(inject.id)
            how = _sentence(found, names) if found is not None else "Delivered."
        elif status == "skipped" and record is not None:
            how = f"Skipped by the facilitator: {record.reason}"
        else:
            status = "not reached"
            reasons = missed.get(inject.id)
            if reasons:
                how = "Not reached: " + "; ".join(reasons) + "."
            elif inject.type.value == "contingency":
                how = "Not reached: a contingency inject the facilitator did not call for."
            elif state.ended:
                how = "Not reached: play ended before it."
            else:
                how = "Not reached yet: the session is still running."
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
    summary = (
        f"Of {clock.plural(figures.injects, 'inject')} in the deck, "
        f"{len(figures.delivered)} {'was' if len(figures.delivered) == 1 else 'were'} delivered, "
        f"{len(figures.skipped)} skipped and {len(figures.not_reached)} not reached."
    )
    return DeckPath(tuple(steps), tuple(points), summary)
