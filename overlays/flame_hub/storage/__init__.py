"""The FLAME Hub storage service: StorageClient and AsyncStorageClient; the models are in `.models`."""

from .client import AsyncStorageClient, StorageClient, UploadFile

__all__ = ["AsyncStorageClient", "StorageClient", "UploadFile"]
