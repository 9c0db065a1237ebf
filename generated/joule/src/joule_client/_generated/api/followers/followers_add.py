from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.follower_add_request import FollowerAddRequest
from ...models.follower_added import FollowerAdded
from ...types import Response


def _get_kwargs(
    *,
    body: FollowerAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/follower.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FollowerAdded | None:
    if response.status_code == 200:
        response_200 = FollowerAdded.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FollowerAdded]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FollowerAddRequest,
) -> Response[Any | FollowerAdded]:
    """Called by a node that made this node its master; needs no key.

     This node calls the caller back at `<scheme>://<host>:<port><base_uri>` (`host` is the caller's
    address, the
    `X-Forwarded-For` header, or `name` when `name_is_host` is present) with `key`, and records it as a
    follower. Errors: 400 `Invalid request, missing [<key>]`, `no route to node at <url>`.

    Args:
        body (FollowerAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FollowerAdded]
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
    body: FollowerAddRequest,
) -> Any | FollowerAdded | None:
    """Called by a node that made this node its master; needs no key.

     This node calls the caller back at `<scheme>://<host>:<port><base_uri>` (`host` is the caller's
    address, the
    `X-Forwarded-For` header, or `name` when `name_is_host` is present) with `key`, and records it as a
    follower. Errors: 400 `Invalid request, missing [<key>]`, `no route to node at <url>`.

    Args:
        body (FollowerAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FollowerAdded
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FollowerAddRequest,
) -> Response[Any | FollowerAdded]:
    """Called by a node that made this node its master; needs no key.

     This node calls the caller back at `<scheme>://<host>:<port><base_uri>` (`host` is the caller's
    address, the
    `X-Forwarded-For` header, or `name` when `name_is_host` is present) with `key`, and records it as a
    follower. Errors: 400 `Invalid request, missing [<key>]`, `no route to node at <url>`.

    Args:
        body (FollowerAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FollowerAdded]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FollowerAddRequest,
) -> Any | FollowerAdded | None:
    """Called by a node that made this node its master; needs no key.

     This node calls the caller back at `<scheme>://<host>:<port><base_uri>` (`host` is the caller's
    address, the
    `X-Forwarded-For` header, or `name` when `name_is_host` is present) with `key`, and records it as a
    follower. Errors: 400 `Invalid request, missing [<key>]`, `no route to node at <url>`.

    Args:
        body (FollowerAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FollowerAdded
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
