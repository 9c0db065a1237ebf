from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.folder_map import FolderMap
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    data_stream_elements: str,
    event_streams: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["data_stream_elements"] = data_stream_elements

    params["event_streams"] = event_streams

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/folder/map.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FolderMap | None:
    if response.status_code == 200:
        response_200 = FolderMap.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FolderMap]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_stream_elements: str,
    event_streams: str | Unset = UNSET,
) -> Response[Any | FolderMap]:
    """Which streams and folders hold the given elements and event streams (used by Lumen links).

     Known server behaviour: leaving out `data_stream_elements` gives a 500, so it is required here.

    Args:
        data_stream_elements (str):
        event_streams (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FolderMap]
    """

    kwargs = _get_kwargs(
        data_stream_elements=data_stream_elements,
        event_streams=event_streams,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    data_stream_elements: str,
    event_streams: str | Unset = UNSET,
) -> Any | FolderMap | None:
    """Which streams and folders hold the given elements and event streams (used by Lumen links).

     Known server behaviour: leaving out `data_stream_elements` gives a 500, so it is required here.

    Args:
        data_stream_elements (str):
        event_streams (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FolderMap
    """

    return sync_detailed(
        client=client,
        data_stream_elements=data_stream_elements,
        event_streams=event_streams,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_stream_elements: str,
    event_streams: str | Unset = UNSET,
) -> Response[Any | FolderMap]:
    """Which streams and folders hold the given elements and event streams (used by Lumen links).

     Known server behaviour: leaving out `data_stream_elements` gives a 500, so it is required here.

    Args:
        data_stream_elements (str):
        event_streams (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FolderMap]
    """

    kwargs = _get_kwargs(
        data_stream_elements=data_stream_elements,
        event_streams=event_streams,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    data_stream_elements: str,
    event_streams: str | Unset = UNSET,
) -> Any | FolderMap | None:
    """Which streams and folders hold the given elements and event streams (used by Lumen links).

     Known server behaviour: leaving out `data_stream_elements` gives a 500, so it is required here.

    Args:
        data_stream_elements (str):
        event_streams (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FolderMap
    """

    return (
        await asyncio_detailed(
            client=client,
            data_stream_elements=data_stream_elements,
            event_streams=event_streams,
        )
    ).parsed
