"""The node and its administration: database credentials, modules, apps, proxies, masters, followers, archives.

Keys and passwords the node returns are wrapped in Secret, so they never show in reprs or logs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Literal, cast

import httpx
from client_runtime import InvalidRequest, RequestOptions, Secret

from . import _resources
from ._checks import build
from .naming import ModuleRef, by_name

if TYPE_CHECKING:
    from ._generated.models.archive_report import ArchiveReport
    from ._generated.models.connection_info import ConnectionInfo
    from ._generated.models.follower import Follower
    from ._generated.models.master_added import MasterAdded
    from ._generated.models.module import Module
    from ._generated.models.proxy import Proxy

LOOPBACK = ("127.0.0.1", "localhost", "::1")
MasterType = Literal["user", "joule", "lumen"]


@dataclass(frozen=True)
class DbConnection:
    """How to reach the node's database as the `joule_module` role (the password changes at every node start)."""

    username: str
    password: Secret
    host: str
    port: int
    database: str

    def url(self) -> str:
        """A `postgresql://` URL for SQLAlchemy or psycopg (it contains the password)."""
        return f"postgresql://{self.username}:{self.password.reveal()}@{self.host}:{self.port}/{self.database}"


def _db_connection(info: ConnectionInfo, base_url: str) -> DbConnection:
    """Joule's own client does the same: a loopback host means the node's own host."""
    host = info.host
    if host in LOOPBACK:
        host = httpx.URL(base_url).host or host
    return DbConnection(info.username, Secret(info.password), host, info.port, info.database)


@dataclass(frozen=True)
class MasterGrant:
    """A new master: for a user, the key to hand over; for a node, its name."""

    name: str
    key: Secret | None


def _grant(added: MasterAdded) -> MasterGrant:
    key = added.key if isinstance(added.key, str) else None
    return MasterGrant(added.name, Secret(key) if key is not None else None)


@dataclass(frozen=True)
class FollowerNode:
    """A node this node controls, and the key it uses there."""

    id: int
    name: str
    location: str
    key: Secret


def _follower(found: Follower) -> FollowerNode:
    return FollowerNode(found.id, found.name, found.location, Secret(found.key))


def _master_body(
    master_type: MasterType, identifier: str, api_key: str | Secret | None, lumen_params: Mapping[str, Any] | None
) -> Any:
    from ._generated.models.master_add_request import MasterAddRequest

    body: dict[str, Any] = {"master_type": master_type, "identifier": identifier}
    if api_key is not None:
        body["api_key"] = Secret(api_key).reveal()
    if lumen_params is not None:
        body["lumen_params"] = dict(lumen_params)
    return build(MasterAddRequest, body)


def _archive(archive: str | os.PathLike[str] | bytes | IO[bytes]) -> Any:
    from ._generated.types import File

    if isinstance(archive, str | os.PathLike):
        path = Path(archive)
        if not path.is_file():
            raise InvalidRequest("archive", f"no such file: {path}")
        archive = path.read_bytes()
    elif not isinstance(archive, bytes):
        read = getattr(archive, "read", None)
        if not callable(read):
            raise InvalidRequest("archive", f"must be a path, bytes or a binary stream, got {type(archive).__name__}")
        archive = read()
    if not isinstance(archive, bytes):
        raise InvalidRequest("archive", "the stream must give bytes")
    # httpx sends bytes as they are, from the sync and the async client alike; a file object only from the sync one.
    return File(payload=cast("BinaryIO", archive), file_name="archive.zip")


class Node(_resources.Node):
    """The node itself."""

    def db_connection(self, *, options: RequestOptions | None = None) -> DbConnection:  # type: ignore[override]
        """The database credentials, with a loopback host replaced by the node's host, as joule's client does."""
        return _db_connection(super().db_connection(options=options), self._client.base_url)


class AsyncNode(_resources.AsyncNode):
    """Async twin of Node."""

    async def db_connection(self, *, options: RequestOptions | None = None) -> DbConnection:  # type: ignore[override]
        """The database credentials, with a loopback host replaced by the node's host."""
        return _db_connection(await super().db_connection(options=options), self._client.base_url)


