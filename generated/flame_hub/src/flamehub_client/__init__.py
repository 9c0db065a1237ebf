"""Typed sync and async clients for the FLAME Hub: authup (auth), core and storage.

>>> from flamehub_client import CoreClient, PasswordAuth
>>> auth = PasswordAuth("admin", "start123", "http://localhost:3000/auth/")
>>> core = CoreClient("http://localhost:3000/core/", auth)
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

from ._catalog import AllowList, get_field_names, get_includable_names
from ._verbs import ListMeta, RecordMeta
from ._version import __spec_version__, __version__
from .auth.client import AsyncAuthClient, AuthClient
from .core.client import AsyncCoreClient, CoreClient
from .flows import ClientAuth, PasswordAuth, RobotAuth, StaticAuth, auth_from_env
from .query import (
    Condition,
    FilterOperator,
    contains,
    ends_with,
    ge,
    gt,
    in_,
    le,
    like,
    lt,
    not_,
    not_in,
    starts_with,
)
from .storage.client import AsyncStorageClient, StorageClient, UploadFile

__all__ = [
    "AllowList",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncAuthClient",
    "AsyncCoreClient",
    "AsyncStorageClient",
    "AuthClient",
    "BadRequest",
    "ClientAuth",
    "ClientError",
    "Condition",
    "Conflict",
    "CoreClient",
    "DecodingError",
    "FilterOperator",
    "Forbidden",
    "InvalidRequest",
    "ListMeta",
    "NotFound",
    "PasswordAuth",
    "RateLimited",
    "RecordMeta",
    "RequestOptions",
    "RetryPolicy",
    "RobotAuth",
    "Secret",
    "ServerError",
    "StaticAuth",
    "StorageClient",
    "TokenRefused",
    "TransportError",
    "Unauthorized",
    "UploadFile",
    "__spec_version__",
    "__version__",
    "auth_from_env",
    "contains",
    "ends_with",
    "ge",
    "get_field_names",
    "get_includable_names",
    "gt",
    "in_",
    "le",
    "like",
    "lt",
    "not_",
    "not_in",
    "starts_with",
]

# Added by scripts/generate.py: the API version this client speaks.
from ._version import __api_version__ as __api_version__

__all__ += ["__api_version__"]
