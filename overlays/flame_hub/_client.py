"""What the auth, core and storage clients share: auth arguments, allow-list settings, the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx
from client_runtime import InvalidRequest, Secret

from ._catalog import AllowList
from ._verbs import AllowListSource
from ._version import __version__
from .flows import StaticAuth, auth_from_env

USER_AGENT = f"flamehub-client/{__version__}"
AuthArg = httpx.Auth | str | Secret | None


def resolve_auth(auth: AuthArg) -> httpx.Auth | None:
    """An auth flow as given, or a bare access token as StaticAuth."""
    if auth is None or isinstance(auth, httpx.Auth):
        return auth
    if isinstance(auth, str | Secret):
        return StaticAuth(auth)
    raise InvalidRequest(
        "auth", f"must be an auth flow (PasswordAuth, ClientAuth, StaticAuth) or a token, got {auth!r}"
    )


def allow_list_source(value: Any) -> AllowListSource:
    if value not in ("reference", "server", "off"):
        raise InvalidRequest("allow_lists", f"must be 'reference', 'server' or 'off', got {value!r}")
    found: AllowListSource = value
    return found


class HubSettings:
    """How a client checks query keys: against the allow-lists of the reference servers (`"reference"`), against the
    `meta.schema` the server publishes, fetched once per entity (`"server"`), or not at all (`"off"`)."""

    allow_lists: AllowListSource
    server_allow_lists: dict[str, AllowList]

    def _hub_settings(self, allow_lists: Any) -> None:
        self.allow_lists = allow_list_source(allow_lists)
        self.server_allow_lists = {}


def from_env(url_variable: str, environ: Mapping[str, str] | None, auth: AuthArg) -> tuple[str, httpx.Auth | None]:
    env = os.environ if environ is None else environ
    if not env.get(url_variable):
        raise InvalidRequest(url_variable, "is not set in the environment")
    return env[url_variable], resolve_auth(auth) if auth is not None else auth_from_env(env)