class Modules(_resources.Modules):
    """Modules by object, name or id."""

    def list_all(self, *, statistics: bool = False, options: RequestOptions | None = None) -> list[Module]:  # type: ignore[override]
        """Every module; `statistics=True` adds CPU and memory use (about 0.5 s per module)."""
        return super().list_all(statistics=1 if statistics else 0, options=options)

    def get(self, module: ModuleRef, *, options: RequestOptions | None = None) -> Module:  # type: ignore[override]
        """One module, with its statistics. Example: ``client.modules.get("my module").statistics``"""
        return super().get(**by_name(module, "module"), options=options)

    def logs(self, module: ModuleRef, *, options: RequestOptions | None = None) -> list[str]:  # type: ignore[override]
        """The module's latest output lines, oldest first."""
        return super().logs(**by_name(module, "module"), options=options)


class AsyncModules(_resources.AsyncModules):
    """Async twin of Modules."""

    async def list_all(self, *, statistics: bool = False, options: RequestOptions | None = None) -> list[Module]:  # type: ignore[override]
        """Every module; `statistics=True` adds CPU and memory use."""
        return await super().list_all(statistics=1 if statistics else 0, options=options)

    async def get(self, module: ModuleRef, *, options: RequestOptions | None = None) -> Module:  # type: ignore[override]
        """One module, with its statistics."""
        return await super().get(**by_name(module, "module"), options=options)

    async def logs(self, module: ModuleRef, *, options: RequestOptions | None = None) -> list[str]:  # type: ignore[override]
        """The module's latest output lines, oldest first."""
        return await super().logs(**by_name(module, "module"), options=options)


class Proxies(_resources.Proxies):
    """Proxies by object, name or id."""

    def get(self, proxy: ModuleRef, *, options: RequestOptions | None = None) -> Proxy:  # type: ignore[override]
        """One proxy. Example: ``client.proxies.get("flask app").url``"""
        return super().get(**by_name(proxy, "proxy"), options=options)


class AsyncProxies(_resources.AsyncProxies):
    """Async twin of Proxies."""

    async def get(self, proxy: ModuleRef, *, options: RequestOptions | None = None) -> Proxy:  # type: ignore[override]
        """One proxy."""
        return await super().get(**by_name(proxy, "proxy"), options=options)


class Apps(_resources.Apps):
    """Apps served through the node."""

    def auth(self, app_id: str, *, options: RequestOptions | None = None) -> str:  # type: ignore[override]
        """Where the app `m<id>` or `p<id>` answers (the `X-Proxy-Path` header)."""
        return super().with_raw_response.auth(x_app_id=app_id, options=options).headers["X-Proxy-Path"]


class AsyncApps(_resources.AsyncApps):
    """Async twin of Apps."""

    async def auth(self, app_id: str, *, options: RequestOptions | None = None) -> str:  # type: ignore[override]
        """Where the app `m<id>` or `p<id>` answers (the `X-Proxy-Path` header)."""
        raw = await super().with_raw_response.auth(x_app_id=app_id, options=options)
        return raw.headers["X-Proxy-Path"]


