from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_envelope import JobEnvelope
from ...models.job_status import JobStatus
from ...models.jobs_get_request import JobsGetRequest
from ...types import UNSET, Unset


def _get_kwargs(
    job_id: str,
    *,
    request: JobsGetRequest | Unset = "getJobDetails",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_request: str | Unset = UNSET
    if not isinstance(request, Unset):
        json_request = request

    params["request"] = json_request

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobEnvelope | JobStatus | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> JobEnvelope | JobStatus:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = JobStatus.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = JobEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
