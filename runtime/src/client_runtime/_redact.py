"""Keeping secrets out of reprs, logs and exception text."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

_SECRET_NAME = re.compile(r"key|token|secret|passw|signature|session|auth|credential", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
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


def credential(value: str | Secret, argument: str) -> Secret:
    """`value` as a Secret, refused when it cannot travel in an HTTP header (a control character, say the
    newline a key read from a file ends with). The error names `argument`, never the value.

    >>> credential("k3y\\n", "api_key")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    client_runtime._errors.InvalidRequest: api_key: contains a control character (a trailing newline?); ...
    """
    secret = Secret(value)
    if _CONTROL.search(secret.reveal()):
        from ._errors import InvalidRequest

        raise InvalidRequest(argument, "contains a control character (a trailing newline?); the value is not shown")
    return secret


def masked_repr(value: Any) -> str:
    """How a model shows a field the spec marks secret: masked when set, as it is when unset or empty.

    >>> masked_repr("s3cr3t"), masked_repr(None)
    ("'***'", 'None')
    """
    return f"'{MASK}'" if value else repr(value)


def masked_extras(value: Any) -> str:
    """How a model shows the fields it got beyond the spec: secret-named ones masked.

    >>> masked_extras({"session_token": "t", "note": "kept"})
    "{'session_token': '***', 'note': 'kept'}"
    """
    if not isinstance(value, dict):
        return repr(value)
    return repr({k: MASK if isinstance(k, str) and is_secret_name(k) and v else v for k, v in value.items()})


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


_SECRET_WORDS = r"key|token|secret|passw|signature|session|auth|credential"
# A secret-named key and its value, in JSON (`"clientSecret": "v"`, the value possibly cut off at the end) or in a
# form or query (`client_secret=v`); and anything shaped like a JWT, wherever it stands.
_SECRET_PAIR = re.compile(
    rf'(?P<json>"[^"\\]*(?:{_SECRET_WORDS})[^"\\]*"\s*:\s*)(?:"(?:[^"\\]|\\.)*"?|[^,}}\]\s]+)'
    rf"|(?P<form>\b\w*(?:{_SECRET_WORDS})\w*=)[^&\s]+"
    r"|eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*",
    re.IGNORECASE,
)


def _mask_pair(match: re.Match[str]) -> str:
    if match["json"] is not None:
        return f'{match["json"]}"{MASK}"'
    if match["form"] is not None:
        return f"{match['form']}{MASK}"
    return MASK


def masked_text(text: str, limit: int = 2000) -> str:
    """At most `limit` characters of a body, with secret-named values and JWTs masked.

    The text is cut first and masked after, so a huge body costs no more than its first `limit`
    characters; the masking works on JSON, forms and queries, and on a JSON text cut in the middle.

    >>> masked_text('{"name": "n1", "secret": "s3cr3t"}')
    '{"name": "n1", "secret": "***"}'
    >>> masked_text("access_token=abc&expires_in=soon")
    'access_token=***&expires_in=soon'
    """
    return _SECRET_PAIR.sub(_mask_pair, text[:limit])


def body_text(response: httpx.Response, limit: int = 2000) -> str:
    """The start of a response's body as text, masked, decoding no more than it keeps.

    >>> body_text(httpx.Response(200, content=b'{"token": "t0k3n", "n": 1}'))
    '{"token": "***", "n": 1}'
    """
    head = response.content[: limit * 4]
    return masked_text(head.decode(response.encoding or "utf-8", errors="replace"), limit)


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
