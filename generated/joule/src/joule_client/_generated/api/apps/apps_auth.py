from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    x_app_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-App-Id"] = x_app_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/app/auth",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None
