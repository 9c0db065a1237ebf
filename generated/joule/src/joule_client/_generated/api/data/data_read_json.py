from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_json import DataJson
from ...models.data_read_json_decimation_level import (
    DataReadJsonDecimationLevel,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    max_rows: int | Unset = UNSET,
    decimation_level: DataReadJsonDecimationLevel | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["start"] = start

    params["end"] = end

    params["max-rows"] = max_rows

    json_decimation_level: int | Unset = UNSET
    if not isinstance(decimation_level, Unset):
        json_decimation_level = decimation_level

    params["decimation-level"] = json_decimation_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/data.json",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DataJson | None:
    if response.status_code == 200:
        response_200 = DataJson.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
