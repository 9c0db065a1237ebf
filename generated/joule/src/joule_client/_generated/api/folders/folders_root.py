from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.folder import Folder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    data_info: Literal[1] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["data-info"] = data_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/folders.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Folder | None:
    if response.status_code == 200:
        response_200 = Folder.from_dict(response.json())

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
) -> Response[Any | Folder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_info: Literal[1] | Unset = UNSET,
) -> Response[Any | Folder]:
    """The whole folder tree from the root.

     Known server behaviour: on a brand-new database the first call can return `"id": null` for the root,
    which
    is created lazily. With `data-info`, an event stream from a configuration file that was never
    created through
    the API gives a 500.

    Args:
        data_info (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Folder]
    """

    kwargs = _get_kwargs(
        data_info=data_info,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    data_info: Literal[1] | Unset = UNSET,
) -> Any | Folder | None:
    """The whole folder tree from the root.

     Known server behaviour: on a brand-new database the first call can return `"id": null` for the root,
    which
    is created lazily. With `data-info`, an event stream from a configuration file that was never
    created through
    the API gives a 500.

    Args:
        data_info (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Folder
    """

    return sync_detailed(
        client=client,
        data_info=data_info,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_info: Literal[1] | Unset = UNSET,
) -> Response[Any | Folder]:
    """The whole folder tree from the root.

     Known server behaviour: on a brand-new database the first call can return `"id": null` for the root,
    which
    is created lazily. With `data-info`, an event stream from a configuration file that was never
    created through
    the API gives a 500.

    Args:
        data_info (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Folder]
    """

    kwargs = _get_kwargs(
        data_info=data_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    data_info: Literal[1] | Unset = UNSET,
) -> Any | Folder | None:
    """The whole folder tree from the root.

     Known server behaviour: on a brand-new database the first call can return `"id": null` for the root,
    which
    is created lazily. With `data-info`, an event stream from a configuration file that was never
    created through
    the API gives a 500.

    Args:
        data_info (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Folder
    """

    return (
        await asyncio_detailed(
            client=client,
            data_info=data_info,
        )
    ).parsed
