from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.stage_list import StageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_name: str,
    *,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipelineName"] = pipeline_name

    params["releaseName"] = release_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/projects/{project_name}/stages".format(
            project_name=quote(str(project_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StageList | None:
    if response.status_code == 200:
        response_200 = StageList.from_dict(response.json())

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
) -> Response[Error | StageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
) -> Response[Error | StageList]:
    """The stages of a pipeline, or of a release's pipeline (`getStages`).

     A stage's name comes as `stageName` or as `name`, depending on the server version.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StageList]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        pipeline_name=pipeline_name,
        release_name=release_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
) -> Error | StageList | None:
    """The stages of a pipeline, or of a release's pipeline (`getStages`).

     A stage's name comes as `stageName` or as `name`, depending on the server version.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StageList
    """

    return sync_detailed(
        project_name=project_name,
        client=client,
        pipeline_name=pipeline_name,
        release_name=release_name,
    ).parsed


async def asyncio_detailed(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
) -> Response[Error | StageList]:
    """The stages of a pipeline, or of a release's pipeline (`getStages`).

     A stage's name comes as `stageName` or as `name`, depending on the server version.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StageList]
    """

    kwargs = _get_kwargs(
        project_name=project_name,
        pipeline_name=pipeline_name,
        release_name=release_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_name: str,
    *,
    client: AuthenticatedClient | Client,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
) -> Error | StageList | None:
    """The stages of a pipeline, or of a release's pipeline (`getStages`).

     A stage's name comes as `stageName` or as `name`, depending on the server version.

    Args:
        project_name (str): An object name; 1 to 255 characters.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StageList
    """

    return (
        await asyncio_detailed(
            project_name=project_name,
            client=client,
            pipeline_name=pipeline_name,
            release_name=release_name,
        )
    ).parsed
