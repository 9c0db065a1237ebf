"""CoreClient and AsyncCoreClient: registries, nodes, master images, projects, analyses, buckets and logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Unpack

import httpx
from client_runtime import ClientOptions, InvalidRequest, RequestOptions

from .._catalog import (
    ANALYSIS,
    ANALYSIS_BUCKET,
    ANALYSIS_BUCKET_FILE,
    ANALYSIS_NODE,
    MASTER_IMAGE,
    MASTER_IMAGE_GROUP,
    NODE,
    PROJECT,
    PROJECT_NODE,
    REGISTRY,
    REGISTRY_PROJECT,
)
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
    model_body,
    to_id,
    with_params,
)
from ..query import PageParams, page_params
from ._resources import AsyncCoreClientBase, CoreClientBase

if TYPE_CHECKING:
    from ._generated.models import (
        Analysis,
        AnalysisCommandCommand,
        ClientCredentials,
        Log,
        MasterImage,
        NodeRegistryCredentials,
    )

ENV_URL = "FLAME_HUB_CORE_URL"
RegistryCommandName = Literal["setup", "cleanup", "delete", "projectLink", "projectUnlink"]
LogLevel = Literal["emerg", "alert", "crit", "error", "warn", "notice", "info", "debug"]


class CoreVerbs(HubSettings):
    """The seed's verbs for every core entity."""

    service: ClassVar[Service] = "core"

    find_registries = Finder(REGISTRY)
    get_registries = Lister(REGISTRY)
    iter_registries = Iterating(REGISTRY)
    get_registry = Getter(REGISTRY)
    create_registry = Creator(REGISTRY)
    update_registry = Updater(REGISTRY)
    delete_registry = Deleter(REGISTRY)

    find_registry_projects = Finder(REGISTRY_PROJECT)
    get_registry_projects = Lister(REGISTRY_PROJECT)
    iter_registry_projects = Iterating(REGISTRY_PROJECT)
    get_registry_project = Getter(REGISTRY_PROJECT)
    create_registry_project = Creator(REGISTRY_PROJECT)
    update_registry_project = Updater(REGISTRY_PROJECT)
    delete_registry_project = Deleter(REGISTRY_PROJECT)

    find_nodes = Finder(NODE)
    get_nodes = Lister(NODE)
    iter_nodes = Iterating(NODE)
    get_node = Getter(NODE)
    create_node = Creator(NODE)
    update_node = Updater(NODE)
    delete_node = Deleter(NODE)

    find_master_image_groups = Finder(MASTER_IMAGE_GROUP)
    get_master_image_groups = Lister(MASTER_IMAGE_GROUP)
    iter_master_image_groups = Iterating(MASTER_IMAGE_GROUP)
    get_master_image_group = Getter(MASTER_IMAGE_GROUP)
    delete_master_image_group = Deleter(MASTER_IMAGE_GROUP)

    find_master_images = Finder(MASTER_IMAGE)
    get_master_images = Lister(MASTER_IMAGE)
    iter_master_images = Iterating(MASTER_IMAGE)
    get_master_image = Getter(MASTER_IMAGE)
    delete_master_image = Deleter(MASTER_IMAGE)

    find_projects = Finder(PROJECT)
    get_projects = Lister(PROJECT)
    iter_projects = Iterating(PROJECT)
    get_project = Getter(PROJECT)
    create_project = Creator(PROJECT)
    update_project = Updater(PROJECT)
    delete_project = Deleter(PROJECT)

    find_project_nodes = Finder(PROJECT_NODE)
    get_project_nodes = Lister(PROJECT_NODE)
    iter_project_nodes = Iterating(PROJECT_NODE)
    get_project_node = Getter(PROJECT_NODE)
    create_project_node = Creator(PROJECT_NODE)
    update_project_node = Updater(PROJECT_NODE)
    delete_project_node = Deleter(PROJECT_NODE)

    find_analyses = Finder(ANALYSIS)
    get_analyses = Lister(ANALYSIS)
    iter_analyses = Iterating(ANALYSIS)
    get_analysis = Getter(ANALYSIS)
    create_analysis = Creator(ANALYSIS)
    update_analysis = Updater(ANALYSIS)
    delete_analysis = Deleter(ANALYSIS)

    find_analysis_nodes = Finder(ANALYSIS_NODE)
    get_analysis_nodes = Lister(ANALYSIS_NODE)
    iter_analysis_nodes = Iterating(ANALYSIS_NODE)
    get_analysis_node = Getter(ANALYSIS_NODE)
    create_analysis_node = Creator(ANALYSIS_NODE)
    update_analysis_node = Updater(ANALYSIS_NODE)
    delete_analysis_node = Deleter(ANALYSIS_NODE)

    find_analysis_buckets = Finder(ANALYSIS_BUCKET)
    get_analysis_buckets = Lister(ANALYSIS_BUCKET)
    iter_analysis_buckets = Iterating(ANALYSIS_BUCKET)
    get_analysis_bucket = Getter(ANALYSIS_BUCKET)
    create_analysis_bucket = Creator(ANALYSIS_BUCKET)
    update_analysis_bucket = Updater(ANALYSIS_BUCKET)
    delete_analysis_bucket = Deleter(ANALYSIS_BUCKET)

    find_analysis_bucket_files = Finder(ANALYSIS_BUCKET_FILE)
    get_analysis_bucket_files = Lister(ANALYSIS_BUCKET_FILE)
    iter_analysis_bucket_files = Iterating(ANALYSIS_BUCKET_FILE)
    get_analysis_bucket_file = Getter(ANALYSIS_BUCKET_FILE)
    create_analysis_bucket_file = Creator(ANALYSIS_BUCKET_FILE)
    update_analysis_bucket_file = Updater(ANALYSIS_BUCKET_FILE)
    delete_analysis_bucket_file = Deleter(ANALYSIS_BUCKET_FILE)


