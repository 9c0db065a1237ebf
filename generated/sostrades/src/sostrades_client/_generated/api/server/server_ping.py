from typing import Any, Literal, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/ping",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Literal["pong"] | None:
    if response.status_code == 200:
        response_200 = cast(Literal["pong"], response.json())
        if response_200 != "pong":
            raise ValueError(f"response_200 must match const 'pong', got '{response_200}'")
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
