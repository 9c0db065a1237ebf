from http import HTTPStatus
from io import BytesIO
from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_read_decimation_level import (
    DataReadDecimationLevel,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadDecimationLevel | Unset = UNSET,
    subscribe: Literal[1] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["start"] = start

    params["end"] = end

    params["max-rows"] = max_rows

    json_decimation_level: int | Unset = UNSET
    if not isinstance(decimation_level, Unset):
        json_decimation_level = decimation_level

    params["decimation-level"] = json_decimation_level

    params["subscribe"] = subscribe

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[Any | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadDecimationLevel | Unset = UNSET,
    subscribe: Literal[1] | Unset = UNSET,
) -> Response[Any | File]:
    """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

     The body is a chunked stream of packed little-endian rows: an int64 timestamp (µs) followed by the
    values in
    the layout named by the `joule-layout` header (`<datatype>_<N>`). HTTP chunks are not row-aligned.
    Between
    two intervals the server sends one interval token, a row whose every byte is zero; it never ends the
    body
    with one. A decimated read (`max-rows` or `decimation-level`) has the layout `float32_<3N>`, each
    row holding
    the N means, then the N minima, then the N maxima of the block, with the block's mean timestamp.

    Empty cases: a range holding no rows gives 400 in form C (`this stream has no data`, declared as
    JSON but not
    JSON); a stream never written to, or a decimation level that does not exist (not a power of 4, a
    stream with
    `decimate=false`, decimations dropped), gives 200 with an empty body. A level above the highest
    populated one
    can give a lone interval token.

    `subscribe=1` reads live data of a stream produced by a module (otherwise 400 `stream is not being
    produced`): an endless body with the stream's layout, with a token whenever the producer closes an
    interval.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadDecimationLevel | Unset):
        subscribe (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
        subscribe=subscribe,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadDecimationLevel | Unset = UNSET,
    subscribe: Literal[1] | Unset = UNSET,
) -> Any | File | None:
    """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

     The body is a chunked stream of packed little-endian rows: an int64 timestamp (µs) followed by the
    values in
    the layout named by the `joule-layout` header (`<datatype>_<N>`). HTTP chunks are not row-aligned.
    Between
    two intervals the server sends one interval token, a row whose every byte is zero; it never ends the
    body
    with one. A decimated read (`max-rows` or `decimation-level`) has the layout `float32_<3N>`, each
    row holding
    the N means, then the N minima, then the N maxima of the block, with the block's mean timestamp.

    Empty cases: a range holding no rows gives 400 in form C (`this stream has no data`, declared as
    JSON but not
    JSON); a stream never written to, or a decimation level that does not exist (not a power of 4, a
    stream with
    `decimate=false`, decimations dropped), gives 200 with an empty body. A level above the highest
    populated one
    can give a lone interval token.

    `subscribe=1` reads live data of a stream produced by a module (otherwise 400 `stream is not being
    produced`): an endless body with the stream's layout, with a token whenever the producer closes an
    interval.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadDecimationLevel | Unset):
        subscribe (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return sync_detailed(
        client=client,
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
        subscribe=subscribe,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadDecimationLevel | Unset = UNSET,
    subscribe: Literal[1] | Unset = UNSET,
) -> Response[Any | File]:
    """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

     The body is a chunked stream of packed little-endian rows: an int64 timestamp (µs) followed by the
    values in
    the layout named by the `joule-layout` header (`<datatype>_<N>`). HTTP chunks are not row-aligned.
    Between
    two intervals the server sends one interval token, a row whose every byte is zero; it never ends the
    body
    with one. A decimated read (`max-rows` or `decimation-level`) has the layout `float32_<3N>`, each
    row holding
    the N means, then the N minima, then the N maxima of the block, with the block's mean timestamp.

    Empty cases: a range holding no rows gives 400 in form C (`this stream has no data`, declared as
    JSON but not
    JSON); a stream never written to, or a decimation level that does not exist (not a power of 4, a
    stream with
    `decimate=false`, decimations dropped), gives 200 with an empty body. A level above the highest
    populated one
    can give a lone interval token.

    `subscribe=1` reads live data of a stream produced by a module (otherwise 400 `stream is not being
    produced`): an endless body with the stream's layout, with a token whenever the producer closes an
    interval.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadDecimationLevel | Unset):
        subscribe (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
        subscribe=subscribe,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadDecimationLevel | Unset = UNSET,
    subscribe: Literal[1] | Unset = UNSET,
) -> Any | File | None:
    """Stream rows as binary, raw or decimated; or live rows with `subscribe=1`.

     The body is a chunked stream of packed little-endian rows: an int64 timestamp (µs) followed by the
    values in
    the layout named by the `joule-layout` header (`<datatype>_<N>`). HTTP chunks are not row-aligned.
    Between
    two intervals the server sends one interval token, a row whose every byte is zero; it never ends the
    body
    with one. A decimated read (`max-rows` or `decimation-level`) has the layout `float32_<3N>`, each
    row holding
    the N means, then the N minima, then the N maxima of the block, with the block's mean timestamp.

    Empty cases: a range holding no rows gives 400 in form C (`this stream has no data`, declared as
    JSON but not
    JSON); a stream never written to, or a decimation level that does not exist (not a power of 4, a
    stream with
    `decimate=false`, decimations dropped), gives 200 with an empty body. A level above the highest
    populated one
    can give a lone interval token.

    `subscribe=1` reads live data of a stream produced by a module (otherwise 400 `stream is not being
    produced`): an endless body with the stream's layout, with a token whenever the producer closes an
    interval.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadDecimationLevel | Unset):
        subscribe (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            path=path,
            start=start,
            end=end,
            max_rows=max_rows,
            decimation_level=decimation_level,
            subscribe=subscribe,
        )
    ).parsed
