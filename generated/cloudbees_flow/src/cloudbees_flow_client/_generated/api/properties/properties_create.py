from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.property_create_request import PropertyCreateRequest
from ...models.property_envelope import PropertyEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: PropertyCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1.0/properties",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PropertyEnvelope | None:
    if response.status_code == 200:
        response_200 = PropertyEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PropertyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PropertyCreateRequest,
) -> Response[Error | PropertyEnvelope]:
    """Create a property or a property sheet (`createProperty`).

     The property's place is given by the locators in the body (`projectName`, `jobId`, ...) or by a full
    path
    as `propertyName`. An existing name answers `DuplicatePropertyName` (409).

    Args:
        body (PropertyCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PropertyEnvelope]
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
    body: PropertyCreateRequest,
) -> Error | PropertyEnvelope | None:
    """Create a property or a property sheet (`createProperty`).

     The property's place is given by the locators in the body (`projectName`, `jobId`, ...) or by a full
    path
    as `propertyName`. An existing name answers `DuplicatePropertyName` (409).

    Args:
        body (PropertyCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PropertyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PropertyCreateRequest,
) -> Response[Error | PropertyEnvelope]:
    """Create a property or a property sheet (`createProperty`).

     The property's place is given by the locators in the body (`projectName`, `jobId`, ...) or by a full
    path
    as `propertyName`. An existing name answers `DuplicatePropertyName` (409).

    Args:
        body (PropertyCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PropertyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PropertyCreateRequest,
) -> Error | PropertyEnvelope | None:
    """Create a property or a property sheet (`createProperty`).

     The property's place is given by the locators in the body (`projectName`, `jobId`, ...) or by a full
    path
    as `propertyName`. An existing name answers `DuplicatePropertyName` (409).

    Args:
        body (PropertyCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PropertyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
