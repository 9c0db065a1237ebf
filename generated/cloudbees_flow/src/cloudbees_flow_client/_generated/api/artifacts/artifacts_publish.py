from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_form import PublishForm
from ...types import Response


def _get_kwargs(
    *,
    body: PublishForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commander/cgi-bin/publishArtifactAPI.cgi",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishForm,
) -> Response[str]:
    """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

     Not a REST call: the endpoint the official Azure DevOps extension posts files to, with Basic
    credentials and
    the session id as the form field `commanderSessionId`. Each file is one `files` part whose file name
    is its
    path inside the version. Success is the plain text `Artifact-Published-OK` with 200; a refusal is
    any other
    text, or a non-200 status. The Jenkins plugin posts `files[]` to `/commander/publishArtifact.php`
    instead when
    that page exists.

    Args:
        body (PublishForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PublishForm,
) -> str | None:
    """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

     Not a REST call: the endpoint the official Azure DevOps extension posts files to, with Basic
    credentials and
    the session id as the form field `commanderSessionId`. Each file is one `files` part whose file name
    is its
    path inside the version. Success is the plain text `Artifact-Published-OK` with 200; a refusal is
    any other
    text, or a non-200 status. The Jenkins plugin posts `files[]` to `/commander/publishArtifact.php`
    instead when
    that page exists.

    Args:
        body (PublishForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishForm,
) -> Response[str]:
    """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

     Not a REST call: the endpoint the official Azure DevOps extension posts files to, with Basic
    credentials and
    the session id as the form field `commanderSessionId`. Each file is one `files` part whose file name
    is its
    path inside the version. Success is the plain text `Artifact-Published-OK` with 200; a refusal is
    any other
    text, or a non-200 status. The Jenkins plugin posts `files[]` to `/commander/publishArtifact.php`
    instead when
    that page exists.

    Args:
        body (PublishForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublishForm,
) -> str | None:
    """Publish an artifact version with its files (the artifact publish CGI, outside the REST API).

     Not a REST call: the endpoint the official Azure DevOps extension posts files to, with Basic
    credentials and
    the session id as the form field `commanderSessionId`. Each file is one `files` part whose file name
    is its
    path inside the version. Success is the plain text `Artifact-Published-OK` with 200; a refusal is
    any other
    text, or a non-200 status. The Jenkins plugin posts `files[]` to `/commander/publishArtifact.php`
    instead when
    that page exists.

    Args:
        body (PublishForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
