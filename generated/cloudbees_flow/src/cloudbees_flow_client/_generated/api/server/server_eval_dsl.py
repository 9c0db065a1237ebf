from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dsl_format import DslFormat
from ...models.dsl_request import DslRequest
from ...models.dsl_result import DslResult
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DslRequest | Unset = UNSET,
    dsl: str | Unset = UNSET,
    format_: DslFormat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dsl"] = dsl

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1.0/server/dsl",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DslResult | Error | None:
    if response.status_code == 200:
        response_200 = DslResult.from_dict(response.json())

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
) -> Response[DslResult | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DslRequest | Unset = UNSET,
    dsl: str | Unset = UNSET,
    format_: DslFormat | Unset = UNSET,
) -> Response[DslResult | Error]:
    """Evaluate a Groovy or YAML DSL script (`evalDsl`).

     The arguments may come in the JSON body or in the query string. The answer's `value` is whatever the
    script's
    last statement returns (an object, a list or a scalar); some scripts answer with job information
    instead.

    Args:
        dsl (str | Unset):
        format_ (DslFormat | Unset):
        body (DslRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DslResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        dsl=dsl,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DslRequest | Unset = UNSET,
    dsl: str | Unset = UNSET,
    format_: DslFormat | Unset = UNSET,
) -> DslResult | Error | None:
    """Evaluate a Groovy or YAML DSL script (`evalDsl`).

     The arguments may come in the JSON body or in the query string. The answer's `value` is whatever the
    script's
    last statement returns (an object, a list or a scalar); some scripts answer with job information
    instead.

    Args:
        dsl (str | Unset):
        format_ (DslFormat | Unset):
        body (DslRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DslResult | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        dsl=dsl,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DslRequest | Unset = UNSET,
    dsl: str | Unset = UNSET,
    format_: DslFormat | Unset = UNSET,
) -> Response[DslResult | Error]:
    """Evaluate a Groovy or YAML DSL script (`evalDsl`).

     The arguments may come in the JSON body or in the query string. The answer's `value` is whatever the
    script's
    last statement returns (an object, a list or a scalar); some scripts answer with job information
    instead.

    Args:
        dsl (str | Unset):
        format_ (DslFormat | Unset):
        body (DslRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DslResult | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        dsl=dsl,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DslRequest | Unset = UNSET,
    dsl: str | Unset = UNSET,
    format_: DslFormat | Unset = UNSET,
) -> DslResult | Error | None:
    """Evaluate a Groovy or YAML DSL script (`evalDsl`).

     The arguments may come in the JSON body or in the query string. The answer's `value` is whatever the
    script's
    last statement returns (an object, a list or a scalar); some scripts answer with job information
    instead.

    Args:
        dsl (str | Unset):
        format_ (DslFormat | Unset):
        body (DslRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DslResult | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dsl=dsl,
            format_=format_,
        )
    ).parsed
