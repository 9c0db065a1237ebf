"""HahnProClient and AsyncHahnProClient: the generated façade, Keycloak auth, the SDK's environment and the overlays."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Unpack

import httpx
from client_runtime import ClientOptions, InvalidRequest, Secret

from . import files, resources, streams
from . import timeseries as _timeseries
from ._resources import AsyncHahnProClientBase, HahnProClientBase
from ._version import __version__
from .auth import KeycloakAuth, keycloak_auth, realm_roles, token_claims

USER_AGENT = f"hahnpro-client/{__version__}"
ACTIVE_ORG_ID_HEADER = "active-org-id"
DEFAULT_API_BASE_URL = "https://testing.hahnpro.com"
DEFAULT_API_USER = "flow-executor-service"


def _normalize_path(value: str | None, default: str) -> str:
    return (value or "").strip("/") or default


def env_settings(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The constructor arguments the official SDK reads from its environment variables.

    `API_BASE_URL` (default https://testing.hahnpro.com; `https://` is added when it has no scheme),
    `API_BASE_PATH` (api), `AUTH_BASE_URL` (= API_BASE_URL), `AUTH_BASE_PATH` (auth), `AUTH_REALM` (hpc),
    `API_USER` (flow-executor-service) and `AUTH_SECRET` (required).

    >>> env_settings({"API_BASE_URL": "hahnpro.example", "AUTH_SECRET": "s"})["base_url"]
    'https://hahnpro.example/api'
    """
    env = os.environ if environ is None else environ
    secret = env.get("AUTH_SECRET")
    if not secret:
        raise InvalidRequest("AUTH_SECRET", "is not set in the environment: it holds the Keycloak secret of API_USER")
    api_base = env.get("API_BASE_URL") or DEFAULT_API_BASE_URL
    if not api_base.startswith(("http://", "https://")):
        api_base = f"https://{api_base}"
    api_base = api_base.rstrip("/")
    auth_base = (env.get("AUTH_BASE_URL") or api_base).rstrip("/")
    return {
        "base_url": f"{api_base}/{_normalize_path(env.get('API_BASE_PATH'), 'api')}",
        "auth_url": f"{auth_base}/{_normalize_path(env.get('AUTH_BASE_PATH'), 'auth')}",
        "realm": env.get("AUTH_REALM") or "hpc",
        "client_id": env.get("API_USER") or DEFAULT_API_USER,
        "client_secret": Secret(secret),
    }


def _auth(
    base_url: str,
    client_id: str | None,
    client_secret: str | Secret | None,
    auth: httpx.Auth | None,
    auth_url: str | None,
    realm: str,
    auth_method: str,
    discover: bool,
) -> httpx.Auth:
    if auth is not None:
        if client_id is not None or client_secret is not None:
            raise InvalidRequest("auth", "give either auth or client_id and client_secret, not both")
        return auth
    if not client_id or client_secret is None:
        raise InvalidRequest("client_secret", "client_id and client_secret are required (or pass auth=)")
    if auth_url is None:
        url = httpx.URL(base_url)
        auth_url = f"{url.scheme}://{url.netloc.decode()}/auth"
    return keycloak_auth(auth_url, client_id, client_secret, method=auth_method, realm=realm, discover=discover)


def _headers(options: ClientOptions, active_org_id: str | None) -> ClientOptions:
    if active_org_id is None:
        return options
    if not active_org_id:
        raise InvalidRequest("active_org_id", "must not be empty")
    return {**options, "headers": {**(options.get("headers") or {}), ACTIVE_ORG_ID_HEADER: active_org_id}}


def _keycloak(auth: httpx.Auth | None) -> KeycloakAuth:
    if not isinstance(auth, KeycloakAuth):
        raise InvalidRequest("auth", "reading the token's roles needs Keycloak client credentials")
    return auth


