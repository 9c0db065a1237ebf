"""The FLAME Hub core service: CoreClient and AsyncCoreClient; the models are in `.models`."""

from .client import AsyncCoreClient, CoreClient

__all__ = ["AsyncCoreClient", "CoreClient"]
