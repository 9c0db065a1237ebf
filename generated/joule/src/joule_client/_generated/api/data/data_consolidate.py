from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consolidated import Consolidated
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    max_gap: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["max_gap"] = max_gap

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data/consolidate.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Consolidated | None:
    if response.status_code == 200:
        response_200 = Consolidated.from_dict(response.json())

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
) -> Response[Any | Consolidated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    max_gap: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Response[Any | Consolidated]:
    """Remove interval breaks of at most `max_gap` µs.

     Errors: 400 `specify max_gap as us integer`, `max_gap must be postive integer` (sic).

    Args:
        id (int | Unset):
        path (str | Unset):
        max_gap (int):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Consolidated]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        max_gap=max_gap,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    max_gap: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Any | Consolidated | None:
    """Remove interval breaks of at most `max_gap` µs.

     Errors: 400 `specify max_gap as us integer`, `max_gap must be postive integer` (sic).

    Args:
        id (int | Unset):
        path (str | Unset):
        max_gap (int):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Consolidated
    """

    return sync_detailed(
        client=client,
        id=id,
        path=path,
        max_gap=max_gap,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    max_gap: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Response[Any | Consolidated]:
    """Remove interval breaks of at most `max_gap` µs.

     Errors: 400 `specify max_gap as us integer`, `max_gap must be postive integer` (sic).

    Args:
        id (int | Unset):
        path (str | Unset):
        max_gap (int):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Consolidated]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        max_gap=max_gap,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    max_gap: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Any | Consolidated | None:
    """Remove interval breaks of at most `max_gap` µs.

     Errors: 400 `specify max_gap as us integer`, `max_gap must be postive integer` (sic).

    Args:
        id (int | Unset):
        path (str | Unset):
        max_gap (int):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Consolidated
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            path=path,
            max_gap=max_gap,
            start=start,
            end=end,
        )
    ).parsed
