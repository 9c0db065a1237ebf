"""Typed sync and async client for the HahnPRO Cloud API: every service of the official SDK `@hahnpro/hpc-api`.

>>> from hahnpro_client import HahnProClient
>>> client = HahnProClient("https://hahnpro.example/api", "my-client", "s3cr3t")
"""

from client_runtime import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeout,
    BadRequest,
    ClientError,
    Conflict,
    DecodingError,
    Forbidden,
    InvalidRequest,
    NotFound,
    RateLimited,
    RequestOptions,
    RetryPolicy,
    Secret,
    ServerError,
    TokenRefused,
    TransportError,
    Unauthorized,
)

from ._version import __spec_version__, __version__
from .auth import ClientSecretBasic, ClientSecretJwt, ClientSecretPost, KeycloakAuth, token_claims
from .client import AsyncHahnProClient, HahnProClient, env_settings
from .filters import DateRange, filter_string, populate_string
from .streams import EventStreamError, ServerSentEvent
from .timeseries import epoch_ms, values_body

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncHahnProClient",
    "BadRequest",
    "ClientError",
    "ClientSecretBasic",
    "ClientSecretJwt",
    "ClientSecretPost",
    "Conflict",
    "DateRange",
    "DecodingError",
    "EventStreamError",
    "Forbidden",
    "HahnProClient",
    "InvalidRequest",
    "KeycloakAuth",
    "NotFound",
    "RateLimited",
    "RequestOptions",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "ServerSentEvent",
    "TokenRefused",
    "TransportError",
    "Unauthorized",
    "__spec_version__",
    "__version__",
    "env_settings",
    "epoch_ms",
    "filter_string",
    "populate_string",
    "token_claims",
    "values_body",
]

# Added by scripts/generate.py: the API version this client speaks.
from ._version import __api_version__ as __api_version__

__all__ += ["__api_version__"]
