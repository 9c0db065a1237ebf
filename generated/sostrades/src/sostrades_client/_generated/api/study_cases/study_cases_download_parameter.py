from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.parameter_download_request import ParameterDownloadRequest
from ...types import Response


def _get_kwargs(
    study_id: int,
    *,
    body: ParameterDownloadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/study-case/{study_id}/parameter/download".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[Error | str]:
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
    body: ParameterDownloadRequest,
) -> Response[Error | str]:
    """Download a parameter's value as CSV.

     Needs Commenter rights. A dataframe parameter comes back as its CSV; a scalar as `value\\n<v>\\n`; a
    dict as
    `variable,value` rows. An unknown key answers 400 whose description is the Python KeyError text,
    quotes
    included; a key with no file value answers 400 `expected str, bytes or os.PathLike object, not
    NoneType`.

    Args:
        study_id (int):
        body (ParameterDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ParameterDownloadRequest,
) -> Error | str | None:
    """Download a parameter's value as CSV.

     Needs Commenter rights. A dataframe parameter comes back as its CSV; a scalar as `value\\n<v>\\n`; a
    dict as
    `variable,value` rows. An unknown key answers 400 whose description is the Python KeyError text,
    quotes
    included; a key with no file value answers 400 `expected str, bytes or os.PathLike object, not
    NoneType`.

    Args:
        study_id (int):
        body (ParameterDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        study_id=study_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ParameterDownloadRequest,
) -> Response[Error | str]:
    """Download a parameter's value as CSV.

     Needs Commenter rights. A dataframe parameter comes back as its CSV; a scalar as `value\\n<v>\\n`; a
    dict as
    `variable,value` rows. An unknown key answers 400 whose description is the Python KeyError text,
    quotes
    included; a key with no file value answers 400 `expected str, bytes or os.PathLike object, not
    NoneType`.

    Args:
        study_id (int):
        body (ParameterDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        study_id=study_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ParameterDownloadRequest,
) -> Error | str | None:
    """Download a parameter's value as CSV.

     Needs Commenter rights. A dataframe parameter comes back as its CSV; a scalar as `value\\n<v>\\n`; a
    dict as
    `variable,value` rows. An unknown key answers 400 whose description is the Python KeyError text,
    quotes
    included; a key with no file value answers 400 `expected str, bytes or os.PathLike object, not
    NoneType`.

    Args:
        study_id (int):
        body (ParameterDownloadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
            body=body,
        )
    ).parsed
