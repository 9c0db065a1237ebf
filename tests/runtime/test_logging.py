"""Each package logs under its own name: one DEBUG line per request and per answer, token fetches and renewals,
and every retry with its reason and delay; never a secret."""

from __future__ import annotations

import logging

import httpx
import pytest
from client_runtime import RetryPolicy

KEY = "0123456789abcdef0123456789abcdef-log-key"


def test_requests_answers_and_retries_are_logged_under_the_package_name(caplog: pytest.LogCaptureFixture) -> None:
    from sostrades_client import SosTradesClient

    answers = iter([httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json={"study_url": "u"})])
    transport = httpx.MockTransport(lambda request: next(answers))
    caplog.set_level(logging.DEBUG)
    with SosTradesClient("https://sostrades.example", api_key=KEY, transport=transport, retry=RetryPolicy()) as client:
        client.study_cases.get_url(7)
    lines = [(r.name, r.levelname, r.getMessage()) for r in caplog.records if r.name == "sostrades_client"]
    assert ("sostrades_client", "DEBUG", "GET https://sostrades.example/api/v0/study-case/7/url (attempt 1)") in lines
    assert any(level == "INFO" and "retrying GET" in m and "in 0.00s" in m and "503" in m for _, level, m in lines)
    answered = [m for _, level, m in lines if level == "DEBUG" and "->" in m]
    assert [m.split(" -> ")[1].split()[0] for m in answered] == ["503", "200"]
    assert answered[1].endswith("(attempt 2)")
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_token_fetches_are_logged_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    from flamehub_client import ClientAuth, CoreClient

    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsb2cifQ.c2ln"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": token, "expires_in": 3600, "token_type": "Bearer"})
        return httpx.Response(200, json={"data": [], "meta": {"total": 0, "limit": 50, "offset": 0}})

    auth = ClientAuth("3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b", "cl13nt-s3cr3t", "https://hub.example/auth/")
    caplog.set_level(logging.DEBUG)
    with CoreClient("https://hub.example/core", auth, transport=httpx.MockTransport(answer)) as client:
        client.find_nodes()
    messages = [r.getMessage() for r in caplog.records if r.name == "flamehub_client"]
    assert any(m.startswith("token obtained from https://hub.example/auth/token") for m in messages)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert token not in everything
    assert "cl13nt-s3cr3t" not in everything
