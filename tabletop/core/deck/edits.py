"""Reversible edits of deck data: what the deck editor's undo stack is made of.

The editor changes the deck as plain data (the mappings and lists the YAML
reader gives), so anything it has no form for is kept as it was. Every change
is one :class:`Edit`: applying it changes the data in place, and its
:meth:`Edit.inverse` undoes it exactly. Paths are the same field paths that
problems carry, e.g. ``("injects", 3, "branches", 0, "goto")``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, MutableMapping, MutableSequence
from dataclasses import dataclass, field
from typing import Any

from tabletop.core.deck.yaml_reader import FieldPath


class _Missing:
    """The value of a key that is not there (so an edit can add or remove a key)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING: Any = _Missing()


class EditError(Exception):
    """An edit does not fit the data (a path that is not there); a bug, not a user mistake."""


def get(data: Any, path: FieldPath, default: Any = MISSING) -> Any:
    """The value at ``path``, or ``default`` when any part of the path is missing."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def _parent(data: Any, path: FieldPath) -> Any:
    if not path:
        raise EditError("the whole deck has no parent")
    parent = get(data, path[:-1])
    if parent is MISSING:
        raise EditError(f"nothing at {path[:-1]!r}")
    return parent


class Edit:
    """One reversible change to deck data."""

    label = "Edit"

    def apply(self, data: Any) -> Any:
        """Change ``data`` in place (a whole-deck replacement returns the new data)."""
        raise NotImplementedError

    def inverse(self) -> Edit:
        raise NotImplementedError

    def paths(self) -> Iterator[FieldPath]:
        """The paths whose values this edit changes (containers for list edits)."""
        raise NotImplementedError


@dataclass
class SetValue(Edit):
    """Set (or, with MISSING, remove) the value at a path; the empty path is the whole deck."""

    path: FieldPath
    new: Any
    old: Any = MISSING
    label: str = "Change"

    def apply(self, data: Any) -> Any:
        if not self.path:
            if isinstance(data, MutableMapping) and isinstance(self.new, dict):
                data.clear()
                data.update(copy.deepcopy(self.new))
                return data
            raise EditError("the whole deck must be a mapping")
        parent = _parent(data, self.path)
        key = self.path[-1]
        if self.new is MISSING:
            if isinstance(parent, MutableMapping):
                parent.pop(key, None)
            else:
                raise EditError(f"cannot remove {self.path!r} from a list; use Remove")
        else:
            parent[key] = copy.deepcopy(self.new)
        return data

    def inverse(self) -> Edit:
        return SetValue(self.path, self.old, self.new, self.label)

    def paths(self) -> Iterator[FieldPath]:
        yield self.path


@dataclass
class Insert(Edit):
    """Insert ``value`` into the list at ``path`` before ``index`` (creating the list)."""

    path: FieldPath
    index: int
    value: Any
    created: bool = False  # the list did not exist and is made by this edit
    label: str = "Add"

    def apply(self, data: Any) -> Any:
        target = get(data, self.path)
        if target is MISSING:
            parent = _parent(data, self.path)
            parent[self.path[-1]] = []
            target = parent[self.path[-1]]
            self.created = True
        if not isinstance(target, MutableSequence):
            raise EditError(f"{self.path!r} is not a list")
        target.insert(self.index, copy.deepcopy(self.value))
        return data

    def inverse(self) -> Edit:
        return Remove(self.path, self.index, self.value, drop_list=self.created, label=self.label)

    def paths(self) -> Iterator[FieldPath]:
        yield self.path


@dataclass
class Remove(Edit):
    """Remove the item at ``index`` of the list at ``path`` (and the list, if asked)."""

    path: FieldPath
    index: int
    value: Any = MISSING
    drop_list: bool = False
    label: str = "Delete"

    def apply(self, data: Any) -> Any:
        target = get(data, self.path)
        if not isinstance(target, MutableSequence) or not 0 <= self.index < len(target):
            raise EditError(f"no item {self.index} in {self.path!r}")
        self.value = target.pop(self.index)
        if self.drop_list and not target:
            _parent(data, self.path).pop(self.path[-1], None)
        return data

    def inverse(self) -> Edit:
        return Insert(self.path, self.index, self.value, created=self.drop_list, label=self.label)

    def paths(self) -> Iterator[FieldPath]:
        yield self.path


@dataclass
class Move(Edit):
    """Move the item at ``source`` of the list at ``path`` so that it ends at ``target``."""

    path: FieldPath
    source: int
    target: int
    label: str = "Move"

    def apply(self, data: Any) -> Any:
        items = get(data, self.path)
        if not isinstance(items, MutableSequence):
            raise EditError(f"{self.path!r} is not a list")
        items.insert(self.target, items.pop(self.source))
        return data

    def inverse(self) -> Edit:
        return Move(self.path, self.target, self.source, self.label)

    def paths(self) -> Iterator[FieldPath]:
        yield self.path


@dataclass
class Compound(Edit):
    """Several edits that make one step for undo (e.g. renaming an id and its references)."""

    edits: list[Edit] = field(default_factory=list)
    label: str = "Edit"

    def apply(self, data: Any) -> Any:
        for edit in self.edits:
            data = edit.apply(data)
        return data

    def inverse(self) -> Edit:
        return Compound([edit.inverse() for edit in reversed(self.edits)], self.label)

    def paths(self) -> Iterator[FieldPath]:
        for edit in self.edits:
            yield from edit.paths()


def set_value(data: Any, path: FieldPath, new: Any, label: str = "Change") -> SetValue:
    """A SetValue edit from the value now at ``path`` to ``new``.

    Mappings missing on the way are created by the edit (and removed by its
    inverse): setting ``effects.escalation`` on an inject without ``effects``
    sets ``effects`` to ``{escalation: …}``.
    """
    for depth in range(1, len(path)):
        if (
            get(data, path[:depth]) is MISSING
            and new is not MISSING
            and isinstance(get(data, path[: depth - 1]), dict)
            and all(isinstance(part, str) for part in path[depth - 1 :])
        ):
            nested: Any = new
            for part in reversed(path[depth:]):
                nested = {part: nested}
            return SetValue(path[:depth], nested, MISSING, label)
    return SetValue(path, new, copy.deepcopy(get(data, path)), label)


# -- following an inject's id ------------------------------------------------------------


def _conditions(when: Any, path: FieldPath) -> Iterator[tuple[FieldPath, Any]]:
    if not isinstance(when, dict):
        return
    yield path, when
    for key in ("all", "any"):
        inner = when.get(key)
        if isinstance(inner, list):
            for i, item in enumerate(inner):
                yield from _conditions(item, (*path, key, i))
    if isinstance(when.get("not"), dict):
        yield from _conditions(when["not"], (*path, "not"))


def _tests(inject: dict[str, Any], i: int) -> Iterator[tuple[FieldPath, Any]]:
    """Every test of an inject, nested ones included: its branches' and expected actions'."""
    for j, branch in enumerate(inject.get("branches") or ()):
        if isinstance(branch, dict):
            yield from _conditions(branch.get("when"), ("injects", i, "branches", j, "when"))
    for j, expected in enumerate(inject.get("expected_actions") or ()):
        if isinstance(expected, dict):
            yield from _conditions(
                expected.get("test"), ("injects", i, "expected_actions", j, "test")
            )


def _inject_references(data: Any) -> Iterator[tuple[FieldPath, Any]]:
    """Every place that names an inject: ``next``, branch targets, ``delivered`` and
    ``since`` tests in branches and expected actions, and expected actions' ``before``."""
    for i, inject in enumerate(get(data, ("injects",), []) or []):
        if not isinstance(inject, dict):
            continue
        yield ("injects", i, "next"), inject.get("next")
        for j, branch in enumerate(inject.get("branches") or ()):
            if isinstance(branch, dict):
                yield ("injects", i, "branches", j, "goto"), branch.get("goto")
        for j, expected in enumerate(inject.get("expected_actions") or ()):
            if isinstance(expected, dict):
                yield ("injects", i, "expected_actions", j, "before"), expected.get("before")
        for path, test in _tests(inject, i):
            yield (*path, "delivered"), test.get("delivered")
            decision = test.get("decision")
            if isinstance(decision, dict):
                yield (*path, "decision", "since"), decision.get("since")


