from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.study_url import StudyUrl
from ...types import Response


def _get_kwargs(
    study_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/study-case/{study_id}/url".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StudyUrl | None:
    if response.status_code == 200:
        response_200 = StudyUrl.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | StudyUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StudyUrl]:
    """Link to the study in the SoSTrades GUI.

     Needs only a valid key, no study right. An unknown study answers 400
    `InvalidStudy(Requested study case (identifier N) does not exist in the database)`.
    Known server behaviour: with a user API key the server answers 500, because the user object in the
    Flask
    session cannot be serialised into the session cookie. Group keys work.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudyUrl]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | StudyUrl | None:
    """Link to the study in the SoSTrades GUI.

     Needs only a valid key, no study right. An unknown study answers 400
    `InvalidStudy(Requested study case (identifier N) does not exist in the database)`.
    Known server behaviour: with a user API key the server answers 500, because the user object in the
    Flask
    session cannot be serialised into the session cookie. Group keys work.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudyUrl
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | StudyUrl]:
    """Link to the study in the SoSTrades GUI.

     Needs only a valid key, no study right. An unknown study answers 400
    `InvalidStudy(Requested study case (identifier N) does not exist in the database)`.
    Known server behaviour: with a user API key the server answers 500, because the user object in the
    Flask
    session cannot be serialised into the session cookie. Group keys work.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudyUrl]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Error | StudyUrl | None:
    """Link to the study in the SoSTrades GUI.

     Needs only a valid key, no study right. An unknown study answers 400
    `InvalidStudy(Requested study case (identifier N) does not exist in the database)`.
    Known server behaviour: with a user API key the server answers 500, because the user object in the
    Flask
    session cannot be serialised into the session cookie. Group keys work.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudyUrl
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
        )
    ).parsed
