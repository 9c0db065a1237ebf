"""What the auth, core and storage clients share: auth arguments, allow-list settings, the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar, Literal

import httpx
from client_runtime import ConfigurationError, InvalidRequest, Secret

from ._catalog import AllowList
from ._legacy import Generation, GenerationState, Service, check_generation, install
from ._verbs import AllowListSource
from ._version import __version__
from .flows import StaticAuth, auth_from_env

USER_AGENT = f"flamehub-client/{__version__}"
ENV_GENERATION = "FLAME_HUB_GENERATION"
AuthArg = httpx.Auth | str | Secret | None


def resolve_auth(auth: AuthArg) -> httpx.Auth | None:
    """An auth flow as given, or a bare access token as StaticAuth."""
    if auth is None or isinstance(auth, httpx.Auth):
        return auth
    if isinstance(auth, str | Secret):
        return StaticAuth(auth)
    raise InvalidRequest(
        "auth", f"must be an auth flow (PasswordAuth, ClientAuth, RobotAuth, StaticAuth) or a token, got {auth!r}"
    )


def allow_list_source(value: Any) -> AllowListSource:
    if value not in ("reference", "server", "off"):
        raise InvalidRequest("allow_lists", f"must be 'reference', 'server' or 'off', got {value!r}")
    found: AllowListSource = value
    return found


class HubSettings:
    """How a client checks query keys: against the allow-lists of the reference servers (`"reference"`), against the
    `meta.schema` the server publishes, fetched once per entity (`"server"`), or not at all (`"off"`); and which
    server generation it speaks (`"current"`, `"legacy"`, or `"auto"` to ask the server's status route once)."""

    service: ClassVar[Service]
    allow_lists: AllowListSource
    server_allow_lists: dict[str, AllowList]
    _generation: GenerationState

    def _hub_settings(self, allow_lists: Any, generation: Any = "current") -> None:
        self.allow_lists = allow_list_source(allow_lists)
        self.server_allow_lists = {}
        chosen = check_generation(generation)
        if chosen == "legacy" and self.allow_lists == "server":
            raise InvalidRequest("allow_lists", "'server' needs the meta.schema that only current servers publish")
        self._generation = GenerationState(self.service, None if chosen == "auto" else chosen)
        if chosen != "current":
            install(self, self._generation)  # type: ignore[arg-type]

    @property
    def generation(self) -> Generation | Literal["auto"]:
        """`"current"` or `"legacy"`; `"auto"` until the first request has told which."""
        return self._generation.value or "auto"


def from_env(
    url_variable: str, environ: Mapping[str, str] | None, auth: AuthArg, options: dict[str, Any]
) -> tuple[str, httpx.Auth | None]:
    """The URL and the auth flow the environment names; `$FLAME_HUB_GENERATION` fills `generation` unless given."""
    env = os.environ if environ is None else environ
    if not env.get(url_variable):
        raise ConfigurationError(url_variable, "is not set in the environment")
    if env.get(ENV_GENERATION) and "generation" not in options:
        if env[ENV_GENERATION] not in ("current", "legacy", "auto"):
            raise ConfigurationError(ENV_GENERATION, f"must be current, legacy or auto, got {env[ENV_GENERATION]!r}")
        options["generation"] = env[ENV_GENERATION]
    return env[url_variable], resolve_auth(auth) if auth is not None else auth_from_env(env)
