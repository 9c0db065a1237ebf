from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.read_only_study_case import ReadOnlyStudyCase
from ...types import Response


def _get_kwargs(
    study_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/study-case/{study_id}/read-only-mode".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReadOnlyStudyCase | None:
    if response.status_code == 200:
        response_200 = ReadOnlyStudyCase.from_dict(response.json())

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
) -> Response[Error | ReadOnlyStudyCase]:
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
) -> Response[Error | ReadOnlyStudyCase]:
    """The study's saved read-only data.

     Sent as `Content-Disposition: inline; filename=loaded_study_case.json`. The upstream README names
    this route
    `/api/v0/<id>/read-only`, which does not exist. Before a read-only file exists the server answers
    400
    `The study is not available in read only mode`. Known server behaviour: an unknown study answers 500
    `InvalidStudy(This study case doesn't exist.)` instead of 403.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadOnlyStudyCase]
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
) -> Error | ReadOnlyStudyCase | None:
    """The study's saved read-only data.

     Sent as `Content-Disposition: inline; filename=loaded_study_case.json`. The upstream README names
    this route
    `/api/v0/<id>/read-only`, which does not exist. Before a read-only file exists the server answers
    400
    `The study is not available in read only mode`. Known server behaviour: an unknown study answers 500
    `InvalidStudy(This study case doesn't exist.)` instead of 403.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadOnlyStudyCase
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ReadOnlyStudyCase]:
    """The study's saved read-only data.

     Sent as `Content-Disposition: inline; filename=loaded_study_case.json`. The upstream README names
    this route
    `/api/v0/<id>/read-only`, which does not exist. Before a read-only file exists the server answers
    400
    `The study is not available in read only mode`. Known server behaviour: an unknown study answers 500
    `InvalidStudy(This study case doesn't exist.)` instead of 403.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReadOnlyStudyCase]
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
) -> Error | ReadOnlyStudyCase | None:
    """The study's saved read-only data.

     Sent as `Content-Disposition: inline; filename=loaded_study_case.json`. The upstream README names
    this route
    `/api/v0/<id>/read-only`, which does not exist. Before a read-only file exists the server answers
    400
    `The study is not available in read only mode`. Known server behaviour: an unknown study answers 500
    `InvalidStudy(This study case doesn't exist.)` instead of 403.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReadOnlyStudyCase
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
        )
    ).parsed
