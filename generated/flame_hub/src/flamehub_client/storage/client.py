"""StorageClient and AsyncStorageClient: buckets, their files, multipart upload and the two byte streams."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar, NotRequired, TypedDict, Unpack

import httpx
from client_runtime import ClientOptions, InvalidRequest, RequestOptions

from .._catalog import BUCKET, BUCKET_FILE
from .._client import USER_AGENT, AuthArg, HubSettings, from_env, resolve_auth
from .._legacy import GenerationArg, Service
from .._verbs import (
    AllowListSource,
    Creator,
    Deleter,
    Finder,
    Getter,
    Iterating,
    Lister,
    Updater,
    decode_items,
    to_id,
)
from ._resources import AsyncStorageClientBase, StorageClientBase

if TYPE_CHECKING:
    from ._generated.models import BucketFile

ENV_URL = "FLAME_HUB_STORAGE_URL"
CHUNK = 1 << 16
FileSource = bytes | os.PathLike[str] | IO[bytes]


class UploadFile(TypedDict):
    """The seed's upload item: `{"file_name": "dir/data.csv", "content": b"...", "content_type": "text/csv"}`."""

    file_name: str
    content: FileSource
    content_type: NotRequired[str]


Uploads = Mapping[str, FileSource] | Iterable[UploadFile]


class StorageVerbs(HubSettings):
    """The seed's verbs for buckets and bucket files."""

    service: ClassVar[Service] = "storage"

    find_buckets = Finder(BUCKET)
    get_buckets = Lister(BUCKET)
    iter_buckets = Iterating(BUCKET)
    get_bucket = Getter(BUCKET)
    create_bucket = Creator(BUCKET)
    update_bucket = Updater(BUCKET)
    delete_bucket = Deleter(BUCKET)

    find_bucket_files = Finder(BUCKET_FILE)
    get_bucket_files = Lister(BUCKET_FILE)
    iter_bucket_files = Iterating(BUCKET_FILE)
    get_bucket_file = Getter(BUCKET_FILE)
    delete_bucket_file = Deleter(BUCKET_FILE)


def _items(files: Uploads) -> list[tuple[str, FileSource, str]]:
    if isinstance(files, Mapping):
        return [(path, source, "application/octet-stream") for path, source in files.items()]
    if isinstance(files, str | bytes) or not isinstance(files, Iterable):
        raise InvalidRequest("files", "must map stored paths to contents, or be a list of UploadFile items")
    found = []
    for index, item in enumerate(files):
        if not isinstance(item, Mapping) or "file_name" not in item or "content" not in item:
            raise InvalidRequest(f"files[{index}]", "must be an UploadFile: {file_name, content, content_type?}")
        found.append((item["file_name"], item["content"], item.get("content_type") or "application/octet-stream"))
    return found


def upload_parts(files: Uploads, stack: ExitStack) -> list[tuple[str, tuple[str, Any, str]]]:
    """One multipart part per file; the part's filename is the path the file is stored at.

    A file comes from a path (`pathlib.Path`), bytes, or a binary stream; a str is refused as ambiguous.
    """
    parts = []
    for index, (path, source, content_type) in enumerate(_items(files)):
        where = f"files[{path!r}]"
        if not isinstance(path, str) or not path.strip("/"):
            raise InvalidRequest(where, "the stored path must be a non-empty string")
        content: Any
        if isinstance(source, bytes | bytearray):
            content = bytes(source)
        elif isinstance(source, os.PathLike):
            file = Path(source)
            if not file.is_file():
                raise InvalidRequest(where, f"no such file: {file}")
            content = stack.enter_context(file.open("rb"))
        elif isinstance(source, str):
            raise InvalidRequest(where, "a str is ambiguous: pass pathlib.Path(...) for a file or bytes for content")
        elif hasattr(source, "read"):
            content = source
        else:
            raise InvalidRequest(where, f"must be bytes, a path or a binary stream, got {type(source).__name__}")
        parts.append((f"file{index}", (path, content, content_type)))
    if not parts:
        raise InvalidRequest("files", "must hold at least one file")
    return parts


def _bucket_file_class() -> type[BucketFile]:
    from ._generated.models import BucketFile

    return BucketFile


