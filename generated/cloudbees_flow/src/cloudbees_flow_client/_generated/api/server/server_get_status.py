from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.server_get_status_server_stat_only import (
    ServerGetStatusServerStatOnly,
)
from ...models.server_status_envelope import ServerStatusEnvelope
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    server_stat_only: ServerGetStatusServerStatOnly | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_server_stat_only: str | Unset = UNSET
    if not isinstance(server_stat_only, Unset):
        json_server_stat_only = server_stat_only

    params["serverStatOnly"] = json_server_stat_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1.0/server/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ServerStatusEnvelope | None:
    if response.status_code == 200:
        response_200 = ServerStatusEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
