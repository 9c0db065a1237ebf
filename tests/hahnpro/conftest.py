from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from client_runtime import RetryPolicy
from fakes.hahnpro import HahnProServer, serve_hahnpro
from hahnpro_client import AsyncHahnProClient, HahnProClient

T = TypeVar("T")
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
# client id, secret and client-authentication method of each client the fake realm knows
CREDENTIALS = {
    "client_secret_jwt": ("hpc-jwt", "jwt-s3cr3t"),
    "client_secret_basic": ("hpc-basic", "basic-s3cr3t"),
    "client_secret_post": ("hpc-post", "post-s3cr3t"),
}


@pytest.fixture
def fake(request: pytest.FixtureRequest) -> Iterator[HahnProServer]:
    """A fresh fake API and Keycloak per test; realm options come from `@pytest.mark.realm(...)`."""
    marker = request.node.get_closest_marker("realm")
    with serve_hahnpro(**(marker.kwargs if marker else {})) as server:
        yield server
        assert server.errors == []
        if not request.node.get_closest_marker("allows_violations"):
            assert server.violations == []


@pytest.fixture
def connect(fake: HahnProServer) -> Callable[..., HahnProClient]:
    """`connect(method="client_secret_jwt", **options)`: a new client of the fake with that realm client."""

    def factory(method: str = "client_secret_jwt", **options: Any) -> HahnProClient:
        client_id, secret = CREDENTIALS[method]
        auth_url = f"{fake.keycloak.url}/auth"
        return HahnProClient(fake.api_url, client_id, secret, auth_url=auth_url, auth_method=method, **options)

    return factory


@pytest.fixture
def aconnect(fake: HahnProServer) -> Callable[..., AsyncHahnProClient]:
    """The async twin of `connect`."""

    def factory(method: str = "client_secret_jwt", **options: Any) -> AsyncHahnProClient:
        client_id, secret = CREDENTIALS[method]
        auth_url = f"{fake.keycloak.url}/auth"
        return AsyncHahnProClient(fake.api_url, client_id, secret, auth_url=auth_url, auth_method=method, **options)

    return factory


@pytest.fixture
def client(connect: Callable[..., HahnProClient]) -> Iterator[HahnProClient]:
    with connect(retry=FAST_RETRY) as opened:
        yield opened


@pytest.fixture
def run_async(
    aconnect: Callable[..., AsyncHahnProClient],
) -> Callable[[Callable[[AsyncHahnProClient], Awaitable[T]]], T]:
    """Runs `fn(async_client)` in a fresh event loop against the same fake."""

    def runner(fn: Callable[[AsyncHahnProClient], Awaitable[T]]) -> T:
        async def main() -> T:
            async with aconnect(retry=FAST_RETRY) as opened:
                return await fn(opened)

        return asyncio.run(main())

    return runner


@pytest.fixture
def env(fake: HahnProServer) -> dict[str, str]:
    """The SDK's environment variables pointing at the fake, for `from_env()`."""
    client_id, secret = CREDENTIALS["client_secret_jwt"]
    return {
        "API_BASE_URL": fake.url,
        "AUTH_BASE_URL": fake.keycloak.url,
        "AUTH_REALM": "hpc",
        "API_USER": client_id,
        "AUTH_SECRET": secret,
    }


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "realm(**options): options of the fake Keycloak realm")
    config.addinivalue_line("markers", "allows_violations: the test sends requests that break the spec on purpose")