def _credentials_body(fields: Mapping[str, Any]) -> Any:
    from ._generated.models import ClientCredentialsUpdate

    return model_body(ClientCredentialsUpdate, "core", None, fields)


def _command(command: str) -> Any:
    from ._generated.models import AnalysisCommand

    return model_body(AnalysisCommand, "core", None, {"command": command})


def _master_image_command(command: str, image: Any = None) -> Any:
    from ._generated.models import MasterImageCommand

    fields = {"command": command} if image is None else {"command": command, "id": to_id(image, "master_image_id")}
    return model_body(MasterImageCommand, "core", None, fields)


def _registry_command(registry: Any, command: str, secret: str | None) -> Any:
    from ._generated.models import RegistryCommand

    fields = {"command": command, "id": to_id(registry, "registry_id")}
    if secret is not None:
        fields["secret"] = secret
    return model_body(RegistryCommand, "core", None, fields)


def _log_query(
    analysis: Any, node: Any, level: LogLevel | None, sort: str | None, page: PageParams | None
) -> dict[str, Any]:
    """Log routes accept only equality filters; analysisId (and nodeId for node logs) are required."""
    query: dict[str, Any] = page_params(page)
    query["filter[analysisId]"] = to_id(analysis, "analysis_id")
    if node is not None:
        query["filter[nodeId]"] = to_id(node, "node_id")
    if level is not None:
        query["filter[level]"] = level
    if sort is not None:
        if sort not in ("time", "-time"):
            raise InvalidRequest("sort", f"log lines sort only by 'time' or '-time', got {sort!r}")
        query["sort"] = sort
    return query


def _log(
    analysis: Any,
    node: Any,
    level: LogLevel,
    message: str,
    status: str | None,
    code: str | None,
    labels: Mapping[str, str | None] | None,
) -> Any:
    from ._generated.models import AnalysisNodeLogCreate

    fields: dict[str, Any] = {"analysisId": analysis, "nodeId": node, "level": level, "message": message}
    fields.update({name: value for name, value in (("status", status), ("code", code)) if value is not None})
    if labels is not None:
        fields["labels"] = dict(labels)
    return model_body(AnalysisNodeLogCreate, "core", None, fields)


def _log_class() -> type[Log]:
    from ._generated.models import Log

    return Log


def _filter(name: str, value: Any) -> dict[str, str]:
    return {f"filter[{name}]": to_id(value, name)}


