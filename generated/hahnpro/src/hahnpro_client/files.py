"""Uploads and downloads: multipart with the file in the part `file` and the permissions beside it, streamed
both ways so a large file is never held in memory.

The uploads are sent with `client.request` rather than the generated multipart code, which writes a fixed
boundary (`+++`) that a file's own bytes could contain, and one part for a list of roles instead of one per role.
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import httpx
from client_runtime import InvalidRequest, RequestOptions, decoding_error

from . import _resources
from ._data import (
    AsyncCreatingMany,
    AsyncListing,
    AsyncSharing,
    AsyncTrash,
    CreatingMany,
    Listing,
    Sharing,
    Trash,
    check_roles,
    model_class,
)

if TYPE_CHECKING:
    from ._generated.models.asset import Asset
    from ._generated.models.content import Content
    from ._generated.models.flow_module import FlowModule
    from ._generated.models.paginated_content import PaginatedContent  # noqa: F401  # named in base classes
    from .client import AsyncHahnProClient, HahnProClient

FileArg = str | os.PathLike[str] | bytes | IO[bytes]
Roles = str | Sequence[str]
CHUNK = 1 << 16


def _roles(where: str, roles: Roles) -> list[str]:
    listed = [roles] if isinstance(roles, str) else list(roles)
    if not listed or not all(isinstance(role, str) and role for role in listed):
        raise InvalidRequest(where, f"must name at least one role, got {roles!r}")
    return listed


def file_part(
    stack: ExitStack, file: FileArg, filename: str | None, mimetype: str | None
) -> tuple[str, bytes | IO[bytes], str]:
    """The `(filename, body, mimetype)` of the `file` part; a path is opened here and streamed by httpx."""
    if isinstance(file, bytes):
        body: bytes | IO[bytes] = file
        name = filename or "file"
    elif isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise InvalidRequest("file", f"no such file: {path}")
        body = stack.enter_context(path.open("rb"))
        name = filename or path.name
    elif hasattr(file, "read"):
        body = file
        name = filename or Path(str(getattr(file, "name", "file"))).name
    else:
        raise InvalidRequest("file", f"must be a path, bytes or a binary stream, got {type(file).__name__}")
    return name, body, mimetype or mimetypes.guess_type(name)[0] or "application/octet-stream"


def upload_form(read_permissions: Roles, read_write_permissions: Roles) -> dict[str, list[str]]:
    return {
        "readPermissions": _roles("read_permissions", read_permissions),
        "readWritePermissions": _roles("read_write_permissions", read_write_permissions),
    }


def _parsed(name: str, response: httpx.Response) -> Any:
    try:
        return model_class(name).from_dict(response.json())
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise decoding_error(response, exc) from exc


class Uploading:
    """Sends a multipart upload through the client's auth, timeouts and typed errors."""

    _client: HahnProClient

    def _upload(
        self, path: str, model: str, file: FileArg, form: dict[str, Any], filename: str | None, mimetype: str | None,
        options: RequestOptions | None,
    ) -> Any:  # fmt: skip
        check_roles(
            {k: v for k, v in form.items() if k.endswith("Permissions")}, self._client.permitted_roles(), "form"
        )
        with ExitStack() as stack:
            part = file_part(stack, file, filename, mimetype)
            response = self._client.request("POST", path, data=form, files=[("file", part)], options=options)
        return _parsed(model, response)


class AsyncUploading:
    """Async twin of Uploading."""

    _client: AsyncHahnProClient

    async def _upload(
        self, path: str, model: str, file: FileArg, form: dict[str, Any], filename: str | None, mimetype: str | None,
        options: RequestOptions | None,
    ) -> Any:  # fmt: skip
        held = await self._client.permitted_roles()
        check_roles({k: v for k, v in form.items() if k.endswith("Permissions")}, held, "form")
        with ExitStack() as stack:
            part = file_part(stack, file, filename, mimetype)
            response = await self._client.request("POST", path, data=form, files=[("file", part)], options=options)
        return _parsed(model, response)


class Attaching(Uploading):
    """`assets.add_attachment`: upload a file and attach it to an asset in one request."""

    def add_attachment(
        self,
        id: str,
        file: FileArg,
        *,
        read_permissions: Roles,
        read_write_permissions: Roles,
        filename: str | None = None,
        mimetype: str | None = None,
        options: RequestOptions | None = None,
    ) -> Asset:
        """Upload `file` (a path, bytes or a binary stream) and attach it to the asset.

        Example: ``client.assets.add_attachment(asset_id, "manual.pdf", read_permissions="test",
        read_write_permissions="test")``
        """
        form = upload_form(read_permissions, read_write_permissions)
        return cast("Asset", self._upload(f"/assets/{id}/attachment", "Asset", file, form, filename, mimetype, options))


class AsyncAttaching(AsyncUploading):
    """Async twin of Attaching."""

    async def add_attachment(
        self,
        id: str,
        file: FileArg,
        *,
        read_permissions: Roles,
        read_write_permissions: Roles,
        filename: str | None = None,
        mimetype: str | None = None,
        options: RequestOptions | None = None,
    ) -> Asset:
        """Upload `file` (a path, bytes or a binary stream) and attach it to the asset."""
        form = upload_form(read_permissions, read_write_permissions)
        path = f"/assets/{id}/attachment"
        return cast("Asset", await self._upload(path, "Asset", file, form, filename, mimetype, options))


