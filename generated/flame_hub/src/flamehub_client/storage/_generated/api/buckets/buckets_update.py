from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket_record import BucketRecord
from ...models.bucket_update import BucketUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: BucketUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/buckets/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketRecord | Error | None:
    if response.status_code == 202:
        response_202 = BucketRecord.from_dict(response.json())

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
) -> Response[BucketRecord | Error]:
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
    body: BucketUpdate,
) -> Response[BucketRecord | Error]:
    """Update a Bucket.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (BucketUpdate): The body that updates a Bucket. The server's validator (storage-kit
            bucket) mounts its fields for creation only, so an update changes nothing; the body is
            empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketRecord | Error]
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
    body: BucketUpdate,
) -> BucketRecord | Error | None:
    """Update a Bucket.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (BucketUpdate): The body that updates a Bucket. The server's validator (storage-kit
            bucket) mounts its fields for creation only, so an update changes nothing; the body is
            empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketRecord | Error
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
    body: BucketUpdate,
) -> Response[BucketRecord | Error]:
    """Update a Bucket.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (BucketUpdate): The body that updates a Bucket. The server's validator (storage-kit
            bucket) mounts its fields for creation only, so an update changes nothing; the body is
            empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketRecord | Error]
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
    body: BucketUpdate,
) -> BucketRecord | Error | None:
    """Update a Bucket.

     Updates are `POST /:id` (never PATCH or PUT) and answer 202 with `{data, meta: {}}`.

    Args:
        id (str):
        body (BucketUpdate): The body that updates a Bucket. The server's validator (storage-kit
            bucket) mounts its fields for creation only, so an update changes nothing; the body is
            empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketRecord | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
