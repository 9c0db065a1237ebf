"""Events: the JSON filter grammar, paging the way the node expects, and histograms told apart from events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from client_runtime import InvalidRequest, RequestOptions

from . import _resources
from ._checks import build
from .naming import StreamRef, by_path

if TYPE_CHECKING:
    from ._generated.models.event import Event
    from ._generated.models.histogram_bucket import HistogramBucket

STRING_OPS: Final = ("is", "not", "like", "unlike")
NUMBER_OPS: Final = ("gt", "gte", "lt", "lte", "eq", "neq")
PAGE_SIZE = 1000
# Joule's own client posts events in blocks of this many.
WRITE_BLOCK = 500

Clause = Sequence[Any]


def json_filter(*groups: Sequence[Clause] | Clause) -> str:
    """The `filter` string: an OR of AND-groups of `[key, op, value]` clauses, type-checked.

    `is`, `not`, `like`, `unlike` take a string; `gt`, `gte`, `lt`, `lte`, `eq`, `neq` a number. A single
    clause is a group of its own.

    >>> json_filter([("name", "like", "sample%")], [("value", "gt", 0), ("value", "lt", 10)])
    '[[["name", "like", "sample%"]], [["value", "gt", 0], ["value", "lt", 10]]]'
    >>> json_filter(("value", "gt", "ten"))
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: json_filter[0][0]: 'gt' compares numbers, got str 'ten'
    """
    if not groups:
        raise InvalidRequest("json_filter", "needs at least one clause")
    built: list[list[list[Any]]] = []
    for g, group in enumerate(groups):
        clauses: Sequence[Any] = [group] if _is_clause(group) else group
        if isinstance(clauses, str | bytes) or not isinstance(clauses, Sequence) or not clauses:
            raise InvalidRequest(f"json_filter[{g}]", "must be a clause (key, op, value) or a non-empty list of them")
        built.append([_clause(clause, f"json_filter[{g}][{c}]") for c, clause in enumerate(clauses)])
    return json.dumps(built)


def _is_clause(item: Any) -> bool:
    return isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 3 and isinstance(item[1], str)


def _clause(clause: Any, where: str) -> list[Any]:
    if isinstance(clause, str | bytes) or not isinstance(clause, Sequence) or len(clause) != 3:
        raise InvalidRequest(where, f"must be (key, op, value), got {clause!r}")
    key, op, value = clause
    if not isinstance(key, str) or not key:
        raise InvalidRequest(where, f"the key must be a non-empty string, got {key!r}")
    if op in STRING_OPS:
        if not isinstance(value, str):
            raise InvalidRequest(where, f"{op!r} compares strings, got {type(value).__name__} {value!r}")
    elif op in NUMBER_OPS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidRequest(where, f"{op!r} compares numbers, got {type(value).__name__} {value!r}")
    else:
        raise InvalidRequest(where, f"the op must be one of {', '.join(STRING_OPS + NUMBER_OPS)}; got {op!r}")
    return [key, op, value]


def _filter(value: str | Sequence[Any] | None) -> str | None:
    """A filter given as the built string, or as the nested list (checked the same way)."""
    if value is None or isinstance(value, str):
        return value
    return json_filter(*value)


@dataclass(frozen=True)
class Histogram:
    """The node's answer when more than `limit` events match: event counts per time bucket, not events."""

    count: int
    """How many events match."""
    buckets: list[HistogramBucket]


def _query(
    start: int | None, end: int | None, json_filter: str | Sequence[Any] | None, include_ongoing: bool
) -> dict[str, Any]:
    query: dict[str, Any] = {k: v for k, v in (("start", start), ("end", end)) if v is not None}
    built = _filter(json_filter)
    if built is not None:
        query["filter_"] = built
    if include_ongoing:
        query["include_ongoing_events"] = 1
    return query


def _events_or_histogram(answer: Any) -> list[Event] | Histogram:
    from ._generated.models.event import Event
    from ._generated.models.histogram_bucket import HistogramBucket

    if answer.type_ == "histogram":
        return Histogram(answer.count, [b for b in answer.events if isinstance(b, HistogramBucket)])
    return [e for e in answer.events if isinstance(e, Event)]


def _write_blocks(stream: StreamRef, events: Iterable[Any]) -> Iterator[Any]:
    from ._generated.models.events_write_request import EventsWriteRequest

    items = [e.to_dict() if hasattr(e, "to_dict") else dict(e) for e in events]
    for item in items:
        item.setdefault("event_stream_id", None)
    target = by_path(stream, "stream")
    for start in range(0, len(items), WRITE_BLOCK):
        yield build(EventsWriteRequest, {**target, "events": items[start : start + WRITE_BLOCK]})


