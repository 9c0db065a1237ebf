"""Folders, data streams and event streams, named by object, path or id, with joule's defaults for new ones."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from client_runtime import InvalidRequest, RequestOptions

from . import _resources
from ._checks import build
from .naming import FolderRef, HasId, StreamRef, by_path, record_id

if TYPE_CHECKING:
    from ._generated.models.data_stream import DataStream
    from ._generated.models.data_stream_create import DataStreamCreate
    from ._generated.models.element_create import ElementCreate
    from ._generated.models.event_stream import EventStream
    from ._generated.models.event_stream_create import EventStreamCreate
    from ._generated.models.folder import Folder
    from ._generated.models.folder_map import FolderMap

STREAM_EDITABLE = ("name", "description", "keep_us", "decimate")
ELEMENT_EDITABLE = (
    "name",
    "units",
    "plottable",
    "display_type",
    "offset",
    "scale_factor",
    "default_max",
    "default_min",
)
EVENT_STREAM_EDITABLE = ("name", "description", "event_fields", "chunk_duration_us", "keep_us")


def element(name: str, **attributes: Any) -> ElementCreate:
    """An element for `data_stream(...)`, with joule's defaults (plottable, continuous, no offset or scale).

    >>> element("power", units="W").to_dict()["display_type"]
    'CONTINUOUS'
    """
    from ._generated.models.element_create import ElementCreate

    values: dict[str, Any] = {
        "id": None,
        "name": name,
        "units": None,
        "plottable": True,
        "display_type": "CONTINUOUS",
        "offset": 0.0,
        "scale_factor": 1.0,
        "default_max": None,
        "default_min": None,
        **attributes,
    }
    return build(ElementCreate, values)


def data_stream(
    name: str,
    elements: Sequence[str | ElementCreate],
    *,
    datatype: str = "float32",
    description: str = "",
    keep_us: int = -1,
    decimate: bool = True,
) -> DataStreamCreate:
    """A new data stream for `client.data_streams.create`, with joule's defaults (keep all, decimated).

    >>> data_stream("meter", ["x", "y"]).to_dict()["elements"][1]["name"]
    'y'
    """
    from ._generated.models.data_stream_create import DataStreamCreate

    if isinstance(elements, str) or not elements:
        raise InvalidRequest("elements", "must list at least one element (names or element(...))")
    made = [element(e) if isinstance(e, str) else e for e in elements]
    return DataStreamCreate(
        id=None,
        name=name,
        description=description,
        datatype=datatype,  # type: ignore[arg-type]  # checked against the spec's enum before sending
        keep_us=keep_us,
        decimate=decimate,
        is_configured=False,
        is_source=False,
        is_destination=False,
        elements=made,
    )


def event_stream(
    name: str,
    event_fields: Mapping[str, str] | None = None,
    *,
    description: str = "",
    chunk_duration_us: int = 0,
    keep_us: int = -1,
) -> EventStreamCreate:
    """A new event stream for `client.event_streams.create`; fields map names to `string`, `numeric` or categories.

    >>> event_stream("alarms", {"level": "numeric"}).to_dict()["event_fields"]
    {'level': 'numeric'}
    """
    from ._generated.models.event_stream_create import EventStreamCreate

    return build(
        EventStreamCreate,
        {
            "id": None,
            "name": name,
            "description": description,
            "event_fields": dict(event_fields or {}),
            "chunk_duration_us": chunk_duration_us,
            "keep_us": keep_us,
        },
    )


def _create_body(spec: Any, folder: FolderRef, kind: str) -> dict[str, Any]:
    stream = spec.to_dict() if hasattr(spec, "to_dict") else dict(spec)
    return {**by_path(folder, "folder", "dest_id", "dest_path"), "stream": stream}


def _changes(current: Any, names: Iterable[str], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The editable attributes of `current` (a model) overridden by `changes`, or `changes` alone for a reference."""
    found: dict[str, Any] = {}
    if current is not None and hasattr(current, "to_dict"):
        as_dict = current.to_dict()
        found = {name: as_dict[name] for name in names if name in as_dict}
    merged = {**found, **changes}
    if merged.get("description", "") is None:
        del merged["description"]
    return merged


