from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.free_form import FreeForm
from ...types import Response


def _get_kwargs(
    artifact_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1.0/artifacts/{artifact_name}".format(
            artifact_name=quote(str(artifact_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FreeForm | None:
    if response.status_code == 200:
        response_200 = FreeForm.from_dict(response.json())

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
) -> Response[Error | FreeForm]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    artifact_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FreeForm]:
    """Delete an artifact and its versions (`deleteArtifact`).

    Args:
        artifact_name (str): `groupId:artifactKey`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    artifact_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FreeForm | None:
    """Delete an artifact and its versions (`deleteArtifact`).

    Args:
        artifact_name (str): `groupId:artifactKey`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return sync_detailed(
        artifact_name=artifact_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    artifact_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FreeForm]:
    """Delete an artifact and its versions (`deleteArtifact`).

    Args:
        artifact_name (str): `groupId:artifactKey`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        artifact_name=artifact_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artifact_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FreeForm | None:
    """Delete an artifact and its versions (`deleteArtifact`).

    Args:
        artifact_name (str): `groupId:artifactKey`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return (
        await asyncio_detailed(
            artifact_name=artifact_name,
            client=client,
        )
    ).parsed
