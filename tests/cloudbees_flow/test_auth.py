"""Basic credentials, sessions (login, token exchange, a given id), renewal after expiry, logout, from_env, TLS."""

from __future__ import annotations

import base64
import logging
import threading
from typing import Any

import certifi
import httpx
import pytest
from cloudbees_flow_client import (
    FlowClient,
    InvalidCredentials,
    InvalidRequest,
    NoCredentials,
    SessionIdAuth,
    SessionLogin,
    TokenRefused,
    Unauthorized,
)
from fakes.cloudbees_flow import FlowSpecServer

from .conftest import ADMIN, FAST_RETRY


def _logins(fake: FlowSpecServer) -> int:
    return sum(1 for r in fake.requests if r.operation_id == "sessions_login")


def test_basic_credentials_go_on_every_request_and_no_login_happens(fake: FlowSpecServer, client: FlowClient) -> None:
    client.projects.get("Default")
    client.properties.get_property("PythonProperty", project_name="Default")
    expected = "Basic " + base64.b64encode(b"admin:changeme").decode()
    assert [r.headers.get("Authorization") for r in fake.requests] == [expected, expected]
    assert _logins(fake) == 0


def test_wrong_basic_credentials_answer_no_credentials(fake: FlowSpecServer) -> None:
    with FlowClient(fake.url, user="admin", password="wrong-pass") as client, pytest.raises(NoCredentials) as caught:
        client.projects.get("Default")
    error = caught.value
    assert isinstance(error, Unauthorized)
    assert (error.status, error.code, error.where, error.details) == (401, "NoCredentials", "", "")
    assert error.message == "No credentials/session found in this request"
    assert "wrong-pass" not in str(error) + repr(error.args)


def test_session_login_sends_the_id_as_cookie_and_header(fake: FlowSpecServer, session_client: FlowClient) -> None:
    session_client.projects.get("Default")
    session_client.projects.list()
    login, first, second = fake.requests
    assert login.operation_id == "sessions_login"
    assert login.json == {"userName": "admin", "password": "changeme"}
    assert "password" not in login.query
    session = login_session(fake)
    for request in (first, second):
        assert request.cookies["sessionId"] == session
        assert request.headers["sessionId"] == session
        assert "Authorization" not in request.headers


def login_session(fake: FlowSpecServer) -> str:
    return next(iter(fake.handler.sessions))


@pytest.mark.parametrize("status", [401, 403])
def test_an_expired_session_is_renewed_once_and_the_call_retried(
    fake: FlowSpecServer, session_client: FlowClient, status: int
) -> None:
    fake.handler.no_credentials_status = status
    session_client.projects.get("Default")
    fake.handler.expire_sessions()
    assert session_client.properties.get_property("PythonProperty", project_name="Default").value == "PythonRestApi"
    assert _logins(fake) == 2
    answered = [r.operation_id for r in fake.requests]
    assert answered == ["sessions_login", "projects_get", "properties_get", "sessions_login", "properties_get"]


def test_a_session_refused_again_after_renewal_is_not_retried_forever(
    fake: FlowSpecServer, session_client: FlowClient
) -> None:
    session_client.projects.get("Default")
    fake.handler.expire_sessions()
    fake.handler.sessions_login = _login_then_expire(fake)  # type: ignore[method-assign]
    with pytest.raises(NoCredentials):
        session_client.projects.get("Default")
    assert _logins(fake) == 2


def _login_then_expire(fake: FlowSpecServer) -> Any:
    original = type(fake.handler).sessions_login

    def login(request: Any) -> Any:
        answer = original(fake.handler, request)
        fake.handler.expire_sessions()
        return answer

    return login


def test_concurrent_calls_after_expiry_share_one_renewal(fake: FlowSpecServer, session_client: FlowClient) -> None:
    session_client.projects.get("Default")
    fake.handler.expire_sessions()
    fake.delay("sessions_login", 0.1)
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(session_client.projects.get("Default").project_name))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["Default"] * 6
    assert _logins(fake) == 2


def test_async_session_expiry_is_renewed_too(fake: FlowSpecServer, run_async: Any) -> None:
    async def scenario(aclient: Any) -> str:
        await aclient.projects.get("Default")
        fake.handler.expire_sessions()
        return str((await aclient.projects.get("Default")).project_name)

    assert run_async(scenario, login=True) == "Default"
    assert _logins(fake) == 2


def test_a_user_access_token_is_traded_for_a_session(fake: FlowSpecServer) -> None:
    fake.handler.tokens["tok-123"] = "user"
    with FlowClient(fake.url, token="tok-123") as client:
        assert (
            client.properties.set_property("PythonProperty", "x", project_name="Default").raw.last_modified_by == "user"
        )
        fake.handler.expire_sessions()
        client.projects.get("Default")
    assert [r.json for r in fake.requests if r.operation_id == "sessions_login"] == [{"token": "tok-123"}] * 2


def test_a_refused_login_is_invalid_credentials_with_the_server_error(fake: FlowSpecServer) -> None:
    with (
        FlowClient(fake.url, user="admin", password="nope-nope", login=True) as client,
        pytest.raises(InvalidCredentials) as caught,
    ):
        client.projects.get("Default")
    error = caught.value
    assert isinstance(error, TokenRefused)
    assert isinstance(error, Unauthorized)
    assert (error.code, error.where) == ("InvalidCredentials", "password")
    assert error.body.error.message == "Invalid user name or password"
    assert "nope-nope" not in str(error)


