from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.resource_reference import ResourceReference
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    recursive: bool | Unset = True,
    types: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params["types"] = types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flow/deployments/{id}/references".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[ResourceReference] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ResourceReference.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | list[ResourceReference]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = True,
    types: str | Unset = UNSET,
) -> Response[ErrorBody | list[ResourceReference]]:
    """The resources a deployment refers to.

    Args:
        id (str):
        recursive (bool | Unset):  Default: True.
        types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ResourceReference]]
    """

    kwargs = _get_kwargs(
        id=id,
        recursive=recursive,
        types=types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = True,
    types: str | Unset = UNSET,
) -> ErrorBody | list[ResourceReference] | None:
    """The resources a deployment refers to.

    Args:
        id (str):
        recursive (bool | Unset):  Default: True.
        types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ResourceReference]
    """

    return sync_detailed(
        id=id,
        client=client,
        recursive=recursive,
        types=types,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = True,
    types: str | Unset = UNSET,
) -> Response[ErrorBody | list[ResourceReference]]:
    """The resources a deployment refers to.

    Args:
        id (str):
        recursive (bool | Unset):  Default: True.
        types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[ResourceReference]]
    """

    kwargs = _get_kwargs(
        id=id,
        recursive=recursive,
        types=types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = True,
    types: str | Unset = UNSET,
) -> ErrorBody | list[ResourceReference] | None:
    """The resources a deployment refers to.

    Args:
        id (str):
        recursive (bool | Unset):  Default: True.
        types (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[ResourceReference]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            recursive=recursive,
            types=types,
        )
    ).parsed
