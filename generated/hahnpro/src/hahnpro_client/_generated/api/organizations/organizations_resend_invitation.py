from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_body import EmptyBody
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    id: str,
    invitation_id: str,
    *,
    body: EmptyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organizations/{id}/data/invitations/{invitation_id}/resend".format(
            id=quote(str(id), safe=""),
            invitation_id=quote(str(invitation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    invitation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody,
) -> Response[Any | ErrorBody]:
    """Send an invitation again.

    Args:
        id (str):
        invitation_id (str):
        body (EmptyBody): The SDK sends `{}` as the body of these PUTs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        invitation_id=invitation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    invitation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody,
) -> Any | ErrorBody | None:
    """Send an invitation again.

    Args:
        id (str):
        invitation_id (str):
        body (EmptyBody): The SDK sends `{}` as the body of these PUTs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        id=id,
        invitation_id=invitation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    invitation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody,
) -> Response[Any | ErrorBody]:
    """Send an invitation again.

    Args:
        id (str):
        invitation_id (str):
        body (EmptyBody): The SDK sends `{}` as the body of these PUTs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
        invitation_id=invitation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    invitation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmptyBody,
) -> Any | ErrorBody | None:
    """Send an invitation again.

    Args:
        id (str):
        invitation_id (str):
        body (EmptyBody): The SDK sends `{}` as the body of these PUTs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            invitation_id=invitation_id,
            client=client,
            body=body,
        )
    ).parsed
