"""Artifacts and their versions, and publishing a version with its files.

Files are published through the artifact publish endpoint official integrations use
(`POST /commander/cgi-bin/publishArtifactAPI.cgi`, multipart), which answers the text `Artifact-Published-OK`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import httpx
from client_runtime import ApiError, InvalidRequest, RequestOptions

from . import _resources
from .envelopes import AsyncUnwrapped, Unwrapped, items

PUBLISH_PATH = "/commander/cgi-bin/publishArtifactAPI.cgi"
PUBLISHED_OK = "Artifact-Published-OK"
ARTIFACT_NAME = re.compile(r"^[^:]+:[^:]+$")

FileSource = str | os.PathLike[str] | bytes | IO[bytes]
Files = Mapping[str, FileSource] | str | os.PathLike[str]


class PublishRefused(ApiError):
    """The publish endpoint did not answer `Artifact-Published-OK`; `status` and `text` are its answer."""

    def __init__(self, status: int, text: str) -> None:
        super().__init__(f"the server refused to publish the artifact version ({status}): {text.strip()[:300]}")
        self.status = status
        self.text = text[:2000]


def _content(where: str, source: Any) -> bytes | IO[bytes]:
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise InvalidRequest(where, f"no such file: {path}")
        return path.read_bytes()
    if hasattr(source, "read"):
        return source  # type: ignore[no-any-return]
    raise InvalidRequest(where, f"must be a path, bytes or a binary stream, got {type(source).__name__}")


def _parts(files: Files) -> list[tuple[str, tuple[str, bytes | IO[bytes], str]]]:
    """One `files` part per file, named by its path inside the version (always with `/`)."""
    if isinstance(files, str | os.PathLike):
        root = Path(files)
        if root.is_file():
            named: Mapping[str, FileSource] = {root.name: root}
        elif root.is_dir():
            named = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}
        else:
            raise InvalidRequest("files", f"no such file or directory: {root}")
    elif isinstance(files, Mapping):
        named = files
    else:
        raise InvalidRequest("files", "must map paths inside the version to files, or be a file or directory path")
    if not named:
        raise InvalidRequest("files", "must hold at least one file")
    parts = []
    for name, source in named.items():
        if not isinstance(name, str) or not name or name.startswith("/") or "\\" in name:
            raise InvalidRequest("files", f"names must be relative paths with '/', got {name!r}")
        parts.append(("files", (name, _content(f"files[{name!r}]", source), "application/octet-stream")))
    return parts


def _form(artifact_name: str, version: str, repository_name: str | None, session_id: str | None) -> dict[str, str]:
    if not isinstance(artifact_name, str) or not ARTIFACT_NAME.match(artifact_name):
        raise InvalidRequest("artifact_name", f"must be 'groupId:artifactKey', got {artifact_name!r}")
    if not isinstance(version, str) or not version:
        raise InvalidRequest("version", "must be a non-empty string")
    form = {"artifactName": artifact_name, "artifactVersionVersion": version, "action": "publishArtifact"}
    form["compress"] = "1"
    if repository_name is not None:
        form["repositoryName"] = repository_name
    if session_id is not None:
        form["commanderSessionId"] = session_id
    return form


def _check(response: httpx.Response) -> None:
    if response.text.strip() != PUBLISHED_OK:
        raise PublishRefused(response.status_code, response.text)


class Artifacts(_resources.Artifacts):
    """Artifact operations, plus `publish_version`."""

    create = Unwrapped(_resources.Artifacts.create, lambda e: e.artifact)  # type: ignore[assignment]
    get = Unwrapped(_resources.Artifacts.get, lambda e: e.artifact)  # type: ignore[assignment]
    list_versions = Unwrapped(  # type: ignore[assignment]
        _resources.Artifacts.list_versions, lambda e: items(e.artifact_version)
    )
    get_version = Unwrapped(_resources.Artifacts.get_version, lambda e: e.artifact_version)  # type: ignore[assignment]
    create_version = Unwrapped(  # type: ignore[assignment]
        _resources.Artifacts.create_version, lambda e: e.artifact_version
    )

    def publish_version(
        self,
        artifact_name: str,
        version: str,
        files: Files,
        *,
        repository_name: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Publish `files` as version `version` of `groupId:artifactKey`; raises PublishRefused if refused.

        `files` maps paths inside the version to a path, bytes or a binary stream; or is one file or a directory,
        published with the paths relative to it.

        Example: ``client.artifacts.publish_version("com.example:app", "1.0.0", "build/dist")``
        """
        parts = _parts(files)
        form = _form(artifact_name, version, repository_name, None)
        session = getattr(self._client, "publish_session", None)
        if callable(session):
            form = _form(artifact_name, version, repository_name, session())
        response = self._client.request("POST", PUBLISH_PATH, data=form, files=parts, options=options)
        _check(response)


class AsyncArtifacts(_resources.AsyncArtifacts):
    """Async twin of Artifacts."""

    create = AsyncUnwrapped(_resources.AsyncArtifacts.create, lambda e: e.artifact)  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncArtifacts.get, lambda e: e.artifact)  # type: ignore[assignment]
    list_versions = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncArtifacts.list_versions, lambda e: items(e.artifact_version)
    )
    get_version = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncArtifacts.get_version, lambda e: e.artifact_version
    )
    create_version = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncArtifacts.create_version, lambda e: e.artifact_version
    )

    async def publish_version(
        self,
        artifact_name: str,
        version: str,
        files: Files,
        *,
        repository_name: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Publish `files` as version `version` of `groupId:artifactKey`; raises PublishRefused if refused."""
        parts = _parts(files)
        form = _form(artifact_name, version, repository_name, None)
        session = getattr(self._client, "publish_session", None)
        if callable(session):
            form = _form(artifact_name, version, repository_name, await session())
        response = await self._client.request("POST", PUBLISH_PATH, data=form, files=parts, options=options)
        _check(response)
