"""The auth flows against the fake token endpoint: grants, expiry, refresh, fallback, 401 renewal, single flight."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, SYSTEM_SECRET, FlameHub
from flamehub_client import (
    AsyncCoreClient,
    AuthClient,
    ClientAuth,
    CoreClient,
    InvalidRequest,
    PasswordAuth,
    StaticAuth,
    StorageClient,
    TokenRefused,
    Unauthorized,
    auth_from_env,
)


def grants(hub: FlameHub) -> list[str]:
    return [r.json.get("grant_type") for r in hub.token_requests()]


def test_password_grant_sends_json_to_the_token_endpoint(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.get_nodes()
    (request,) = hub.token_requests()
    assert request.path == "/token"
    assert request.mimetype == "application/json"
    assert request.json == {"grant_type": "password", "username": "admin", "password": ADMIN_PASSWORD}
    assert hub.core.requests[-1].headers["authorization"].startswith("Bearer ")


def test_one_flow_serves_the_three_clients_with_one_token(hub: FlameHub, clients: dict[str, Any]) -> None:
    clients["auth"].get_realms()
    clients["core"].get_nodes()
    clients["storage"].get_buckets()
    assert grants(hub) == ["password"]


def test_an_expiring_token_is_renewed_with_the_refresh_token(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.get_nodes()
    hub.advance(3590)  # within the 20 s leeway of the 3600 s lifetime
    core_client.get_nodes()
    assert grants(hub) == ["password", "refresh_token"]


def test_a_refused_refresh_falls_back_to_the_password_grant(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.get_nodes()
    hub.refresh_tokens.clear()
    hub.advance(3600)
    assert core_client.get_nodes() == []
    assert grants(hub) == ["password", "refresh_token", "password"]


def test_a_401_renews_the_token_once_and_retries(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.get_nodes()
    hub.revoke_tokens()
    hub.clear()
    assert core_client.get_nodes() == []
    statuses = [(r.operation_id, r.headers.get("authorization", "")[:7]) for r in hub.core.requests]
    assert statuses == [("nodes_list", "Bearer "), ("nodes_list", "Bearer ")]
    assert grants(hub) == ["refresh_token"]


def test_a_token_still_refused_after_renewal_raises_unauthorized(hub: FlameHub) -> None:
    with CoreClient(hub.core.url, StaticAuth("not-a-token")) as client, pytest.raises(Unauthorized) as raised:
        client.get_nodes()
    assert raised.value.body.code == "identity_unauthorized"
    assert raised.value.status == 401


def test_expired_tokens_are_refused_by_the_server(hub: FlameHub) -> None:
    auth = PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url, leeway=0, clock=lambda: 0.0)
    with AuthClient(hub.auth.url, auth) as client:
        client.get_users()
        hub.advance(3600)
        client.get_users()  # the client still thinks the token is fresh: 401, then renewal
    assert grants(hub) == ["password", "refresh_token"]
    assert [r.operation_id for r in hub.auth.requests].count("users_list") == 3


def test_client_credentials_are_run_again_instead_of_refreshed(hub: FlameHub) -> None:
    system = next(c for c in hub.tables["client"].values() if c["name"] == "system")
    auth = ClientAuth(system["id"], SYSTEM_SECRET, hub.auth.url, clock=hub.now)
    with CoreClient(hub.core.url, auth) as client:
        client.get_nodes()
        hub.advance(3600)
        client.get_nodes()
    assert grants(hub) == ["client_credentials", "client_credentials"]
    assert hub.token_requests()[0].json["client_id"] == system["id"]


@pytest.mark.hub(token_scope=None)
def test_a_token_answer_without_scope_is_accepted(hub: FlameHub, core_client: CoreClient, auth_client: Any) -> None:
    assert core_client.get_nodes() == []
    from flamehub_client.auth.models import TokenRequest

    answer = auth_client.token.create(body=TokenRequest(username="admin", password=ADMIN_PASSWORD))
    assert answer.access_token in hub.tokens
    assert not answer.scope


def test_fifty_concurrent_threads_make_one_token_request(hub: FlameHub, core_client: CoreClient) -> None:
    barrier = threading.Barrier(50)
    failures: list[BaseException] = []

    def call() -> None:
        try:
            barrier.wait()
            core_client.get_nodes()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert grants(hub) == ["password"]
    assert sum(r.operation_id == "nodes_list" for r in hub.core.requests) == 50


def test_fifty_concurrent_tasks_make_one_token_request(hub: FlameHub, password_auth: PasswordAuth) -> None:
    async def main() -> None:
        async with AsyncCoreClient(hub.core.url, password_auth) as client:
            await asyncio.gather(*(client.get_nodes() for _ in range(50)))

    asyncio.run(main())
    assert grants(hub) == ["password"]


def test_wrong_credentials_raise_token_refused_without_the_secret(hub: FlameHub) -> None:
    auth = PasswordAuth("admin", "wrong-password", hub.auth.url)
    with CoreClient(hub.core.url, auth) as client, pytest.raises(TokenRefused) as raised:
        client.get_nodes()
    assert raised.value.status == 400
    assert raised.value.body.code == "invalid_credentials"
    assert "The user credentials are invalid." in str(raised.value)
    assert "wrong-password" not in str(raised.value) + repr(raised.value) + repr(auth) + repr(client)
    assert hub.core.requests == []


def test_secrets_stay_out_of_reprs_and_logs(
    hub: FlameHub, core_client: CoreClient, password_auth: PasswordAuth, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    core_client.get_nodes()
    token = next(iter(hub.tokens))
    shown = caplog.text + repr(password_auth) + repr(password_auth.token) + repr(core_client)
    assert ADMIN_PASSWORD not in shown
    assert token not in shown


def test_a_bare_token_string_is_static_auth(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.get_nodes()
    token = next(iter(hub.tokens))
    with StorageClient(hub.storage.url, token) as client:
        assert client.get_buckets() == []
    assert len(hub.token_requests()) == 1


def test_clients_and_flows_come_from_the_environment(hub: FlameHub) -> None:
    env = {
        "FLAME_HUB_AUTH_URL": hub.auth.url,
        "FLAME_HUB_CORE_URL": hub.core.url,
        "FLAME_HUB_USERNAME": "admin",
        "FLAME_HUB_PASSWORD": ADMIN_PASSWORD,
    }
    assert isinstance(auth_from_env(env), PasswordAuth)
    with CoreClient.from_env(env) as client:
        assert client.get_nodes() == []
    with pytest.raises(InvalidRequest, match="FLAME_HUB_CORE_URL"):
        CoreClient.from_env({"FLAME_HUB_TOKEN": "t"})
    with pytest.raises(InvalidRequest, match="FLAME_HUB_PASSWORD"):
        auth_from_env({"FLAME_HUB_USERNAME": "admin", "FLAME_HUB_AUTH_URL": hub.auth.url})
