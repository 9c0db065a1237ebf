from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.find_objects_request import FindObjectsRequest
from ...models.object_list import ObjectList
from ...models.objects_find_request import (
    ObjectsFindRequest,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: FindObjectsRequest,
    request: ObjectsFindRequest = "findObjects",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_request: str = request
    params["request"] = json_request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1.0/objects",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ObjectList | None:
    if response.status_code == 200:
        response_200 = ObjectList.from_dict(response.json())

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

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ObjectList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindObjectsRequest,
    request: ObjectsFindRequest = "findObjects",
) -> Response[Error | ObjectList]:
    """Search objects of one type with filters and a sort (`findObjects`).

     Each item of the answer is an object keyed by the type, e.g. `{"flowRuntime": {...}}`.

    Args:
        request (ObjectsFindRequest):  Default: 'findObjects'.
        body (FindObjectsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ObjectList]
    """

    kwargs = _get_kwargs(
        body=body,
        request=request,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: FindObjectsRequest,
    request: ObjectsFindRequest = "findObjects",
) -> Error | ObjectList | None:
    """Search objects of one type with filters and a sort (`findObjects`).

     Each item of the answer is an object keyed by the type, e.g. `{"flowRuntime": {...}}`.

    Args:
        request (ObjectsFindRequest):  Default: 'findObjects'.
        body (FindObjectsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ObjectList
    """

    return sync_detailed(
        client=client,
        body=body,
        request=request,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindObjectsRequest,
    request: ObjectsFindRequest = "findObjects",
) -> Response[Error | ObjectList]:
    """Search objects of one type with filters and a sort (`findObjects`).

     Each item of the answer is an object keyed by the type, e.g. `{"flowRuntime": {...}}`.

    Args:
        request (ObjectsFindRequest):  Default: 'findObjects'.
        body (FindObjectsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ObjectList]
    """

    kwargs = _get_kwargs(
        body=body,
        request=request,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FindObjectsRequest,
    request: ObjectsFindRequest = "findObjects",
) -> Error | ObjectList | None:
    """Search objects of one type with filters and a sort (`findObjects`).

     Each item of the answer is an object keyed by the type, e.g. `{"flowRuntime": {...}}`.

    Args:
        request (ObjectsFindRequest):  Default: 'findObjects'.
        body (FindObjectsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ObjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            request=request,
        )
    ).parsed
