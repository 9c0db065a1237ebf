from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flag_argument import FlagArgument
from ...models.property_sheet_envelope import PropertySheetEnvelope
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    path: str | Unset = UNSET,
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
    expand: FlagArgument | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

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

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/properties",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PropertySheetEnvelope | None:
    if response.status_code == 200:
        response_200 = PropertySheetEnvelope.from_dict(response.json())

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
