from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

import httpx
import pytest
from client_runtime import RetryPolicy
from joule.node import JouleNode, running_node
from joule.support import unique
from joule_client import AsyncJouleClient, JouleClient, data_stream
from joule_client.models import DataStream

T = TypeVar("T")
FAST_RETRY = RetryPolicy(max_retries=0)


@pytest.fixture(scope="session")
def node() -> Iterator[JouleNode]:
    """One real Joule node for the whole run: bring-up is paid once, and it is always torn down."""
    with running_node() as running:
        yield running


class CountingTransport(httpx.HTTPTransport):
    """Counts the requests that reach the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return super().handle_request(request)


@pytest.fixture
def transport() -> CountingTransport:
    return CountingTransport()


@pytest.fixture
def client(node: JouleNode, transport: CountingTransport) -> Iterator[JouleClient]:
    with JouleClient(node.url, node.key, retry=FAST_RETRY, transport=transport) as opened:
        yield opened


@pytest.fixture
def run_async(node: JouleNode) -> Callable[[Callable[[AsyncJouleClient], Awaitable[T]]], T]:
    """Runs `fn(async_client)` in a fresh event loop against the same node."""

    def runner(fn: Callable[[AsyncJouleClient], Awaitable[T]]) -> T:
        async def main() -> T:
            async with AsyncJouleClient(node.url, node.key, retry=FAST_RETRY) as opened:
                return await fn(opened)

        return asyncio.run(main())

    return runner


@pytest.fixture
def new_stream(client: JouleClient) -> Callable[..., DataStream]:
    """Makes a fresh data stream: `new_stream(layout="float32_3", decimate=True)`."""

    def make(layout: str = "float32_3", decimate: bool = True, name: str = "s") -> DataStream:
        datatype, width = layout.rsplit("_", 1)
        spec = data_stream(name, [f"e{i}" for i in range(int(width))], datatype=datatype, decimate=decimate)
        return client.data_streams.create(spec, unique())

    return make


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "node: needs the real Joule node")
