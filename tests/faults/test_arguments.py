"""Arguments that would change what is sent are refused before anything is sent: dot segments in a path parameter,
and control characters in a credential (a key read from a file with its trailing newline)."""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Callable
from typing import Any

import client_runtime
import pytest

from .apis import MODES, Mode, Secrets, Variant, run, variants
from .servers import FaultServer


def _dot_cases() -> list[Any]:
    return [
        pytest.param(variant, value, id=f"{variant.id}-{'dot' if value == '.' else 'dotdot'}")
        for variant in variants(one_auth_per_api=True)
        if variant.api.path_call is not None
        for value in (".", "..")
    ]


@pytest.mark.parametrize(("variant", "value"), _dot_cases())
def test_a_dot_segment_as_a_path_parameter_is_refused_before_sending(
    variant: Variant, value: str, server: FaultServer, secrets: Secrets
) -> None:
    path_call = variant.api.path_call
    assert path_call is not None
    variant.serve(server, secrets)
    with pytest.raises(client_runtime.InvalidRequest) as caught:
        run(variant, server.url, secrets, lambda client: path_call(client, value))
    assert caught.value.where in variant.api.path_parameter
    assert server.requests == []


# -- control characters in credentials ---------------------------------------------------------------------------------
def _sostrades(mode: Mode, url: str, value: str) -> Any:
    from sostrades_client import AsyncSosTradesClient, SosTradesClient

    return (SosTradesClient if mode == "sync" else AsyncSosTradesClient)(url, api_key=value)


def _joule(mode: Mode, url: str, value: str) -> Any:
    from joule_client import AsyncJouleClient, JouleClient

    return (JouleClient if mode == "sync" else AsyncJouleClient)(url, key=value)


def _flow(argument: str, **others: Any) -> Callable[[Mode, str, str], Any]:
    def build(mode: Mode, url: str, value: str) -> Any:
        from cloudbees_flow_client import AsyncFlowClient, FlowClient

        return (FlowClient if mode == "sync" else AsyncFlowClient)(url, **{argument: value}, **others)

    return build


def _flame_token(mode: Mode, url: str, value: str) -> Any:
    from flamehub_client import AsyncCoreClient, CoreClient

    return (CoreClient if mode == "sync" else AsyncCoreClient)(url + "/core", value)


def _flame_static(mode: Mode, url: str, value: str) -> Any:
    from flamehub_client import AsyncCoreClient, CoreClient, StaticAuth

    return (CoreClient if mode == "sync" else AsyncCoreClient)(url + "/core", StaticAuth(value))


def _hahnpro(method: str) -> Callable[[Mode, str, str], Any]:
    def build(mode: Mode, url: str, value: str) -> Any:
        from hahnpro_client import AsyncHahnProClient, HahnProClient

        cls = HahnProClient if mode == "sync" else AsyncHahnProClient
        return cls(url + "/api", "hpc-client", value, auth_url=url + "/auth", auth_method=method, discover=False)

    return build


# (what, how to build a client from the credential, the argument names the error may give)
CREDENTIALS: list[tuple[str, Callable[[Mode, str, str], Any], set[str]]] = [
    ("sostrades-api_key", _sostrades, {"api_key"}),
    ("joule-key", _joule, {"key"}),
    ("cloudbees_flow-password", _flow("password", user="admin"), {"password"}),
    ("cloudbees_flow-password-login", _flow("password", user="admin", login=True), {"password"}),
    ("cloudbees_flow-token", _flow("token"), {"token"}),
    ("cloudbees_flow-session_id", _flow("session_id"), {"session_id"}),
    ("flame_hub-token", _flame_token, {"auth", "access_token"}),
    ("flame_hub-StaticAuth", _flame_static, {"access_token"}),
    *[
        (f"hahnpro-{method}", _hahnpro(method), {"client_secret"})
        for method in ("client_secret_post", "client_secret_basic", "client_secret_jwt")
    ],
]
CONTROLS = {"trailing_newline": "{}\n", "embedded_crlf": "{}\r\nX-Injected: 1", "nul": "{}\x00"}


def _construct(build: Callable[[Mode, str, str], Any], mode: Mode, url: str, value: str) -> None:
    async def opened() -> None:
        async with build(mode, url, value):
            pass

    if mode == "sync":
        with build(mode, url, value):
            pass
    else:
        asyncio.run(opened())


@pytest.mark.parametrize("control", list(CONTROLS))
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("what", "build", "names"), [pytest.param(*case, id=case[0]) for case in CREDENTIALS])
def test_a_credential_with_a_control_character_is_refused_without_showing_it(
    what: str,
    build: Callable[[Mode, str, str], Any],
    names: set[str],
    mode: Mode,
    control: str,
    server: FaultServer,
    secrets: Secrets,
) -> None:
    value = CONTROLS[control].format(secrets.credential)
    with pytest.raises(client_runtime.InvalidRequest) as caught:
        _construct(build, mode, server.url, value)
    error = caught.value
    assert error.where in names
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    assert [text for text in shown if secrets.credential in text] == []
    assert server.requests == []
