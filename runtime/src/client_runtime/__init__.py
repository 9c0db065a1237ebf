"""The shared runtime of the generated API clients.

Transport, timeouts, retries, typed errors, auth flows, raw and streamed answers, and the
argument checks done before anything is sent. Each API package builds on it.
"""

from ._auth import BearerAuth, HeaderAuth
from ._client import AsyncClient, SyncClient
from ._core import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, ClientOptions, RequestOptions, decoding_error, status_error
from ._errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeout,
    BadRequest,
    ClientError,
    ConfigurationError,
    Conflict,
    DecodingError,
    Forbidden,
    InvalidRequest,
    NotFound,
    RateLimited,
    RedirectRefused,
    SchemaMismatch,
    ServerError,
    TransportError,
    Unauthorized,
    combined,
    status_error_class,
)
from ._operation import NOT_GIVEN, ErrorModel, NotGiven, Operation
from ._paging import Page, aiterate, iterate, offset_next
from ._redact import Secret, body_text, credential, is_secret_name, masked_extras, masked_repr, masked_text, redact_url
from ._resource import AsyncResource, Resource, SyncResource
from ._response import AsyncStreamedResponse, RawResponse, StreamedResponse
from ._retry import RetryPolicy
from ._token import Token, TokenAuth, TokenRefused
from ._validate import check
from ._version import __version__ as __version__
from ._wait import Poller, ProgressLine, WaitTimeout, apoll_until, async_sleep, poll_until

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncClient",
    "AsyncResource",
    "AsyncStreamedResponse",
    "BadRequest",
    "BearerAuth",
    "ClientError",
    "ClientOptions",
    "ConfigurationError",
    "Conflict",
    "DecodingError",
    "ErrorModel",
    "Forbidden",
    "HeaderAuth",
    "InvalidRequest",
    "NotFound",
    "NotGiven",
    "Operation",
    "Page",
    "Poller",
    "ProgressLine",
    "RateLimited",
    "RawResponse",
    "RedirectRefused",
    "RequestOptions",
    "Resource",
    "RetryPolicy",
    "SchemaMismatch",
    "Secret",
    "ServerError",
    "StreamedResponse",
    "SyncClient",
    "SyncResource",
    "Token",
    "TokenAuth",
    "TokenRefused",
    "TransportError",
    "Unauthorized",
    "WaitTimeout",
    "aiterate",
    "apoll_until",
    "async_sleep",
    "body_text",
    "check",
    "combined",
    "credential",
    "decoding_error",
    "is_secret_name",
    "iterate",
    "masked_extras",
    "masked_repr",
    "masked_text",
    "offset_next",
    "poll_until",
    "redact_url",
    "status_error",
    "status_error_class",
]
