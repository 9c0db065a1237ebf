from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.free_form import FreeForm
from ...types import Response


def _get_kwargs(
    study_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v0/study-case/{study_id}/saved-ontology-usages".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FreeForm | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FreeForm | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FreeForm.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FreeForm | None, data)

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
) -> Response[Error | FreeForm | None]:
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
) -> Response[Error | FreeForm | None]:
    """The ontology usages saved with the study.

     JSON sent with `Content-Encoding: gzip`. An unknown study answers 500 `InvalidStudy(...)`, and a
    user with no
    right on the study 400 `You do not have the necessary rights to retrieve this information about this
    study
    case`; the same holds for saved documentation.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm | None]
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
) -> Error | FreeForm | None:
    """The ontology usages saved with the study.

     JSON sent with `Content-Encoding: gzip`. An unknown study answers 500 `InvalidStudy(...)`, and a
    user with no
    right on the study 400 `You do not have the necessary rights to retrieve this information about this
    study
    case`; the same holds for saved documentation.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm | None
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FreeForm | None]:
    """The ontology usages saved with the study.

     JSON sent with `Content-Encoding: gzip`. An unknown study answers 500 `InvalidStudy(...)`, and a
    user with no
    right on the study 400 `You do not have the necessary rights to retrieve this information about this
    study
    case`; the same holds for saved documentation.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm | None]
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
) -> Error | FreeForm | None:
    """The ontology usages saved with the study.

     JSON sent with `Content-Encoding: gzip`. An unknown study answers 500 `InvalidStudy(...)`, and a
    user with no
    right on the study 400 `You do not have the necessary rights to retrieve this information about this
    study
    case`; the same holds for saved documentation.

    Args:
        study_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm | None
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
        )
    ).parsed