class StorageClient(StorageVerbs, StorageClientBase):
    """Blocking client of the FLAME Hub storage service.

    Example::

        with StorageClient("http://localhost:3000/storage/", auth) as client:
            bucket = client.create_bucket(name="results")
            client.upload_to_bucket(bucket, {"out/summary.csv": b"a,b\\n1,2\\n"})
    """

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        auth: AuthArg = None,
        *,
        allow_lists: AllowListSource = "reference",
        generation: GenerationArg = "current",
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=resolve_auth(auth), transport=transport, **options)
        self._hub_settings(allow_lists, generation)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, auth: AuthArg = None, **options: Any
    ) -> StorageClient:
        """A client for `$FLAME_HUB_STORAGE_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)

    def upload_to_bucket(
        self, bucket: Any, files: Uploads, *, options: RequestOptions | None = None
    ) -> list[BucketFile]:
        """Upload many files in one multipart request; returns the stored files.

        Example: ``client.upload_to_bucket(bucket, {"code/main.py": Path("main.py"), "data.bin": b"..."})``
        """
        identifier = to_id(bucket, "bucket_id")
        with ExitStack() as stack:
            parts = upload_parts(files, stack)
            response = self.request("POST", f"/buckets/{identifier}/upload", files=parts, options=options)
        return decode_items(_bucket_file_class(), response)[0]

    def stream_bucket_file(
        self, bucket_file: Any, chunk_size: int = CHUNK, *, options: RequestOptions | None = None
    ) -> Iterator[bytes]:
        """A file's bytes, chunk by chunk (a gzip transfer encoding is decoded on the way)."""
        identifier = to_id(bucket_file, "bucket_file_id")

        def chunks() -> Iterator[bytes]:
            with self.bucket_files.with_streaming_response.stream(identifier, options=options) as stream:
                yield from stream.iter_bytes(chunk_size)

        return chunks()

    def download_bucket_file(
        self, bucket_file: Any, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Write a file's bytes to `path`; a partial download leaves no file behind."""
        identifier = to_id(bucket_file, "bucket_file_id")
        with self.bucket_files.with_streaming_response.stream(identifier, options=options) as stream:
            return stream.write_to(path)

    def stream_bucket_tarball(
        self, bucket: Any, chunk_size: int = CHUNK, *, options: RequestOptions | None = None
    ) -> Iterator[bytes]:
        """A whole bucket as a tar archive, chunk by chunk; each file sits at its stored path."""
        identifier = to_id(bucket, "bucket_id")

        def chunks() -> Iterator[bytes]:
            with self.buckets.with_streaming_response.stream(identifier, options=options) as stream:
                yield from stream.iter_bytes(chunk_size)

        return chunks()

    def download_bucket(
        self, bucket: Any, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Write a whole bucket as a tar archive to `path`; a partial download leaves no file behind."""
        identifier = to_id(bucket, "bucket_id")
        with self.buckets.with_streaming_response.stream(identifier, options=options) as stream:
            return stream.write_to(path)


class AsyncStorageClient(StorageVerbs, AsyncStorageClientBase):
    """Async client of the FLAME Hub storage service, with the same surface as StorageClient."""

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        auth: AuthArg = None,
        *,
        allow_lists: AllowListSource = "reference",
        generation: GenerationArg = "current",
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=resolve_auth(auth), transport=transport, **options)
        self._hub_settings(allow_lists, generation)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, auth: AuthArg = None, **options: Any
    ) -> AsyncStorageClient:
        """A client for `$FLAME_HUB_STORAGE_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)

    async def upload_to_bucket(
        self, bucket: Any, files: Uploads, *, options: RequestOptions | None = None
    ) -> list[BucketFile]:
        """Upload many files in one multipart request; returns the stored files."""
        identifier = to_id(bucket, "bucket_id")
        with ExitStack() as stack:
            parts = upload_parts(files, stack)
            response = await self.request("POST", f"/buckets/{identifier}/upload", files=parts, options=options)
        return decode_items(_bucket_file_class(), response)[0]

    def stream_bucket_file(
        self, bucket_file: Any, chunk_size: int = CHUNK, *, options: RequestOptions | None = None
    ) -> AsyncIterator[bytes]:
        """A file's bytes, chunk by chunk (a gzip transfer encoding is decoded on the way)."""
        identifier = to_id(bucket_file, "bucket_file_id")

        async def chunks() -> AsyncIterator[bytes]:
            async with self.bucket_files.with_streaming_response.stream(identifier, options=options) as stream:
                async for chunk in stream.iter_bytes(chunk_size):
                    yield chunk

        return chunks()

    async def download_bucket_file(
        self, bucket_file: Any, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Write a file's bytes to `path`; a partial download leaves no file behind."""
        identifier = to_id(bucket_file, "bucket_file_id")
        async with self.bucket_files.with_streaming_response.stream(identifier, options=options) as stream:
            return await stream.write_to(path)

    def stream_bucket_tarball(
        self, bucket: Any, chunk_size: int = CHUNK, *, options: RequestOptions | None = None
    ) -> AsyncIterator[bytes]:
        """A whole bucket as a tar archive, chunk by chunk."""
        identifier = to_id(bucket, "bucket_id")

        async def chunks() -> AsyncIterator[bytes]:
            async with self.buckets.with_streaming_response.stream(identifier, options=options) as stream:
                async for chunk in stream.iter_bytes(chunk_size):
                    yield chunk

        return chunks()

    async def download_bucket(
        self, bucket: Any, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Write a whole bucket as a tar archive to `path`; a partial download leaves no file behind."""
        identifier = to_id(bucket, "bucket_id")
        async with self.buckets.with_streaming_response.stream(identifier, options=options) as stream:
            return await stream.write_to(path)