def _team_references(data: Any) -> Iterator[tuple[FieldPath, Any]]:
    """Every place that names a team: an inject's ``to`` and a decision test's ``by``."""
    for i, inject in enumerate(get(data, ("injects",), []) or []):
        if not isinstance(inject, dict):
            continue
        to = inject.get("to")
        if isinstance(to, list):
            for k, team in enumerate(to):
                yield ("injects", i, "to", k), team
        for path, test in _tests(inject, i):
            decision = test.get("decision")
            if isinstance(decision, dict):
                yield (*path, "decision", "by"), decision.get("by")


def rename_inject(data: Any, index: int, new_id: str) -> Edit:
    """Change an inject's id and every branch, ``next``, test and expected action naming it."""
    return _rename(data, ("injects", index, "id"), new_id, _inject_references, "Rename inject")


def rename_team(data: Any, index: int, new_id: str) -> Edit:
    """Change a team's id and every ``to`` and decision test naming it."""
    return _rename(data, ("teams", index, "id"), new_id, _team_references, "Rename team")


def _rename(
    data: Any,
    at: FieldPath,
    new_id: str,
    references: Callable[[Any], Iterator[tuple[FieldPath, Any]]],
    label: str,
) -> Edit:
    """Change the id at ``at``, and every reference to the old one, in one undo step."""
    old_id = get(data, at)
    edits: list[Edit] = [set_value(data, at, new_id, label)]
    if isinstance(old_id, str) and old_id:
        for path, value in references(data):
            if value == old_id:
                edits.append(SetValue(path, new_id, old_id))
    return Compound(edits, label)


def references_to_inject(data: Any, inject_id: str) -> list[FieldPath]:
    """Where other injects name ``inject_id`` (branches, next, tests, expected actions)."""
    return [path for path, value in _inject_references(data) if value == inject_id]


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is not taken."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
