"""The shape of a deck's story: which inject can follow which.

From an inject, play goes to the first branch whose condition holds, else to the
inject's ``next``, else to the following *standard* inject in file order, else
the exercise ends. Contingency and adaptive injects are off the main line:
they are reached only through a branch, a ``next`` or the facilitator's choice.
"""

from __future__ import annotations

from collections.abc import Iterable

from tabletop.core.deck.model import END, Deck, Inject, InjectType


def first_inject(deck: Deck) -> str:
    """Where play starts: the first standard inject (or the first of any kind)."""
    for inject in deck.injects:
        if inject.type is InjectType.STANDARD:
            return inject.id
    return deck.injects[0].id if deck.injects else END


def following_standard(deck: Deck, inject_id: str, skip: Iterable[str] = ()) -> str:
    """The next standard inject after ``inject_id`` in file order, not in ``skip``."""
    excluded = skip if isinstance(skip, (set, frozenset)) else set(skip)
    standard_from = deck.standard_from
    injects = deck.injects
    position = standard_from[deck.inject_index[inject_id] + 1]
    while position < len(injects) and injects[position].id in excluded:
        position = standard_from[position + 1]
    return injects[position].id if position < len(injects) else END


def default_successor(deck: Deck, inject: Inject) -> str:
    """Where play goes from ``inject`` when no branch matches."""
    if inject.next:
        return inject.next
    return following_standard(deck, inject.id)


def successors(deck: Deck, inject: Inject) -> list[str]:
    """Every inject (or ``end``) that can follow ``inject``, branches first."""
    out: list[str] = []
    for branch in inject.branches:
        if branch.goto not in out:
            out.append(branch.goto)
    fallback = default_successor(deck, inject)
    if fallback not in out:
        out.append(fallback)
    return out


def roots(deck: Deck) -> list[str]:
    """Places play may start from: the first inject and every contingency inject."""
    out = [first_inject(deck)]
    out += [i.id for i in deck.injects if i.type is InjectType.CONTINGENCY and i.id not in out]
    return out


def reachable_from(deck: Deck, starts: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        current = todo.pop()
        if current == END or current in seen or not deck.has_inject(current):
            continue
        seen.add(current)
        todo.extend(successors(deck, deck.inject(current)))
    return seen


def can_end(deck: Deck) -> set[str]:
    """Injects from which some path reaches the end of the exercise."""
    predecessors: dict[str, set[str]] = {}
    for inject in deck.injects:
        for nxt in successors(deck, inject):
            predecessors.setdefault(nxt, set()).add(inject.id)
    good: set[str] = set()
    todo = [END]
    while todo:
        current = todo.pop()
        for prev in predecessors.get(current, ()):
            if prev not in good:
                good.add(prev)
                todo.append(prev)
    return good


def trapped_cycles(deck: Deck) -> list[list[str]]:
    """Groups of injects that lead only into each other: play could never end there."""
    good = can_end(deck)
    trapped = [i.id for i in deck.injects if i.id not in good]
    groups: list[list[str]] = []
    assigned: set[str] = set()
    for inject_id in trapped:
        if inject_id in assigned:
            continue
        group = sorted(
            reachable_from(deck, [inject_id]) & set(trapped),
            key=deck.inject_index.__getitem__,
        )
        assigned.update(group)
        groups.append(group)
    return groups


def paths_to_end(deck: Deck, limit: int = 10_000) -> list[list[str]]:
    """Distinct routes from the start to the end (each inject at most once), up to ``limit``."""
    routes: list[list[str]] = []
    stack: list[tuple[str, list[str]]] = [(first_inject(deck), [])]
    while stack and len(routes) < limit:
        current, route = stack.pop()
        if current == END:
            routes.append(route)
            continue
        if current in route or not deck.has_inject(current):
            continue
        for nxt in reversed(successors(deck, deck.inject(current))):
            stack.append((nxt, [*route, current]))
    return routes
