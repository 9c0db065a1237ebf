"""Base classes of the generated resources (`client.<resource>.<verb>()`)."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._client import AsyncClient, SyncClient

C = TypeVar("C", SyncClient, AsyncClient)


class Resource(Generic[C]):
    """A group of operations sharing one client; generated per spec tag."""

    __slots__ = ("_client",)
    _client: C

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


SyncResource = Resource[SyncClient]
AsyncResource = Resource[AsyncClient]
