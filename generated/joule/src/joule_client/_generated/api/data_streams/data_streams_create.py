from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_stream import DataStream
from ...models.data_stream_create_request import DataStreamCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: DataStreamCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/stream.json",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataStream | None:
    if response.status_code == 200:
        response_200 = DataStream.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DataStream]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataStreamCreateRequest,
) -> Response[Any | DataStream]:
    """Create a data stream in a folder (a folder given by path is created).

     Every stream key below is required; `id` is ignored and `is_configured`, `is_source` and
    `is_destination`
    are reset to false. Errors: 400 `provide a stream`, `specify a destination`,
    `Invalid or missing stream attribute: '<key>'`, `Invalid stream specification: <reason>` (bad
    datatype, no
    elements, duplicate element names, a name with `/`, a name already used in the folder by a data or
    event
    stream), `Invalid stream JSON: <reason>`.

    Args:
        body (DataStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataStream]
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
    body: DataStreamCreateRequest,
) -> Any | DataStream | None:
    """Create a data stream in a folder (a folder given by path is created).

     Every stream key below is required; `id` is ignored and `is_configured`, `is_source` and
    `is_destination`
    are reset to false. Errors: 400 `provide a stream`, `specify a destination`,
    `Invalid or missing stream attribute: '<key>'`, `Invalid stream specification: <reason>` (bad
    datatype, no
    elements, duplicate element names, a name with `/`, a name already used in the folder by a data or
    event
    stream), `Invalid stream JSON: <reason>`.

    Args:
        body (DataStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataStream
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataStreamCreateRequest,
) -> Response[Any | DataStream]:
    """Create a data stream in a folder (a folder given by path is created).

     Every stream key below is required; `id` is ignored and `is_configured`, `is_source` and
    `is_destination`
    are reset to false. Errors: 400 `provide a stream`, `specify a destination`,
    `Invalid or missing stream attribute: '<key>'`, `Invalid stream specification: <reason>` (bad
    datatype, no
    elements, duplicate element names, a name with `/`, a name already used in the folder by a data or
    event
    stream), `Invalid stream JSON: <reason>`.

    Args:
        body (DataStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataStream]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataStreamCreateRequest,
) -> Any | DataStream | None:
    """Create a data stream in a folder (a folder given by path is created).

     Every stream key below is required; `id` is ignored and `is_configured`, `is_source` and
    `is_destination`
    are reset to false. Errors: 400 `provide a stream`, `specify a destination`,
    `Invalid or missing stream attribute: '<key>'`, `Invalid stream specification: <reason>` (bad
    datatype, no
    elements, duplicate element names, a name with `/`, a name already used in the folder by a data or
    event
    stream), `Invalid stream JSON: <reason>`.

    Args:
        body (DataStreamCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataStream
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
