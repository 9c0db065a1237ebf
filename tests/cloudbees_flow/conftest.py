from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from client_runtime import RetryPolicy
from cloudbees_flow_client import AsyncFlowClient, FlowClient
from fakes.cloudbees_flow import FlowSpecServer, serve_flow

T = TypeVar("T")
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
ADMIN = {"user": "admin", "password": "changeme"}


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[FlowSpecServer]:
    """A fresh fake server per test; options come from `@pytest.mark.fake(...)`; no spec violations allowed."""
    marker = request.node.get_closest_marker("fake")
    with serve_flow(**(marker.kwargs if marker else {})) as server:
        yield server
        assert server.errors == []
        if not request.node.get_closest_marker("allows_violations"):
            assert server.violations == []


@pytest.fixture
def client(fake: FlowSpecServer) -> Iterator[FlowClient]:
    with FlowClient(fake.url, **ADMIN, retry=FAST_RETRY) as opened:
        yield opened


@pytest.fixture
def session_client(fake: FlowSpecServer) -> Iterator[FlowClient]:
    with FlowClient(fake.url, **ADMIN, login=True, retry=FAST_RETRY) as opened:
        yield opened


@pytest.fixture
def run_async(fake: FlowSpecServer) -> Callable[..., Any]:
    """Runs `fn(async_client)` in a fresh event loop against the same fake; client options as keywords."""

    def runner(fn: Callable[[AsyncFlowClient], Awaitable[T]], **options: Any) -> T:
        async def main() -> T:
            settings = {**ADMIN, "retry": FAST_RETRY, **options}
            async with AsyncFlowClient(fake.url, **settings) as opened:
                return await fn(opened)

        return asyncio.run(main())

    return runner


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fake(**options): options of the CloudBees Flow fake server")
    config.addinivalue_line("markers", "allows_violations: the test sends requests that break the spec on purpose")
