from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    study_id: int,
    documentation_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/study-case/{study_id}/saved-documentation/{documentation_name}".format(
            study_id=quote(str(study_id), safe=""),
            documentation_name=quote(str(documentation_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | None | str:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | None | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: int,
    documentation_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None | str]:
    """A documentation page saved with the study, as markdown.

     Gzip-encoded JSON holding a markdown string, or `null` when there is none.

    Args:
        study_id (int):
        documentation_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | None | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        documentation_name=documentation_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: int,
    documentation_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None | str:
    """A documentation page saved with the study, as markdown.

     Gzip-encoded JSON holding a markdown string, or `null` when there is none.

    Args:
        study_id (int):
        documentation_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | None | str
    """

    return sync_detailed(
        study_id=study_id,
        documentation_name=documentation_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    documentation_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None | str]:
    """A documentation page saved with the study, as markdown.

     Gzip-encoded JSON holding a markdown string, or `null` when there is none.

    Args:
        study_id (int):
        documentation_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | None | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        documentation_name=documentation_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: int,
    documentation_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None | str:
    """A documentation page saved with the study, as markdown.

     Gzip-encoded JSON holding a markdown string, or `null` when there is none.

    Args:
        study_id (int):
        documentation_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | None | str
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            documentation_name=documentation_name,
            client=client,
        )
    ).parsed
