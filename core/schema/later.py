"""Dataclass fields whose value is worked out the first time it is read.

A plan run checks a few hundred options; the sentences that explain each one (gate details,
reasons), its job-time estimates and its month-by-month cost curve were a third of the run,
for the handful of plans a screen or report shows. Such a field is declared
`name: Lazy[T] = Lazy()` and given either its value or `Later(function)`; the function is
called with the object on the first read and the value kept. (It is given the object rather
than closing over it: a closure holding its own object is a reference cycle, and a few
hundred of those per plan run left each old result to the cyclic garbage collector.) The
frozen dataclass's own __init__ stores through the descriptor, and equality, repr,
dataclasses.replace/fields and the exporters read through it, so to everything outside it is
an ordinary field.

A class with such fields must not use slots (the values live in the instance __dict__) and
should inherit LaterFields, which pickles the worked-out values (a function may not pickle).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class Later(Generic[T]):
    """A value to work out when it is first read: `fn(obj)` is called once, with the object
    whose field it is."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn


class Lazy(Generic[T]):
    """The descriptor for a required dataclass field that accepts `T` or `Later[T]`."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = "_later_" + name

    @overload
    def __get__(self, obj: None, owner: Any = None) -> Lazy[T]: ...
    @overload
    def __get__(self, obj: object, owner: Any = None) -> T: ...
    def __get__(self, obj: object | None, owner: Any = None) -> Lazy[T] | T:
        if obj is None:
            raise AttributeError(self.key)  # no class-level default: the field is required
        value = obj.__dict__[self.key]
        if type(value) is Later:
            value = value.fn(obj)
            obj.__dict__[self.key] = value
        return value  # type: ignore[no-any-return]

    def __set__(self, obj: object, value: T | Later[T]) -> None:
        obj.__dict__[self.key] = value


class LaterFields:
    """Pickling for dataclasses with Lazy fields: every field's value, worked out."""

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name)
                for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


__all__ = ["Later", "LaterFields", "Lazy"]
