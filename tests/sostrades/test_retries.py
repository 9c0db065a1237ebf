"""Retries: Retry-After honoured, idempotent methods only, POST only where the spec marks it safe."""

from __future__ import annotations

from typing import Any

import pytest
from client_runtime import _client
from fakes.spec_server import FakeResponse, SpecServer
from sostrades_client import RequestOptions, ServerError, SosTradesClient


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(_client.time, "sleep", recorded.append)
    return recorded


def _unavailable(retry_after: str | None = None) -> FakeResponse:
    headers = {"Retry-After": retry_after} if retry_after else {}
    body = {"statusCode": 503, "name": "Service Unavailable", "description": "busy"}
    return FakeResponse(503, body, headers=headers)


def _calls(fake: SpecServer, operation_id: str) -> int:
    return sum(1 for r in fake.requests if r.operation_id == operation_id)


def test_get_is_retried_after_the_time_retry_after_asks(
    fake: SpecServer, client: SosTradesClient, sleeps: list[float]
) -> None:
    fake.script("calculation_status", _unavailable("1.5"), _unavailable("0"))
    assert client.calculation.status(1).study_case_id == 1
    assert sleeps == [1.5, 0.0]
    assert _calls(fake, "calculation_status") == 3


def test_a_retry_after_too_long_is_not_obeyed(fake: SpecServer, client: SosTradesClient, sleeps: list[float]) -> None:
    fake.script("calculation_status", _unavailable("86400"))
    client.calculation.status(1)
    assert len(sleeps) == 1
    assert sleeps[0] < 1


def test_post_is_never_retried(fake: SpecServer, client: SosTradesClient, sleeps: list[float]) -> None:
    fake.script("calculation_execute", _unavailable("0"))
    with pytest.raises(ServerError):
        client.calculation.execute(1)
    assert _calls(fake, "calculation_execute") == 1
    assert sleeps == []


def test_post_the_spec_marks_safe_is_retried(fake: SpecServer, client: SosTradesClient, sleeps: list[float]) -> None:
    fake.script("study_cases_download_parameter", _unavailable("0"))
    assert client.study_cases.download_parameter(1, "study1.Disc1.a").startswith("value")
    assert _calls(fake, "study_cases_download_parameter") == 2


def test_retries_are_bounded(fake: SpecServer, client: SosTradesClient, sleeps: list[float]) -> None:
    fake.script("calculation_status", *[_unavailable("0")] * 5)
    with pytest.raises(ServerError):
        client.calculation.status(1)
    assert _calls(fake, "calculation_status") == 3


def test_retries_can_be_turned_off_per_call(fake: SpecServer, client: SosTradesClient, sleeps: list[float]) -> None:
    fake.script("calculation_status", _unavailable("0"))
    with pytest.raises(ServerError):
        client.calculation.status(1, options=RequestOptions(max_retries=0))
    assert _calls(fake, "calculation_status") == 1


def test_async_client_retries_too(fake: SpecServer, run_async: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    recorded: list[float] = []

    async def no_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_client, "async_sleep", no_sleep)
    fake.script("calculation_status", _unavailable("2"))

    async def status(aclient: Any) -> Any:
        return await aclient.calculation.status(1)

    assert run_async(status).study_case_id == 1
    assert recorded == [2.0]
