from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: File,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    merge_gap: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["merge-gap"] = merge_gap

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/data",
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    merge_gap: int | Unset = UNSET,
) -> Response[Any | str]:
    """Append binary rows in the stream's layout, with optional interval tokens.

     The body is packed rows in the stream's exact layout; a row of zeros closes the current interval.
    Every
    request starts a new interval (unless `merge-gap` joins it to earlier data). The server reads the
    body in
    pieces of up to 10,000 rows and inserts each with COPY; the answer `ok` comes once everything is
    inserted.
    Content-Type is not checked; chunked bodies work. A trailing partial row is silently dropped.

    Errors (400 form A): `DataStream [<name>] is already being produced`, `merge-gap must be an
    integer`,
    `merge-gap must be >= 0`, `Non-monotonic timestamps in new data`, `Invalid values (NaN) in new
    data`,
    `duplicate key value violates unique constraint ...` (a timestamp already stored). Pieces inserted
    before
    the error stay inserted.

    Args:
        id (int | Unset):
        path (str | Unset):
        merge_gap (int | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        path=path,
        merge_gap=merge_gap,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    merge_gap: int | Unset = UNSET,
) -> Any | str | None:
    """Append binary rows in the stream's layout, with optional interval tokens.

     The body is packed rows in the stream's exact layout; a row of zeros closes the current interval.
    Every
    request starts a new interval (unless `merge-gap` joins it to earlier data). The server reads the
    body in
    pieces of up to 10,000 rows and inserts each with COPY; the answer `ok` comes once everything is
    inserted.
    Content-Type is not checked; chunked bodies work. A trailing partial row is silently dropped.

    Errors (400 form A): `DataStream [<name>] is already being produced`, `merge-gap must be an
    integer`,
    `merge-gap must be >= 0`, `Non-monotonic timestamps in new data`, `Invalid values (NaN) in new
    data`,
    `duplicate key value violates unique constraint ...` (a timestamp already stored). Pieces inserted
    before
    the error stay inserted.

    Args:
        id (int | Unset):
        path (str | Unset):
        merge_gap (int | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        body=body,
        id=id,
        path=path,
        merge_gap=merge_gap,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    merge_gap: int | Unset = UNSET,
) -> Response[Any | str]:
    """Append binary rows in the stream's layout, with optional interval tokens.

     The body is packed rows in the stream's exact layout; a row of zeros closes the current interval.
    Every
    request starts a new interval (unless `merge-gap` joins it to earlier data). The server reads the
    body in
    pieces of up to 10,000 rows and inserts each with COPY; the answer `ok` comes once everything is
    inserted.
    Content-Type is not checked; chunked bodies work. A trailing partial row is silently dropped.

    Errors (400 form A): `DataStream [<name>] is already being produced`, `merge-gap must be an
    integer`,
    `merge-gap must be >= 0`, `Non-monotonic timestamps in new data`, `Invalid values (NaN) in new
    data`,
    `duplicate key value violates unique constraint ...` (a timestamp already stored). Pieces inserted
    before
    the error stay inserted.

    Args:
        id (int | Unset):
        path (str | Unset):
        merge_gap (int | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
        id=id,
        path=path,
        merge_gap=merge_gap,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    merge_gap: int | Unset = UNSET,
) -> Any | str | None:
    """Append binary rows in the stream's layout, with optional interval tokens.

     The body is packed rows in the stream's exact layout; a row of zeros closes the current interval.
    Every
    request starts a new interval (unless `merge-gap` joins it to earlier data). The server reads the
    body in
    pieces of up to 10,000 rows and inserts each with COPY; the answer `ok` comes once everything is
    inserted.
    Content-Type is not checked; chunked bodies work. A trailing partial row is silently dropped.

    Errors (400 form A): `DataStream [<name>] is already being produced`, `merge-gap must be an
    integer`,
    `merge-gap must be >= 0`, `Non-monotonic timestamps in new data`, `Invalid values (NaN) in new
    data`,
    `duplicate key value violates unique constraint ...` (a timestamp already stored). Pieces inserted
    before
    the error stay inserted.

    Args:
        id (int | Unset):
        path (str | Unset):
        merge_gap (int | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            id=id,
            path=path,
            merge_gap=merge_gap,
        )
    ).parsed
