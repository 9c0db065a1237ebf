"""Keycloak tokens: the three client-authentication methods, discovery, expiry, single flight, the 401 retry."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fakes.hahnpro import ASSET_ID, HahnProServer
from fakes.keycloak import verify_jwt
from hahnpro_client import (
    AsyncHahnProClient,
    ClientSecretBasic,
    ClientSecretJwt,
    DecodingError,
    HahnProClient,
    InvalidRequest,
    TokenRefused,
    Unauthorized,
    env_settings,
)
from hahnpro_client.auth import client_assertion, token_claims

Connect = Callable[..., HahnProClient]
METHODS = ["client_secret_jwt", "client_secret_basic", "client_secret_post"]


def _form_of(fake: HahnProServer) -> dict[str, str]:
    return fake.keycloak.token_requests[-1].form


@pytest.mark.parametrize("method", METHODS)
def test_each_client_authentication_method_gets_a_token_and_reads_the_api(
    fake: HahnProServer, connect: Connect, method: str
) -> None:
    with connect(method) as client:
        assert client.assets.get(ASSET_ID).name == "press 1"
    request = fake.keycloak.token_requests[-1]
    assert (request.status, request.form["grant_type"], request.form["scope"]) == (
        200,
        "client_credentials",
        "openid profile email",
    )
    assert fake.requests[-1].headers["Authorization"].startswith("Bearer ey")


def test_basic_sends_the_secret_only_in_the_authorization_header(fake: HahnProServer, connect: Connect) -> None:
    with connect("client_secret_basic") as client:
        client.assets.count()
    request = fake.keycloak.token_requests[-1]
    assert base64.b64decode(request.headers["Authorization"].removeprefix("Basic ")) == b"hpc-basic:basic-s3cr3t"
    assert "client_secret" not in request.form


def test_post_sends_id_and_secret_in_the_form(fake: HahnProServer, connect: Connect) -> None:
    with connect("client_secret_post") as client:
        client.assets.count()
    assert {k: _form_of(fake)[k] for k in ("client_id", "client_secret")} == {
        "client_id": "hpc-post",
        "client_secret": "post-s3cr3t",
    }
    assert "Authorization" not in fake.keycloak.token_requests[-1].headers


def test_jwt_sends_an_hs256_assertion_as_the_sdk_does_and_never_the_secret(
    fake: HahnProServer, connect: Connect
) -> None:
    with connect("client_secret_jwt") as client:
        client.assets.count()
    request = fake.keycloak.token_requests[-1]
    form = request.form
    assert "jwt-s3cr3t" not in json.dumps(form)
    assert "Authorization" not in request.headers
    assert form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    header, claims = verify_jwt(form["client_assertion"], b"jwt-s3cr3t") or ({}, {})
    assert header == {"alg": "HS256"}
    assert claims["iss"] == claims["sub"] == "hpc-jwt"
    assert claims["aud"] == [fake.keycloak.issuer, fake.keycloak.token_endpoint]
    assert claims["exp"] - claims["iat"] == pytest.approx(60)


def test_the_token_endpoint_is_discovered_once(fake: HahnProServer, connect: Connect) -> None:
    with connect() as client:
        client.assets.count()
        client.assets.count()
    assert fake.keycloak.discoveries == 1
    assert len(fake.keycloak.token_requests) == 1


def test_without_discovery_the_keycloak_default_endpoint_is_used(fake: HahnProServer, connect: Connect) -> None:
    with connect("client_secret_basic", discover=False) as client:
        client.assets.count()
    assert fake.keycloak.discoveries == 0
    assert len(fake.keycloak.token_requests) == 1


def test_the_seeds_token_request_is_sent_exactly_without_discovery_and_scope(
    fake: HahnProServer, connect: Connect
) -> None:
    # The seed's sample: requests.post(AUTH_BASE_URL + '/auth/realms/' + AUTH_REALM + '/protocol/openid-connect/token',
    # auth=(API_USER, apiPw), headers={'Content-Type': 'application/x-www-form-urlencoded'},
    # data={'grant_type': 'client_credentials'})
    with connect("client_secret_basic", discover=False, scope=None) as client:
        client.assets.count()
    assert fake.keycloak.discoveries == 0
    [request] = fake.keycloak.token_requests
    assert request.form == {"grant_type": "client_credentials"}
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert base64.b64decode(request.headers["Authorization"].removeprefix("Basic ")) == b"hpc-basic:basic-s3cr3t"
    assert request.status == 200


def test_a_wrong_secret_is_refused_with_keycloaks_answer(fake: HahnProServer) -> None:
    auth_url = f"{fake.keycloak.url}/auth"
    with (
        HahnProClient(
            fake.api_url, "hpc-basic", "wrong", auth_url=auth_url, auth_method="client_secret_basic"
        ) as client,
        pytest.raises(TokenRefused) as caught,
    ):
        client.assets.count()
    assert caught.value.status == 401
    assert "Invalid client or Invalid client credentials" in caught.value.text
    assert "wrong" not in str(caught.value)
    assert "wrong" not in repr(client)
    assert fake.requests == []


def test_a_method_the_client_is_not_bound_to_is_refused(fake: HahnProServer) -> None:
    auth_url = f"{fake.keycloak.url}/auth"
    method = "client_secret_post"
    client = HahnProClient(fake.api_url, "hpc-jwt", "jwt-s3cr3t", auth_url=auth_url, auth_method=method)
    with client, pytest.raises(TokenRefused) as caught:
        client.assets.count()
    assert caught.value.status == 401


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.realm(expires_in=60)
def test_a_token_is_reused_until_20_seconds_before_it_expires(fake: HahnProServer) -> None:
    clock = Clock()
    auth = ClientSecretBasic(f"{fake.keycloak.url}/auth", "hpc-basic", "basic-s3cr3t", clock=clock)
    with HahnProClient(fake.api_url, auth=auth) as client:
        client.assets.count()
        clock.now += 39
        client.assets.count()
        assert len(fake.keycloak.token_requests) == 1
        clock.now += 2
        client.assets.count()
    assert len(fake.keycloak.token_requests) == 2


@pytest.mark.realm(expires_in="300")
def test_expires_in_may_be_a_string(fake: HahnProServer, connect: Connect) -> None:
    with connect() as client:
        client.assets.count()
        assert client.current_user_roles()[:2] == ["test", "admin"]


def test_a_401_renews_the_token_and_retries_once(fake: HahnProServer, connect: Connect) -> None:
    with connect() as client:
        client.assets.count()
        fake.keycloak.revoke_all()
        assert client.assets.count() == 1
    assert len(fake.keycloak.token_requests) == 2
    assert [r.operation_id for r in fake.requests] == ["assets_count", "assets_count", "assets_count"]


def test_a_second_401_is_raised_as_unauthorized(fake: HahnProServer, connect: Connect) -> None:
    fake.handler.authorize = lambda request: fake.handler.error_401()  # type: ignore[method-assign]
    with connect() as client, pytest.raises(Unauthorized) as caught:
        client.assets.count()
    assert caught.value.body.status_code == 401
    assert len(fake.keycloak.token_requests) == 2


def test_fifty_concurrent_threads_share_one_token(fake: HahnProServer, connect: Connect) -> None:
    with connect() as client, ThreadPoolExecutor(50) as pool:
        barrier = threading.Barrier(50)

        def call(_: int) -> int:
            barrier.wait()
            return int(client.assets.count())

        assert list(pool.map(call, range(50))) == [1] * 50
    assert fake.keycloak.discoveries == 1
    assert len(fake.keycloak.token_requests) == 1


def test_fifty_concurrent_tasks_share_one_token_and_one_renewal(fake: HahnProServer, aconnect: Any) -> None:
    async def main() -> list[int]:
        async with aconnect() as client:
            first = await asyncio.gather(*(client.assets.count() for _ in range(50)))
            fake.keycloak.revoke_all()
            second = await asyncio.gather(*(client.assets.count() for _ in range(50)))
            return [*first, *second]

    assert asyncio.run(main()) == [1] * 100
    assert fake.keycloak.discoveries == 1
    assert len(fake.keycloak.token_requests) == 2


def test_current_user_roles_reads_the_token_without_an_api_request(fake: HahnProServer, connect: Connect) -> None:
    with connect() as client:
        assert client.current_user_roles() == ["test", "admin", "offline_access", "uma_authorization"]
    assert fake.requests == []


def test_current_user_roles_async(fake: HahnProServer, run_async: Any) -> None:
    async def roles(client: AsyncHahnProClient) -> list[str]:
        return await client.current_user_roles()

    assert run_async(roles)[0] == "test"
    assert fake.requests == []


def test_token_claims_are_decoded_without_verifying(fake: HahnProServer) -> None:
    token = fake.keycloak.issue("someone")
    assert token_claims(token)["azp"] == "someone"
    with pytest.raises(DecodingError):
        token_claims("not-a-jwt")


def test_active_org_id_is_sent_on_every_api_request(fake: HahnProServer, connect: Connect) -> None:
    with connect(active_org_id="org1") as client:
        client.assets.count()
        client.timeseries.list()
    assert {r.headers.get("active-org-id") for r in fake.requests} == {"org1"}
    assert "active-org-id" not in fake.keycloak.token_requests[-1].headers


def test_from_env_reads_the_sdks_variables(fake: HahnProServer, env: dict[str, str]) -> None:
    with HahnProClient.from_env(env) as client:
        assert client.base_url == f"{fake.url}/api"
        assert client.assets.count() == 1


def test_from_env_async(fake: HahnProServer, env: dict[str, str]) -> None:
    async def main() -> int:
        async with AsyncHahnProClient.from_env(env) as client:
            return int(await client.assets.count())

    assert asyncio.run(main()) == 1


def test_env_defaults_follow_the_sdk() -> None:
    settings = env_settings({"AUTH_SECRET": "s", "API_BASE_PATH": "/v2/", "AUTH_BASE_PATH": ""})
    assert settings["base_url"] == "https://testing.hahnpro.com/v2"
    assert settings["auth_url"] == "https://testing.hahnpro.com/auth"
    assert (settings["realm"], settings["client_id"]) == ("hpc", "flow-executor-service")


def test_secrets_never_show(fake: HahnProServer, connect: Connect, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with connect() as client:
        client.assets.count()
        shown = repr(client) + repr(client._auth) + repr(ClientSecretJwt("https://h/auth", "c", "jwt-s3cr3t"))
    assert "jwt-s3cr3t" not in shown + caplog.text
    assert client._auth.token is not None
    assert client._auth.token.access.reveal() not in shown + caplog.text


def test_the_assertion_is_signed_with_the_chosen_algorithm() -> None:
    token = client_assertion("c", "s", ["a", "a", "b"], alg="HS512", now=100.0)
    header, claims = verify_jwt(token, b"s") or ({}, {})
    assert header == {"alg": "HS512"}
    assert claims["aud"] == ["a", "b"]
    with pytest.raises(InvalidRequest, match="HS256, HS384 or HS512"):
        client_assertion("c", "s", ["a"], alg="RS256")
