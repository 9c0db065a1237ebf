"""JouleClient and AsyncJouleClient: the generated façade plus `X-API-KEY` auth and the overlays."""

from __future__ import annotations

import os
from typing import Any, Unpack

import httpx
from client_runtime import ClientOptions, HeaderAuth, InvalidRequest, Secret

from ._resources import AsyncJouleClientBase, JouleClientBase
from ._version import __version__
from .annotations import Annotations, AsyncAnnotations
from .config import NodeConfig, load_node
from .data import AsyncData, Data
from .events import AsyncEvents, Events
from .node import (
    Apps,
    Archives,
    AsyncApps,
    AsyncArchives,
    AsyncFollowers,
    AsyncMasters,
    AsyncModules,
    AsyncNode,
    AsyncProxies,
    Followers,
    Masters,
    Modules,
    Node,
    Proxies,
)
from .streams import AsyncDataStreams, AsyncEventStreams, AsyncFolders, DataStreams, EventStreams, Folders

USER_AGENT = f"joule-client/{__version__}"
HEADER = "X-API-KEY"


def key_auth(key: str | Secret) -> HeaderAuth:
    secret = Secret(key)
    if not secret.reveal().strip():
        raise InvalidRequest("key", "must not be empty")
    return HeaderAuth(HEADER, secret, argument="key")


def _config_options(config: NodeConfig, options: dict[str, Any]) -> dict[str, Any]:
    """Verification stays on: with `ca.crt` it uses that CA, without it the system's (joule's CLI turns it off)."""
    if config.ca_file is not None and "verify" not in options:
        options["verify"] = str(config.ca_file)
    return options


class JouleClient(JouleClientBase):
    """Blocking Joule node client.

    Example::

        with JouleClient("http://localhost:8088", key="…") as node:
            node.node.info().version
    """

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        key: str | Secret,
        *,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=key_auth(key), transport=transport, **options)

    @classmethod
    def from_config(
        cls, name: str | None = None, *, directory: str | os.PathLike[str] | None = None, **options: Any
    ) -> JouleClient:
        """A client for a node saved by `joule node add` (the default node when `name` is None)."""
        config = load_node(name, directory=directory)
        return cls(config.url, config.key, **_config_options(config, options))

    @property
    def node(self) -> Node:
        return Node(self)

    @property
    def folders(self) -> Folders:
        return Folders(self)

    @property
    def data_streams(self) -> DataStreams:
        return DataStreams(self)

    @property
    def data(self) -> Data:
        return Data(self)

    @property
    def annotations(self) -> Annotations:
        return Annotations(self)

    @property
    def event_streams(self) -> EventStreams:
        return EventStreams(self)

    @property
    def events(self) -> Events:
        return Events(self)

    @property
    def modules(self) -> Modules:
        return Modules(self)

    @property
    def apps(self) -> Apps:
        return Apps(self)

    @property
    def proxies(self) -> Proxies:
        return Proxies(self)

    @property
    def masters(self) -> Masters:
        return Masters(self)

    @property
    def followers(self) -> Followers:
        return Followers(self)

    @property
    def archives(self) -> Archives:
        return Archives(self)


class AsyncJouleClient(AsyncJouleClientBase):
    """Async Joule node client, with the same surface as JouleClient."""

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        key: str | Secret,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(base_url, auth=key_auth(key), transport=transport, **options)

    @classmethod
    def from_config(
        cls, name: str | None = None, *, directory: str | os.PathLike[str] | None = None, **options: Any
    ) -> AsyncJouleClient:
        """A client for a node saved by `joule node add` (the default node when `name` is None)."""
        config = load_node(name, directory=directory)
        return cls(config.url, config.key, **_config_options(config, options))

    @property
    def node(self) -> AsyncNode:
        return AsyncNode(self)

    @property
    def folders(self) -> AsyncFolders:
        return AsyncFolders(self)

    @property
    def data_streams(self) -> AsyncDataStreams:
        return AsyncDataStreams(self)

    @property
    def data(self) -> AsyncData:
        return AsyncData(self)

    @property
    def annotations(self) -> AsyncAnnotations:
        return AsyncAnnotations(self)

    @property
    def event_streams(self) -> AsyncEventStreams:
        return AsyncEventStreams(self)

    @property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self)

    @property
    def modules(self) -> AsyncModules:
        return AsyncModules(self)

    @property
    def apps(self) -> AsyncApps:
        return AsyncApps(self)

    @property
    def proxies(self) -> AsyncProxies:
        return AsyncProxies(self)

    @property
    def masters(self) -> AsyncMasters:
        return AsyncMasters(self)

    @property
    def followers(self) -> AsyncFollowers:
        return AsyncFollowers(self)

    @property
    def archives(self) -> AsyncArchives:
        return AsyncArchives(self)
