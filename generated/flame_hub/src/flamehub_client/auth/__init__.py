"""authup, the FLAME Hub auth service: AuthClient and AsyncAuthClient; the models are in `.models`."""

from .client import AsyncAuthClient, AuthClient

__all__ = ["AsyncAuthClient", "AuthClient"]
