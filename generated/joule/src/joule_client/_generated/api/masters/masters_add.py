from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.master_add_request import MasterAddRequest
from ...models.master_added import MasterAdded
from ...types import Response


def _get_kwargs(
    *,
    body: MasterAddRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/master.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MasterAdded | None:
    if response.status_code == 200:
        response_200 = MasterAdded.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MasterAdded]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MasterAddRequest,
) -> Response[Any | MasterAdded]:
    """Grant a user (a new API key) or another node access to this node.

     A user gets a new key (43 characters) unless `api_key` (at least 32 characters) is given. For a
    joule or
    lumen node, this node contacts it; when it cannot, the answer is 400 in form D,
    `{"error": "Cannot contact node at [...]"}`, and (known server behaviour) a `JOULE_NODE` master
    named after
    the identifier is left behind. Other errors (form A): `master_type must be [user|joule|lumen]`,
    `User already exists`, `API Key must be at least 32 characters`, `Invalid request '<key>'`.

    Args:
        body (MasterAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MasterAdded]
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
    body: MasterAddRequest,
) -> Any | MasterAdded | None:
    """Grant a user (a new API key) or another node access to this node.

     A user gets a new key (43 characters) unless `api_key` (at least 32 characters) is given. For a
    joule or
    lumen node, this node contacts it; when it cannot, the answer is 400 in form D,
    `{"error": "Cannot contact node at [...]"}`, and (known server behaviour) a `JOULE_NODE` master
    named after
    the identifier is left behind. Other errors (form A): `master_type must be [user|joule|lumen]`,
    `User already exists`, `API Key must be at least 32 characters`, `Invalid request '<key>'`.

    Args:
        body (MasterAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MasterAdded
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MasterAddRequest,
) -> Response[Any | MasterAdded]:
    """Grant a user (a new API key) or another node access to this node.

     A user gets a new key (43 characters) unless `api_key` (at least 32 characters) is given. For a
    joule or
    lumen node, this node contacts it; when it cannot, the answer is 400 in form D,
    `{"error": "Cannot contact node at [...]"}`, and (known server behaviour) a `JOULE_NODE` master
    named after
    the identifier is left behind. Other errors (form A): `master_type must be [user|joule|lumen]`,
    `User already exists`, `API Key must be at least 32 characters`, `Invalid request '<key>'`.

    Args:
        body (MasterAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MasterAdded]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MasterAddRequest,
) -> Any | MasterAdded | None:
    """Grant a user (a new API key) or another node access to this node.

     A user gets a new key (43 characters) unless `api_key` (at least 32 characters) is given. For a
    joule or
    lumen node, this node contacts it; when it cannot, the answer is 400 in form D,
    `{"error": "Cannot contact node at [...]"}`, and (known server behaviour) a `JOULE_NODE` master
    named after
    the identifier is left behind. Other errors (form A): `master_type must be [user|joule|lumen]`,
    `User already exists`, `API Key must be at least 32 characters`, `Invalid request '<key>'`.

    Args:
        body (MasterAddRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MasterAdded
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
