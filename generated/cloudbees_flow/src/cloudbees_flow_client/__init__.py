"""Typed sync and async client for the CloudBees CD/RO (CloudBees Flow, ElectricFlow) REST API v1.0.

>>> from cloudbees_flow_client import FlowClient
>>> client = FlowClient("https://flow.example.org", user="admin", password="changeme")
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
    WaitTimeout,
)

from ._version import __spec_version__, __version__
from .artifacts import PublishRefused
from .auth import SessionIdAuth, SessionLogin
from .client import AsyncFlowClient, FlowClient
from .envelopes import as_bool, items
from .errors import (
    AlreadyExists,
    ApiNotImplemented,
    FlowError,
    InvalidCredentials,
    NoCredentials,
    NoSuchArtifact,
    NoSuchJob,
    NoSuchObject,
    NoSuchPipeline,
    NoSuchProcedure,
    NoSuchProject,
    NoSuchProperty,
    NoSuchRelease,
)
from .jobs import JobFailed, JobHandle
from .pipelines import PipelineFailed, PipelineRun
from .properties import Locators, PropertyEntry

__all__ = [
    "AlreadyExists",
    "ApiConnectionError",
    "ApiError",
    "ApiNotImplemented",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncFlowClient",
    "BadRequest",
    "ClientError",
    "Conflict",
    "DecodingError",
    "FlowClient",
    "FlowError",
    "Forbidden",
    "InvalidCredentials",
    "InvalidRequest",
    "JobFailed",
    "JobHandle",
    "Locators",
    "NoCredentials",
    "NoSuchArtifact",
    "NoSuchJob",
    "NoSuchObject",
    "NoSuchPipeline",
    "NoSuchProcedure",
    "NoSuchProject",
    "NoSuchProperty",
    "NoSuchRelease",
    "NotFound",
    "PipelineFailed",
    "PipelineRun",
    "PropertyEntry",
    "PublishRefused",
    "RateLimited",
    "RequestOptions",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "SessionIdAuth",
    "SessionLogin",
    "TokenRefused",
    "TransportError",
    "Unauthorized",
    "WaitTimeout",
    "__spec_version__",
    "__version__",
    "as_bool",
    "items",
]

# Added by scripts/generate.py: the API version this client speaks.
from ._version import __api_version__ as __api_version__

__all__ += ["__api_version__"]
