from http import HTTPStatus
from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_read import EventsRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["limit"] = limit

    params["start"] = start

    params["end"] = end

    params["include-ongoing-events"] = include_ongoing_events

    params["filter"] = filter_

    params["return-subset"] = return_subset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/data.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventsRead | None:
    if response.status_code == 200:
        response_200 = EventsRead.from_dict(response.json())

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
) -> Response[Any | EventsRead]:
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
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> Response[Any | EventsRead]:
    """Events in ascending `start_time`, or a histogram when there are more than `limit`.

     Without `return-subset`, more than `limit` matching events give `{"type": "histogram"}` with up to
    100
    buckets `{id: -1, start_time, end_time, content: {count}}` in place of events. With `return-subset`
    the first
    `limit` events come back; page on with `start` = the last `start_time` + 1. With `limit` and only
    `end`, the
    latest `limit` events are returned (ascending).

    `filter` is a JSON list of OR-groups, each a list of AND-clauses `[key, op, value]`: `is`, `not`,
    `like`,
    `unlike` take a string, `gt`, `gte`, `lt`, `lte`, `eq`, `neq` a number. Errors (400 form A):
    `limit parameter is required`, `limit parameter must be an integer > 0`,
    `invalid filter string, must be valid JSON`, `invalid filter string, must be a list of lists`,
    `invalid filter string, boolean expression must have 3 elements`, `... must have a valid operation`,
    `... is/not/like/unlike operation must have a string value`, `invalid filter value, ... be numeric
    ...`.

    Args:
        id (int | Unset):
        path (str | Unset):
        limit (int):
        start (int | Unset):
        end (int | Unset):
        include_ongoing_events (int | Unset):
        filter_ (str | Unset):
        return_subset (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventsRead]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        limit=limit,
        start=start,
        end=end,
        include_ongoing_events=include_ongoing_events,
        filter_=filter_,
        return_subset=return_subset,
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
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> Any | EventsRead | None:
    """Events in ascending `start_time`, or a histogram when there are more than `limit`.

     Without `return-subset`, more than `limit` matching events give `{"type": "histogram"}` with up to
    100
    buckets `{id: -1, start_time, end_time, content: {count}}` in place of events. With `return-subset`
    the first
    `limit` events come back; page on with `start` = the last `start_time` + 1. With `limit` and only
    `end`, the
    latest `limit` events are returned (ascending).

    `filter` is a JSON list of OR-groups, each a list of AND-clauses `[key, op, value]`: `is`, `not`,
    `like`,
    `unlike` take a string, `gt`, `gte`, `lt`, `lte`, `eq`, `neq` a number. Errors (400 form A):
    `limit parameter is required`, `limit parameter must be an integer > 0`,
    `invalid filter string, must be valid JSON`, `invalid filter string, must be a list of lists`,
    `invalid filter string, boolean expression must have 3 elements`, `... must have a valid operation`,
    `... is/not/like/unlike operation must have a string value`, `invalid filter value, ... be numeric
    ...`.

    Args:
        id (int | Unset):
        path (str | Unset):
        limit (int):
        start (int | Unset):
        end (int | Unset):
        include_ongoing_events (int | Unset):
        filter_ (str | Unset):
        return_subset (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventsRead
    """

    return sync_detailed(
        client=client,
        id=id,
        path=path,
        limit=limit,
        start=start,
        end=end,
        include_ongoing_events=include_ongoing_events,
        filter_=filter_,
        return_subset=return_subset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> Response[Any | EventsRead]:
    """Events in ascending `start_time`, or a histogram when there are more than `limit`.

     Without `return-subset`, more than `limit` matching events give `{"type": "histogram"}` with up to
    100
    buckets `{id: -1, start_time, end_time, content: {count}}` in place of events. With `return-subset`
    the first
    `limit` events come back; page on with `start` = the last `start_time` + 1. With `limit` and only
    `end`, the
    latest `limit` events are returned (ascending).

    `filter` is a JSON list of OR-groups, each a list of AND-clauses `[key, op, value]`: `is`, `not`,
    `like`,
    `unlike` take a string, `gt`, `gte`, `lt`, `lte`, `eq`, `neq` a number. Errors (400 form A):
    `limit parameter is required`, `limit parameter must be an integer > 0`,
    `invalid filter string, must be valid JSON`, `invalid filter string, must be a list of lists`,
    `invalid filter string, boolean expression must have 3 elements`, `... must have a valid operation`,
    `... is/not/like/unlike operation must have a string value`, `invalid filter value, ... be numeric
    ...`.

    Args:
        id (int | Unset):
        path (str | Unset):
        limit (int):
        start (int | Unset):
        end (int | Unset):
        include_ongoing_events (int | Unset):
        filter_ (str | Unset):
        return_subset (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventsRead]
    """

    kwargs = _get_kwargs(
        id=id,
        path=path,
        limit=limit,
        start=start,
        end=end,
        include_ongoing_events=include_ongoing_events,
        filter_=filter_,
        return_subset=return_subset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> Any | EventsRead | None:
    """Events in ascending `start_time`, or a histogram when there are more than `limit`.

     Without `return-subset`, more than `limit` matching events give `{"type": "histogram"}` with up to
    100
    buckets `{id: -1, start_time, end_time, content: {count}}` in place of events. With `return-subset`
    the first
    `limit` events come back; page on with `start` = the last `start_time` + 1. With `limit` and only
    `end`, the
    latest `limit` events are returned (ascending).

    `filter` is a JSON list of OR-groups, each a list of AND-clauses `[key, op, value]`: `is`, `not`,
    `like`,
    `unlike` take a string, `gt`, `gte`, `lt`, `lte`, `eq`, `neq` a number. Errors (400 form A):
    `limit parameter is required`, `limit parameter must be an integer > 0`,
    `invalid filter string, must be valid JSON`, `invalid filter string, must be a list of lists`,
    `invalid filter string, boolean expression must have 3 elements`, `... must have a valid operation`,
    `... is/not/like/unlike operation must have a string value`, `invalid filter value, ... be numeric
    ...`.

    Args:
        id (int | Unset):
        path (str | Unset):
        limit (int):
        start (int | Unset):
        end (int | Unset):
        include_ongoing_events (int | Unset):
        filter_ (str | Unset):
        return_subset (Literal[1] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventsRead
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            path=path,
            limit=limit,
            start=start,
            end=end,
            include_ongoing_events=include_ongoing_events,
            filter_=filter_,
            return_subset=return_subset,
        )
    ).parsed
