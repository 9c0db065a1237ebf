"""Typed sync and async client for the Joule node API, with numpy data pipes.

>>> from joule_client import JouleClient
>>> client = JouleClient("http://localhost:8088", key="0123456789abcdef0123456789abcdef")
"""

from client_runtime import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeout,
    BadRequest,
    ClientError,
    DecodingError,
    Forbidden,
    InvalidRequest,
    NotFound,
    RequestOptions,
    RetryPolicy,
    Secret,
    ServerError,
    TransportError,
)

from ._version import __spec_version__, __version__
from .client import AsyncJouleClient, JouleClient
from .config import NodeConfig, load_node
from .data import AsyncDataReader, DataReader
from .errors import error_message
from .events import Histogram, json_filter
from .naming import FolderRef, ModuleRef, StreamRef
from .node import DbConnection, FollowerNode, MasterGrant
from .pipes import INTERVAL_BREAK, IntervalBreak, RowDecoder, RowEncoder, layout_dtype
from .streams import data_stream, element, event_stream

__all__ = [
    "INTERVAL_BREAK",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeout",
    "AsyncDataReader",
    "AsyncJouleClient",
    "BadRequest",
    "ClientError",
    "DataReader",
    "DbConnection",
    "DecodingError",
    "FolderRef",
    "FollowerNode",
    "Forbidden",
    "Histogram",
    "IntervalBreak",
    "InvalidRequest",
    "JouleClient",
    "MasterGrant",
    "ModuleRef",
    "NodeConfig",
    "NotFound",
    "RequestOptions",
    "RetryPolicy",
    "RowDecoder",
    "RowEncoder",
    "Secret",
    "ServerError",
    "StreamRef",
    "TransportError",
    "__spec_version__",
    "__version__",
    "data_stream",
    "element",
    "error_message",
    "event_stream",
    "json_filter",
    "layout_dtype",
    "load_node",
]

# Added by scripts/generate.py: the API version this client speaks.
from ._version import __api_version__ as __api_version__

__all__ += ["__api_version__"]
