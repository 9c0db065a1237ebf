from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flag_argument import FlagArgument
from ...models.free_form import FreeForm
from ...models.jobs_abort_request import JobsAbortRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    request: JobsAbortRequest = "abortJob",
    force: FlagArgument | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_request: str = request
    params["request"] = json_request

    json_force: str | Unset = UNSET
    if not isinstance(force, Unset):
        json_force = force

    params["force"] = json_force

    params["reason"] = reason

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1.0/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FreeForm | None:
    if response.status_code == 200:
        response_200 = FreeForm.from_dict(response.json())

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

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | FreeForm]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    request: JobsAbortRequest = "abortJob",
    force: FlagArgument | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[Error | FreeForm]:
    """Abort a running job (`abortJob`).

     The API reference (2023.02.0) says `request=abortJob` must be in the query string; the verb is not
    seen in
    public code and is inferred from "PUT performs an action". The answer's body is not documented.

    Args:
        job_id (str): A server id (a UUID), always a string.
        request (JobsAbortRequest):  Default: 'abortJob'.
        force (FlagArgument | Unset): `"0"` or `"1"`.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        request=request,
        force=force,
        reason=reason,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    request: JobsAbortRequest = "abortJob",
    force: FlagArgument | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Error | FreeForm | None:
    """Abort a running job (`abortJob`).

     The API reference (2023.02.0) says `request=abortJob` must be in the query string; the verb is not
    seen in
    public code and is inferred from "PUT performs an action". The answer's body is not documented.

    Args:
        job_id (str): A server id (a UUID), always a string.
        request (JobsAbortRequest):  Default: 'abortJob'.
        force (FlagArgument | Unset): `"0"` or `"1"`.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        request=request,
        force=force,
        reason=reason,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    request: JobsAbortRequest = "abortJob",
    force: FlagArgument | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Response[Error | FreeForm]:
    """Abort a running job (`abortJob`).

     The API reference (2023.02.0) says `request=abortJob` must be in the query string; the verb is not
    seen in
    public code and is inferred from "PUT performs an action". The answer's body is not documented.

    Args:
        job_id (str): A server id (a UUID), always a string.
        request (JobsAbortRequest):  Default: 'abortJob'.
        force (FlagArgument | Unset): `"0"` or `"1"`.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        request=request,
        force=force,
        reason=reason,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    request: JobsAbortRequest = "abortJob",
    force: FlagArgument | Unset = UNSET,
    reason: str | Unset = UNSET,
) -> Error | FreeForm | None:
    """Abort a running job (`abortJob`).

     The API reference (2023.02.0) says `request=abortJob` must be in the query string; the verb is not
    seen in
    public code and is inferred from "PUT performs an action". The answer's body is not documented.

    Args:
        job_id (str): A server id (a UUID), always a string.
        request (JobsAbortRequest):  Default: 'abortJob'.
        force (FlagArgument | Unset): `"0"` or `"1"`.
        reason (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            request=request,
            force=force,
            reason=reason,
        )
    ).parsed
