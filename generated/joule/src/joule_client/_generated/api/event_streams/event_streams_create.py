from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_stream import EventStream
from ...models.event_stream_create_request import EventStreamCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: EventStreamCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/event.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventStream | None:
    if response.status_code == 200:
        response_200 = EventStream.from_dict(response.json())

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
) -> Response[Any | EventStream]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventStreamCreateRequest,
) -> Response[Any | EventStream]:
    """Create an event stream in a folder (a folder given by path is created).

     Validation errors come in form B: `Invalid or missing stream attribute: <key>`,
    `Invalid stream specification: <reason>`, `Invalid stream JSON: <reason>`; `provide a stream` and
    `specify a destination` in form A.

    Args:
        body (EventStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventStream]
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
    body: EventStreamCreateRequest,
) -> Any | EventStream | None:
    """Create an event stream in a folder (a folder given by path is created).

     Validation errors come in form B: `Invalid or missing stream attribute: <key>`,
    `Invalid stream specification: <reason>`, `Invalid stream JSON: <reason>`; `provide a stream` and
    `specify a destination` in form A.

    Args:
        body (EventStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventStream
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EventStreamCreateRequest,
) -> Response[Any | EventStream]:
    """Create an event stream in a folder (a folder given by path is created).

     Validation errors come in form B: `Invalid or missing stream attribute: <key>`,
    `Invalid stream specification: <reason>`, `Invalid stream JSON: <reason>`; `provide a stream` and
    `specify a destination` in form A.

    Args:
        body (EventStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventStream]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EventStreamCreateRequest,
) -> Any | EventStream | None:
    """Create an event stream in a folder (a folder given by path is created).

     Validation errors come in form B: `Invalid or missing stream attribute: <key>`,
    `Invalid stream specification: <reason>`, `Invalid stream JSON: <reason>`; `provide a stream` and
    `specify a destination` in form A.

    Args:
        body (EventStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventStream
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
