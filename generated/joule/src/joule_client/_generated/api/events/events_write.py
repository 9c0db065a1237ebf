from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_write_request import EventsWriteRequest
from ...models.events_written import EventsWritten
from ...types import Response


def _get_kwargs(
    *,
    body: EventsWriteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/event/data.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventsWritten | None:
    if response.status_code == 200:
        response_200 = EventsWritten.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EventsWritten]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventsWriteRequest,
) -> Response[Any | EventsWritten]:
    """Add or update events.

     An event whose `id` exists in this stream (and whose `event_stream_id` is this stream's) is updated;
    any
    other is inserted with a new id. Errors: 400 `specify events to add`, `all events must have an
    event_stream_id` (the key must be present, null is allowed). Known server behaviour: a null
    `end_time`, or
    `end_time <= start_time`, gives a 500.

    Args:
        body (EventsWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventsWritten]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EventsWriteRequest,
) -> Any | EventsWritten | None:
    """Add or update events.

     An event whose `id` exists in this stream (and whose `event_stream_id` is this stream's) is updated;
    any
    other is inserted with a new id. Errors: 400 `specify events to add`, `all events must have an
    event_stream_id` (the key must be present, null is allowed). Known server behaviour: a null
    `end_time`, or
    `end_time <= start_time`, gives a 500.

    Args:
        body (EventsWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventsWritten
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventsWriteRequest,
) -> Response[Any | EventsWritten]:
    """Add or update events.

     An event whose `id` exists in this stream (and whose `event_stream_id` is this stream's) is updated;
    any
    other is inserted with a new id. Errors: 400 `specify events to add`, `all events must have an
    event_stream_id` (the key must be present, null is allowed). Known server behaviour: a null
    `end_time`, or
    `end_time <= start_time`, gives a 500.

    Args:
        body (EventsWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventsWritten]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EventsWriteRequest,
) -> Any | EventsWritten | None:
    """Add or update events.

     An event whose `id` exists in this stream (and whose `event_stream_id` is this stream's) is updated;
    any
    other is inserted with a new id. Errors: 400 `specify events to add`, `all events must have an
    event_stream_id` (the key must be present, null is allowed). Known server behaviour: a null
    `end_time`, or
    `end_time <= start_time`, gives a 500.

    Args:
        body (EventsWriteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventsWritten
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
