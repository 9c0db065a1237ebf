"""Keeping secrets out of reprs, logs and exception text."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

_SECRET_NAME = re.compile(r"key|token|secret|passw|signature|session|auth|credential", re.IGNORECASE)
MASK = "***"


class Secret:
    """A string that never shows itself in repr, str or f-strings.

    >>> Secret("s3cr3t")
    Secret('***')
    >>> Secret("s3cr3t").reveal()
    's3cr3t'
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        self._value = value.reveal() if isinstance(value, Secret) else value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: MASK if isinstance(k, str) and is_secret_name(k) else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def masked_text(text: str) -> str:
    """A JSON body with the values of secret-named keys masked; other text unchanged.

    >>> masked_text('{"name": "n1", "secret": "s3cr3t"}')
    '{"name": "n1", "secret": "***"}'
    """
    try:
        data = json.loads(text)
    except ValueError:
        return text
    return json.dumps(_masked(data)) if isinstance(data, dict | list) else text


def redact_url(url: str | httpx.URL) -> str:
    """The URL with any password and any secret-looking query value masked.

    >>> redact_url("https://u:pw@h/x?api_key=abc&page=2")
    'https://u:***@h/x?api_key=***&page=2'
    """
    parts = urlsplit(str(url))
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{host}" if ":" in userinfo else f"{user}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(is_secret_name(k) for k, _ in pairs):
            query = urlencode([(k, MASK if is_secret_name(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
