from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    proxy_id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/proxy/{proxy_id}/{path}".format(
            proxy_id=quote(str(proxy_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | None:
    if response.status_code == 200:
        response_200 = response.json()
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

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    proxy_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody]:
    """GET through a proxy.

     Passed through unchanged to the service behind the proxy. `path` may hold slashes: the client sends
    it as
    it is (the `proxy` overlay), not percent-encoded. Body and answer are whatever the proxied service
    speaks (JSON
    assumed).

    Args:
        proxy_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        proxy_id=proxy_id,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    proxy_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | None:
    """GET through a proxy.

     Passed through unchanged to the service behind the proxy. `path` may hold slashes: the client sends
    it as
    it is (the `proxy` overlay), not percent-encoded. Body and answer are whatever the proxied service
    speaks (JSON
    assumed).

    Args:
        proxy_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        proxy_id=proxy_id,
        path=path,
        client=client,
    ).parsed


async def asyncio_detailed(
    proxy_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody]:
    """GET through a proxy.

     Passed through unchanged to the service behind the proxy. `path` may hold slashes: the client sends
    it as
    it is (the `proxy` overlay), not percent-encoded. Body and answer are whatever the proxied service
    speaks (JSON
    assumed).

    Args:
        proxy_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        proxy_id=proxy_id,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    proxy_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | None:
    """GET through a proxy.

     Passed through unchanged to the service behind the proxy. `path` may hold slashes: the client sends
    it as
    it is (the `proxy` overlay), not percent-encoded. Body and answer are whatever the proxied service
    speaks (JSON
    assumed).

    Args:
        proxy_id (str):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            proxy_id=proxy_id,
            path=path,
            client=client,
        )
    ).parsed
