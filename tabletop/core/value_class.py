"""Dataclasses that cost little to define: the deck model's values, the engine's records.

``@value_class`` makes a class a frozen dataclass as far as any reader or tool can
tell (``dataclasses.fields``, ``replace`` and ``asdict`` work, mypy checks it as
``@dataclass(frozen=True)``, instances compare and hash by value, assigning to a
field raises :class:`dataclasses.FrozenInstanceError`). It differs from
``@dataclass(frozen=True)`` only in what runs when the class is defined: the
standard decorator generates and compiles six methods per class (``__init__``,
``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``, ``__delattr__``), which for
the few dozen classes of a deck is a noticeable share of every command's start.
Here only ``__init__`` is generated; the others are made without compiling anything:
equality, hash and ordering close over one getter of the class's compared fields,
repr and the refusal to change a field are shared functions. ``@record_class`` does the same for
a mutable dataclass (``__init__`` generated; ``__eq__`` and ``__repr__`` shared).
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")

Values = Callable[[Any], tuple[Any, ...]]


def _no_values(_self: object) -> tuple[()]:
    return ()


def _values_getter(cls: type) -> Values:
    """The compared fields' values of an instance of ``cls``, as a tuple."""
    names = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
    if not names:
        return _no_values
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda self: (one(self),)
    getter: Values = attrgetter(*names)
    return getter


def _comparison(values: Values, compare: Callable[[Any, Any], bool]) -> Any:
    # one function per class and operator, closing over the class's getter: no lookup
    # per call (a value used as a dictionary key is hashed and compared on every lookup)
    def method(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return compare(values(self), values(other))

    return method


def _hasher(values: Values) -> Callable[[object], int]:
    def __hash__(self: object) -> int:
        return hash(values(self))

    return __hash__


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


_ORDER = {
    "__lt__": operator.lt,
    "__le__": operator.le,
    "__gt__": operator.gt,
    "__ge__": operator.ge,
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
    values = _values_getter(made)
    methods: dict[str, Any] = {
        "__eq__": _comparison(values, operator.eq),
        "__hash__": _hasher(values),
        "__repr__": _repr,
        "__setattr__": _setattr,
        "__delattr__": _delattr,
    }
    if order:
        methods.update({name: _comparison(values, test) for name, test in _ORDER.items()})
    return _install(made, methods)


def _install(made: Any, methods: dict[str, Any]) -> Any:
    # as dataclass does: a method the class writes itself is kept
    for name, method in methods.items():
        if name not in made.__dict__ or (name == "__hash__" and made.__dict__[name] is None):
            setattr(made, name, method)
    return made


@dataclass_transform(field_specifiers=(dataclasses.field,))
def record_class(cls: type[T]) -> type[T]:
    """Make ``cls`` a mutable dataclass (compared by value, not hashable, as ``@dataclass``
    makes it), generating only its ``__init__``."""
    made: Any = dataclasses.dataclass(cls, repr=False, eq=False)
    methods = {"__eq__": _comparison(_values_getter(made), operator.eq), "__repr__": _repr}
    if "__eq__" not in made.__dict__:
        made.__hash__ = None  # (as @dataclass: equal by value, so not hashable)
    result: type[T] = _install(made, methods)
    return result
