from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
from client_runtime import RetryPolicy
from fakes.flame_hub import ADMIN_PASSWORD, FlameHub, serve_flame_hub
from flamehub_client import (
    AsyncAuthClient,
    AsyncCoreClient,
    AsyncStorageClient,
    AuthClient,
    CoreClient,
    PasswordAuth,
    StorageClient,
)

T = TypeVar("T")
FAST_RETRY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02)
_names = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_names)}"


@pytest.fixture
def generation() -> str:
    """The server generation the fake Hub and the clients speak; `both_generations` runs a test against each."""
    return "current"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_generations") and "generation" in metafunc.fixturenames:
        metafunc.parametrize("generation", ["current", "legacy"])


@pytest.fixture
def hub(request: pytest.FixtureRequest, generation: str) -> Iterator[FlameHub]:
    """A fresh fake Hub per test; options come from `@pytest.mark.hub(...)`; no spec violations allowed."""
    marker = request.node.get_closest_marker("hub")
    options = {"generation": generation, **(marker.kwargs if marker else {})}
    with serve_flame_hub(**options) as server:
        yield server
        assert server.errors == []
        if not request.node.get_closest_marker("allows_violations"):
            assert server.violations == []


@pytest.fixture
def password_auth(hub: FlameHub) -> PasswordAuth:
    return PasswordAuth("admin", ADMIN_PASSWORD, hub.auth.url, clock=hub.now)


@pytest.fixture
def auth_client(hub: FlameHub, password_auth: PasswordAuth) -> Iterator[AuthClient]:
    with AuthClient(hub.auth.url, password_auth, retry=FAST_RETRY, generation=hub.generation) as client:
        yield client


@pytest.fixture
def core_client(hub: FlameHub, password_auth: PasswordAuth) -> Iterator[CoreClient]:
    with CoreClient(hub.core.url, password_auth, retry=FAST_RETRY, generation=hub.generation) as client:
        yield client


@pytest.fixture
def storage_client(hub: FlameHub, password_auth: PasswordAuth) -> Iterator[StorageClient]:
    with StorageClient(hub.storage.url, password_auth, retry=FAST_RETRY, generation=hub.generation) as client:
        yield client


@pytest.fixture
def clients(auth_client: AuthClient, core_client: CoreClient, storage_client: StorageClient) -> dict[str, Any]:
    return {"auth": auth_client, "core": core_client, "storage": storage_client}


AsyncClients = dict[str, Any]


@pytest.fixture
def run_async(hub: FlameHub, password_auth: PasswordAuth) -> Callable[[Callable[[AsyncClients], Awaitable[T]]], T]:
    """Runs `fn({"auth": …, "core": …, "storage": …})` with async clients in a fresh event loop."""

    def runner(fn: Callable[[AsyncClients], Awaitable[T]]) -> T:
        async def main() -> T:
            options: dict[str, Any] = {"retry": FAST_RETRY, "generation": hub.generation}
            async with (
                AsyncAuthClient(hub.auth.url, password_auth, **options) as auth,
                AsyncCoreClient(hub.core.url, password_auth, **options) as core,
                AsyncStorageClient(hub.storage.url, password_auth, **options) as storage,
            ):
                return await fn({"auth": auth, "core": core, "storage": storage})

        return asyncio.run(main())

    return runner


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "hub(**options): options of the fake FLAME Hub")
    config.addinivalue_line("markers", "allows_violations: the test sends requests that break the spec on purpose")
    config.addinivalue_line("markers", "both_generations: run against the current and the legacy fake Hub")
