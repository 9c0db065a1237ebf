"""Server-sent events (deployment status and logs, organization tasks), flow deployments, and the proxy.

The event parser is pure; the resources only open a streamed response and feed it lines.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
from client_runtime import ApiError, RequestOptions

from . import _resources
from ._data import (
    AsyncCreatingOneByOne,
    AsyncListing,
    AsyncSharing,
    AsyncTrash,
    CreatingOneByOne,
    Listing,
    Sharing,
    Trash,
    model_class,
)

if TYPE_CHECKING:
    from ._generated.models.flow_deployment import FlowDeployment
    from ._generated.models.paginated_flow_deployment import PaginatedFlowDeployment  # noqa: F401  # named in base classes


@dataclass(frozen=True)
class ServerSentEvent:
    """One event of a stream: `data` as sent (text), `event` defaulting to "message"."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """`data` parsed as JSON (organization task progress is JSON; deployment status is plain text)."""
        return json.loads(self.data)


class EventStreamError(ApiError):
    """The server ended an event stream with `event: error`."""

    def __init__(self, data: str) -> None:
        super().__init__(f"the event stream reported an error: {data[:300]}")
        self.data = data


class EventParser:
    """Turns the lines of a `text/event-stream` into events (the WHATWG rules, sans I/O).

    >>> parser = EventParser()
    >>> [parser.feed(line) for line in ["event: status", "data: running", ""]][-1]
    ServerSentEvent(data='running', event='status', id=None, retry=None)
    """

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """The event that `line` completes, if any; an `event: error` raises EventStreamError."""
        if line == "":
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and not self._event:
            return None
        event = ServerSentEvent("\n".join(self._data), self._event or "message", self._id, self._retry)
        self._data, self._event = [], ""
        if event.event == "error":
            raise EventStreamError(event.data)
        return event

    def close(self) -> ServerSentEvent | None:
        """The last event, when the stream ended without a blank line."""
        return self._dispatch()


def parse_events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    """Every event in `lines`."""
    parser = EventParser()
    for line in lines:
        event = parser.feed(line)
        if event is not None:
            yield event
    last = parser.close()
    if last is not None:
        yield last


async def aparse_events(lines: AsyncIterator[str]) -> AsyncIterator[ServerSentEvent]:
    """Every event in an async stream of lines."""
    parser = EventParser()
    async for line in lines:
        event = parser.feed(line)
        if event is not None:
            yield event
    last = parser.close()
    if last is not None:
        yield last


EVENT_STREAM_HEADERS = {"Accept": "text/event-stream"}


def _sse(options: RequestOptions | None) -> RequestOptions:
    """The options of an event-stream request: `Accept: text/event-stream`, as the SDK's EventSource sends it.

    Headers the caller gives still win.

    >>> _sse(None).headers
    {'Accept': 'text/event-stream'}
    """
    if options is None:
        return RequestOptions(headers=EVENT_STREAM_HEADERS)
    return dataclasses.replace(options, headers={**EVENT_STREAM_HEADERS, **(options.headers or {})})


def _events(stream_call: Any) -> Iterator[ServerSentEvent]:
    with stream_call as stream:
        yield from parse_events(stream.iter_lines())


async def _aevents(stream_call: Any) -> AsyncIterator[ServerSentEvent]:
    async with stream_call as stream:
        async for event in aparse_events(stream.iter_lines()):
            yield event


def _deleted() -> Any:
    return model_class("DeploymentStatusRequest").from_dict({"desiredStatus": "deleted"})


class FlowDeployments(  # type: ignore[misc]  # the overlay widens the generated signatures
    Listing["FlowDeployment", "PaginatedFlowDeployment"],
    CreatingOneByOne["FlowDeployment"],
    Sharing,
    Trash["FlowDeployment"],
    _resources.FlowDeployments,
):
    """`flow_deployments`: `delete` as the SDK does it, status and logs as event streams."""

    _model = "FlowDeployment"

    def delete(self, id: str, *, options: RequestOptions | None = None) -> FlowDeployment:
        """Delete a deployment: there is no HTTP DELETE, the SDK asks for the status `deleted`."""
        return self.update_status(id, body=_deleted(), options=options)

    def subscribe_status(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> Iterator[ServerSentEvent]:
        """The deployment's status changes, as they happen; `event.data` is e.g. `running`.

        Example: ``next(e.data for e in client.flow_deployments.subscribe_status(dep_id) if e.data == "running")``
        """
        return _events(self.with_streaming_response.subscribe_status(id, options=_sse(options)))

    def subscribe_logs(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> Iterator[ServerSentEvent]:
        """The deployment's log lines, as they are written."""
        return _events(self.with_streaming_response.subscribe_logs(id, options=_sse(options)))


