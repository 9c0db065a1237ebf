from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Obtain an access token.

     Grants `password`, `refresh_token`, `client_credentials` and `authorization_code`. Errors: wrong
    user credentials 400 `invalid_credentials` "The user credentials are invalid."; an unknown or
    expired refresh token 401 `invalid_token`; a wrong client secret 401 `invalid_client` "Client
    authentication failed."; too many attempts 429 `login_attempt_throttled`. The older generation
    (authup before 1.0.0-beta.54) also grants `robot_credentials` (`id`, `secret`); its refusals are
    `{statusCode, code, message, error, error_description}`, e.g. 400 `invalid_credentials`.

    Args:
        body (TokenRequest): An OAuth2 grant as JSON (form-encoded bodies are accepted too). When
            `grant_type` is left out it is guessed: `username`+`password` → password, `refresh_token`
            → refresh, `client_id`+`client_secret` → client credentials. OAuth2 names stay snake_case.
            The older generation also has `robot_credentials` with `id` and `secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
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
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | TokenResponse | None:
    """Obtain an access token.

     Grants `password`, `refresh_token`, `client_credentials` and `authorization_code`. Errors: wrong
    user credentials 400 `invalid_credentials` "The user credentials are invalid."; an unknown or
    expired refresh token 401 `invalid_token`; a wrong client secret 401 `invalid_client` "Client
    authentication failed."; too many attempts 429 `login_attempt_throttled`. The older generation
    (authup before 1.0.0-beta.54) also grants `robot_credentials` (`id`, `secret`); its refusals are
    `{statusCode, code, message, error, error_description}`, e.g. 400 `invalid_credentials`.

    Args:
        body (TokenRequest): An OAuth2 grant as JSON (form-encoded bodies are accepted too). When
            `grant_type` is left out it is guessed: `username`+`password` → password, `refresh_token`
            → refresh, `client_id`+`client_secret` → client credentials. OAuth2 names stay snake_case.
            The older generation also has `robot_credentials` with `id` and `secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Response[Error | TokenResponse]:
    """Obtain an access token.

     Grants `password`, `refresh_token`, `client_credentials` and `authorization_code`. Errors: wrong
    user credentials 400 `invalid_credentials` "The user credentials are invalid."; an unknown or
    expired refresh token 401 `invalid_token`; a wrong client secret 401 `invalid_client` "Client
    authentication failed."; too many attempts 429 `login_attempt_throttled`. The older generation
    (authup before 1.0.0-beta.54) also grants `robot_credentials` (`id`, `secret`); its refusals are
    `{statusCode, code, message, error, error_description}`, e.g. 400 `invalid_credentials`.

    Args:
        body (TokenRequest): An OAuth2 grant as JSON (form-encoded bodies are accepted too). When
            `grant_type` is left out it is guessed: `username`+`password` → password, `refresh_token`
            → refresh, `client_id`+`client_secret` → client credentials. OAuth2 names stay snake_case.
            The older generation also has `robot_credentials` with `id` and `secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
) -> Error | TokenResponse | None:
    """Obtain an access token.

     Grants `password`, `refresh_token`, `client_credentials` and `authorization_code`. Errors: wrong
    user credentials 400 `invalid_credentials` "The user credentials are invalid."; an unknown or
    expired refresh token 401 `invalid_token`; a wrong client secret 401 `invalid_client` "Client
    authentication failed."; too many attempts 429 `login_attempt_throttled`. The older generation
    (authup before 1.0.0-beta.54) also grants `robot_credentials` (`id`, `secret`); its refusals are
    `{statusCode, code, message, error, error_description}`, e.g. 400 `invalid_credentials`.

    Args:
        body (TokenRequest): An OAuth2 grant as JSON (form-encoded bodies are accepted too). When
            `grant_type` is left out it is guessed: `username`+`password` → password, `refresh_token`
            → refresh, `client_id`+`client_secret` → client credentials. OAuth2 names stay snake_case.
            The older generation also has `robot_credentials` with `id` and `secret`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
