from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.formal_parameter_list import FormalParameterList
from ...types import Response


def _get_kwargs(
    project_name: str,
    procedure_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/projects/{project_name}/procedures/{procedure_name}/formalParameters".format(
            project_name=quote(str(project_name), safe=""),
            procedure_name=quote(str(procedure_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FormalParameterList | None:
    if response.status_code == 200:
        response_200 = FormalParameterList.from_dict(response.json())

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
) -> Response[Error | FormalParameterList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    procedure_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FormalParameterList]:
    """The parameters a procedure declares (`getFormalParameters`).

    Args:
        project_name (str): An object name; 1 to 255 characters.
        procedure_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FormalParameterList]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        procedure_name=procedure_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    procedure_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FormalParameterList | None:
    """The parameters a procedure declares (`getFormalParameters`).

    Args:
        project_name (str): An object name; 1 to 255 characters.
        procedure_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FormalParameterList
    """

    return sync_detailed(
        project_name=project_name,
        procedure_name=procedure_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    procedure_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FormalParameterList]:
    """The parameters a procedure declares (`getFormalParameters`).

    Args:
        project_name (str): An object name; 1 to 255 characters.
        procedure_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FormalParameterList]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        procedure_name=procedure_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    procedure_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FormalParameterList | None:
    """The parameters a procedure declares (`getFormalParameters`).

    Args:
        project_name (str): An object name; 1 to 255 characters.
        procedure_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FormalParameterList
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            procedure_name=procedure_name,
            client=client,
        )
    ).parsed