def _stream_update(stream: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    attributes = _changes(stream, STREAM_EDITABLE, changes)
    model_elements = getattr(stream, "elements", None)
    if "elements" not in changes and isinstance(model_elements, list):
        attributes["elements"] = [_changes(e, ELEMENT_EDITABLE, {}) for e in model_elements]
    elif "elements" in changes:
        attributes["elements"] = [
            e if isinstance(e, Mapping) else _changes(e, ELEMENT_EDITABLE, {}) for e in changes["elements"]
        ]
    return {"id": record_id(stream, "stream"), "stream": attributes}


def _move_body(source: StreamRef | FolderRef, destination: FolderRef, what: str) -> dict[str, Any]:
    return {
        **by_path(source, what, "src_id", "src_path"),
        **by_path(destination, "destination", "dest_id", "dest_path"),
    }


def _folder_update(folder: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    attributes = {k: v for k, v in _changes(folder, ("name", "description"), changes).items() if v is not None}
    return {"id": record_id(folder, "folder"), "folder": attributes}


def _id_list(values: Iterable[int | HasId], where: str) -> str:
    return json.dumps([record_id(v, where) for v in values])


class Folders(_resources.Folders):
    """Folder operations by object, path or id."""

    def root(self, *, data_info: bool = False, options: RequestOptions | None = None) -> Folder:  # type: ignore[override]
        """The whole tree; `data_info=True` adds each data stream's extent and size."""
        return super().root(data_info=1, options=options) if data_info else super().root(options=options)

    def get(self, folder: FolderRef, *, options: RequestOptions | None = None) -> Folder:  # type: ignore[override]
        """A folder by object, path or id. Example: ``client.folders.get("/parent/my_folder")``"""
        return super().get(**by_path(folder, "folder"), options=options)

    def update(  # type: ignore[override]  # the folder model, or a reference and the changes
        self, folder: Folder | FolderRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> Folder:
        """Save a changed Folder model, or set `name`/`description` on a folder by id."""
        from ._generated.models.folder_update_request import FolderUpdateRequest

        target = self.get(folder) if isinstance(folder, str) else folder
        body = _folder_update(target, changes)
        return super().update(body=build(FolderUpdateRequest, body), options=options)

    def delete(  # type: ignore[override]  # the folder by object, path or id
        self, folder: FolderRef, *, recursive: bool = False, options: RequestOptions | None = None
    ) -> None:
        """Delete a folder; `recursive=True` removes its children too."""
        extra: dict[str, Any] = {"recursive": 1} if recursive else {}
        super().delete(**by_path(folder, "folder"), **extra, options=options)

    def move(  # type: ignore[override]  # source and destination by object, path or id
        self, folder: FolderRef, destination: FolderRef, *, options: RequestOptions | None = None
    ) -> Folder:
        """Move a folder into `destination` (created when given by path); returns the moved folder."""
        from ._generated.models.move_request import MoveRequest

        body = build(MoveRequest, _move_body(folder, destination, "folder"))
        return super().move(body=body, options=options).stream

    def map(  # type: ignore[override]  # lists in place of JSON strings
        self,
        element_ids: Iterable[int | HasId],
        event_stream_ids: Iterable[int | HasId] = (),
        *,
        options: RequestOptions | None = None,
    ) -> FolderMap:
        """Which streams and folders hold these elements and event streams."""
        events = list(event_stream_ids)
        extra: dict[str, Any] = {"event_streams": _id_list(events, "event_stream_ids")} if events else {}
        return super().map(data_stream_elements=_id_list(element_ids, "element_ids"), **extra, options=options)


class AsyncFolders(_resources.AsyncFolders):
    """Async twin of Folders."""

    async def root(self, *, data_info: bool = False, options: RequestOptions | None = None) -> Folder:  # type: ignore[override]
        """The whole tree; `data_info=True` adds each data stream's extent and size."""
        return await (super().root(data_info=1, options=options) if data_info else super().root(options=options))

    async def get(self, folder: FolderRef, *, options: RequestOptions | None = None) -> Folder:  # type: ignore[override]
        """A folder by object, path or id."""
        return await super().get(**by_path(folder, "folder"), options=options)

    async def update(  # type: ignore[override]  # the folder model, or a reference and the changes
        self, folder: Folder | FolderRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> Folder:
        """Save a changed Folder model, or set `name`/`description` on a folder by id."""
        from ._generated.models.folder_update_request import FolderUpdateRequest

        target = await self.get(folder) if isinstance(folder, str) else folder
        body = _folder_update(target, changes)
        return await super().update(body=build(FolderUpdateRequest, body), options=options)

    async def delete(  # type: ignore[override]  # the folder by object, path or id
        self, folder: FolderRef, *, recursive: bool = False, options: RequestOptions | None = None
    ) -> None:
        """Delete a folder; `recursive=True` removes its children too."""
        extra: dict[str, Any] = {"recursive": 1} if recursive else {}
        await super().delete(**by_path(folder, "folder"), **extra, options=options)

    async def move(  # type: ignore[override]  # source and destination by object, path or id
        self, folder: FolderRef, destination: FolderRef, *, options: RequestOptions | None = None
    ) -> Folder:
        """Move a folder into `destination`; returns the moved folder."""
        from ._generated.models.move_request import MoveRequest

        body = build(MoveRequest, _move_body(folder, destination, "folder"))
        return (await super().move(body=body, options=options)).stream

    async def map(  # type: ignore[override]  # lists in place of JSON strings
        self,
        element_ids: Iterable[int | HasId],
        event_stream_ids: Iterable[int | HasId] = (),
        *,
        options: RequestOptions | None = None,
    ) -> FolderMap:
        """Which streams and folders hold these elements and event streams."""
        events = list(event_stream_ids)
        extra: dict[str, Any] = {"event_streams": _id_list(events, "event_stream_ids")} if events else {}
        return await super().map(data_stream_elements=_id_list(element_ids, "element_ids"), **extra, options=options)


class DataStreams(_resources.DataStreams):
    """Data stream operations by object, path or id."""

    def get(  # type: ignore[override]  # the stream by object, path or id
        self, stream: StreamRef, *, info: bool = True, options: RequestOptions | None = None
    ) -> DataStream:
        """A data stream, with `data_info` unless `info=False`. Example: ``client.data_streams.get(2627)``"""
        extra: dict[str, Any] = {} if info else {"no_info": 1}
        return super().get(**by_path(stream, "stream"), **extra, options=options)

    def create(  # type: ignore[override]  # the stream and its folder
        self, stream: DataStreamCreate | Mapping[str, Any], folder: FolderRef, *, options: RequestOptions | None = None
    ) -> DataStream:
        """Create a stream (see `data_stream(...)`) in a folder, which is created when given by path."""
        from ._generated.models.data_stream_create_request import DataStreamCreateRequest

        body = build(DataStreamCreateRequest, _create_body(stream, folder, "stream"))
        return super().create(body=body, options=options)

    def update(  # type: ignore[override]  # the stream model, or a reference and the changes
        self, stream: DataStream | StreamRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> DataStream:
        """Save a changed DataStream model (and its elements), or apply `changes` to a stream by id or path."""
        from ._generated.models.data_stream_update_request import DataStreamUpdateRequest

        target = self.get(stream, info=False) if isinstance(stream, str) else stream
        body = build(DataStreamUpdateRequest, _stream_update(target, changes))
        return super().update(body=body, options=options)

    def delete(self, stream: StreamRef, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Delete a stream and its data."""
        super().delete(**by_path(stream, "stream"), options=options)

    def move(  # type: ignore[override]  # source and destination by object, path or id
        self, stream: StreamRef, folder: FolderRef, *, options: RequestOptions | None = None
    ) -> DataStream:
        """Move a stream into `folder` (created when given by path); returns the moved stream."""
        from ._generated.models.move_request import MoveRequest

        body = build(MoveRequest, _move_body(stream, folder, "stream"))
        return super().move(body=body, options=options).stream

    def delete_annotations(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove the stream's annotations starting within `[start, end]` (all without bounds)."""
        bounds: dict[str, Any] = {k: v for k, v in (("start", start), ("end", end)) if v is not None}
        super().delete_annotations(**by_path(stream, "stream", "stream_id", "stream_path"), **bounds, options=options)


class AsyncDataStreams(_resources.AsyncDataStreams):
    """Async twin of DataStreams."""

    async def get(  # type: ignore[override]  # the stream by object, path or id
        self, stream: StreamRef, *, info: bool = True, options: RequestOptions | None = None
    ) -> DataStream:
        """A data stream, with `data_info` unless `info=False`."""
        extra: dict[str, Any] = {} if info else {"no_info": 1}
        return await super().get(**by_path(stream, "stream"), **extra, options=options)

    async def create(  # type: ignore[override]  # the stream and its folder
        self, stream: DataStreamCreate | Mapping[str, Any], folder: FolderRef, *, options: RequestOptions | None = None
    ) -> DataStream:
        """Create a stream (see `data_stream(...)`) in a folder, which is created when given by path."""
        from ._generated.models.data_stream_create_request import DataStreamCreateRequest

        body = build(DataStreamCreateRequest, _create_body(stream, folder, "stream"))
        return await super().create(body=body, options=options)

    async def update(  # type: ignore[override]  # the stream model, or a reference and the changes
        self, stream: DataStream | StreamRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> DataStream:
        """Save a changed DataStream model (and its elements), or apply `changes` to a stream by id or path."""
        from ._generated.models.data_stream_update_request import DataStreamUpdateRequest

        target = await self.get(stream, info=False) if isinstance(stream, str) else stream
        body = build(DataStreamUpdateRequest, _stream_update(target, changes))
        return await super().update(body=body, options=options)

    async def delete(self, stream: StreamRef, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Delete a stream and its data."""
        await super().delete(**by_path(stream, "stream"), options=options)

    async def move(  # type: ignore[override]  # source and destination by object, path or id
        self, stream: StreamRef, folder: FolderRef, *, options: RequestOptions | None = None
    ) -> DataStream:
        """Move a stream into `folder`; returns the moved stream."""
        from ._generated.models.move_request import MoveRequest

        body = build(MoveRequest, _move_body(stream, folder, "stream"))
        return (await super().move(body=body, options=options)).stream

    async def delete_annotations(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Remove the stream's annotations starting within `[start, end]` (all without bounds)."""
        bounds: dict[str, Any] = {k: v for k, v in (("start", start), ("end", end)) if v is not None}
        await super().delete_annotations(
            **by_path(stream, "stream", "stream_id", "stream_path"), **bounds, options=options
        )


def _event_stream_update(stream: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": record_id(stream, "stream"), "stream": _changes(stream, EVENT_STREAM_EDITABLE, changes)}


class EventStreams(_resources.EventStreams):
    """Event stream operations by object, path or id."""

    def get(self, stream: StreamRef, *, options: RequestOptions | None = None) -> EventStream:  # type: ignore[override]
        """An event stream with its `data_info`."""
        return super().get(**by_path(stream, "stream"), options=options)

    def create(  # type: ignore[override]  # the stream and its folder
        self, stream: EventStreamCreate | Mapping[str, Any], folder: FolderRef, *, options: RequestOptions | None = None
    ) -> EventStream:
        """Create an event stream (see `event_stream(...)`) in a folder, created when given by path."""
        from ._generated.models.event_stream_create_request import EventStreamCreateRequest

        body = build(EventStreamCreateRequest, _create_body(stream, folder, "stream"))
        return super().create(body=body, options=options)

    def update(  # type: ignore[override]  # the stream model, or a reference and the changes
        self, stream: EventStream | StreamRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> EventStream:
        """Save a changed EventStream model, or apply `changes` to an event stream by id or path."""
        from ._generated.models.event_stream_update_request import EventStreamUpdateRequest

        target = self.get(stream) if isinstance(stream, str) else stream
        return super().update(
            body=build(EventStreamUpdateRequest, _event_stream_update(target, changes)), options=options
        )

    def delete(self, stream: StreamRef, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Delete an event stream and its events."""
        super().delete(**by_path(stream, "stream"), options=options)

    def move(  # type: ignore[override]  # source and destination by object, path or id
        self, stream: StreamRef, folder: FolderRef, *, options: RequestOptions | None = None
    ) -> EventStream:
        """Move an event stream into `folder`; returns the moved stream."""
        from ._generated.models.move_request import MoveRequest

        return super().move(body=build(MoveRequest, _move_body(stream, folder, "stream")), options=options).stream


class AsyncEventStreams(_resources.AsyncEventStreams):
    """Async twin of EventStreams."""

    async def get(self, stream: StreamRef, *, options: RequestOptions | None = None) -> EventStream:  # type: ignore[override]
        """An event stream with its `data_info`."""
        return await super().get(**by_path(stream, "stream"), options=options)

    async def create(  # type: ignore[override]  # the stream and its folder
        self, stream: EventStreamCreate | Mapping[str, Any], folder: FolderRef, *, options: RequestOptions | None = None
    ) -> EventStream:
        """Create an event stream in a folder, created when given by path."""
        from ._generated.models.event_stream_create_request import EventStreamCreateRequest

        body = build(EventStreamCreateRequest, _create_body(stream, folder, "stream"))
        return await super().create(body=body, options=options)

    async def update(  # type: ignore[override]  # the stream model, or a reference and the changes
        self, stream: EventStream | StreamRef, *, options: RequestOptions | None = None, **changes: Any
    ) -> EventStream:
        """Save a changed EventStream model, or apply `changes` to an event stream by id or path."""
        from ._generated.models.event_stream_update_request import EventStreamUpdateRequest

        target = await self.get(stream) if isinstance(stream, str) else stream
        body = build(EventStreamUpdateRequest, _event_stream_update(target, changes))
        return await super().update(body=body, options=options)

    async def delete(self, stream: StreamRef, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Delete an event stream and its events."""
        await super().delete(**by_path(stream, "stream"), options=options)

    async def move(  # type: ignore[override]  # source and destination by object, path or id
        self, stream: StreamRef, folder: FolderRef, *, options: RequestOptions | None = None
    ) -> EventStream:
        """Move an event stream into `folder`; returns the moved stream."""
        from ._generated.models.move_request import MoveRequest

        moved = await super().move(body=build(MoveRequest, _move_body(stream, folder, "stream")), options=options)
        return moved.stream
