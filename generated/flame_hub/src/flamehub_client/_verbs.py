"""The seed's verbs for every entity: find_<plural>, get_<plural>, iter_<plural>, get_<x>, create_<x>, update_<x>
and delete_<x>, on the sync and the async clients alike.

Each verb is a descriptor (`find_nodes = Finder(NODE)`) that binds to the client it is read from. The decisions
(query strings, allow-list checks, bodies, decoding) are pure functions shared by both shells.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, Self, TypeVar, overload
from uuid import UUID

import httpx
from client_runtime import (
    AsyncClient,
    DecodingError,
    InvalidRequest,
    NotFound,
    Page,
    RequestOptions,
    SyncClient,
    aiterate,
    check,
    decoding_error,
    iterate,
    offset_next,
)

from ._catalog import CURRENT, ENTITIES, LEGACY, LEGACY_UNWRITABLE, AllowList, Entity
from ._decode import decode_all, decode_one
from .query import Dialect, Filter, Names, PageParams, Sort, camel, conditions, filter_params, names, page_params
from .query import sort_keys as _sort_keys

T = TypeVar("T")
AllowListSource = Literal["reference", "server", "off"]
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass(frozen=True, slots=True)
class ListMeta:
    """The `meta` of a list answer: how many records match in all, the page, and the server's allow-list."""

    total: int
    limit: int | None = None
    offset: int | None = None
    schema: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class RecordMeta:
    """The `meta` of a single-record answer: the fields and relations the server allows."""

    schema: Mapping[str, Any] | None = None


def to_id(value: Any, where: str) -> str:
    """An id from a str, a UUID or any record with an `id`, checked to be a UUID.

    >>> to_id(UUID(int=7), "node_id")
    '00000000-0000-0000-0000-000000000007'
    >>> to_id("not-a-uuid", "node_id")
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: node_id: must be a UUID (a str, a uuid.UUID or a record), got 'not-a-uuid'
    """
    if isinstance(value, UUID):
        return str(value)
    if not isinstance(value, str):
        identifier = getattr(value, "id", None)
        if isinstance(identifier, UUID):
            return str(identifier)
        value = identifier if isinstance(identifier, str) else value
    if isinstance(value, str) and _UUID.match(value):
        return value
    raise InvalidRequest(where, f"must be a UUID (a str, a uuid.UUID or a record), got {value!r}")


# -- the pure half -------------------------------------------------------------------------------------------------
def _listing(allowed: tuple[str, ...]) -> str:
    return ", ".join(allowed) if allowed else "none"


def _check_filters(entity: Entity[Any], allow: AllowList, fields: list[str], generation: str) -> None:
    for field in fields:
        relation, _, rest = field.partition(".")
        if rest and allow.explicit:
            if field not in allow.filters:
                dotted = [key for key in allow.filters if "." in key]
                raise InvalidRequest(
                    f"filter.{field}",
                    f"{entity.plural} cannot be filtered on {field!r}: the server would drop the key silently. "
                    f"Relation filters: {_listing(tuple(dotted))}",
                )
            continue
        if not rest:
            if field not in allow.filters:
                raise InvalidRequest(
                    f"filter.{field}",
                    f"{entity.plural} cannot be filtered on {field!r}: the server would drop the key silently and "
                    f"return unfiltered {entity.plural}. Filters: {_listing(allow.filters)}",
                )
            continue
        related = ENTITIES.get(entity.related.get(relation, ""))
        inner = related.allow.get(generation) if related is not None else None
        if relation not in allow.relations or inner is None or related is None:
            raise InvalidRequest(
                f"filter.{field}", f"{relation!r} is not a relation of {entity.plural}: {_listing(allow.relations)}"
            )
        if rest not in inner.filters:
            raise InvalidRequest(
                f"filter.{field}",
                f"{related.plural} cannot be filtered on {rest!r}. Filters: {_listing(inner.filters)}",
            )


