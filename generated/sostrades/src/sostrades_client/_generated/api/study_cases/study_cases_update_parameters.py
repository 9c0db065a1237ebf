from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.loaded_study_case import LoadedStudyCase
from ...models.parameter_update import ParameterUpdate
from ...types import Response


def _get_kwargs(
    study_id: int,
    *,
    body: list[ParameterUpdate],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v0/study-case/{study_id}/parameters".format(
            study_id=quote(str(study_id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LoadedStudyCase | None:
    if response.status_code == 200:
        response_200 = LoadedStudyCase.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | LoadedStudyCase]:
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
    body: list[ParameterUpdate],
) -> Response[Error | LoadedStudyCase]:
    """Update scalar parameters, or upload CSV parameters.

     JSON: a list of `{variableId, unit, newValue}` (a single object is also accepted). `variableId` is
    the full
    namespaced id returned by `study_cases_load`. The update runs in a background thread, so `treenode`
    is empty
    and `load_status` is `in_progress` in the answer.

    The seed documents a second form, multipart with one CSV file part per parameter named after its
    `variableId` (described by `x-multipart-form`). Known server behaviour: Werkzeug 2.1 and later
    (every release
    since v4.2.0 pins 2.3) answer it with 415 `Did not attempt to load JSON data because the request
    Content-Type
    was not 'application/json'.`, so only older servers accept it. It is not listed as a request content
    type
    because a body that is either a JSON list or a form cannot be generated.

    Errors: `[]` gives 400 `No files or parameters found in request.`; missing keys give 400 with one
    line per
    key; an unknown variable gives 400 with a server traceback in the description.

    Args:
        study_id (int):
        body (list[ParameterUpdate]): The server also accepts a single object in place of the
            list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoadedStudyCase]
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
    body: list[ParameterUpdate],
) -> Error | LoadedStudyCase | None:
    """Update scalar parameters, or upload CSV parameters.

     JSON: a list of `{variableId, unit, newValue}` (a single object is also accepted). `variableId` is
    the full
    namespaced id returned by `study_cases_load`. The update runs in a background thread, so `treenode`
    is empty
    and `load_status` is `in_progress` in the answer.

    The seed documents a second form, multipart with one CSV file part per parameter named after its
    `variableId` (described by `x-multipart-form`). Known server behaviour: Werkzeug 2.1 and later
    (every release
    since v4.2.0 pins 2.3) answer it with 415 `Did not attempt to load JSON data because the request
    Content-Type
    was not 'application/json'.`, so only older servers accept it. It is not listed as a request content
    type
    because a body that is either a JSON list or a form cannot be generated.

    Errors: `[]` gives 400 `No files or parameters found in request.`; missing keys give 400 with one
    line per
    key; an unknown variable gives 400 with a server traceback in the description.

    Args:
        study_id (int):
        body (list[ParameterUpdate]): The server also accepts a single object in place of the
            list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoadedStudyCase
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
    body: list[ParameterUpdate],
) -> Response[Error | LoadedStudyCase]:
    """Update scalar parameters, or upload CSV parameters.

     JSON: a list of `{variableId, unit, newValue}` (a single object is also accepted). `variableId` is
    the full
    namespaced id returned by `study_cases_load`. The update runs in a background thread, so `treenode`
    is empty
    and `load_status` is `in_progress` in the answer.

    The seed documents a second form, multipart with one CSV file part per parameter named after its
    `variableId` (described by `x-multipart-form`). Known server behaviour: Werkzeug 2.1 and later
    (every release
    since v4.2.0 pins 2.3) answer it with 415 `Did not attempt to load JSON data because the request
    Content-Type
    was not 'application/json'.`, so only older servers accept it. It is not listed as a request content
    type
    because a body that is either a JSON list or a form cannot be generated.

    Errors: `[]` gives 400 `No files or parameters found in request.`; missing keys give 400 with one
    line per
    key; an unknown variable gives 400 with a server traceback in the description.

    Args:
        study_id (int):
        body (list[ParameterUpdate]): The server also accepts a single object in place of the
            list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LoadedStudyCase]
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
    body: list[ParameterUpdate],
) -> Error | LoadedStudyCase | None:
    """Update scalar parameters, or upload CSV parameters.

     JSON: a list of `{variableId, unit, newValue}` (a single object is also accepted). `variableId` is
    the full
    namespaced id returned by `study_cases_load`. The update runs in a background thread, so `treenode`
    is empty
    and `load_status` is `in_progress` in the answer.

    The seed documents a second form, multipart with one CSV file part per parameter named after its
    `variableId` (described by `x-multipart-form`). Known server behaviour: Werkzeug 2.1 and later
    (every release
    since v4.2.0 pins 2.3) answer it with 415 `Did not attempt to load JSON data because the request
    Content-Type
    was not 'application/json'.`, so only older servers accept it. It is not listed as a request content
    type
    because a body that is either a JSON list or a form cannot be generated.

    Errors: `[]` gives 400 `No files or parameters found in request.`; missing keys give 400 with one
    line per
    key; an unknown variable gives 400 with a server traceback in the description.

    Args:
        study_id (int):
        body (list[ParameterUpdate]): The server also accepts a single object in place of the
            list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LoadedStudyCase
    """

    return (
        await asyncio_detailed(
            study_id=study_id,
            client=client,
            body=body,
        )
    ).parsed
