from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.study_parameters import StudyParameters
from ...types import Response


def _get_kwargs(
    study_id: int,
    timeout: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/study-case/{study_id}/{timeout}".format(
            study_id=quote(str(study_id), safe=""),
            timeout=quote(str(timeout), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StudyParameters | None:
    if response.status_code == 200:
        response_200 = StudyParameters.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StudyParameters]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: int,
    timeout: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StudyParameters]:
    """Load a study case, waiting at most `timeout` seconds.

     As `study_cases_load`, polling `timeout` times. Known server behaviour: `timeout` 0 answers 400
    `cannot access local variable 'study_manager' where it is not associated with a value`.

    Args:
        study_id (int):
        timeout (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudyParameters]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        timeout=timeout,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: int,
    timeout: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | StudyParameters | None:
    """Load a study case, waiting at most `timeout` seconds.

     As `study_cases_load`, polling `timeout` times. Known server behaviour: `timeout` 0 answers 400
    `cannot access local variable 'study_manager' where it is not associated with a value`.

    Args:
        study_id (int):
        timeout (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudyParameters
    """

    return sync_detailed(
        study_id=study_id,
        timeout=timeout,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    timeout: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StudyParameters]:
    """Load a study case, waiting at most `timeout` seconds.

     As `study_cases_load`, polling `timeout` times. Known server behaviour: `timeout` 0 answers 400
    `cannot access local variable 'study_manager' where it is not associated with a value`.

    Args:
        study_id (int):
        timeout (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudyParameters]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        timeout=timeout,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: int,
    timeout: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | StudyParameters | None:
    """Load a study case, waiting at most `timeout` seconds.

     As `study_cases_load`, polling `timeout` times. Known server behaviour: `timeout` 0 answers 400
    `cannot access local variable 'study_manager' where it is not associated with a value`.

    Args:
        study_id (int):
        timeout (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudyParameters
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            timeout=timeout,
            client=client,
        )
    ).parsed
