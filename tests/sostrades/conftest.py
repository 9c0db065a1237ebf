from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import pytest
from client_runtime import RetryPolicy
from fakes.sostrades import serve_sostrades
from fakes.spec_server import SpecServer
from sostrades_client import AsyncSosTradesClient, SosTradesClient

T = TypeVar("T")
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[SpecServer]:
    """A fresh fake server per test; options come from `@pytest.mark.fake(...)`; no spec violations allowed."""
    marker = request.node.get_closest_marker("fake")
    with serve_sostrades(**(marker.kwargs if marker else {})) as server:
        yield server
        if not request.node.get_closest_marker("allows_violations"):
            assert server.violations == []


@pytest.fixture
def key(fake: SpecServer) -> str:
    return str(fake.handler.group_key)


@pytest.fixture
def client(fake: SpecServer, key: str) -> Iterator[SosTradesClient]:
    with SosTradesClient(fake.url, key, retry=FAST_RETRY) as opened:
        yield opened


@pytest.fixture
def run_async(fake: SpecServer, key: str) -> Callable[[Callable[[AsyncSosTradesClient], Awaitable[T]]], T]:
    """Runs `fn(async_client)` in a fresh event loop against the same fake."""

    def runner(fn: Callable[[AsyncSosTradesClient], Awaitable[T]]) -> T:
        async def main() -> T:
            async with AsyncSosTradesClient(fake.url, key, retry=FAST_RETRY) as opened:
                return await fn(opened)

        return asyncio.run(main())

    return runner


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fake(**options): options of the SoSTrades fake server")
    config.addinivalue_line("markers", "allows_violations: the test sends requests that break the spec on purpose")
