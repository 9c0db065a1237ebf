from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.repository_envelope import RepositoryEnvelope
from ...types import Response


def _get_kwargs(
    repository_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/repositories/{repository_name}".format(
            repository_name=quote(str(repository_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RepositoryEnvelope | None:
    if response.status_code == 200:
        response_200 = RepositoryEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RepositoryEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RepositoryEnvelope]:
    """One artifact repository (`getRepository`).

    Args:
        repository_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RepositoryEnvelope]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RepositoryEnvelope | None:
    """One artifact repository (`getRepository`).

    Args:
        repository_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RepositoryEnvelope
    """

    return sync_detailed(
        repository_name=repository_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | RepositoryEnvelope]:
    """One artifact repository (`getRepository`).

    Args:
        repository_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RepositoryEnvelope]
    """

    kwargs = _get_kwargs(
        repository_name=repository_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repository_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | RepositoryEnvelope | None:
    """One artifact repository (`getRepository`).

    Args:
        repository_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RepositoryEnvelope
    """

    return (
        await asyncio_detailed(
            repository_name=repository_name,
            client=client,
        )
    ).parsed