def test_a_given_session_id_is_sent_and_never_renewed(fake: FlowSpecServer) -> None:
    with FlowClient(fake.url, **ADMIN) as setup:
        session = setup.sessions.login(body=_login()).session_id
    fake.clear()
    with FlowClient(fake.url, session_id=session) as client:
        assert client.projects.get("Default").project_name == "Default"
        fake.handler.expire_sessions()
        with pytest.raises(NoCredentials):
            client.projects.get("Default")
    assert _logins(fake) == 0
    assert fake.requests[0].headers["sessionId"] == session


def _login() -> Any:
    from cloudbees_flow_client.models import LoginRequest

    return LoginRequest(user_name="admin", password="changeme")


def test_logout_ends_the_session_and_the_next_call_logs_in_again(
    fake: FlowSpecServer, session_client: FlowClient
) -> None:
    session_client.projects.get("Default")
    session = login_session(fake)
    session_client.logout()
    assert session not in fake.handler.sessions
    logout = next(r for r in fake.requests if r.operation_id == "sessions_logout")
    assert logout.cookies["sessionId"] == session
    session_client.projects.get("Default")
    assert _logins(fake) == 2


def test_logout_with_basic_credentials_sends_nothing(fake: FlowSpecServer, client: FlowClient) -> None:
    client.logout()
    assert fake.requests == []


def test_from_env_reads_the_url_and_credentials(fake: FlowSpecServer) -> None:
    env = {"CLOUDBEES_FLOW_URL": fake.url + "/rest/v1.0/", "CLOUDBEES_FLOW_USER": "admin"}
    env["CLOUDBEES_FLOW_PASSWORD"] = "changeme"
    with FlowClient.from_env(env) as client:
        assert client.base_url == fake.url
        assert isinstance(client.auth, httpx.BasicAuth)
        assert client.projects.get("Default").project_name == "Default"
    fake.handler.tokens["t"] = "admin"
    with FlowClient.from_env({"CLOUDBEES_FLOW_URL": fake.url, "CLOUDBEES_FLOW_TOKEN": "t"}) as client:
        assert isinstance(client.auth, SessionLogin)
    with FlowClient.from_env({"CLOUDBEES_FLOW_URL": fake.url, "COMMANDER_SESSIONID": "ABC"}) as client:
        assert isinstance(client.auth, SessionIdAuth)


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "CLOUDBEES_FLOW_URL"),
        ({"CLOUDBEES_FLOW_URL": "https://flow.example.org"}, "CLOUDBEES_FLOW_USER"),
        ({"CLOUDBEES_FLOW_URL": "https://flow.example.org", "CLOUDBEES_FLOW_USER": "a"}, "CLOUDBEES_FLOW_PASSWORD"),
        ({"CLOUDBEES_FLOW_URL": "https://flow.example.org", "CLOUDBEES_FLOW_PASSWORD": "p"}, "CLOUDBEES_FLOW_USER"),
    ],
)
def test_from_env_names_the_missing_variable(env: dict[str, str], missing: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        FlowClient.from_env(env)
    assert caught.value.where == missing
    assert "not set in the environment" in str(caught.value)


@pytest.mark.parametrize(
    ("options", "where"),
    [
        ({}, "user"),
        ({"user": "admin"}, "password"),
        ({"user": "admin", "password": "p", "token": "t"}, "token"),
        ({"session_id": "s", "user": "admin", "password": "p"}, "session_id"),
        ({"session_id": ""}, "session_id"),
        ({"user": "", "password": "p"}, "user"),
    ],
)
def test_unusable_credentials_are_refused_at_construction(options: dict[str, Any], where: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        FlowClient("https://flow.example.org", **options)
    assert caught.value.where == where


def test_secrets_never_show_in_reprs(fake: FlowSpecServer) -> None:
    for options in ({**ADMIN, "login": True}, {"token": "tok-secret"}, {"session_id": "SESSION-SECRET"}):
        with FlowClient(fake.url, **options) as client:
            shown = repr(client) + repr(client.auth)
        for secret in ("changeme", "tok-secret", "SESSION-SECRET"):
            assert secret not in shown


def test_insecure_turns_verification_off_with_one_warning_per_client(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="client_runtime")
    with FlowClient("https://flow.example.org", **ADMIN, insecure=True) as client:
        client.with_options(timeout=5)
        assert client._http._transport._pool._ssl_context.verify_mode.name == "CERT_NONE"  # type: ignore[attr-defined]
    warnings = [r for r in caplog.records if "verification is turned off" in r.getMessage()]
    assert len(warnings) == 1
    assert "flow.example.org" in warnings[0].getMessage()


def test_a_ca_bundle_is_used_for_verification() -> None:
    with FlowClient("https://flow.example.org", **ADMIN, ca_bundle=certifi.where()) as client:
        context = client._http._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert context.verify_mode.name == "CERT_REQUIRED"
        assert context.cert_store_stats()["x509_ca"] > 0


@pytest.mark.parametrize(
    ("options", "where"),
    [
        ({"insecure": True, "ca_bundle": "ca.pem"}, "insecure"),
        ({"insecure": True, "verify": "ca.pem"}, "insecure"),
        ({"ca_bundle": "no-such-ca.pem"}, "ca_bundle"),
    ],
)
def test_contradictory_or_missing_tls_settings_are_refused(options: dict[str, Any], where: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        FlowClient("https://flow.example.org", **ADMIN, **options)
    assert caught.value.where == where


def test_secrets_never_reach_the_logs(fake: FlowSpecServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with FlowClient(fake.url, **ADMIN, login=True, retry=FAST_RETRY) as client:
        client.projects.get("Default")
        session = login_session(fake)
        fake.handler.expire_sessions()
        client.projects.get("Default")
        with pytest.raises(NoCredentials):
            FlowClient(fake.url, session_id=session).projects.get("Default")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "sessions" in logged
    assert "changeme" not in logged
    assert session not in logged
