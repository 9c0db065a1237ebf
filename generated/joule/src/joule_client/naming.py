"""Naming a stream, folder, module or proxy as joule does: by object, path (or name), or numeric id."""

from __future__ import annotations

from typing import Any, Protocol, TypeAlias

from client_runtime import InvalidRequest


class HasId(Protocol):
    """Any model with an `id`: DataStream, EventStream, Folder, Module, Proxy, Annotation."""

    @property
    def id(self) -> Any: ...


StreamRef: TypeAlias = "HasId | str | int"
"""A data or event stream: the model, its path (`/folder/name`) or its id."""
FolderRef: TypeAlias = "HasId | str | int"
"""A folder: the model, its path (`/a/b`) or its id."""
ModuleRef: TypeAlias = "HasId | str | int"
"""A module or proxy: the model, its name or its id."""


def _id(ref: Any, where: str) -> int:
    value = ref.id if hasattr(ref, "id") and not isinstance(ref, str | int) else ref
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRequest(where, f"must be a model with an id, a path or an id, got {type(ref).__name__}")
    return value


def by_path(ref: StreamRef | FolderRef, where: str, id_key: str = "id", path_key: str = "path") -> dict[str, Any]:
    """The query or body keys that name `ref`.

    >>> by_path("/plant/power", "stream"), by_path(7, "stream", "src_id", "src_path")
    ({'path': '/plant/power'}, {'src_id': 7})
    """
    if isinstance(ref, str):
        if not ref.startswith("/"):
            raise InvalidRequest(where, f"a path must start with '/', got {ref!r}")
        return {path_key: ref}
    return {id_key: _id(ref, where)}


def by_name(ref: ModuleRef, where: str) -> dict[str, Any]:
    """The query keys that name a module or proxy.

    >>> by_name("random", "module"), by_name(0, "module")
    ({'name': 'random'}, {'id': 0})
    """
    if isinstance(ref, str):
        if not ref:
            raise InvalidRequest(where, "a name must not be empty")
        return {"name": ref}
    return {"id": _id(ref, where)}


def record_id(ref: HasId | int, where: str) -> int:
    """The id of an annotation or event given as the model or the id."""
    return _id(ref, where)
