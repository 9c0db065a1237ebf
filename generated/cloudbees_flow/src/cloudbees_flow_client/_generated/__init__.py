"""A client library for accessing CloudBees CD/RO REST API v1.0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
