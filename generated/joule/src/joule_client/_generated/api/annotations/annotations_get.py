from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation import Annotation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stream_id: list[int] | Unset = UNSET
    if not isinstance(stream_id, Unset):
        json_stream_id = stream_id

    params["stream_id"] = json_stream_id

    json_stream_path: list[str] | Unset = UNSET
    if not isinstance(stream_path, Unset):
        json_stream_path = stream_path

    params["stream_path"] = json_stream_path

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/annotations.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[Annotation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Annotation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | list[Annotation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Response[Any | list[Annotation]]:
    """The annotations of one or more streams, optionally only those starting within `[start, end]`.

     The lists of the streams are concatenated (a stream given twice appears twice). Without any stream:
    400 in form B, `must specify at least one stream_id or stream_path`. An unknown path is 404; an
    unknown
    `stream_id` gives `[]`.

    Args:
        stream_id (list[int] | Unset):
        stream_path (list[str] | Unset):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Annotation]]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        stream_path=stream_path,
        start=start,
        end=end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Any | list[Annotation] | None:
    """The annotations of one or more streams, optionally only those starting within `[start, end]`.

     The lists of the streams are concatenated (a stream given twice appears twice). Without any stream:
    400 in form B, `must specify at least one stream_id or stream_path`. An unknown path is 404; an
    unknown
    `stream_id` gives `[]`.

    Args:
        stream_id (list[int] | Unset):
        stream_path (list[str] | Unset):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Annotation]
    """

    return sync_detailed(
        client=client,
        stream_id=stream_id,
        stream_path=stream_path,
        start=start,
        end=end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Response[Any | list[Annotation]]:
    """The annotations of one or more streams, optionally only those starting within `[start, end]`.

     The lists of the streams are concatenated (a stream given twice appears twice). Without any stream:
    400 in form B, `must specify at least one stream_id or stream_path`. An unknown path is 404; an
    unknown
    `stream_id` gives `[]`.

    Args:
        stream_id (list[int] | Unset):
        stream_path (list[str] | Unset):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[Annotation]]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        stream_path=stream_path,
        start=start,
        end=end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> Any | list[Annotation] | None:
    """The annotations of one or more streams, optionally only those starting within `[start, end]`.

     The lists of the streams are concatenated (a stream given twice appears twice). Without any stream:
    400 in form B, `must specify at least one stream_id or stream_path`. An unknown path is 404; an
    unknown
    `stream_id` gives `[]`.

    Args:
        stream_id (list[int] | Unset):
        stream_path (list[str] | Unset):
        start (int | Unset):
        end (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[Annotation]
    """

    return (
        await asyncio_detailed(
            client=client,
            stream_id=stream_id,
            stream_path=stream_path,
            start=start,
            end=end,
        )
    ).parsed