def _relations(
    entity: Entity[Any], allow: AllowList | None, include: Names | None, fields: Names | None
) -> dict[str, str]:
    query: dict[str, str] = {}
    if include is None:  # the default includes, less those the server's generation cannot join
        relations = [r for r in entity.include if allow is None or r in allow.relations]
    else:
        relations = names(include, "include")
    extra = names(fields, "fields")
    if allow is not None:
        for relation in relations:
            if relation not in allow.relations:
                raise InvalidRequest(
                    "include",
                    f"{relation!r} is not a relation of {entity.plural}; the server would drop it silently. "
                    f"Relations: {_listing(allow.relations)}",
                )
        for name in extra:
            if name not in allow.fields:
                raise InvalidRequest(
                    "fields",
                    f"{name!r} is not an optional field of {entity.plural}. Optional fields: {_listing(allow.fields)}",
                )
    if relations:
        query["include"] = ",".join(relations)
    if extra:
        query["fields"] = ",".join("+" + name for name in extra)
    return query


def list_query(
    entity: Entity[Any],
    allow: AllowList | None,
    generation: str,
    *,
    filter: Filter | None = None,
    sort: Sort | None = None,
    page: PageParams | None = None,
    fields: Names | None = None,
    include: Names | None = None,
    dialect: Dialect = "brackets",
) -> dict[str, Any]:
    """The query string of a list call, refusing any key the server would drop silently.

    >>> from flamehub_client._catalog import NODE, CURRENT
    >>> query = list_query(NODE, NODE.allow[CURRENT], CURRENT, filter={"name": "n1"}, sort="-created_at")
    >>> query["filter[name]"], query["sort"], query["include"], query["page[limit]"]
    ('n1', '-createdAt', 'registry,registryProject', 50)
    """
    query: dict[str, Any] = page_params(page, allow.max_limit if allow is not None else 50)
    if allow is not None:
        _check_filters(entity, allow, list(conditions(filter)), generation)
    query.update(filter_params(filter, dialect, generation=generation))
    keys = _sort_keys(sort)
    if allow is not None:
        for key in keys:
            if key.lstrip("-") not in allow.sorts:
                raise InvalidRequest(
                    "sort",
                    f"{entity.plural} cannot be sorted by {key.lstrip('-')!r}; the server would drop it silently. "
                    f"Sort keys: {_listing(allow.sorts)}",
                )
    if keys:
        query["sort"] = ",".join(keys)
    query.update(_relations(entity, allow, include, fields))
    return query


HINT_BODY_LIMIT = 1 << 20


def with_params(options: RequestOptions | None, params: Mapping[str, Any]) -> RequestOptions:
    if options is None:
        return RequestOptions(params=params)
    return dataclasses.replace(options, params={**params, **(options.params or {})})


def _decoding_error(response: httpx.Response, exc: Exception) -> DecodingError:
    """The runtime's error for an answer that does not decode; it names the older generation when the answer is
    written the way that generation writes (snake_case keys, bare records)."""
    hint = ""
    if len(response.content) <= HINT_BODY_LIMIT:  # a huge body is not parsed a second time for a hint
        try:
            data = response.json()
        except ValueError:
            data = None
        sample = data.get("data", data) if isinstance(data, dict) else None
        sample = sample[0] if isinstance(sample, list) and sample else sample
        if isinstance(sample, dict) and ("created_at" in sample or (isinstance(data, dict) and "data" not in data)):
            hint = (
                " (the server looks like the older generation, with snake_case records: pass generation='legacy'"
                " or 'auto')"
            )
    return decoding_error(response, exc, f"the answer does not match the spec{hint}")


