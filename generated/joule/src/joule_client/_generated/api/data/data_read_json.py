from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_json import DataJson
from ...models.data_read_json_decimation_level import (
    DataReadJsonDecimationLevel,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DataJson | None:
    if response.status_code == 200:
        response_200 = DataJson.from_dict(response.json())

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
) -> Response[Any | DataJson]:
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
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
) -> Response[Any | DataJson]:
    """Rows as JSON, grouped by interval.

     `data` holds one list per interval of rows `[timestamp, v0, …]`; timestamps are floats for float and
    decimated layouts. An empty range gives `{"data": [], …}` and a stream never written to
    `{"data": [[]], "decimation_factor": 1}`. `subscribe=1` gives 400 `JSON subscription not
    implemented`.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadJsonDecimationLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataJson]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
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
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
) -> Any | DataJson | None:
    """Rows as JSON, grouped by interval.

     `data` holds one list per interval of rows `[timestamp, v0, …]`; timestamps are floats for float and
    decimated layouts. An empty range gives `{"data": [], …}` and a stream never written to
    `{"data": [[]], "decimation_factor": 1}`. `subscribe=1` gives 400 `JSON subscription not
    implemented`.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadJsonDecimationLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataJson
    """

    return sync_detailed(
        client=client,
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
) -> Response[Any | DataJson]:
    """Rows as JSON, grouped by interval.

     `data` holds one list per interval of rows `[timestamp, v0, …]`; timestamps are floats for float and
    decimated layouts. An empty range gives `{"data": [], …}` and a stream never written to
    `{"data": [[]], "decimation_factor": 1}`. `subscribe=1` gives 400 `JSON subscription not
    implemented`.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadJsonDecimationLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DataJson]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        start=start,
        end=end,
        max_rows=max_rows,
        decimation_level=decimation_level,
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
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
) -> Any | DataJson | None:
    """Rows as JSON, grouped by interval.

     `data` holds one list per interval of rows `[timestamp, v0, …]`; timestamps are floats for float and
    decimated layouts. An empty range gives `{"data": [], …}` and a stream never written to
    `{"data": [[]], "decimation_factor": 1}`. `subscribe=1` gives 400 `JSON subscription not
    implemented`.

    Args:
        id (int | Unset):
        path (str | Unset):
        start (int | Unset):
        end (int | Unset):
        max_rows (int | Unset):
        decimation_level (DataReadJsonDecimationLevel | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DataJson
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
        )
    ).parsed
