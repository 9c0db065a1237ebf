"""Tokens on the older generation: authup 1.0.0-beta.26 and Hub 0.8.13 refuse a token without a 401 (observed on the
real stack: 400 `invalid_token` from authup, a bare 400 `BAD_REQUEST` from the Hub, a bare 500 once it has expired) and
report `expires_in` 3600 whatever the token's real lifetime. The clients renew once all the same, and renew in time."""

from __future__ import annotations

from typing import Any

import pytest
from fakes.flame_hub import ADMIN_PASSWORD, FlameHub
from fakes.flame_hub_recording import Recording, RecordingTransport
from flamehub_client import AuthClient, CoreClient, PasswordAuth, StaticAuth, StorageClient, Unauthorized

pytestmark = pytest.mark.hub(generation="legacy")


def grants(hub: FlameHub) -> list[str]:
    return [r.json["grant_type"] for r in hub.token_requests()]


def recorded(hub: FlameHub) -> tuple[Recording, Any]:
    """A recording of every exchange, and the transport that makes it."""
    recording = Recording({hub.auth.url: "auth", hub.core.url: "core", hub.storage.url: "storage"})
    return recording, lambda: RecordingTransport(recording)


def statuses(recording: Recording, service: str) -> list[int]:
    return [e["response"]["status"] for e in recording.exchanges if e["request"]["service"] == service]


def test_a_refused_token_is_renewed_once_on_every_older_service(hub: FlameHub) -> None:
    auth = PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url, clock=hub.now)
    recording, transport = recorded(hub)
    with (
        AuthClient(hub.auth.url, auth, generation="legacy", transport=transport()) as auth_client,
        CoreClient(hub.core.url, auth, generation="legacy", transport=transport()) as core_client,
        StorageClient(hub.storage.url, auth, generation="legacy", transport=transport()) as storage_client,
    ):
        auth_client.get_users()
        calls: list[Any] = [auth_client.get_users, core_client.get_nodes, storage_client.get_buckets]
        for call in calls:
            hub.revoke_tokens()
            assert isinstance(call(), list)
    assert [s for s in statuses(recording, "auth") if s >= 400] == [400]
    assert [s for s in statuses(recording, "core") if s >= 400] == [400]
    assert [s for s in statuses(recording, "storage") if s >= 400] == [400]
    assert grants(hub) == ["password", "refresh_token", "refresh_token", "refresh_token"]


def test_a_token_is_renewed_by_its_claims_before_the_server_refuses_it(hub: FlameHub) -> None:
    auth = PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url, clock=hub.now)
    recording, transport = recorded(hub)
    with CoreClient(hub.core.url, auth, generation="legacy", transport=transport()) as client:
        client.get_nodes()
        hub.advance(hub.token_lifetime - 10)  # inside the 20 s leeway of the JWT's exp, long before expires_in 3600
        client.get_nodes()
    assert grants(hub) == ["password", "refresh_token"]
    assert statuses(recording, "core") == [200, 200]


@pytest.mark.hub(generation="legacy", token_lifetime=60)
def test_an_expired_token_answered_with_a_500_is_not_used(hub: FlameHub) -> None:
    auth = PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url, clock=hub.now)
    recording, transport = recorded(hub)
    with CoreClient(hub.core.url, auth, generation="legacy", transport=transport()) as client:
        client.get_nodes()
        hub.advance(61)
        assert client.get_nodes() == []
    assert 500 not in statuses(recording, "core")
    assert len(hub.token_requests()) == 2


def test_an_unknown_static_token_is_unauthorized(hub: FlameHub) -> None:
    with (
        CoreClient(hub.core.url, StaticAuth("not-a-token"), generation="legacy") as client,
        pytest.raises(Unauthorized) as raised,
    ):
        client.get_nodes()
    assert raised.value.status == 401
    assert raised.value.body.additional_properties["legacyCode"] == "BAD_REQUEST"
