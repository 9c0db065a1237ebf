"""The server's envelopes and scalars: lists keyed by a singular name, `"0"`/`"1"` flags."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

if TYPE_CHECKING:
    from ._generated.types import Unset

P = ParamSpec("P")
S = TypeVar("S")
E = TypeVar("E")
R = TypeVar("R")
T = TypeVar("T")


def items(value: list[T] | T | Unset | None) -> list[T]:
    """A list key's content as a list: a missing key is empty, a single object is a list of one.

    >>> items([1, 2]), items(3), items(None)
    ([1, 2], [3], [])
    """
    from ._generated.types import Unset  # on first use: the generated package imports attrs

    if value is None or isinstance(value, Unset):
        return []
    if isinstance(value, list):
        return value
    return [value]


def as_bool(value: object) -> bool:
    """A server flag as a bool: `"1"` (and `"true"`) are True, anything else False.

    >>> as_bool("1"), as_bool("0"), as_bool(None)
    (True, False, False)
    """
    return value is True or (isinstance(value, str) and value.strip().lower() in ("1", "true"))


class Unwrapped(Generic[S, P, E, R]):
    """A generated method with the same arguments, answering `pick(envelope)` instead of the envelope.

    Used in a resource's class body: ``list = Unwrapped(_resources.Projects.list, lambda e: items(e.project))``.
    """

    def __init__(self, method: Callable[Concatenate[S, P], E], pick: Callable[[E], R]) -> None:
        self._method = method
        self._pick = pick
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: S, owner: type[Any]) -> Callable[P, R]: ...

    def __get__(self, instance: S | None, owner: type[Any]) -> Self | Callable[P, R]:
        if instance is None:
            return self
        method, pick = self._method, self._pick

        @functools.wraps(method)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return pick(method(instance, *args, **kwargs))

        return call


class AsyncUnwrapped(Generic[S, P, E, R]):
    """The async twin of Unwrapped."""

    def __init__(self, method: Callable[Concatenate[S, P], Awaitable[E]], pick: Callable[[E], R]) -> None:
        self._method = method
        self._pick = pick
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> Self: ...

    @overload
    def __get__(self, instance: S, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, R]]: ...

    def __get__(self, instance: S | None, owner: type[Any]) -> Self | Callable[P, Coroutine[Any, Any, R]]:
        if instance is None:
            return self
        method, pick = self._method, self._pick

        @functools.wraps(method)
        async def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return pick(await method(instance, *args, **kwargs))

        return call
