"""What every data resource adds to its generated class: filters and populate as Python values, auto-paging,
plain mappings as bodies (checked against the spec, permissions checked against the caller's roles), the `{}`
bodies the SDK sends, and trash. Each mixin names the generated methods it wraps; sync and async twins share
the pure helpers below.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from client_runtime import NOT_GIVEN, InvalidRequest, NotGiven, Page, RequestOptions, aiterate, check, iterate

from ._resources import COMPONENTS
from .filters import filter_string, populate_string

if TYPE_CHECKING:
    from .client import AsyncHahnProClient, HahnProClient

M = TypeVar("M")
P = TypeVar("P")
FilterArg = Mapping[str, Any] | str | None
PopulateArg = str | Sequence[str] | None
PERMISSION_FIELDS = ("readPermissions", "readWritePermissions")
DEFAULT_PAGE_SIZE = 100


def model_class(name: str) -> Any:
    """A generated model class by schema name, imported on first use."""
    module = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    return getattr(importlib.import_module(f"{__package__}._generated.models.{module}"), name)


def as_model(name: str, value: Any, where: str = "body") -> Any:
    """`value` as the generated model `name`: a mapping is checked against the spec, then converted."""
    if isinstance(value, Mapping):
        check(dict(value), {"$ref": f"#/components/schemas/{name}"}, where, COMPONENTS)
        return model_class(name).from_dict(value)
    if hasattr(value, "to_dict"):
        return value
    raise InvalidRequest(where, f"must be a {name} or a mapping, got {type(value).__name__}")


def permissions_of(body: Any) -> dict[str, list[str]]:
    data = body.to_dict() if hasattr(body, "to_dict") else dict(body)
    found = {}
    for name in PERMISSION_FIELDS:
        roles = data.get(name)
        if roles is not None:
            found[name] = [roles] if isinstance(roles, str) else list(roles)
    return found


def check_roles(granted: dict[str, list[str]], held: set[str] | None, where: str = "body") -> None:
    """Refuse permissions naming a role the caller does not hold: the server only accepts roles you have."""
    if held is None:
        return
    for name, roles in granted.items():
        for index, role in enumerate(roles):
            if role not in held:
                raise InvalidRequest(
                    f"{where}.{name}[{index}]",
                    f"{role!r} is not one of your roles ({', '.join(sorted(held))}); you can only grant roles you hold",
                )


def list_arguments(
    filter: FilterArg, populate: PopulateArg, sort: str | None, select: str | None, lang: str | None
) -> dict[str, Any]:
    arguments: dict[str, Any] = {}
    if filter is not None:
        arguments["filter_"] = filter if isinstance(filter, str) else filter_string(filter)
    if populate is not None:
        arguments["populate"] = populate_string(populate)
    for name, value in (("sort", sort), ("select", select), ("lang", lang)):
        if value is not None:
            arguments[name] = value
    return arguments


def next_page(number: int, page_size: int, count: int, total: int) -> int | None:
    """The page after `number`, or None once `total` items have been seen.

    >>> next_page(1, 100, 100, 250), next_page(3, 100, 50, 250), next_page(1, 100, 0, 5)
    (2, None, None)
    """
    return number + 1 if count and number * page_size < total else None


def _check_page_size(page_size: int) -> None:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise InvalidRequest("page_size", f"must be a positive integer, got {page_size!r}")


def _populate(populate: PopulateArg | NotGiven) -> str | NotGiven:
    return NOT_GIVEN if populate is None or isinstance(populate, NotGiven) else populate_string(populate)


class Listing(Generic[M, P]):
    """`list` with Python filters and populate, `iter` over every page, `get` with populate as a list."""

    _client: HahnProClient

    def list(
        self,
        filter: FilterArg = None,
        *,
        populate: PopulateArg = None,
        limit: int = 0,
        page: int = 1,
        sort: str | None = None,
        select: str | None = None,
        lang: str | None = None,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> P:
        """One page; `limit=0` (the default, as in the SDK) asks for everything at once. `params` are the
        service's own query parameters (`client.tasks.list(name="inspect")`).

        Example: ``client.assets.list({"tags": ["test"]}, populate=["type", "parent"]).docs``
        """
        arguments = {**list_arguments(filter, populate, sort, select, lang), **params}
        return cast(P, cast(Any, super()).get_many(limit=limit, page=page, options=options, **arguments))

    def iter(
        self,
        filter: FilterArg = None,
        *,
        populate: PopulateArg = None,
        sort: str | None = None,
        select: str | None = None,
        lang: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> Iterator[M]:
        """Every item, fetching `page_size` items per request until `total` have been seen.

        Example: ``names = [asset.name for asset in client.assets.iter({"tags": ["test"]})]``
        """
        _check_page_size(page_size)
        arguments = {**list_arguments(filter, populate, sort, select, lang), **params}

        def fetch(number: int) -> Page[M]:
            result = cast(Any, super(Listing, self)).get_many(
                limit=page_size, page=number, options=options, **arguments
            )
            return Page(result.docs, next_page(number, page_size, len(result.docs), result.total))

        return iterate(fetch, 1)

    def get(self, id: str, *, populate: PopulateArg | NotGiven = NOT_GIVEN, options: RequestOptions | None = None) -> M:
        """One item; `populate=["type", "parent"]` returns those references as objects."""
        return cast(M, cast(Any, super()).get(id, populate=_populate(populate), options=options))


class Updating(Generic[M]):
    """`update` taking the model or a plain mapping; permissions are checked against your roles."""

    _client: HahnProClient
    _model: ClassVar[str]

    def _body(self, body: Any) -> Any:
        model = as_model(self._model, body)
        check_roles(permissions_of(model), self._client.permitted_roles())
        return model

    def update(self, id: str, body: M | Mapping[str, Any], *, options: RequestOptions | None = None) -> M:
        """Replace an item (PUT): send the whole object, as `get` returned it, with your changes."""
        return cast(M, cast(Any, super()).update(id, body=self._body(body), options=options))


class Creating(Updating[M]):
    """`create` taking the model or a plain mapping."""

    def create(self, body: M | Mapping[str, Any], *, options: RequestOptions | None = None) -> M:
        """Create an item from the model or a mapping with the API's field names.

        Example: ``client.assets.create({"name": "press", "type": type_id, "readPermissions": ["test"], ...})``
        """
        return cast(M, cast(Any, super()).create(body=self._body(body), options=options))


class CreatingMany(Updating[M]):
    """`create_many` taking models or plain mappings."""

    def create_many(self, body: Iterable[M | Mapping[str, Any]], *, options: RequestOptions | None = None) -> list[M]:
        """Create several items in one request."""
        return cast(
            "list[M]", cast(Any, super()).create_many(body=[self._body(item) for item in body], options=options)
        )


class CreatingOneByOne(Creating[M]):
    """`create_many` for services without a `/many` route: one `create` per item, as the SDK's `addMany` does."""

    def create_many(self, body: Iterable[M | Mapping[str, Any]], *, options: RequestOptions | None = None) -> list[M]:
        """Create several items, one request each, in order; returns them as created.

        Example: ``client.labels.create_many([{"name": "red"}, {"name": "blue"}])``
        """
        return [self.create(item, options=options) for item in body]