def decode_items(cls: type[T], response: httpx.Response) -> tuple[list[T], ListMeta]:
    """The records and the meta of a `{data: [...], meta}` answer."""
    try:
        body = response.json()
        items = decode_all(cls, body["data"], "$.data")
        meta = body["meta"]
        return items, ListMeta(meta["total"], meta.get("limit"), meta.get("offset"), meta.get("schema"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _decoding_error(response, exc) from exc


def decode_page(entity: Entity[T], response: httpx.Response) -> tuple[list[T], ListMeta]:
    """The records and the meta of one page of `entity`."""
    return decode_items(entity.model_class(), response)


def decode_record(entity: Entity[T], response: httpx.Response) -> tuple[T, RecordMeta]:
    """The record and the meta of a `{data, meta}` answer."""
    try:
        body = response.json()
        record = decode_one(entity.model_class(), body["data"], "$.data")
        return record, RecordMeta(body["meta"].get("schema"))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _decoding_error(response, exc) from exc


def _json_key(attribute: str) -> str:
    return camel(attribute.rstrip("_"))


def model_body(model: type[Any], service: str, body: Any, fields: Mapping[str, Any]) -> Any:
    """A generated request model from a model, a mapping or keyword fields, checked against the spec.

    Keys may be snake_case or camelCase; fields left out are not sent; `None` is sent as `null`.
    """
    import attrs

    if isinstance(body, model) and not fields:
        return body
    if body is None:
        payload: dict[str, Any] = {}
    elif isinstance(body, model):
        payload = body.to_dict()
    elif isinstance(body, Mapping):
        payload = dict(body)
    else:
        raise InvalidRequest("body", f"must be a {model.__name__} or a mapping, got {type(body).__name__}")
    payload.update(fields)
    known = {_json_key(a.name) for a in attrs.fields(model) if a.name != "additional_properties"}
    checked: dict[str, Any] = {}
    for key, value in payload.items():
        name = _json_key(key)
        if name not in known:
            raise InvalidRequest(key, f"is not a field of {model.__name__}; fields: {', '.join(sorted(known))}")
        is_id = (name == "id" or name.endswith("Id")) and value is not None
        checked[name] = to_id(value, key) if is_id else value
    resources = importlib.import_module(f"{__package__}.{service}._resources")
    check(checked, {"$ref": f"#/components/schemas/{model.__name__}"}, "body", resources.COMPONENTS)
    return model.from_dict(checked)


def body_of(entity: Entity[Any], kind: Literal["Create", "Update"], body: Any, fields: Mapping[str, Any]) -> Any:
    """The entity's generated Create or Update model (see model_body)."""
    return model_body(entity.model_class(kind), entity.service, body, fields)


# -- the generation and the allow-list a client checks against ------------------------------------------------------
def _generation_sync(client: Any) -> str:
    """The client's server generation, asking the server's status route first when it is not known yet."""
    state = client._generation
    if state.value is None:
        client.status.get()
    found: str = state.value
    return found


async def _generation_async(client: Any) -> str:
    state = client._generation
    if state.value is None:
        await client.status.get()
    found: str = state.value
    return found


def _reference(client: Any, entity: Entity[Any], generation: str) -> AllowList | None:
    source: AllowListSource = getattr(client, "allow_lists", "reference")
    if source == "off":
        return None
    allow = entity.allowed(generation)
    if source == "server":
        if generation != CURRENT:
            raise InvalidRequest("allow_lists", "'server' needs the meta.schema that only current servers publish")
        cached: AllowList | None = client.server_allow_lists.get(entity.name)
        return cached
    return allow


def _from_answer(response: httpx.Response) -> AllowList:
    try:
        return AllowList.from_schema(response.json()["meta"]["schema"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _decoding_error(response, exc) from exc


def _allow_sync(client: SyncClient, entity: Entity[Any], generation: str) -> AllowList | None:
    found = _reference(client, entity, generation)
    if found is None and getattr(client, "allow_lists", "reference") == "server":
        raw = getattr(client, entity.tag).with_raw_response.list(options=RequestOptions(params={"page[limit]": 1}))
        found = client.server_allow_lists[entity.name] = _from_answer(raw.http_response)  # type: ignore[attr-defined]
    return found


def _exists_sync(client: Any, entity: Entity[Any], payload: Any = None) -> None:
    """Refuses, before sending, an entity the server's generation does not have (robots on current servers), and
    fields in `payload` it would drop."""
    if getattr(client, "allow_lists", "reference") != "off":
        generation = _generation_sync(client)
        entity.allowed(generation)
        _check_writable(entity, payload, generation)


async def _exists_async(client: Any, entity: Entity[Any], payload: Any = None) -> None:
    if getattr(client, "allow_lists", "reference") != "off":
        generation = await _generation_async(client)
        entity.allowed(generation)
        _check_writable(entity, payload, generation)


def _check_writable(entity: Entity[Any], payload: Any, generation: str) -> None:
    if generation != LEGACY or payload is None:
        return
    sent = payload.to_dict() if hasattr(payload, "to_dict") else {}
    for name in LEGACY_UNWRITABLE.get(entity.name, ()):
        if name in sent:
            raise InvalidRequest(
                name,
                f"the older server generation (Hub before 0.13) does not take {name!r} for {entity.plural}; "
                "it would drop it silently",
            )


async def _allow_async(client: AsyncClient, entity: Entity[Any], generation: str) -> AllowList | None:
    found = _reference(client, entity, generation)
    if found is None and getattr(client, "allow_lists", "reference") == "server":
        raw = await getattr(client, entity.tag).with_raw_response.list(
            options=RequestOptions(params={"page[limit]": 1})
        )
        found = client.server_allow_lists[entity.name] = _from_answer(raw.http_response)  # type: ignore[attr-defined]
    return found


# -- the bound verbs -----------------------------------------------------------------------------------------------
class _Bound(Generic[T]):
    __slots__ = ("_client", "_entity")

    def __init__(self, client: Any, entity: Entity[T]) -> None:
        self._client = client
        self._entity = entity

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._entity.plural} of {self._client!r}>"


class Find(_Bound[T]):
    """Records that match a filter, sorted and paged (at most 50 per call).

    Example: ``client.find_nodes(filter={"name": like("my-node")}, sort="-created_at", page={"limit": 10})``
    """

    @overload
    def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> list[T]: ...
    @overload
    def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> tuple[list[T], ListMeta]: ...
    def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> list[T] | tuple[list[T], ListMeta]:
        client, entity = self._client, self._entity
        generation = _generation_sync(client)
        allow = _allow_sync(client, entity, generation)
        query = list_query(
            entity,
            allow,
            generation,
            filter=filter,
            sort=sort,
            page=page,
            fields=fields,
            include=include,
            dialect=dialect,
        )
        raw = getattr(client, entity.tag).with_raw_response.list(options=with_params(options, query))
        items, found = decode_page(entity, raw.http_response)
        return (items, found) if meta else items


class AsyncFind(_Bound[T]):
    """Records that match a filter, sorted and paged (at most 50 per call)."""

    @overload
    async def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> list[T]: ...
    @overload
    async def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> tuple[list[T], ListMeta]: ...
    async def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        page: PageParams | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> list[T] | tuple[list[T], ListMeta]:
        client, entity = self._client, self._entity
        generation = await _generation_async(client)
        allow = await _allow_async(client, entity, generation)
        query = list_query(
            entity,
            allow,
            generation,
            filter=filter,
            sort=sort,
            page=page,
            fields=fields,
            include=include,
            dialect=dialect,
        )
        raw = await getattr(client, entity.tag).with_raw_response.list(options=with_params(options, query))
        items, found = decode_page(entity, raw.http_response)
        return (items, found) if meta else items


class GetAll(_Bound[T]):
    """The first page (50 records) with the default order; `find_*` filters, sorts and pages."""

    @overload
    def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> list[T]: ...
    @overload
    def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        options: RequestOptions | None = None,
    ) -> tuple[list[T], ListMeta]: ...
    def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        options: RequestOptions | None = None,
    ) -> list[T] | tuple[list[T], ListMeta]:
        find: Find[T] = Find(self._client, self._entity)
        if meta:
            return find(fields=fields, include=include, meta=True, options=options)
        return find(fields=fields, include=include, options=options)


class AsyncGetAll(_Bound[T]):
    """The first page (50 records) with the default order; `find_*` filters, sorts and pages."""

    @overload
    async def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> list[T]: ...
    @overload
    async def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        options: RequestOptions | None = None,
    ) -> tuple[list[T], ListMeta]: ...
    async def __call__(
        self,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        options: RequestOptions | None = None,
    ) -> list[T] | tuple[list[T], ListMeta]:
        find: AsyncFind[T] = AsyncFind(self._client, self._entity)
        if meta:
            return await find(fields=fields, include=include, meta=True, options=options)
        return await find(fields=fields, include=include, options=options)