class Masters(_resources.Masters):
    """Who may control this node."""

    def add(  # type: ignore[override]  # plain arguments, and the key as a Secret
        self,
        master_type: MasterType,
        identifier: str,
        *,
        api_key: str | Secret | None = None,
        lumen_params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> MasterGrant:
        """Grant a user (returns the new key) or a joule or lumen node access.

        Example: ``key = client.masters.add("user", "ana").key``
        """
        return _grant(super().add(body=_master_body(master_type, identifier, api_key, lumen_params), options=options))

    def remove(  # type: ignore[override]  # the master's name and type
        self, name: str, master_type: MasterType, *, options: RequestOptions | None = None
    ) -> None:
        """Revoke a master's access."""
        super().remove(name=name, master_type=master_type, options=options)


class AsyncMasters(_resources.AsyncMasters):
    """Async twin of Masters."""

    async def add(  # type: ignore[override]  # plain arguments, and the key as a Secret
        self,
        master_type: MasterType,
        identifier: str,
        *,
        api_key: str | Secret | None = None,
        lumen_params: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> MasterGrant:
        """Grant a user (returns the new key) or a joule or lumen node access."""
        body = _master_body(master_type, identifier, api_key, lumen_params)
        return _grant(await super().add(body=body, options=options))

    async def remove(  # type: ignore[override]  # the master's name and type
        self, name: str, master_type: MasterType, *, options: RequestOptions | None = None
    ) -> None:
        """Revoke a master's access."""
        await super().remove(name=name, master_type=master_type, options=options)


def _follower_body(
    key: str | Secret, port: int, scheme: str, base_uri: str, name: str | None, name_is_host: bool
) -> Any:
    from ._generated.models.follower_add_request import FollowerAddRequest

    body: dict[str, Any] = {"key": Secret(key).reveal(), "port": port, "scheme": scheme, "base_uri": base_uri}
    if name is not None:
        body["name"] = name
    if name_is_host:
        body["name_is_host"] = 1
    return build(FollowerAddRequest, body)


class Followers(_resources.Followers):
    """Nodes this node controls."""

    def list_all(self, *, options: RequestOptions | None = None) -> list[FollowerNode]:  # type: ignore[override]
        """The followers, their keys wrapped in Secret."""
        return [_follower(f) for f in super().list_all(options=options)]

    def add(  # type: ignore[override]  # plain arguments
        self,
        key: str | Secret,
        port: int,
        *,
        scheme: Literal["http", "https"] = "http",
        base_uri: str = "",
        name: str | None = None,
        name_is_host: bool = False,
        options: RequestOptions | None = None,
    ) -> str:
        """Ask this node to follow the calling node (the node calls it back); returns this node's name."""
        body = _follower_body(key, port, scheme, base_uri, name, name_is_host)
        return super().add(body=body, options=options).name

    def remove(self, name: str, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Remove a follower. Known server bug: every follower is removed, not only `name`."""
        super().remove(name=name, options=options)


class AsyncFollowers(_resources.AsyncFollowers):
    """Async twin of Followers."""

    async def list_all(self, *, options: RequestOptions | None = None) -> list[FollowerNode]:  # type: ignore[override]
        """The followers, their keys wrapped in Secret."""
        return [_follower(f) for f in await super().list_all(options=options)]

    async def add(  # type: ignore[override]  # plain arguments
        self,
        key: str | Secret,
        port: int,
        *,
        scheme: Literal["http", "https"] = "http",
        base_uri: str = "",
        name: str | None = None,
        name_is_host: bool = False,
        options: RequestOptions | None = None,
    ) -> str:
        """Ask this node to follow the calling node; returns this node's name."""
        body = _follower_body(key, port, scheme, base_uri, name, name_is_host)
        return (await super().add(body=body, options=options)).name

    async def remove(self, name: str, *, options: RequestOptions | None = None) -> None:  # type: ignore[override]
        """Remove a follower (every follower, because of a server bug)."""
        await super().remove(name=name, options=options)


class Archives(_resources.Archives):
    """Importing Joule data archives."""

    def upload(  # type: ignore[override]  # a path, bytes or a stream
        self, archive: str | os.PathLike[str] | bytes | IO[bytes], *, options: RequestOptions | None = None
    ) -> ArchiveReport:
        """Import an archive zip; the report lists what was imported, warnings and errors."""
        return super().upload(body=_archive(archive), options=options)


class AsyncArchives(_resources.AsyncArchives):
    """Async twin of Archives."""

    async def upload(  # type: ignore[override]  # a path, bytes or a stream
        self, archive: str | os.PathLike[str] | bytes | IO[bytes], *, options: RequestOptions | None = None
    ) -> ArchiveReport:
        """Import an archive zip."""
        return await super().upload(body=_archive(archive), options=options)