class Contents(  # type: ignore[misc]  # the overlay widens the generated signatures
    Uploading,
    Listing["Content", "PaginatedContent"],
    CreatingMany["Content"],
    Sharing,
    Trash["Content"],
    _resources.Contents,
):
    """`contents`: upload from a path, bytes or a stream; download to memory, a file or an iterator."""

    _model = "Content"

    def upload(  # type: ignore[override]  # a file and roles instead of the generated multipart model
        self,
        file: FileArg,
        *,
        read_permissions: Roles,
        read_write_permissions: Roles,
        filename: str | None = None,
        mimetype: str | None = None,
        options: RequestOptions | None = None,
    ) -> Content:
        """Upload a file as new content; a path or a stream is sent as it is read, never held whole.

        Example: ``client.contents.upload("report.pdf", read_permissions=["test"], read_write_permissions=["test"])``
        """
        form = upload_form(read_permissions, read_write_permissions)
        return cast("Content", self._upload("/contents", "Content", file, form, filename, mimetype, options))

    def create(self, body: Content | Mapping[str, Any], *, options: RequestOptions | None = None) -> Content:
        """Create a content's metadata from JSON, without a file (the SDK's `addOne`).

        Example: ``client.contents.create({"filename": "notes.txt", "readPermissions": ["test"], ...})``
        """
        return _resources.Contents.upload(self, body=self._body(body), options=options)

    def download_to(self, id: str, path: str | os.PathLike[str], *, options: RequestOptions | None = None) -> Path:
        """Stream the content's file into `path`, which is replaced only once the whole file has arrived."""
        with self.with_streaming_response.download(id, options=options) as stream:
            return stream.write_to(path)

    def iter_download(
        self, id: str, *, chunk_size: int = CHUNK, options: RequestOptions | None = None
    ) -> Iterator[bytes]:
        """The content's bytes in chunks, as they arrive; the request is sent on the first `next()`.

        Example: ``digest = hashlib.sha256(); [digest.update(c) for c in client.contents.iter_download(cid)]``
        """
        with self.with_streaming_response.download(id, options=options) as stream:
            yield from stream.iter_bytes(chunk_size)


class AsyncContents(  # type: ignore[misc]  # the overlay widens the generated signatures
    AsyncUploading,
    AsyncListing["Content", "PaginatedContent"],
    AsyncCreatingMany["Content"],
    AsyncSharing,
    AsyncTrash["Content"],
    _resources.AsyncContents,
):
    """Async twin of Contents."""

    _model = "Content"

    async def upload(  # type: ignore[override]  # a file and roles instead of the generated multipart model
        self,
        file: FileArg,
        *,
        read_permissions: Roles,
        read_write_permissions: Roles,
        filename: str | None = None,
        mimetype: str | None = None,
        options: RequestOptions | None = None,
    ) -> Content:
        """Upload a file as new content; a path or a stream is sent as it is read, never held whole."""
        form = upload_form(read_permissions, read_write_permissions)
        return cast("Content", await self._upload("/contents", "Content", file, form, filename, mimetype, options))

    async def create(self, body: Content | Mapping[str, Any], *, options: RequestOptions | None = None) -> Content:
        """Create a content's metadata from JSON, without a file (the SDK's `addOne`)."""
        return await _resources.AsyncContents.upload(self, body=await self._body(body), options=options)

    async def download_to(
        self, id: str, path: str | os.PathLike[str], *, options: RequestOptions | None = None
    ) -> Path:
        """Stream the content's file into `path`, which is replaced only once the whole file has arrived."""
        async with self.with_streaming_response.download(id, options=options) as stream:
            return await stream.write_to(path)

    async def iter_download(
        self, id: str, *, chunk_size: int = CHUNK, options: RequestOptions | None = None
    ) -> AsyncIterator[bytes]:
        """The content's bytes in chunks, as they arrive."""
        async with self.with_streaming_response.download(id, options=options) as stream:
            async for chunk in stream.iter_bytes(chunk_size):
                yield chunk


class Publishing(Uploading):
    """`flow_modules.publish`: a module's zip as multipart, with `name`, `description` and `version`."""

    def publish(
        self,
        file: FileArg,
        *,
        name: str,
        version: str | None = None,
        description: str | None = None,
        options: RequestOptions | None = None,
    ) -> FlowModule:
        """Publish a module version.

        Example: ``client.flow_modules.publish("dist/my-module.zip", name="my-module", version="1.2.0")``
        """
        form = {k: v for k, v in (("name", name), ("description", description), ("version", version)) if v is not None}
        return cast(
            "FlowModule", self._upload("/flow/modules", "FlowModule", file, form, None, "application/zip", options)
        )


class AsyncPublishing(AsyncUploading):
    """Async twin of Publishing."""

    async def publish(
        self,
        file: FileArg,
        *,
        name: str,
        version: str | None = None,
        description: str | None = None,
        options: RequestOptions | None = None,
    ) -> FlowModule:
        """Publish a module version."""
        form = {k: v for k, v in (("name", name), ("description", description), ("version", version)) if v is not None}
        module = await self._upload("/flow/modules", "FlowModule", file, form, None, "application/zip", options)
        return cast("FlowModule", module)
