"""A client library for accessing authup (FLAME Hub auth service) HTTP API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
