from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.robot_permission_collection import RobotPermissionCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["fields"] = fields

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/robot-permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RobotPermissionCollection | None:
    if response.status_code == 200:
        response_200 = RobotPermissionCollection.from_dict(response.json())

        return response_200

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RobotPermissionCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[Error | RobotPermissionCollection]:
    """List robot permissions, filtered, sorted and paged.

     Only on the older server generation (authup before 1.0.0-beta.54): current authup has no robots and
    answers 404. Answers `{data, meta: {total, limit, offset}}`. Allow-lists: filters robotId,
    permissionId, id, robotRealmId, permissionRealmId, policyId; sorts id, createdAt, updatedAt;
    relations robot, permission. Keys outside these lists are dropped silently (bracket dialect), so a
    misspelt filter returns unfiltered records. `x-query-parameters` lists the bracket-named query
    parameters (`page[...]`, `filter[...]`).

    Args:
        sort (str | Unset):
        fields (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RobotPermissionCollection]
    """

    kwargs = _get_kwargs(
        sort=sort,
        fields=fields,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Error | RobotPermissionCollection | None:
    """List robot permissions, filtered, sorted and paged.

     Only on the older server generation (authup before 1.0.0-beta.54): current authup has no robots and
    answers 404. Answers `{data, meta: {total, limit, offset}}`. Allow-lists: filters robotId,
    permissionId, id, robotRealmId, permissionRealmId, policyId; sorts id, createdAt, updatedAt;
    relations robot, permission. Keys outside these lists are dropped silently (bracket dialect), so a
    misspelt filter returns unfiltered records. `x-query-parameters` lists the bracket-named query
    parameters (`page[...]`, `filter[...]`).

    Args:
        sort (str | Unset):
        fields (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RobotPermissionCollection
    """

    return sync_detailed(
        client=client,
        sort=sort,
        fields=fields,
        include=include,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Response[Error | RobotPermissionCollection]:
    """List robot permissions, filtered, sorted and paged.

     Only on the older server generation (authup before 1.0.0-beta.54): current authup has no robots and
    answers 404. Answers `{data, meta: {total, limit, offset}}`. Allow-lists: filters robotId,
    permissionId, id, robotRealmId, permissionRealmId, policyId; sorts id, createdAt, updatedAt;
    relations robot, permission. Keys outside these lists are dropped silently (bracket dialect), so a
    misspelt filter returns unfiltered records. `x-query-parameters` lists the bracket-named query
    parameters (`page[...]`, `filter[...]`).

    Args:
        sort (str | Unset):
        fields (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RobotPermissionCollection]
    """

    kwargs = _get_kwargs(
        sort=sort,
        fields=fields,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    include: str | Unset = UNSET,
) -> Error | RobotPermissionCollection | None:
    """List robot permissions, filtered, sorted and paged.

     Only on the older server generation (authup before 1.0.0-beta.54): current authup has no robots and
    answers 404. Answers `{data, meta: {total, limit, offset}}`. Allow-lists: filters robotId,
    permissionId, id, robotRealmId, permissionRealmId, policyId; sorts id, createdAt, updatedAt;
    relations robot, permission. Keys outside these lists are dropped silently (bracket dialect), so a
    misspelt filter returns unfiltered records. `x-query-parameters` lists the bracket-named query
    parameters (`page[...]`, `filter[...]`).

    Args:
        sort (str | Unset):
        fields (str | Unset):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RobotPermissionCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            fields=fields,
            include=include,
        )
    ).parsed
