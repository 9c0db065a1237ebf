from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.free_form import FreeForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    property_name: str,
    *,
    project_name: str | Unset = UNSET,
    procedure_name: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_step_id: str | Unset = UNSET,
    property_sheet_id: str | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
    application_name: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    artifact_name: str | Unset = UNSET,
    artifact_version_name: str | Unset = UNSET,
    flow_runtime_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectName"] = project_name

    params["procedureName"] = procedure_name

    params["jobId"] = job_id

    params["jobStepId"] = job_step_id

    params["propertySheetId"] = property_sheet_id

    params["pipelineName"] = pipeline_name

    params["releaseName"] = release_name

    params["applicationName"] = application_name

    params["environmentName"] = environment_name

    params["artifactName"] = artifact_name

    params["artifactVersionName"] = artifact_version_name

    params["flowRuntimeId"] = flow_runtime_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1.0/properties/{property_name}".format(
            property_name=quote(str(property_name), safe=""),
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
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str | Unset = UNSET,
    procedure_name: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_step_id: str | Unset = UNSET,
    property_sheet_id: str | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
    application_name: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    artifact_name: str | Unset = UNSET,
    artifact_version_name: str | Unset = UNSET,
    flow_runtime_id: str | Unset = UNSET,
) -> Response[Error | FreeForm]:
    """Delete a property or a sheet (`deleteProperty`).

     The verb and path are inferred from the other property operations; the answer's body is not
    documented.

    Args:
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        job_id (str | Unset): A server id (a UUID), always a string.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        property_sheet_id (str | Unset): A server id (a UUID), always a string.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.
        application_name (str | Unset): An object name; 1 to 255 characters.
        environment_name (str | Unset): An object name; 1 to 255 characters.
        artifact_name (str | Unset): `groupId:artifactKey`.
        artifact_version_name (str | Unset):
        flow_runtime_id (str | Unset): A server id (a UUID), always a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        property_name=property_name,
        project_name=project_name,
        procedure_name=procedure_name,
        job_id=job_id,
        job_step_id=job_step_id,
        property_sheet_id=property_sheet_id,
        pipeline_name=pipeline_name,
        release_name=release_name,
        application_name=application_name,
        environment_name=environment_name,
        artifact_name=artifact_name,
        artifact_version_name=artifact_version_name,
        flow_runtime_id=flow_runtime_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str | Unset = UNSET,
    procedure_name: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_step_id: str | Unset = UNSET,
    property_sheet_id: str | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
    application_name: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    artifact_name: str | Unset = UNSET,
    artifact_version_name: str | Unset = UNSET,
    flow_runtime_id: str | Unset = UNSET,
) -> Error | FreeForm | None:
    """Delete a property or a sheet (`deleteProperty`).

     The verb and path are inferred from the other property operations; the answer's body is not
    documented.

    Args:
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        job_id (str | Unset): A server id (a UUID), always a string.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        property_sheet_id (str | Unset): A server id (a UUID), always a string.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.
        application_name (str | Unset): An object name; 1 to 255 characters.
        environment_name (str | Unset): An object name; 1 to 255 characters.
        artifact_name (str | Unset): `groupId:artifactKey`.
        artifact_version_name (str | Unset):
        flow_runtime_id (str | Unset): A server id (a UUID), always a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return sync_detailed(
        property_name=property_name,
        client=client,
        project_name=project_name,
        procedure_name=procedure_name,
        job_id=job_id,
        job_step_id=job_step_id,
        property_sheet_id=property_sheet_id,
        pipeline_name=pipeline_name,
        release_name=release_name,
        application_name=application_name,
        environment_name=environment_name,
        artifact_name=artifact_name,
        artifact_version_name=artifact_version_name,
        flow_runtime_id=flow_runtime_id,
    ).parsed


async def asyncio_detailed(
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str | Unset = UNSET,
    procedure_name: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_step_id: str | Unset = UNSET,
    property_sheet_id: str | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
    application_name: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    artifact_name: str | Unset = UNSET,
    artifact_version_name: str | Unset = UNSET,
    flow_runtime_id: str | Unset = UNSET,
) -> Response[Error | FreeForm]:
    """Delete a property or a sheet (`deleteProperty`).

     The verb and path are inferred from the other property operations; the answer's body is not
    documented.

    Args:
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        job_id (str | Unset): A server id (a UUID), always a string.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        property_sheet_id (str | Unset): A server id (a UUID), always a string.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.
        application_name (str | Unset): An object name; 1 to 255 characters.
        environment_name (str | Unset): An object name; 1 to 255 characters.
        artifact_name (str | Unset): `groupId:artifactKey`.
        artifact_version_name (str | Unset):
        flow_runtime_id (str | Unset): A server id (a UUID), always a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FreeForm]
    """

    kwargs = _get_kwargs(
        property_name=property_name,
        project_name=project_name,
        procedure_name=procedure_name,
        job_id=job_id,
        job_step_id=job_step_id,
        property_sheet_id=property_sheet_id,
        pipeline_name=pipeline_name,
        release_name=release_name,
        application_name=application_name,
        environment_name=environment_name,
        artifact_name=artifact_name,
        artifact_version_name=artifact_version_name,
        flow_runtime_id=flow_runtime_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_name: str,
    *,
    client: AuthenticatedClient | Client,
    project_name: str | Unset = UNSET,
    procedure_name: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    job_step_id: str | Unset = UNSET,
    property_sheet_id: str | Unset = UNSET,
    pipeline_name: str | Unset = UNSET,
    release_name: str | Unset = UNSET,
    application_name: str | Unset = UNSET,
    environment_name: str | Unset = UNSET,
    artifact_name: str | Unset = UNSET,
    artifact_version_name: str | Unset = UNSET,
    flow_runtime_id: str | Unset = UNSET,
) -> Error | FreeForm | None:
    """Delete a property or a sheet (`deleteProperty`).

     The verb and path are inferred from the other property operations; the answer's body is not
    documented.

    Args:
        property_name (str): A relative name or a full path starting with `/`; no empty segment
            (`a//b`) and no trailing `/`.
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        job_id (str | Unset): A server id (a UUID), always a string.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        property_sheet_id (str | Unset): A server id (a UUID), always a string.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.
        application_name (str | Unset): An object name; 1 to 255 characters.
        environment_name (str | Unset): An object name; 1 to 255 characters.
        artifact_name (str | Unset): `groupId:artifactKey`.
        artifact_version_name (str | Unset):
        flow_runtime_id (str | Unset): A server id (a UUID), always a string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FreeForm
    """

    return (
        await asyncio_detailed(
            property_name=property_name,
            client=client,
            project_name=project_name,
            procedure_name=procedure_name,
            job_id=job_id,
            job_step_id=job_step_id,
            property_sheet_id=property_sheet_id,
            pipeline_name=pipeline_name,
            release_name=release_name,
            application_name=application_name,
            environment_name=environment_name,
            artifact_name=artifact_name,
            artifact_version_name=artifact_version_name,
            flow_runtime_id=flow_runtime_id,
        )
    ).parsed
