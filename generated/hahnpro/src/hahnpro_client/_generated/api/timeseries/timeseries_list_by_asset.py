from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.paginated_time_series import PaginatedTimeSeries
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    names: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["names"] = names

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tsm/asset/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PaginatedTimeSeries | None:
    if response.status_code == 200:
        response_200 = PaginatedTimeSeries.from_dict(response.json())

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
) -> Response[ErrorBody | PaginatedTimeSeries]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    names: str | Unset = UNSET,
) -> Response[ErrorBody | PaginatedTimeSeries]:
    """The series of an asset.

    Args:
        asset_id (str):
        names (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PaginatedTimeSeries]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        names=names,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    names: str | Unset = UNSET,
) -> ErrorBody | PaginatedTimeSeries | None:
    """The series of an asset.

    Args:
        asset_id (str):
        names (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PaginatedTimeSeries
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        names=names,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    names: str | Unset = UNSET,
) -> Response[ErrorBody | PaginatedTimeSeries]:
    """The series of an asset.

    Args:
        asset_id (str):
        names (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PaginatedTimeSeries]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        names=names,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    names: str | Unset = UNSET,
) -> ErrorBody | PaginatedTimeSeries | None:
    """The series of an asset.

    Args:
        asset_id (str):
        names (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PaginatedTimeSeries
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            names=names,
        )
    ).parsed