class AsyncFlowDeployments(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncListing["FlowDeployment", "PaginatedFlowDeployment"],
    AsyncCreatingOneByOne["FlowDeployment"],
    AsyncSharing,
    AsyncTrash["FlowDeployment"],
    _resources.AsyncFlowDeployments,
):
    """Async twin of FlowDeployments."""

    _model = "FlowDeployment"

    async def delete(self, id: str, *, options: RequestOptions | None = None) -> FlowDeployment:
        """Delete a deployment: there is no HTTP DELETE, the SDK asks for the status `deleted`."""
        return await self.update_status(id, body=_deleted(), options=options)

    def subscribe_status(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncIterator[ServerSentEvent]:
        """The deployment's status changes, as they happen."""
        return _aevents(self.with_streaming_response.subscribe_status(id, options=_sse(options)))

    def subscribe_logs(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncIterator[ServerSentEvent]:
        """The deployment's log lines, as they are written."""
        return _aevents(self.with_streaming_response.subscribe_logs(id, options=_sse(options)))


class OrganizationsAdministration(_resources.OrganizationsAdministration):
    """`organizations_administration`, with the deletion task as an event stream."""

    def subscribe_deletion_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> Iterator[ServerSentEvent]:
        """Progress of an organization's deletion; `event.json()` is `{step, stepNumber, maxSteps}`."""
        return _events(self.with_streaming_response.subscribe_deletion_task(id, options=_sse(options)))


class AsyncOrganizationsAdministration(_resources.AsyncOrganizationsAdministration):
    """Async twin of OrganizationsAdministration."""

    def subscribe_deletion_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, id: str, *, options: RequestOptions | None = None
    ) -> AsyncIterator[ServerSentEvent]:
        """Progress of an organization's deletion."""
        return _aevents(self.with_streaming_response.subscribe_deletion_task(id, options=_sse(options)))


class OrganizationsResources(_resources.OrganizationsResources):
    """`organizations_resources`, with the creation and deletion tasks as event streams."""

    def subscribe_creation_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> Iterator[ServerSentEvent]:
        """Progress of creating an organization's resources: `{step, stepNumber, maxSteps}` or `{message}`."""
        return _events(self.with_streaming_response.subscribe_creation_task(org_id, options=_sse(options)))

    def subscribe_deletion_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> Iterator[ServerSentEvent]:
        """Progress of deleting an organization's resources."""
        return _events(self.with_streaming_response.subscribe_deletion_task(org_id, options=_sse(options)))


class AsyncOrganizationsResources(_resources.AsyncOrganizationsResources):
    """Async twin of OrganizationsResources."""

    def subscribe_creation_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> AsyncIterator[ServerSentEvent]:
        """Progress of creating an organization's resources."""
        return _aevents(self.with_streaming_response.subscribe_creation_task(org_id, options=_sse(options)))

    def subscribe_deletion_task(  # type: ignore[override]  # events as they arrive instead of the whole text
        self, org_id: str, *, options: RequestOptions | None = None
    ) -> AsyncIterator[ServerSentEvent]:
        """Progress of deleting an organization's resources."""
        return _aevents(self.with_streaming_response.subscribe_deletion_task(org_id, options=_sse(options)))


def _proxy_path(proxy_id: str, path: str) -> str:
    return f"/proxy/{quote(proxy_id, safe='')}/{quote(path.lstrip('/'), safe='/')}"


def _proxied(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class Proxy(_resources.Proxy):
    """`proxy`: requests passed through to a proxied service; `path` keeps its slashes."""

    def get(self, proxy_id: str, path: str, *, params: Any = None, options: RequestOptions | None = None) -> Any:
        """GET `path` at the proxied service; JSON answers are parsed, others returned as text.

        Example: ``client.proxy.get("opcua", "nodes/ns=2;s=Temp", params={"depth": 1})``
        """
        return _proxied(self._client.request("GET", _proxy_path(proxy_id, path), params=params, options=options))

    def post(
        self, proxy_id: str, path: str, body: Any = None, *, params: Any = None, options: RequestOptions | None = None
    ) -> Any:
        """POST a JSON body to `path` at the proxied service."""
        response = self._client.request("POST", _proxy_path(proxy_id, path), json=body, params=params, options=options)
        return _proxied(response)

    def put(
        self, proxy_id: str, path: str, body: Any = None, *, params: Any = None, options: RequestOptions | None = None
    ) -> Any:
        """PUT a JSON body to `path` at the proxied service."""
        response = self._client.request("PUT", _proxy_path(proxy_id, path), json=body, params=params, options=options)
        return _proxied(response)

    def delete(self, proxy_id: str, path: str, *, params: Any = None, options: RequestOptions | None = None) -> Any:
        """DELETE `path` at the proxied service."""
        return _proxied(self._client.request("DELETE", _proxy_path(proxy_id, path), params=params, options=options))


class AsyncProxy(_resources.AsyncProxy):
    """Async twin of Proxy."""

    async def get(self, proxy_id: str, path: str, *, params: Any = None, options: RequestOptions | None = None) -> Any:
        """GET `path` at the proxied service."""
        response = await self._client.request("GET", _proxy_path(proxy_id, path), params=params, options=options)
        return _proxied(response)

    async def post(
        self, proxy_id: str, path: str, body: Any = None, *, params: Any = None, options: RequestOptions | None = None
    ) -> Any:
        """POST a JSON body to `path` at the proxied service."""
        path = _proxy_path(proxy_id, path)
        return _proxied(await self._client.request("POST", path, json=body, params=params, options=options))

    async def put(
        self, proxy_id: str, path: str, body: Any = None, *, params: Any = None, options: RequestOptions | None = None
    ) -> Any:
        """PUT a JSON body to `path` at the proxied service."""
        path = _proxy_path(proxy_id, path)
        return _proxied(await self._client.request("PUT", path, json=body, params=params, options=options))

    async def delete(
        self, proxy_id: str, path: str, *, params: Any = None, options: RequestOptions | None = None
    ) -> Any:
        """DELETE `path` at the proxied service."""
        response = await self._client.request("DELETE", _proxy_path(proxy_id, path), params=params, options=options)
        return _proxied(response)
