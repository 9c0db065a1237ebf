from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_stream_moved import EventStreamMoved
from ...models.move_request import MoveRequest
from ...types import Response


def _get_kwargs(
    *,
    body: MoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/event/move.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventStreamMoved | None:
    if response.status_code == 200:
        response_200 = EventStreamMoved.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EventStreamMoved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MoveRequest,
) -> Response[Any | EventStreamMoved]:
    """Move an event stream into another folder (created when given by path).

    Args:
        body (MoveRequest): The source (`src_id` or `src_path`) and the destination folder
            (`dest_id` or `dest_path`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventStreamMoved]
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
    body: MoveRequest,
) -> Any | EventStreamMoved | None:
    """Move an event stream into another folder (created when given by path).

    Args:
        body (MoveRequest): The source (`src_id` or `src_path`) and the destination folder
            (`dest_id` or `dest_path`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventStreamMoved
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MoveRequest,
) -> Response[Any | EventStreamMoved]:
    """Move an event stream into another folder (created when given by path).

    Args:
        body (MoveRequest): The source (`src_id` or `src_path`) and the destination folder
            (`dest_id` or `dest_path`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventStreamMoved]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MoveRequest,
) -> Any | EventStreamMoved | None:
    """Move an event stream into another folder (created when given by path).

    Args:
        body (MoveRequest): The source (`src_id` or `src_path`) and the destination folder
            (`dest_id` or `dest_path`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventStreamMoved
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
