from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.registry_project_record import RegistryProjectRecord
from ...models.registry_project_update import RegistryProjectUpdate
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: RegistryProjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/registry-projects/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RegistryProjectRecord | None:
    if response.status_code == 202:
        response_202 = RegistryProjectRecord.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RegistryProjectRecord]:
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
    body: RegistryProjectUpdate,
) -> Response[Error | RegistryProjectRecord]:
    """Update a RegistryProject.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (RegistryProjectUpdate): The body that updates a RegistryProject: a field left out
            stays as it is. The server's validator takes only `name` and `externalName` on update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryProjectRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegistryProjectUpdate,
) -> Error | RegistryProjectRecord | None:
    """Update a RegistryProject.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (RegistryProjectUpdate): The body that updates a RegistryProject: a field left out
            stays as it is. The server's validator takes only `name` and `externalName` on update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryProjectRecord
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegistryProjectUpdate,
) -> Response[Error | RegistryProjectRecord]:
    """Update a RegistryProject.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (RegistryProjectUpdate): The body that updates a RegistryProject: a field left out
            stays as it is. The server's validator takes only `name` and `externalName` on update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RegistryProjectRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RegistryProjectUpdate,
) -> Error | RegistryProjectRecord | None:
    """Update a RegistryProject.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (RegistryProjectUpdate): The body that updates a RegistryProject: a field left out
            stays as it is. The server's validator takes only `name` and `externalName` on update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RegistryProjectRecord
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
