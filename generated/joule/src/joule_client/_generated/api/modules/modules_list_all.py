from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.module import Module
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    statistics: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["statistics"] = statistics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/modules.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Module] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Module.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[Module]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    statistics: int | Unset = UNSET,
) -> Response[Any | list[Module]]:
    """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

    Args:
        statistics (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Module]]
    """

    kwargs = _get_kwargs(
        statistics=statistics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    statistics: int | Unset = UNSET,
) -> Any | list[Module] | None:
    """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

    Args:
        statistics (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Module]
    """

    return sync_detailed(
        client=client,
        statistics=statistics,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    statistics: int | Unset = UNSET,
) -> Response[Any | list[Module]]:
    """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

    Args:
        statistics (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Module]]
    """

    kwargs = _get_kwargs(
        statistics=statistics,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    statistics: int | Unset = UNSET,
) -> Any | list[Module] | None:
    """Every module, with CPU and memory statistics when asked (about 0.5 s per module).

    Args:
        statistics (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Module]
    """

    return (
        await asyncio_detailed(
            client=client,
            statistics=statistics,
        )
    ).parsed
