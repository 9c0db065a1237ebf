from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket_file_collection import BucketFileCollection
from ...models.bucket_upload import BucketUpload
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: BucketUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/buckets/{id}/upload".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BucketFileCollection | Error | None:
    if response.status_code == 201:
        response_201 = BucketFileCollection.from_dict(response.json())

        return response_201

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

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 507:
        response_507 = Error.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BucketFileCollection | Error]:
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
    body: BucketUpload,
) -> Response[BucketFileCollection | Error]:
    """Upload files into a bucket.

     Answers 201 with `{data: [BucketFile], meta: {total}}` (no `schema`). Without a `multipart/*`
    content type the server answers 400 "A multipart content-type header is required."

    Args:
        id (str):
        body (BucketUpload): One part per file. The server ignores the part names and stores each
            file at its part's *filename*, which may contain `/` (busboy with `preservePath`): `name`
            is its last segment and `directory` the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketFileCollection | Error]
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
    body: BucketUpload,
) -> BucketFileCollection | Error | None:
    """Upload files into a bucket.

     Answers 201 with `{data: [BucketFile], meta: {total}}` (no `schema`). Without a `multipart/*`
    content type the server answers 400 "A multipart content-type header is required."

    Args:
        id (str):
        body (BucketUpload): One part per file. The server ignores the part names and stores each
            file at its part's *filename*, which may contain `/` (busboy with `preservePath`): `name`
            is its last segment and `directory` the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketFileCollection | Error
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
    body: BucketUpload,
) -> Response[BucketFileCollection | Error]:
    """Upload files into a bucket.

     Answers 201 with `{data: [BucketFile], meta: {total}}` (no `schema`). Without a `multipart/*`
    content type the server answers 400 "A multipart content-type header is required."

    Args:
        id (str):
        body (BucketUpload): One part per file. The server ignores the part names and stores each
            file at its part's *filename*, which may contain `/` (busboy with `preservePath`): `name`
            is its last segment and `directory` the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BucketFileCollection | Error]
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
    body: BucketUpload,
) -> BucketFileCollection | Error | None:
    """Upload files into a bucket.

     Answers 201 with `{data: [BucketFile], meta: {total}}` (no `schema`). Without a `multipart/*`
    content type the server answers 400 "A multipart content-type header is required."

    Args:
        id (str):
        body (BucketUpload): One part per file. The server ignores the part names and stores each
            file at its part's *filename*, which may contain `/` (busboy with `preservePath`): `name`
            is its last segment and `directory` the rest.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BucketFileCollection | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