def _page_size(page_size: int, allow: AllowList | None) -> int:
    limit = allow.max_limit if allow is not None else 50
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= limit:
        raise InvalidRequest("page_size", f"must be an integer from 1 to {limit} (the server's page limit)")
    return page_size


class Iter(_Bound[T]):
    """Every matching record, fetching pages of `page_size` as they are needed.

    Example: ``for node in client.iter_nodes(filter={"hidden": False}, sort="name"): ...``
    """

    def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        page_size: int = 50,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> Iterator[T]:
        client, entity = self._client, self._entity
        generation = _generation_sync(client)
        allow = _allow_sync(client, entity, generation)
        size = _page_size(page_size, allow)
        arguments: dict[str, Any] = {"filter": filter, "sort": sort, "fields": fields, "include": include}
        arguments["dialect"] = dialect
        query = list_query(entity, allow, generation, **arguments)  # refuses bad input before any page
        resource = getattr(client, entity.tag)

        def fetch(offset: int) -> Page[T]:
            query.update({"page[limit]": size, "page[offset]": offset})
            raw = resource.with_raw_response.list(options=with_params(options, query))
            items, meta = decode_page(entity, raw.http_response)
            return Page(items, offset_next(offset, len(items), size, meta.total))

        return iterate(fetch, 0)