class HahnProClient(HahnProClientBase):
    """Blocking HahnPRO Cloud API client.

    `base_url` is the API root, `{API_BASE_URL}/api`. The Keycloak realm is at `auth_url`
    (`{AUTH_BASE_URL}/auth`, by default the API's host + `/auth`). `auth_method` is how the client proves its
    secret: `client_secret_jwt` (the official SDK's way, the default), `client_secret_basic` or
    `client_secret_post`, whichever the Keycloak client is set up for.

    Example::

        with HahnProClient("https://hahnpro.example/api", "my-client", secret) as client:
            assets = client.assets.list({"tags": ["test"]}).docs
    """

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        client_id: str | None = None,
        client_secret: str | Secret | None = None,
        *,
        auth_url: str | None = None,
        realm: str = "hpc",
        auth_method: str = "client_secret_jwt",
        discover: bool = True,
        active_org_id: str | None = None,
        auth: httpx.Auth | None = None,
        check_permissions: bool = True,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        flow = _auth(base_url, client_id, client_secret, auth, auth_url, realm, auth_method, discover)
        super().__init__(base_url, auth=flow, transport=transport, **_headers(options, active_org_id))
        self.check_permissions = check_permissions

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> HahnProClient:
        """A client configured like the SDK's `new API()`: from API_BASE_URL, API_USER, AUTH_SECRET, ….

        Example: ``client = HahnProClient.from_env(auth_method="client_secret_basic")``
        """
        return cls(**{**env_settings(environ), **options})

    def current_user_roles(self) -> list[str]:
        """The realm roles in the access token (`realm_access.roles`), read without an API request.

        These are the roles you may put in `readPermissions` and `readWritePermissions`.
        """
        _keycloak(self._auth)
        return realm_roles(token_claims(self.fetch_token().access))

    def permitted_roles(self) -> set[str] | None:
        """The roles writes are checked against before sending; None when the check is off or impossible."""
        if not self.check_permissions or not isinstance(self._auth, KeycloakAuth):
            return None
        return set(self.current_user_roles())

    @property
    def assets(self) -> resources.Assets:
        return resources.Assets(self)

    @property
    def asset_types(self) -> resources.AssetTypes:
        return resources.AssetTypes(self)

    @property
    def contents(self) -> files.Contents:
        return files.Contents(self)

    @property
    def timeseries(self) -> _timeseries.Timeseries:
        return _timeseries.Timeseries(self)

    @property
    def events(self) -> resources.Events:
        return resources.Events(self)

    @property
    def tasks(self) -> resources.Tasks:
        return resources.Tasks(self)

    @property
    def alerts(self) -> resources.Alerts:
        return resources.Alerts(self)

    @property
    def endpoints(self) -> resources.Endpoints:
        return resources.Endpoints(self)

    @property
    def notification_rules(self) -> resources.NotificationRules:
        return resources.NotificationRules(self)

    @property
    def notifications(self) -> resources.Notifications:
        return resources.Notifications(self)

    @property
    def flows(self) -> resources.Flows:
        return resources.Flows(self)

    @property
    def flow_deployments(self) -> streams.FlowDeployments:
        return streams.FlowDeployments(self)

    @property
    def flow_functions(self) -> resources.FlowFunctions:
        return resources.FlowFunctions(self)

    @property
    def flow_modules(self) -> resources.FlowModules:
        return resources.FlowModules(self)

    @property
    def labels(self) -> resources.Labels:
        return resources.Labels(self)

    @property
    def vault(self) -> resources.Vault:
        return resources.Vault(self)

    @property
    def organizations_administration(self) -> streams.OrganizationsAdministration:
        return streams.OrganizationsAdministration(self)

    @property
    def organizations_resources(self) -> streams.OrganizationsResources:
        return streams.OrganizationsResources(self)

    @property
    def proxy(self) -> streams.Proxy:
        return streams.Proxy(self)


class AsyncHahnProClient(AsyncHahnProClientBase):
    """Async HahnPRO Cloud API client, with the same constructor and methods as HahnProClient, awaited."""

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        client_id: str | None = None,
        client_secret: str | Secret | None = None,
        *,
        auth_url: str | None = None,
        realm: str = "hpc",
        auth_method: str = "client_secret_jwt",
        discover: bool = True,
        active_org_id: str | None = None,
        auth: httpx.Auth | None = None,
        check_permissions: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        flow = _auth(base_url, client_id, client_secret, auth, auth_url, realm, auth_method, discover)
        super().__init__(base_url, auth=flow, transport=transport, **_headers(options, active_org_id))
        self.check_permissions = check_permissions

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> AsyncHahnProClient:
        """A client configured like the SDK's `new API()`: from API_BASE_URL, API_USER, AUTH_SECRET, …."""
        return cls(**{**env_settings(environ), **options})

    async def current_user_roles(self) -> list[str]:
        """The realm roles in the access token (`realm_access.roles`), read without an API request."""
        _keycloak(self._auth)
        return realm_roles(token_claims((await self.fetch_token()).access))

    async def permitted_roles(self) -> set[str] | None:
        """The roles writes are checked against before sending; None when the check is off or impossible."""
        if not self.check_permissions or not isinstance(self._auth, KeycloakAuth):
            return None
        return set(await self.current_user_roles())

    @property
    def assets(self) -> resources.AsyncAssets:
        return resources.AsyncAssets(self)

    @property
    def asset_types(self) -> resources.AsyncAssetTypes:
        return resources.AsyncAssetTypes(self)

    @property
    def contents(self) -> files.AsyncContents:
        return files.AsyncContents(self)

    @property
    def timeseries(self) -> _timeseries.AsyncTimeseries:
        return _timeseries.AsyncTimeseries(self)

    @property
    def events(self) -> resources.AsyncEvents:
        return resources.AsyncEvents(self)

    @property
    def tasks(self) -> resources.AsyncTasks:
        return resources.AsyncTasks(self)

    @property
    def alerts(self) -> resources.AsyncAlerts:
        return resources.AsyncAlerts(self)

    @property
    def endpoints(self) -> resources.AsyncEndpoints:
        return resources.AsyncEndpoints(self)

    @property
    def notification_rules(self) -> resources.AsyncNotificationRules:
        return resources.AsyncNotificationRules(self)

    @property
    def notifications(self) -> resources.AsyncNotifications:
        return resources.AsyncNotifications(self)

    @property
    def flows(self) -> resources.AsyncFlows:
        return resources.AsyncFlows(self)

    @property
    def flow_deployments(self) -> streams.AsyncFlowDeployments:
        return streams.AsyncFlowDeployments(self)

    @property
    def flow_functions(self) -> resources.AsyncFlowFunctions:
        return resources.AsyncFlowFunctions(self)

    @property
    def flow_modules(self) -> resources.AsyncFlowModules:
        return resources.AsyncFlowModules(self)

    @property
    def labels(self) -> resources.AsyncLabels:
        return resources.AsyncLabels(self)

    @property
    def vault(self) -> resources.AsyncVault:
        return resources.AsyncVault(self)

    @property
    def organizations_administration(self) -> streams.AsyncOrganizationsAdministration:
        return streams.AsyncOrganizationsAdministration(self)

    @property
    def organizations_resources(self) -> streams.AsyncOrganizationsResources:
        return streams.AsyncOrganizationsResources(self)

    @property
    def proxy(self) -> streams.AsyncProxy:
        return streams.AsyncProxy(self)
