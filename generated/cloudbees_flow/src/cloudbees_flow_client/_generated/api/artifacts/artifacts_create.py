from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_create_request import ArtifactCreateRequest
from ...models.artifact_envelope import ArtifactEnvelope
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ArtifactCreateRequest | Unset = UNSET,
    group_id: str | Unset = UNSET,
    artifact_key: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["groupId"] = group_id

    params["artifactKey"] = artifact_key

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1.0/artifacts",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArtifactEnvelope | Error | None:
    if response.status_code == 200:
        response_200 = ArtifactEnvelope.from_dict(response.json())

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
) -> Response[ArtifactEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArtifactCreateRequest | Unset = UNSET,
    group_id: str | Unset = UNSET,
    artifact_key: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[ArtifactEnvelope | Error]:
    """Create an artifact `groupId:artifactKey` (`createArtifact`).

     The knowledge-base sample calls this "Publish artifact version", but it only creates the artifact;
    files are
    published with `artifacts_publish`. The arguments may come in the query string (the sample) or in
    the JSON
    body.

    Args:
        group_id (str | Unset):
        artifact_key (str | Unset):
        description (str | Unset):
        body (ArtifactCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactEnvelope | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        group_id=group_id,
        artifact_key=artifact_key,
        description=description,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ArtifactCreateRequest | Unset = UNSET,
    group_id: str | Unset = UNSET,
    artifact_key: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> ArtifactEnvelope | Error | None:
    """Create an artifact `groupId:artifactKey` (`createArtifact`).

     The knowledge-base sample calls this "Publish artifact version", but it only creates the artifact;
    files are
    published with `artifacts_publish`. The arguments may come in the query string (the sample) or in
    the JSON
    body.

    Args:
        group_id (str | Unset):
        artifact_key (str | Unset):
        description (str | Unset):
        body (ArtifactCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        group_id=group_id,
        artifact_key=artifact_key,
        description=description,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ArtifactCreateRequest | Unset = UNSET,
    group_id: str | Unset = UNSET,
    artifact_key: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> Response[ArtifactEnvelope | Error]:
    """Create an artifact `groupId:artifactKey` (`createArtifact`).

     The knowledge-base sample calls this "Publish artifact version", but it only creates the artifact;
    files are
    published with `artifacts_publish`. The arguments may come in the query string (the sample) or in
    the JSON
    body.

    Args:
        group_id (str | Unset):
        artifact_key (str | Unset):
        description (str | Unset):
        body (ArtifactCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactEnvelope | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        group_id=group_id,
        artifact_key=artifact_key,
        description=description,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ArtifactCreateRequest | Unset = UNSET,
    group_id: str | Unset = UNSET,
    artifact_key: str | Unset = UNSET,
    description: str | Unset = UNSET,
) -> ArtifactEnvelope | Error | None:
    """Create an artifact `groupId:artifactKey` (`createArtifact`).

     The knowledge-base sample calls this "Publish artifact version", but it only creates the artifact;
    files are
    published with `artifacts_publish`. The arguments may come in the query string (the sample) or in
    the JSON
    body.

    Args:
        group_id (str | Unset):
        artifact_key (str | Unset):
        description (str | Unset):
        body (ArtifactCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            group_id=group_id,
            artifact_key=artifact_key,
            description=description,
        )
    ).parsed
