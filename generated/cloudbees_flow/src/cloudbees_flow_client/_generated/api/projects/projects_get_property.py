from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.property_envelope import PropertyEnvelope
from ...types import Response


def _get_kwargs(
    project_name: str,
    property_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/projects/{project_name}/{property_name}".format(
            project_name=quote(str(project_name), safe=""),
            property_name=quote(str(property_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PropertyEnvelope | None:
    if response.status_code == 200:
        response_200 = PropertyEnvelope.from_dict(response.json())

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
) -> Response[Error | PropertyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PropertyEnvelope]:
    """A property of a project, by its name relative to the project.

     Used by the official EC-Kubernetes plugin to read configuration sheets. A property whose name is one
    of the
    project's collections (`procedures`, `pipelines`, `releases`, ...) is shadowed by that collection;
    use
    `properties_get` with `projectName` instead.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PropertyEnvelope]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        property_name=property_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PropertyEnvelope | None:
    """A property of a project, by its name relative to the project.

     Used by the official EC-Kubernetes plugin to read configuration sheets. A property whose name is one
    of the
    project's collections (`procedures`, `pipelines`, `releases`, ...) is shadowed by that collection;
    use
    `properties_get` with `projectName` instead.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PropertyEnvelope
    """

    return sync_detailed(
        project_name=project_name,
        property_name=property_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PropertyEnvelope]:
    """A property of a project, by its name relative to the project.

     Used by the official EC-Kubernetes plugin to read configuration sheets. A property whose name is one
    of the
    project's collections (`procedures`, `pipelines`, `releases`, ...) is shadowed by that collection;
    use
    `properties_get` with `projectName` instead.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PropertyEnvelope]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        property_name=property_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | PropertyEnvelope | None:
    """A property of a project, by its name relative to the project.

     Used by the official EC-Kubernetes plugin to read configuration sheets. A property whose name is one
    of the
    project's collections (`procedures`, `pipelines`, `releases`, ...) is shadowed by that collection;
    use
    `properties_get` with `projectName` instead.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PropertyEnvelope
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            property_name=property_name,
            client=client,
        )
    ).parsed