class AsyncIter(_Bound[T]):
    """Every matching record, fetching pages of `page_size` as they are needed (`async for`)."""

    def __call__(
        self,
        *,
        filter: Filter | None = None,
        sort: Sort | None = None,
        fields: Names | None = None,
        include: Names | None = None,
        page_size: int = 50,
        dialect: Dialect = "brackets",
        options: RequestOptions | None = None,
    ) -> AsyncIterator[T]:
        client, entity = self._client, self._entity
        known = client._generation.value
        reference = _reference(client, entity, known) if known is not None else None
        size = _page_size(page_size, reference)
        arguments: dict[str, Any] = {"filter": filter, "sort": sort, "fields": fields, "include": include}
        arguments["dialect"] = dialect
        if known is not None and (reference is not None or client.allow_lists == "off"):
            list_query(entity, reference, known, **arguments)  # refuses bad input before any page
        resource = getattr(client, entity.tag)
        query: dict[str, Any] = {}

        async def fetch(offset: int) -> Page[T]:
            if not query:
                generation = await _generation_async(client)
                allow = await _allow_async(client, entity, generation)
                _page_size(page_size, allow)
                query.update(list_query(entity, allow, generation, **arguments))
            query.update({"page[limit]": size, "page[offset]": offset})
            raw = await resource.with_raw_response.list(options=with_params(options, query))
            items, meta = decode_page(entity, raw.http_response)
            return Page(items, offset_next(offset, len(items), size, meta.total))

        return aiterate(fetch, 0)


class Get(_Bound[T]):
    """One record by id (a str, a UUID or a record), or None when there is none.

    Example: ``client.get_node("2f8fc7df-d5ff-484c-bfed-76b8f3c43afd", include="registry")``
    """

    @overload
    def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> T | None: ...
    @overload
    def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        options: RequestOptions | None = None,
    ) -> tuple[T, RecordMeta] | None: ...
    def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        options: RequestOptions | None = None,
    ) -> T | tuple[T, RecordMeta] | None:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        generation = _generation_sync(self._client)
        query = _relations(entity, _allow_sync(self._client, entity, generation), include, fields)
        try:
            raw = getattr(self._client, entity.tag).with_raw_response.get(
                identifier, options=with_params(options, query)
            )
        except NotFound:
            return None
        record, found = decode_record(entity, raw.http_response)
        return (record, found) if meta else record


class AsyncGet(_Bound[T]):
    """One record by id (a str, a UUID or a record), or None when there is none."""

    @overload
    async def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> T | None: ...
    @overload
    async def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: Literal[True],
        options: RequestOptions | None = None,
    ) -> tuple[T, RecordMeta] | None: ...
    async def __call__(
        self,
        id: Any,
        /,
        *,
        fields: Names | None = None,
        include: Names | None = None,
        meta: bool = False,
        options: RequestOptions | None = None,
    ) -> T | tuple[T, RecordMeta] | None:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        generation = await _generation_async(self._client)
        query = _relations(entity, await _allow_async(self._client, entity, generation), include, fields)
        try:
            raw = await getattr(self._client, entity.tag).with_raw_response.get(
                identifier, options=with_params(options, query)
            )
        except NotFound:
            return None
        record, found = decode_record(entity, raw.http_response)
        return (record, found) if meta else record


