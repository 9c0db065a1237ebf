from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_read import EventsRead
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    path: str | Unset = UNSET,
    limit: int,
    start: int | Unset = UNSET,
    end: int | Unset = UNSET,
    include_ongoing_events: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    return_subset: Literal[1] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["path"] = path

    params["limit"] = limit

    params["start"] = start

    params["end"] = end

    params["include-ongoing-events"] = include_ongoing_events

    params["filter"] = filter_

    params["return-subset"] = return_subset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/event/data.json",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | EventsRead | None:
    if response.status_code == 200:
        response_200 = EventsRead.from_dict(response.json())

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
