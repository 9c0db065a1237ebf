from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.paginated_flow import PaginatedFlow
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 0,
    page: int | Unset = 1,
    filter_: str | Unset = UNSET,
    populate: str | Unset = "none",
    select: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["filter"] = filter_

    params["populate"] = populate

    params["select"] = select

    params["sort"] = sort

    params["lang"] = lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PaginatedFlow | None:
    if response.status_code == 200:
        response_200 = PaginatedFlow.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | PaginatedFlow]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 0,
    page: int | Unset = 1,
    filter_: str | Unset = UNSET,
    populate: str | Unset = "none",
    select: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[ErrorBody | PaginatedFlow]:
    """List flows, one page at a time.

     Sends `limit` (default 0, which the server reads as "no limit") and `page` (1-based, default 1) like
    the
    official SDK. `filter` uses the grammar `key==value`, `key=@a,b` (any of), `key>=ISO;key<=ISO`,
    clauses joined by
    `;`, with no escaping. `populate` is a comma-separated list of reference fields to expand into
    objects.

    The flow service populates references unless told otherwise; the SDK sends `populate=none` by
    default.

    Args:
        limit (int | Unset):  Default: 0.
        page (int | Unset):  Default: 1.
        filter_ (str | Unset):
        populate (str | Unset):  Default: 'none'.
        select (str | Unset):
        sort (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PaginatedFlow]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        filter_=filter_,
        populate=populate,
        select=select,
        sort=sort,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 0,
    page: int | Unset = 1,
    filter_: str | Unset = UNSET,
    populate: str | Unset = "none",
    select: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> ErrorBody | PaginatedFlow | None:
    """List flows, one page at a time.

     Sends `limit` (default 0, which the server reads as "no limit") and `page` (1-based, default 1) like
    the
    official SDK. `filter` uses the grammar `key==value`, `key=@a,b` (any of), `key>=ISO;key<=ISO`,
    clauses joined by
    `;`, with no escaping. `populate` is a comma-separated list of reference fields to expand into
    objects.

    The flow service populates references unless told otherwise; the SDK sends `populate=none` by
    default.

    Args:
        limit (int | Unset):  Default: 0.
        page (int | Unset):  Default: 1.
        filter_ (str | Unset):
        populate (str | Unset):  Default: 'none'.
        select (str | Unset):
        sort (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PaginatedFlow
    """

    return sync_detailed(
        client=client,
        limit=limit,
        page=page,
        filter_=filter_,
        populate=populate,
        select=select,
        sort=sort,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 0,
    page: int | Unset = 1,
    filter_: str | Unset = UNSET,
    populate: str | Unset = "none",
    select: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> Response[ErrorBody | PaginatedFlow]:
    """List flows, one page at a time.

     Sends `limit` (default 0, which the server reads as "no limit") and `page` (1-based, default 1) like
    the
    official SDK. `filter` uses the grammar `key==value`, `key=@a,b` (any of), `key>=ISO;key<=ISO`,
    clauses joined by
    `;`, with no escaping. `populate` is a comma-separated list of reference fields to expand into
    objects.

    The flow service populates references unless told otherwise; the SDK sends `populate=none` by
    default.

    Args:
        limit (int | Unset):  Default: 0.
        page (int | Unset):  Default: 1.
        filter_ (str | Unset):
        populate (str | Unset):  Default: 'none'.
        select (str | Unset):
        sort (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PaginatedFlow]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        filter_=filter_,
        populate=populate,
        select=select,
        sort=sort,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 0,
    page: int | Unset = 1,
    filter_: str | Unset = UNSET,
    populate: str | Unset = "none",
    select: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    lang: str | Unset = UNSET,
) -> ErrorBody | PaginatedFlow | None:
    """List flows, one page at a time.

     Sends `limit` (default 0, which the server reads as "no limit") and `page` (1-based, default 1) like
    the
    official SDK. `filter` uses the grammar `key==value`, `key=@a,b` (any of), `key>=ISO;key<=ISO`,
    clauses joined by
    `;`, with no escaping. `populate` is a comma-separated list of reference fields to expand into
    objects.

    The flow service populates references unless told otherwise; the SDK sends `populate=none` by
    default.

    Args:
        limit (int | Unset):  Default: 0.
        page (int | Unset):  Default: 1.
        filter_ (str | Unset):
        populate (str | Unset):  Default: 'none'.
        select (str | Unset):
        sort (str | Unset):
        lang (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PaginatedFlow
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            filter_=filter_,
            populate=populate,
            select=select,
            sort=sort,
            lang=lang,
        )
    ).parsed