class CoreClient(CoreVerbs, CoreClientBase):
    """Blocking client of the FLAME Hub core service.

    Example::

        auth = PasswordAuth("admin", "start123", "http://localhost:3000/auth/")
        with CoreClient("http://localhost:3000/core/", auth) as client:
            nodes = client.find_nodes(filter={"name": like("my-node")}, page={"limit": 25})
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
    def from_env(cls, environ: Mapping[str, str] | None = None, *, auth: AuthArg = None, **options: Any) -> CoreClient:
        """A client for `$FLAME_HUB_CORE_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)

    def get_node_registry_credentials(
        self, node: Any, *, options: RequestOptions | None = None
    ) -> NodeRegistryCredentials:
        """The registry credentials of a node's registry project."""
        return self.nodes.get_registry_credentials(to_id(node, "node_id"), options=options)

    def get_node_client_credentials(self, node: Any, *, options: RequestOptions | None = None) -> ClientCredentials:
        """The authup client a node authenticates with."""
        return self.nodes.get_client_credentials(to_id(node, "node_id"), options=options)

    def update_node_client_credentials(
        self, node: Any, *, options: RequestOptions | None = None, **fields: Any
    ) -> ClientCredentials:
        """Change a node's client: `secret=None` makes the server generate a secret, returned in clear."""
        body = _credentials_body(fields)
        return self.nodes.update_client_credentials(to_id(node, "node_id"), body=body, options=options)

    def get_analysis_client_credentials(
        self, analysis: Any, *, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """The authup client an analysis authenticates with."""
        return self.analyses.get_client_credentials(to_id(analysis, "analysis_id"), options=options)

    def update_analysis_client_credentials(
        self, analysis: Any, *, options: RequestOptions | None = None, **fields: Any
    ) -> ClientCredentials:
        """Change an analysis's client: `secret=None` makes the server generate a secret, returned in clear."""
        body = _credentials_body(fields)
        return self.analyses.update_client_credentials(to_id(analysis, "analysis_id"), body=body, options=options)

    def send_analysis_command(
        self, analysis: Any, command: AnalysisCommandCommand, *, options: RequestOptions | None = None
    ) -> Analysis:
        """Run `buildStart`, `configurationLock`, … on an analysis; returns the analysis afterwards."""
        identifier = to_id(analysis, "analysis_id")
        return self.analyses.send_command(identifier, body=_command(command), options=options).data

    def sync_master_images(self, *, options: RequestOptions | None = None) -> MasterImage | None:
        """Pull the master images from their repository (needs the server's message queue and worker)."""
        return self.master_images.send_command(body=_master_image_command("sync"), options=options).data

    def build_master_image(self, master_image: Any, *, options: RequestOptions | None = None) -> MasterImage | None:
        """Build one master image."""
        body = _master_image_command("build", master_image)
        return self.master_images.send_command(body=body, options=options).data

    def send_registry_command(
        self,
        registry: Any,
        command: RegistryCommandName,
        *,
        secret: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """`setup`, `cleanup` or `delete` a registry; `projectLink` or `projectUnlink` a registry project."""
        self.registries.send_command(body=_registry_command(registry, command, secret), options=options)

    def find_analysis_logs(
        self,
        analysis: Any,
        *,
        level: LogLevel | None = None,
        sort: str | None = None,
        page: PageParams | None = None,
        options: RequestOptions | None = None,
    ) -> list[Log]:
        """An analysis's log lines (empty when the Hub has no telemetry service)."""
        query = _log_query(analysis, None, level, sort, page)
        raw = self.analysis_logs.with_raw_response.list(options=with_params(options, query))
        return decode_items(_log_class(), raw.http_response)[0]

    def delete_analysis_logs(self, analysis: Any, *, options: RequestOptions | None = None) -> None:
        """Delete an analysis's log lines."""
        query = _filter("analysisId", analysis)
        self.analysis_logs.delete(options=with_params(options, query))

    def find_analysis_node_logs(
        self,
        analysis: Any,
        node: Any,
        *,
        level: LogLevel | None = None,
        sort: str | None = None,
        page: PageParams | None = None,
        options: RequestOptions | None = None,
    ) -> list[Log]:
        """The log lines of an analysis on one node."""
        query = _log_query(analysis, node, level, sort, page)
        raw = self.analysis_node_logs.with_raw_response.list(options=with_params(options, query))
        return decode_items(_log_class(), raw.http_response)[0]

    def create_analysis_node_log(
        self,
        analysis: Any,
        node: Any,
        level: LogLevel,
        message: str,
        *,
        status: str | None = None,
        code: str | None = None,
        labels: Mapping[str, str | None] | None = None,
        options: RequestOptions | None = None,
    ) -> Log:
        """Write a log line of an analysis on a node."""
        body = _log(analysis, node, level, message, status, code, labels)
        return self.analysis_node_logs.create(body=body, options=options).data

    def delete_analysis_node_logs(self, analysis: Any, node: Any, *, options: RequestOptions | None = None) -> None:
        """Delete the log lines of an analysis on a node."""
        query = {**_filter("analysisId", analysis), **_filter("nodeId", node)}
        self.analysis_node_logs.delete(options=with_params(options, query))


class AsyncCoreClient(CoreVerbs, AsyncCoreClientBase):
    """Async client of the FLAME Hub core service, with the same surface as CoreClient."""

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
    ) -> AsyncCoreClient:
        """A client for `$FLAME_HUB_CORE_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)

    async def get_node_registry_credentials(
        self, node: Any, *, options: RequestOptions | None = None
    ) -> NodeRegistryCredentials:
        """The registry credentials of a node's registry project."""
        return await self.nodes.get_registry_credentials(to_id(node, "node_id"), options=options)

    async def get_node_client_credentials(
        self, node: Any, *, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """The authup client a node authenticates with."""
        return await self.nodes.get_client_credentials(to_id(node, "node_id"), options=options)

    async def update_node_client_credentials(
        self, node: Any, *, options: RequestOptions | None = None, **fields: Any
    ) -> ClientCredentials:
        """Change a node's client: `secret=None` makes the server generate a secret, returned in clear."""
        body = _credentials_body(fields)
        return await self.nodes.update_client_credentials(to_id(node, "node_id"), body=body, options=options)

    async def get_analysis_client_credentials(
        self, analysis: Any, *, options: RequestOptions | None = None
    ) -> ClientCredentials:
        """The authup client an analysis authenticates with."""
        return await self.analyses.get_client_credentials(to_id(analysis, "analysis_id"), options=options)

    async def update_analysis_client_credentials(
        self, analysis: Any, *, options: RequestOptions | None = None, **fields: Any
    ) -> ClientCredentials:
        """Change an analysis's client: `secret=None` makes the server generate a secret, returned in clear."""
        body = _credentials_body(fields)
        identifier = to_id(analysis, "analysis_id")
        return await self.analyses.update_client_credentials(identifier, body=body, options=options)

    async def send_analysis_command(
        self, analysis: Any, command: AnalysisCommandCommand, *, options: RequestOptions | None = None
    ) -> Analysis:
        """Run `buildStart`, `configurationLock`, … on an analysis; returns the analysis afterwards."""
        identifier = to_id(analysis, "analysis_id")
        return (await self.analyses.send_command(identifier, body=_command(command), options=options)).data

    async def sync_master_images(self, *, options: RequestOptions | None = None) -> MasterImage | None:
        """Pull the master images from their repository (needs the server's message queue and worker)."""
        return (await self.master_images.send_command(body=_master_image_command("sync"), options=options)).data

    async def build_master_image(
        self, master_image: Any, *, options: RequestOptions | None = None
    ) -> MasterImage | None:
        """Build one master image."""
        body = _master_image_command("build", master_image)
        return (await self.master_images.send_command(body=body, options=options)).data

    async def send_registry_command(
        self,
        registry: Any,
        command: RegistryCommandName,
        *,
        secret: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """`setup`, `cleanup` or `delete` a registry; `projectLink` or `projectUnlink` a registry project."""
        await self.registries.send_command(body=_registry_command(registry, command, secret), options=options)

    async def find_analysis_logs(
        self,
        analysis: Any,
        *,
        level: LogLevel | None = None,
        sort: str | None = None,
        page: PageParams | None = None,
        options: RequestOptions | None = None,
    ) -> list[Log]:
        """An analysis's log lines (empty when the Hub has no telemetry service)."""
        query = _log_query(analysis, None, level, sort, page)
        raw = await self.analysis_logs.with_raw_response.list(options=with_params(options, query))
        return decode_items(_log_class(), raw.http_response)[0]

    async def delete_analysis_logs(self, analysis: Any, *, options: RequestOptions | None = None) -> None:
        """Delete an analysis's log lines."""
        query = _filter("analysisId", analysis)
        await self.analysis_logs.delete(options=with_params(options, query))

    async def find_analysis_node_logs(
        self,
        analysis: Any,
        node: Any,
        *,
        level: LogLevel | None = None,
        sort: str | None = None,
        page: PageParams | None = None,
        options: RequestOptions | None = None,
    ) -> list[Log]:
        """The log lines of an analysis on one node."""
        query = _log_query(analysis, node, level, sort, page)
        raw = await self.analysis_node_logs.with_raw_response.list(options=with_params(options, query))
        return decode_items(_log_class(), raw.http_response)[0]

    async def create_analysis_node_log(
        self,
        analysis: Any,
        node: Any,
        level: LogLevel,
        message: str,
        *,
        status: str | None = None,
        code: str | None = None,
        labels: Mapping[str, str | None] | None = None,
        options: RequestOptions | None = None,
    ) -> Log:
        """Write a log line of an analysis on a node."""
        body = _log(analysis, node, level, message, status, code, labels)
        return (await self.analysis_node_logs.create(body=body, options=options)).data

    async def delete_analysis_node_logs(
        self, analysis: Any, node: Any, *, options: RequestOptions | None = None
    ) -> None:
        """Delete the log lines of an analysis on a node."""
        query = {**_filter("analysisId", analysis), **_filter("nodeId", node)}
        await self.analysis_node_logs.delete(options=with_params(options, query))
