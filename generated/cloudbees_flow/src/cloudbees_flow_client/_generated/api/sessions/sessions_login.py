from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.login_request import LoginRequest
from ...models.session import Session
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: LoginRequest | Unset = UNSET,
    user_name: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userName"] = user_name

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1.0/sessions",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Session | None:
    if response.status_code == 200:
        response_200 = Session.from_dict(response.json())

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
) -> Response[Error | Session]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | Unset = UNSET,
    user_name: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | Session]:
    """Log in with a user name and password, or with a user access token, and get a session id.

     `userName` and `password` may come in the JSON body (official plugins) or in the query string (the
    vendor's
    knowledge-base sample); a user access token comes in the body as `{"token": ...}`. The session id is
    then sent
    as the cookie `sessionId=<id>` (official plugins) or as a `sessionId` header (the knowledge-base
    sample).
    Known behaviour: wrong credentials are reported with the code `InvalidCredentials` (inferred; not
    seen in
    public sources).

    Args:
        user_name (str | Unset):
        password (str | Unset):
        body (LoginRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        body=body,
        user_name=user_name,
        password=password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | Unset = UNSET,
    user_name: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | Session | None:
    """Log in with a user name and password, or with a user access token, and get a session id.

     `userName` and `password` may come in the JSON body (official plugins) or in the query string (the
    vendor's
    knowledge-base sample); a user access token comes in the body as `{"token": ...}`. The session id is
    then sent
    as the cookie `sessionId=<id>` (official plugins) or as a `sessionId` header (the knowledge-base
    sample).
    Known behaviour: wrong credentials are reported with the code `InvalidCredentials` (inferred; not
    seen in
    public sources).

    Args:
        user_name (str | Unset):
        password (str | Unset):
        body (LoginRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Session
    """

    return sync_detailed(
        client=client,
        body=body,
        user_name=user_name,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | Unset = UNSET,
    user_name: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[Error | Session]:
    """Log in with a user name and password, or with a user access token, and get a session id.

     `userName` and `password` may come in the JSON body (official plugins) or in the query string (the
    vendor's
    knowledge-base sample); a user access token comes in the body as `{"token": ...}`. The session id is
    then sent
    as the cookie `sessionId=<id>` (official plugins) or as a `sessionId` header (the knowledge-base
    sample).
    Known behaviour: wrong credentials are reported with the code `InvalidCredentials` (inferred; not
    seen in
    public sources).

    Args:
        user_name (str | Unset):
        password (str | Unset):
        body (LoginRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Session]
    """

    kwargs = _get_kwargs(
        body=body,
        user_name=user_name,
        password=password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | Unset = UNSET,
    user_name: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Error | Session | None:
    """Log in with a user name and password, or with a user access token, and get a session id.

     `userName` and `password` may come in the JSON body (official plugins) or in the query string (the
    vendor's
    knowledge-base sample); a user access token comes in the body as `{"token": ...}`. The session id is
    then sent
    as the cookie `sessionId=<id>` (official plugins) or as a `sessionId` header (the knowledge-base
    sample).
    Known behaviour: wrong credentials are reported with the code `InvalidCredentials` (inferred; not
    seen in
    public sources).

    Args:
        user_name (str | Unset):
        password (str | Unset):
        body (LoginRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Session
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_name=user_name,
            password=password,
        )
    ).parsed
