"""Typed sync and async client for the SoSTrades API v0.

>>> from sostrades_client import SosTradesClient
>>> client = SosTradesClient("https://sostrades.example.org", api_key="0123456789abcdef0123456789abcdef")
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
    TransportError,
    Unauthorized,
    WaitTimeout,
)

from ._version import __spec_version__, __version__
from .auth import legacy_api_key
from .calculation import CalculationFailed, CalculationNotStarted
from .client import AsyncSosTradesClient, SosTradesClient
from .study_cases import LoadedStudy, StudyNotLoaded

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncSosTradesClient",
    "BadRequest",
    "CalculationFailed",
    "CalculationNotStarted",
    "ClientError",
    "Conflict",
    "DecodingError",
    "Forbidden",
    "InvalidRequest",
    "LoadedStudy",
    "NotFound",
    "RateLimited",
    "RequestOptions",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "SosTradesClient",
    "StudyNotLoaded",
    "TransportError",
    "Unauthorized",
    "WaitTimeout",
    "__spec_version__",
    "__version__",
    "legacy_api_key",
]

# Added by scripts/generate.py: the API version this client speaks.
from ._version import __api_version__ as __api_version__

__all__ += ["__api_version__"]
