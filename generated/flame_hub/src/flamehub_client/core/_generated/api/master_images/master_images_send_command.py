from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.master_image_command import MasterImageCommand
from ...models.master_image_command_result import MasterImageCommandResult
from ...types import Response


def _get_kwargs(
    *,
    body: MasterImageCommand,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/master-images/command",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MasterImageCommandResult | None:
    if response.status_code == 202:
        response_202 = MasterImageCommandResult.from_dict(response.json())

        return response_202

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
) -> Response[Error | MasterImageCommandResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MasterImageCommand,
) -> Response[Error | MasterImageCommandResult]:
    """Synchronise the master images, or build one.

     Answers 202 with `{data: MasterImage | null, meta: {}}`. Sync needs RabbitMQ and the worker; without
    them the server answers 500 "The amqp instance is not defined".

    Args:
        body (MasterImageCommand): `sync` pulls the master images from their repository; `build`
            builds the image `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MasterImageCommandResult]
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
    body: MasterImageCommand,
) -> Error | MasterImageCommandResult | None:
    """Synchronise the master images, or build one.

     Answers 202 with `{data: MasterImage | null, meta: {}}`. Sync needs RabbitMQ and the worker; without
    them the server answers 500 "The amqp instance is not defined".

    Args:
        body (MasterImageCommand): `sync` pulls the master images from their repository; `build`
            builds the image `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MasterImageCommandResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MasterImageCommand,
) -> Response[Error | MasterImageCommandResult]:
    """Synchronise the master images, or build one.

     Answers 202 with `{data: MasterImage | null, meta: {}}`. Sync needs RabbitMQ and the worker; without
    them the server answers 500 "The amqp instance is not defined".

    Args:
        body (MasterImageCommand): `sync` pulls the master images from their repository; `build`
            builds the image `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MasterImageCommandResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MasterImageCommand,
) -> Error | MasterImageCommandResult | None:
    """Synchronise the master images, or build one.

     Answers 202 with `{data: MasterImage | null, meta: {}}`. Sync needs RabbitMQ and the worker; without
    them the server answers 500 "The amqp instance is not defined".

    Args:
        body (MasterImageCommand): `sync` pulls the master images from their repository; `build`
            builds the image `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MasterImageCommandResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
