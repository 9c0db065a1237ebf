from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation import Annotation
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    stream_id: list[int] | Unset = UNSET,
    stream_path: list[str] | Unset = UNSET,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stream_id: list[int] | Unset = UNSET
    if not isinstance(stream_id, Unset):
        json_stream_id = stream_id

    params["stream_id"] = json_stream_id

    json_stream_path: list[str] | Unset = UNSET
    if not isinstance(stream_path, Unset):
        json_stream_path = stream_path

    params["stream_path"] = json_stream_path

    params["start"] = start

    params["end"] = end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/annotations.json",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[Annotation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Annotation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