class Events(_resources.Events):
    """Event operations by stream object, path or id."""

    def read(  # type: ignore[override]  # histograms are told apart from events
        self,
        stream: StreamRef,
        *,
        limit: int = PAGE_SIZE,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        subset: bool = False,
        options: RequestOptions | None = None,
    ) -> list[Event] | Histogram:
        """Up to `limit` events; a Histogram when more match (unless `subset=True`, which returns the first ones).

        Example: ``client.events.read("/plant/alarms", limit=100, json_filter=[("level", "gt", 2)])``
        """
        extra: dict[str, Any] = {"return_subset": 1} if subset else {}
        answer = super().read(
            **by_path(stream, "stream"),
            limit=limit,
            **_query(start, end, json_filter, include_ongoing),
            **extra,
            options=options,
        )
        return _events_or_histogram(answer)

    def iter(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        page_size: int = PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Iterator[Event]:
        """Every matching event in time order, fetched `page_size` at a time as the node pages.

        Example: ``for event in client.events.iter("/plant/alarms"): ...``
        """
        query = _query(start, end, json_filter, include_ongoing)
        target = by_path(stream, "stream")
        while True:
            page = super().read(**target, limit=page_size, **query, return_subset=1, options=options)
            found = _events_or_histogram(page)
            assert isinstance(found, list)
            yield from found
            if len(found) < page_size:
                return
            query["start"] = found[-1].start_time + 1

    def count(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        options: RequestOptions | None = None,
    ) -> int:
        """How many events match."""
        query = _query(start, end, json_filter, include_ongoing)
        return super().count(**by_path(stream, "stream"), **query, options=options).count

    def write(  # type: ignore[override]  # events as models or mappings
        self, stream: StreamRef, events: Iterable[Event | Mapping[str, Any]], *, options: RequestOptions | None = None
    ) -> list[Event]:
        """Add events (`start_time`, `end_time`, `content`), or update those that carry their `id`; in blocks of 500."""
        written: list[Event] = []
        for body in _write_blocks(stream, events):
            written += super().write(body=body, options=options).events
        return written

    def remove(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove events overlapping `[start, end)` and matching the filter; every event without either."""
        super().remove(**by_path(stream, "stream"), **_query(start, end, json_filter, False), options=options)


class AsyncEvents(_resources.AsyncEvents):
    """Async twin of Events."""

    async def read(  # type: ignore[override]  # histograms are told apart from events
        self,
        stream: StreamRef,
        *,
        limit: int = PAGE_SIZE,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        subset: bool = False,
        options: RequestOptions | None = None,
    ) -> list[Event] | Histogram:
        """Up to `limit` events; a Histogram when more match (unless `subset=True`)."""
        extra: dict[str, Any] = {"return_subset": 1} if subset else {}
        answer = await super().read(
            **by_path(stream, "stream"),
            limit=limit,
            **_query(start, end, json_filter, include_ongoing),
            **extra,
            options=options,
        )
        return _events_or_histogram(answer)

    async def iter(
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        page_size: int = PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> AsyncIterator[Event]:
        """Every matching event in time order, fetched `page_size` at a time."""
        query = _query(start, end, json_filter, include_ongoing)
        target = by_path(stream, "stream")
        while True:
            page = await super().read(**target, limit=page_size, **query, return_subset=1, options=options)
            found = _events_or_histogram(page)
            assert isinstance(found, list)
            for event in found:
                yield event
            if len(found) < page_size:
                return
            query["start"] = found[-1].start_time + 1

    async def count(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        include_ongoing: bool = False,
        options: RequestOptions | None = None,
    ) -> int:
        """How many events match."""
        query = _query(start, end, json_filter, include_ongoing)
        return (await super().count(**by_path(stream, "stream"), **query, options=options)).count

    async def write(  # type: ignore[override]  # events as models or mappings
        self, stream: StreamRef, events: Iterable[Event | Mapping[str, Any]], *, options: RequestOptions | None = None
    ) -> list[Event]:
        """Add or update events, in blocks of 500."""
        written: list[Event] = []
        for body in _write_blocks(stream, events):
            written += (await super().write(body=body, options=options)).events
        return written

    async def remove(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        json_filter: str | Sequence[Any] | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove events overlapping `[start, end)` and matching the filter."""
        await super().remove(**by_path(stream, "stream"), **_query(start, end, json_filter, False), options=options)
