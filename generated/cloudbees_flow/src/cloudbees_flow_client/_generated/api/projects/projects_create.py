from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_create_request import ProjectCreateRequest
from ...models.project_envelope import ProjectEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProjectCreateRequest | Unset = UNSET,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["projectName"] = project_name

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1.0/projects",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProjectEnvelope | None:
    if response.status_code == 200:
        response_200 = ProjectEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ProjectEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest | Unset = UNSET,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[Error | ProjectEnvelope]:
    """Create a project (`createProject`).

     The arguments may come in the query string, in the JSON body, or split between them. A missing name
    answers
    400 `'projectName' is required and must be between 1 and 255 characters`.

    Args:
        project_name (str | Unset): An object name; 1 to 255 characters.
        description (str | Unset):
        body (ProjectCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        project_name=project_name,
        description=description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest | Unset = UNSET,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Error | ProjectEnvelope | None:
    """Create a project (`createProject`).

     The arguments may come in the query string, in the JSON body, or split between them. A missing name
    answers
    400 `'projectName' is required and must be between 1 and 255 characters`.

    Args:
        project_name (str | Unset): An object name; 1 to 255 characters.
        description (str | Unset):
        body (ProjectCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        project_name=project_name,
        description=description,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest | Unset = UNSET,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[Error | ProjectEnvelope]:
    """Create a project (`createProject`).

     The arguments may come in the query string, in the JSON body, or split between them. A missing name
    answers
    400 `'projectName' is required and must be between 1 and 255 characters`.

    Args:
        project_name (str | Unset): An object name; 1 to 255 characters.
        description (str | Unset):
        body (ProjectCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProjectEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        project_name=project_name,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateRequest | Unset = UNSET,
    project_name: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Error | ProjectEnvelope | None:
    """Create a project (`createProject`).

     The arguments may come in the query string, in the JSON body, or split between them. A missing name
    answers
    400 `'projectName' is required and must be between 1 and 255 characters`.

    Args:
        project_name (str | Unset): An object name; 1 to 255 characters.
        description (str | Unset):
        body (ProjectCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProjectEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            project_name=project_name,
            description=description,
        )
    ).parsed
