"""AuthClient and AsyncAuthClient: authup's realms, users, roles, permissions, clients, robots and their junctions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Unpack

import httpx
from client_runtime import ClientOptions

from .._catalog import (
    CLIENT,
    CLIENT_PERMISSION,
    CLIENT_ROLE,
    PERMISSION,
    REALM,
    ROBOT,
    ROBOT_PERMISSION,
    ROBOT_ROLE,
    ROLE,
    ROLE_PERMISSION,
    USER,
    USER_PERMISSION,
    USER_ROLE,
)
from .._client import USER_AGENT, AuthArg, HubSettings, from_env, resolve_auth
from .._legacy import GenerationArg, Service
from .._verbs import AllowListSource, Creator, Deleter, Finder, Getter, Iterating, Lister, Updater
from ._resources import AsyncAuthClientBase, AuthClientBase

ENV_URL = "FLAME_HUB_AUTH_URL"


class AuthVerbs(HubSettings):
    """The seed's verbs for every authup entity."""

    service: ClassVar[Service] = "auth"

    find_realms = Finder(REALM)
    get_realms = Lister(REALM)
    iter_realms = Iterating(REALM)
    get_realm = Getter(REALM)
    create_realm = Creator(REALM)
    update_realm = Updater(REALM)
    delete_realm = Deleter(REALM)

    find_users = Finder(USER)
    get_users = Lister(USER)
    iter_users = Iterating(USER)
    get_user = Getter(USER)
    create_user = Creator(USER)
    update_user = Updater(USER)
    delete_user = Deleter(USER)

    find_permissions = Finder(PERMISSION)
    get_permissions = Lister(PERMISSION)
    iter_permissions = Iterating(PERMISSION)
    get_permission = Getter(PERMISSION)
    create_permission = Creator(PERMISSION)
    update_permission = Updater(PERMISSION)
    delete_permission = Deleter(PERMISSION)

    find_roles = Finder(ROLE)
    get_roles = Lister(ROLE)
    iter_roles = Iterating(ROLE)
    get_role = Getter(ROLE)
    create_role = Creator(ROLE)
    update_role = Updater(ROLE)
    delete_role = Deleter(ROLE)

    find_clients = Finder(CLIENT)
    get_clients = Lister(CLIENT)
    iter_clients = Iterating(CLIENT)
    get_client = Getter(CLIENT)
    create_client = Creator(CLIENT)
    update_client = Updater(CLIENT)
    delete_client = Deleter(CLIENT)

    find_role_permissions = Finder(ROLE_PERMISSION)
    get_role_permissions = Lister(ROLE_PERMISSION)
    iter_role_permissions = Iterating(ROLE_PERMISSION)
    get_role_permission = Getter(ROLE_PERMISSION)
    create_role_permission = Creator(ROLE_PERMISSION)
    update_role_permission = Updater(ROLE_PERMISSION)
    delete_role_permission = Deleter(ROLE_PERMISSION)

    find_user_permissions = Finder(USER_PERMISSION)
    get_user_permissions = Lister(USER_PERMISSION)
    iter_user_permissions = Iterating(USER_PERMISSION)
    get_user_permission = Getter(USER_PERMISSION)
    create_user_permission = Creator(USER_PERMISSION)
    update_user_permission = Updater(USER_PERMISSION)
    delete_user_permission = Deleter(USER_PERMISSION)

    find_user_roles = Finder(USER_ROLE)
    get_user_roles = Lister(USER_ROLE)
    iter_user_roles = Iterating(USER_ROLE)
    get_user_role = Getter(USER_ROLE)
    create_user_role = Creator(USER_ROLE)
    delete_user_role = Deleter(USER_ROLE)

    find_client_permissions = Finder(CLIENT_PERMISSION)
    get_client_permissions = Lister(CLIENT_PERMISSION)
    iter_client_permissions = Iterating(CLIENT_PERMISSION)
    get_client_permission = Getter(CLIENT_PERMISSION)
    create_client_permission = Creator(CLIENT_PERMISSION)
    delete_client_permission = Deleter(CLIENT_PERMISSION)

    find_client_roles = Finder(CLIENT_ROLE)
    get_client_roles = Lister(CLIENT_ROLE)
    iter_client_roles = Iterating(CLIENT_ROLE)
    get_client_role = Getter(CLIENT_ROLE)
    create_client_role = Creator(CLIENT_ROLE)
    delete_client_role = Deleter(CLIENT_ROLE)

    # The older generation only (authup before 1.0.0-beta.54).
    find_robots = Finder(ROBOT)
    get_robots = Lister(ROBOT)
    iter_robots = Iterating(ROBOT)
    get_robot = Getter(ROBOT)
    create_robot = Creator(ROBOT)
    update_robot = Updater(ROBOT)
    delete_robot = Deleter(ROBOT)

    find_robot_permissions = Finder(ROBOT_PERMISSION)
    get_robot_permissions = Lister(ROBOT_PERMISSION)
    iter_robot_permissions = Iterating(ROBOT_PERMISSION)
    get_robot_permission = Getter(ROBOT_PERMISSION)
    create_robot_permission = Creator(ROBOT_PERMISSION)
    delete_robot_permission = Deleter(ROBOT_PERMISSION)

    find_robot_roles = Finder(ROBOT_ROLE)
    get_robot_roles = Lister(ROBOT_ROLE)
    iter_robot_roles = Iterating(ROBOT_ROLE)
    get_robot_role = Getter(ROBOT_ROLE)
    create_robot_role = Creator(ROBOT_ROLE)
    delete_robot_role = Deleter(ROBOT_ROLE)


class AuthClient(AuthVerbs, AuthClientBase):
    """Blocking client of authup, the FLAME Hub auth service.

    Example::

        auth = PasswordAuth("admin", "start123", "http://localhost:3000/auth/")
        with AuthClient("http://localhost:3000/auth/", auth) as client:
            master = client.find_realms(filter={"name": "master"})[0]
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
    def from_env(cls, environ: Mapping[str, str] | None = None, *, auth: AuthArg = None, **options: Any) -> AuthClient:
        """A client for `$FLAME_HUB_AUTH_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)


class AsyncAuthClient(AuthVerbs, AsyncAuthClientBase):
    """Async client of authup, with the same surface as AuthClient."""

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
    ) -> AsyncAuthClient:
        """A client for `$FLAME_HUB_AUTH_URL`, authenticated as `auth_from_env()` says unless `auth` is given."""
        return cls(*from_env(ENV_URL, environ, auth, options), **options)
