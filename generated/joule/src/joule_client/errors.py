"""The node's error message, whichever of its four error forms it came in."""

from __future__ import annotations

import re

from client_runtime import ApiStatusError

_PREFIXED = re.compile(r"^(\d{3}): (.*)$", re.DOTALL)


def error_message(error: ApiStatusError) -> str:
    """The message alone: `400: msg` (form A), a bare `msg` (B and C), or `{"error": msg}` (D).

    A 500's message is the traceback's first line.

    Example::

        try:
            client.data_streams.get("/no/such/stream")
        except NotFound as error:
            error_message(error)  # 'stream does not exist'
    """
    error_field = getattr(error.body, "error", None)
    if isinstance(error_field, str):
        return error_field
    text = error.text.strip()
    match = _PREFIXED.match(text)
    if match and int(match.group(1)) == error.status:
        return match.group(2).strip()
    return text.splitlines()[0] if text else ""
