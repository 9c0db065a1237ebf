from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pipeline_envelope import PipelineEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    pipeline_name: str,
    *,
    project_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectName"] = project_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/pipelines/{pipeline_name}".format(
            pipeline_name=quote(str(pipeline_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PipelineEnvelope | None:
    if response.status_code == 200:
        response_200 = PipelineEnvelope.from_dict(response.json())

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
) -> Response[Error | PipelineEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pipeline_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str,
) -> Response[Error | PipelineEnvelope]:
    """One pipeline (`getPipeline`).

    Args:
        pipeline_name (str): An object name; 1 to 255 characters.
        project_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PipelineEnvelope]
    """

    kwargs = _get_kwargs(
        pipeline_name=pipeline_name,
        project_name=project_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str,
) -> Error | PipelineEnvelope | None:
    """One pipeline (`getPipeline`).

    Args:
        pipeline_name (str): An object name; 1 to 255 characters.
        project_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PipelineEnvelope
    """

    return sync_detailed(
        pipeline_name=pipeline_name,
        client=client,
        project_name=project_name,
    ).parsed


async def asyncio_detailed(
    pipeline_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str,
) -> Response[Error | PipelineEnvelope]:
    """One pipeline (`getPipeline`).

    Args:
        pipeline_name (str): An object name; 1 to 255 characters.
        project_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PipelineEnvelope]
    """

    kwargs = _get_kwargs(
        pipeline_name=pipeline_name,
        project_name=project_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str,
) -> Error | PipelineEnvelope | None:
    """One pipeline (`getPipeline`).

    Args:
        pipeline_name (str): An object name; 1 to 255 characters.
        project_name (str): An object name; 1 to 255 characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PipelineEnvelope
    """

    return (
        await asyncio_detailed(
            pipeline_name=pipeline_name,
            client=client,
            project_name=project_name,
        )
    ).parsed
