"""One error hierarchy for every API.

ApiError
├── InvalidRequest        bad input, raised before anything is sent (also a ValueError)
│   └── ConfigurationError   a setting the environment or a config file should give is missing or wrong
├── TransportError
│   ├── ApiConnectionError   connection refused, reset, or a body cut short
│   └── ApiTimeout
├── DecodingError         a 2xx answer that does not match the spec
└── ApiStatusError        a non-2xx answer, carrying the API's own error body
    ├── RedirectRefused   a redirect where none may be followed (a token request)
    ├── ClientError       any other 4xx
    │   ├── BadRequest 400, Unauthorized 401, Forbidden 403, NotFound 404,
    │   └── Conflict 409, RateLimited 429
    └── ServerError       5xx
"""

from __future__ import annotations

from typing import Any

import httpx

MAX_TEXT = 2000


class ApiError(Exception):
    """Base of every error the clients raise."""


class InvalidRequest(ApiError, ValueError):
    """The call's arguments break the API's rules; nothing was sent.

    `where` names the argument, as a JSON path into it when the problem is nested.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ConfigurationError(InvalidRequest):
    """The environment or a configuration file lacks a setting, or holds one that cannot work.

    `where` names the variable, file or entry; no request was made.
    """


class TransportError(ApiError):
    """The request did not get a complete answer."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class ApiConnectionError(TransportError):
    """The connection failed, or the server closed it before the answer was complete."""


class ApiTimeout(TransportError):
    """No answer within the timeout."""


class DecodingError(ApiError):
    """A successful answer whose body does not match the spec.

    `where` is the JSON path of the offending value when one is known (``$.items[3].id``). `applied` is True
    when the server answered 2xx to a request that changes state: the change happened, only its answer could
    not be read, so calling again may do it twice.
    """

    def __init__(
        self, message: str, *, method: str, url: str, text: str, where: str | None = None, applied: bool = False
    ) -> None:
        if applied:
            message = f"the server applied the {method} (2xx), but {message}"
        super().__init__(f"{message} ({method} {url}): {text[:200]!r}")
        self.method = method
        self.url = url
        self.text = text[:MAX_TEXT]
        self.where = where
        self.applied = applied


class SchemaMismatch(ValueError):
    """Raised while decoding: the value at `where` (a JSON path like ``$.items[3].id``) breaks its schema.

    `problem` names what was expected and what type arrived, never the value itself (it may be a secret).
    The runtime turns it into a DecodingError.
    """

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


class ApiStatusError(ApiError):
    """The server answered with a non-2xx status.

    `body` is the API's error body parsed to its model (or None when it did not parse);
    `text` is the raw body, bounded to 2000 characters.
    """

    def __init__(
        self,
        *,
        status: int,
        method: str,
        url: str,
        body: Any,
        text: str,
        headers: httpx.Headers,
        summary: str | None,
    ) -> None:
        reason = httpx.codes.get_reason_phrase(status) or "HTTP error"
        detail = f": {summary}" if summary else ""
        super().__init__(f"{status} {reason} for {method} {url}{detail}")
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        self.text = text[:MAX_TEXT]
        self.headers = headers


class RedirectRefused(ApiStatusError):
    """A redirect answer to a request that must never follow one, such as a token request: following it
    would send the credentials again to wherever `location` (redacted) points."""

    def __init__(self, *, location: str, **fields: Any) -> None:
        super().__init__(**fields)
        self.location = location
        self.args = (f"{self.args[0]}: refusing to follow the redirect to {location}",)


class ClientError(ApiStatusError):
    """A 4xx answer."""


class BadRequest(ClientError):
    """400."""


class Unauthorized(ClientError):
    """401: the credentials are missing or were refused."""


class Forbidden(ClientError):
    """403."""


class NotFound(ClientError):
    """404."""


class Conflict(ClientError):
    """409."""


class RateLimited(ClientError):
    """429."""


class ServerError(ApiStatusError):
    """A 5xx answer."""


STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    429: RateLimited,
}


_COMBINED: dict[tuple[type[ApiStatusError], type[ApiStatusError]], type[ApiStatusError]] = {}


def combined(first: type[ApiStatusError], second: type[ApiStatusError]) -> type[ApiStatusError]:
    """A class that is both `first` and `second` (made once per pair), named after `first`.

    APIs whose error codes cut across statuses use it, so `except NoSuchProperty` and
    `except NotFound` both catch the same answer.
    """
    if issubclass(first, second):
        return first
    if issubclass(second, first):
        return second
    key = (first, second)
    if key not in _COMBINED:
        namespace = {"__module__": first.__module__, "__qualname__": first.__qualname__, "__doc__": first.__doc__}
        _COMBINED[key] = type(first.__name__, (first, second), namespace)
    return _COMBINED[key]


def status_error_class(status: int) -> type[ApiStatusError]:
    if status >= 500:
        return ServerError
    return STATUS_ERRORS.get(status, ClientError)
