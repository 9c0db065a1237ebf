"""Annotations on data streams, named by stream object, path or id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from client_runtime import InvalidRequest, RequestOptions

from . import _resources
from ._checks import build
from .naming import HasId, StreamRef, by_path, record_id

if TYPE_CHECKING:
    from ._generated.models.annotation import Annotation
    from ._generated.models.annotation_create_request import AnnotationCreateRequest
    from ._generated.models.annotation_info import AnnotationInfo
    from ._generated.models.annotation_update_request import AnnotationUpdateRequest


def _streams(streams: StreamRef | Sequence[StreamRef]) -> dict[str, Any]:
    many: Sequence[StreamRef] = streams if isinstance(streams, list | tuple) else [streams]  # type: ignore[list-item]
    ids: list[int] = []
    paths: list[str] = []
    for stream in many:
        named = by_path(stream, "streams")
        if "path" in named:
            paths.append(named["path"])
        else:
            ids.append(named["id"])
    return {k: v for k, v in (("stream_id", ids), ("stream_path", paths)) if v}


def _bounds(start: int | None, end: int | None) -> dict[str, Any]:
    return {k: v for k, v in (("start", start), ("end", end)) if v is not None}


def _create(stream: StreamRef, title: str, start: int, end: int | None, content: str | None) -> AnnotationCreateRequest:
    from ._generated.models.annotation_create_request import AnnotationCreateRequest

    if not isinstance(title, str) or not title:
        raise InvalidRequest("title", "must be a non-empty string")
    body: dict[str, Any] = {**by_path(stream, "stream", "stream_id", "stream_path"), "title": title, "start": start}
    if end is not None:
        body["end"] = end
    if content is not None:
        body["content"] = content
    return build(AnnotationCreateRequest, body)


def _update(annotation: Annotation | HasId | int, title: str | None, content: str | None) -> AnnotationUpdateRequest:
    from ._generated.models.annotation_update_request import AnnotationUpdateRequest

    body: dict[str, Any] = {"id": record_id(annotation, "annotation")}
    title = title if title is not None else getattr(annotation, "title", None)
    content = content if content is not None else getattr(annotation, "content", None)
    if title is not None:
        body["title"] = title
    if content is not None:
        body["content"] = content
    return build(AnnotationUpdateRequest, body)


class Annotations(_resources.Annotations):
    """Annotation operations."""

    def create(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        title: str,
        start: int,
        end: int | None = None,
        *,
        content: str | None = None,
        options: RequestOptions | None = None,
    ) -> Annotation:
        """Annotate a stream at `start`, or over `[start, end]`.

        Example: ``client.annotations.create("/plant/power", "Maintenance", start=t0, end=t1)``
        """
        return super().create(body=_create(stream, title, start, end, content), options=options)

    def update(  # type: ignore[override]  # the annotation model, or its id with the changes
        self,
        annotation: Annotation | HasId | int,
        *,
        title: str | None = None,
        content: str | None = None,
        options: RequestOptions | None = None,
    ) -> Annotation:
        """Save a changed Annotation's title and content (its times cannot change)."""
        return super().update(body=_update(annotation, title, content), options=options)

    def delete(  # type: ignore[override]  # the annotation model or its id
        self, annotation: Annotation | HasId | int, *, options: RequestOptions | None = None
    ) -> None:
        """Delete one annotation."""
        super().delete(id=record_id(annotation, "annotation"), options=options)

    def get(  # type: ignore[override]  # one or more streams by object, path or id
        self,
        streams: StreamRef | Sequence[StreamRef],
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Annotation]:
        """The annotations of one or more streams starting within `[start, end]`."""
        return super().get(**_streams(streams), **_bounds(start, end), options=options)

    def info(self, stream: StreamRef, *, options: RequestOptions | None = None) -> AnnotationInfo:  # type: ignore[override]
        """How many annotations the stream has, and the first and last annotation start."""
        return super().info(**by_path(stream, "stream", "stream_id", "stream_path"), options=options)


class AsyncAnnotations(_resources.AsyncAnnotations):
    """Async twin of Annotations."""

    async def create(  # type: ignore[override]  # the stream by object, path or id
        self,
        stream: StreamRef,
        title: str,
        start: int,
        end: int | None = None,
        *,
        content: str | None = None,
        options: RequestOptions | None = None,
    ) -> Annotation:
        """Annotate a stream at `start`, or over `[start, end]`."""
        return await super().create(body=_create(stream, title, start, end, content), options=options)

    async def update(  # type: ignore[override]  # the annotation model, or its id with the changes
        self,
        annotation: Annotation | HasId | int,
        *,
        title: str | None = None,
        content: str | None = None,
        options: RequestOptions | None = None,
    ) -> Annotation:
        """Save a changed Annotation's title and content."""
        return await super().update(body=_update(annotation, title, content), options=options)

    async def delete(  # type: ignore[override]  # the annotation model or its id
        self, annotation: Annotation | HasId | int, *, options: RequestOptions | None = None
    ) -> None:
        """Delete one annotation."""
        await super().delete(id=record_id(annotation, "annotation"), options=options)

    async def get(  # type: ignore[override]  # one or more streams by object, path or id
        self,
        streams: StreamRef | Sequence[StreamRef],
        *,
        start: int | None = None,
        end: int | None = None,
        options: RequestOptions | None = None,
    ) -> list[Annotation]:
        """The annotations of one or more streams starting within `[start, end]`."""
        return await super().get(**_streams(streams), **_bounds(start, end), options=options)

    async def info(self, stream: StreamRef, *, options: RequestOptions | None = None) -> AnnotationInfo:  # type: ignore[override]
        """How many annotations the stream has, and the first and last annotation start."""
        return await super().info(**by_path(stream, "stream", "stream_id", "stream_path"), options=options)
