"""Dataclasses that cost little to define: the deck model's values, the engine's records.

``@value_class`` makes a class a frozen dataclass as far as any reader or tool can
tell (``dataclasses.fields``, ``replace`` and ``asdict`` work, mypy checks it as
``@dataclass(frozen=True)``, instances compare and hash by value, assigning to a
field raises :class:`dataclasses.FrozenInstanceError`). It differs from
``@dataclass(frozen=True)`` only in what runs when the class is defined: the
standard decorator generates and compiles six methods per class (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``), which for
the few dozen classes of a deck is a noticeable share of every command's start.
Here only ``__init__`` is generated; the other five are shared functions that read
the class's field names, kept on the class once. ``@record_class`` does the same for
a mutable dataclass (``__init__`` generated; ``__eq__`` and ``__repr__`` shared).
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")

_VALUES = "__value_fields__"  # the compared fields' values as a tuple, per class


def _no_values(_self: object) -> tuple[()]:
    return ()


def _values_getter(names: tuple[str, ...]) -> Any:
    if not names:
        return _no_values
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda self: (one(self),)
    return attrgetter(*names)


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = getattr(self.__class__, _VALUES)
    return bool(values(self) == values(other))


def _hash(self: object) -> int:
    return hash(getattr(self.__class__, _VALUES)(self))


def _repr(self: Any) -> str:
    fields: dict[str, dataclasses.Field[Any]] = self.__dataclass_fields__
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields.values() if f.repr)
    return f"{self.__class__.__qualname__}({shown})"


def _setattr(self: object, name: str, value: object) -> None:
    # the generated __init__ sets each field once; any later assignment is refused
    if name in self.__dict__:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _ordering(compare: Callable[[tuple[Any, ...], tuple[Any, ...]], bool]) -> Any:
    def method(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = getattr(self.__class__, _VALUES)
        return compare(values(self), values(other))

    return method


_ORDER = {
    "__lt__": _ordering(operator.lt),
    "__le__": _ordering(operator.le),
    "__gt__": _ordering(operator.gt),
    "__ge__": _ordering(operator.ge),
}


@overload
def value_class(cls: type[T], /) -> type[T]: ...
@overload
def value_class(*, order: bool = False) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def value_class(cls: type[T] | None = None, /, *, order: bool = False) -> Any:
    """Make ``cls`` a frozen dataclass (ordered by its fields with ``order=True``), defined
    at a sixth of the usual cost."""
    if cls is None:
        return lambda later: _make(later, order)
    return _make(cls, order)


def _make(cls: type[T], order: bool) -> type[T]:
    made: Any = dataclasses.dataclass(cls, repr=False, eq=False)  # generates __init__ alone
    compared = tuple(f.name for f in dataclasses.fields(made) if f.compare)
    setattr(made, _VALUES, staticmethod(_values_getter(compared)))
    made.__eq__ = _eq
    made.__hash__ = _hash
    made.__repr__ = _repr
    made.__setattr__ = _setattr
    made.__delattr__ = _delattr
    if order:
        for name, method in _ORDER.items():
            setattr(made, name, method)
    result: type[T] = made
    return result


@dataclass_transform(field_specifiers=(dataclasses.field,))
def record_class(cls: type[T]) -> type[T]:
    """Make ``cls`` a mutable dataclass (compared by value, not hashable, as ``@dataclass``
    makes it), generating only its ``__init__``."""
    made: Any = dataclasses.dataclass(cls, repr=False, eq=False)
    compared = tuple(f.name for f in dataclasses.fields(made) if f.compare)
    setattr(made, _VALUES, staticmethod(_values_getter(compared)))
    made.__eq__ = _eq
    made.__hash__ = None
    made.__repr__ = _repr
    result: type[T] = made
    return result