class Sharing:
    """`cancel_access` with the `{}` body the SDK sends, `share` taking a mapping."""

    _client: HahnProClient

    def cancel_access(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Give up the access shared with you."""
        cast(Any, super()).cancel_access(id, body=as_model("EmptyBody", body or {}), options=options)

    def share(self, body: Any, *, options: RequestOptions | None = None) -> None:
        """Share items: `{"ids": [...], "orgResourcePermissions": [{"id", "name", "permissionType"}]}`."""
        cast(Any, super()).share(body=as_model("ShareRequest", body), options=options)


class Trash(Generic[M]):
    """`restore` and `restore_all` with the `{}` body the SDK sends; `delete(force=True)` skips the trash."""

    def restore(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> M:
        """Bring an item back from the trash."""
        return cast(M, cast(Any, super()).restore(id, body=as_model("EmptyBody", body or {}), options=options))

    def restore_all(self, *, body: Any = None, options: RequestOptions | None = None) -> list[M]:
        """Bring every item back from the trash."""
        return cast("list[M]", cast(Any, super()).restore_all(body=as_model("EmptyBody", body or {}), options=options))


# -- async twins -------------------------------------------------------------------------------------------------


class AsyncListing(Generic[M, P]):
    """Async twin of Listing."""

    _client: AsyncHahnProClient

    async def list(
        self,
        filter: FilterArg = None,
        *,
        populate: PopulateArg = None,
        limit: int = 0,
        page: int = 1,
        sort: str | None = None,
        select: str | None = None,
        lang: str | None = None,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> P:
        """One page; `limit=0` (the default, as in the SDK) asks for everything at once."""
        arguments = {**list_arguments(filter, populate, sort, select, lang), **params}
        return cast(P, await cast(Any, super()).get_many(limit=limit, page=page, options=options, **arguments))

    def iter(
        self,
        filter: FilterArg = None,
        *,
        populate: PopulateArg = None,
        sort: str | None = None,
        select: str | None = None,
        lang: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncIterator[M]:
        """Every item, fetching `page_size` items per request until `total` have been seen."""
        _check_page_size(page_size)
        arguments = {**list_arguments(filter, populate, sort, select, lang), **params}
        generated = cast(Any, super())

        async def fetch(number: int) -> Page[M]:
            result = await generated.get_many(limit=page_size, page=number, options=options, **arguments)
            return Page(result.docs, next_page(number, page_size, len(result.docs), result.total))

        return aiterate(fetch, 1)

    async def get(
        self, id: str, *, populate: PopulateArg | NotGiven = NOT_GIVEN, options: RequestOptions | None = None
    ) -> M:
        """One item; `populate=["type", "parent"]` returns those references as objects."""
        return cast(M, await cast(Any, super()).get(id, populate=_populate(populate), options=options))


class AsyncUpdating(Generic[M]):
    """Async twin of Updating."""

    _client: AsyncHahnProClient
    _model: ClassVar[str]

    async def _body(self, body: Any) -> Any:
        model = as_model(self._model, body)
        check_roles(permissions_of(model), await self._client.permitted_roles())
        return model

    async def update(self, id: str, body: M | Mapping[str, Any], *, options: RequestOptions | None = None) -> M:
        """Replace an item (PUT): send the whole object, as `get` returned it, with your changes."""
        return cast(M, await cast(Any, super()).update(id, body=await self._body(body), options=options))


class AsyncCreating(AsyncUpdating[M]):
    """Async twin of Creating."""

    async def create(self, body: M | Mapping[str, Any], *, options: RequestOptions | None = None) -> M:
        """Create an item from the model or a mapping with the API's field names."""
        return cast(M, await cast(Any, super()).create(body=await self._body(body), options=options))


class AsyncCreatingMany(AsyncUpdating[M]):
    """Async twin of CreatingMany."""

    async def create_many(
        self, body: Iterable[M | Mapping[str, Any]], *, options: RequestOptions | None = None
    ) -> list[M]:
        """Create several items in one request."""
        items = [await self._body(item) for item in body]
        return cast("list[M]", await cast(Any, super()).create_many(body=items, options=options))


class AsyncCreatingOneByOne(AsyncCreating[M]):
    """Async twin of CreatingOneByOne."""

    async def create_many(
        self, body: Iterable[M | Mapping[str, Any]], *, options: RequestOptions | None = None
    ) -> list[M]:
        """Create several items, one request each, in order; returns them as created."""
        return [await self.create(item, options=options) for item in body]


class AsyncSharing:
    """Async twin of Sharing."""

    async def cancel_access(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> None:
        """Give up the access shared with you."""
        await cast(Any, super()).cancel_access(id, body=as_model("EmptyBody", body or {}), options=options)

    async def share(self, body: Any, *, options: RequestOptions | None = None) -> None:
        """Share items: `{"ids": [...], "orgResourcePermissions": [{"id", "name", "permissionType"}]}`."""
        await cast(Any, super()).share(body=as_model("ShareRequest", body), options=options)


class AsyncTrash(Generic[M]):
    """Async twin of Trash."""

    async def restore(self, id: str, *, body: Any = None, options: RequestOptions | None = None) -> M:
        """Bring an item back from the trash."""
        return cast(M, await cast(Any, super()).restore(id, body=as_model("EmptyBody", body or {}), options=options))

    async def restore_all(self, *, body: Any = None, options: RequestOptions | None = None) -> list[M]:
        """Bring every item back from the trash."""
        generated = cast(Any, super())
        return cast("list[M]", await generated.restore_all(body=as_model("EmptyBody", body or {}), options=options))