class Create(_Bound[T]):
    """Create a record from keyword fields (snake_case or camelCase), a mapping, or the generated Create model.

    Example: ``client.create_node(name="my-node", realm_id=realm, type="default")``
    """

    def __call__(self, body: Any = None, /, *, options: RequestOptions | None = None, **fields: Any) -> T:
        entity = self._entity
        payload = body_of(entity, "Create", body, fields)
        _exists_sync(self._client, entity, payload)
        record = getattr(self._client, entity.tag).create(body=payload, options=options)
        created: T = record.data
        return created


class AsyncCreate(_Bound[T]):
    """Create a record from keyword fields (snake_case or camelCase), a mapping, or the generated Create model."""

    async def __call__(self, body: Any = None, /, *, options: RequestOptions | None = None, **fields: Any) -> T:
        entity = self._entity
        payload = body_of(entity, "Create", body, fields)
        await _exists_async(self._client, entity, payload)
        record = await getattr(self._client, entity.tag).create(body=payload, options=options)
        created: T = record.data
        return created


class Update(_Bound[T]):
    """Update a record: fields left out stay as they are, `None` clears a field.

    Example: ``client.update_node(node, hidden=True, external_name=None)``
    """

    def __call__(self, id: Any, body: Any = None, /, *, options: RequestOptions | None = None, **fields: Any) -> T:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        payload = body_of(entity, "Update", body, fields)
        _exists_sync(self._client, entity, payload)
        record = getattr(self._client, entity.tag).update(identifier, body=payload, options=options)
        updated: T = record.data
        return updated


class AsyncUpdate(_Bound[T]):
    """Update a record: fields left out stay as they are, `None` clears a field."""

    async def __call__(
        self, id: Any, body: Any = None, /, *, options: RequestOptions | None = None, **fields: Any
    ) -> T:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        payload = body_of(entity, "Update", body, fields)
        await _exists_async(self._client, entity, payload)
        record = await getattr(self._client, entity.tag).update(identifier, body=payload, options=options)
        updated: T = record.data
        return updated


class Delete(_Bound[T]):
    """Delete a record by id (a str, a UUID or the record itself)."""

    def __call__(self, id: Any, /, *, options: RequestOptions | None = None) -> None:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        _exists_sync(self._client, entity)
        getattr(self._client, entity.tag).delete(identifier, options=options)


class AsyncDelete(_Bound[T]):
    """Delete a record by id (a str, a UUID or the record itself)."""

    async def __call__(self, id: Any, /, *, options: RequestOptions | None = None) -> None:
        entity = self._entity
        identifier = to_id(id, f"{entity.name}_id")
        await _exists_async(self._client, entity)
        await getattr(self._client, entity.tag).delete(identifier, options=options)


# -- descriptors: one class attribute serves the sync and the async client -----------------------------------------
class _Verb(Generic[T]):
    def __init__(self, entity: Entity[T]) -> None:
        self.entity = entity


class Finder(_Verb[T]):
    """`find_<plural>`: see Find."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncFind[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Find[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncFind if isinstance(client, AsyncClient) else Find)(client, self.entity)


class Lister(_Verb[T]):
    """`get_<plural>`: see GetAll."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncGetAll[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> GetAll[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncGetAll if isinstance(client, AsyncClient) else GetAll)(client, self.entity)


class Iterating(_Verb[T]):
    """`iter_<plural>`: see Iter."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncIter[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Iter[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncIter if isinstance(client, AsyncClient) else Iter)(client, self.entity)


class Getter(_Verb[T]):
    """`get_<x>`: see Get."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncGet[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Get[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncGet if isinstance(client, AsyncClient) else Get)(client, self.entity)


class Creator(_Verb[T]):
    """`create_<x>`: see Create."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncCreate[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Create[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncCreate if isinstance(client, AsyncClient) else Create)(client, self.entity)


class Updater(_Verb[T]):
    """`update_<x>`: see Update."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncUpdate[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Update[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncUpdate if isinstance(client, AsyncClient) else Update)(client, self.entity)


class Deleter(_Verb[T]):
    """`delete_<x>`: see Delete."""

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncDelete[T]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> Delete[T]: ...
    def __get__(self, client: Any, owner: type[Any]) -> Any:
        if client is None:
            return self
        return (AsyncDelete if isinstance(client, AsyncClient) else Delete)(client, self.entity)
