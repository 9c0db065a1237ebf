"""Fault servers for the whole session; each test switches their behaviour and starts from a clean slate."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest
import trustme

from .apis import Secrets
from .servers import FaultServer


@pytest.fixture(scope="session")
def _origin() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _other_origin() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _tls_origin() -> Iterator[FaultServer]:
    """HTTPS with a certificate from a CA nobody trusts."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    trustme.CA().issue_cert("127.0.0.1").configure_cert(context)
    server = FaultServer(tls=context).start()
    yield server
    server.stop()


@pytest.fixture
def server(_origin: FaultServer) -> Iterator[FaultServer]:
    """The API's origin (and the token endpoint's, unless a test moves it)."""
    _origin.reset()
    yield _origin
    _origin.reset()


@pytest.fixture
def elsewhere(_other_origin: FaultServer) -> Iterator[FaultServer]:
    """Another origin: another port on 127.0.0.1."""
    _other_origin.reset()
    yield _other_origin
    _other_origin.reset()


@pytest.fixture
def tls_server(_tls_origin: FaultServer) -> Iterator[FaultServer]:
    _tls_origin.reset()
    yield _tls_origin
    _tls_origin.reset()


@pytest.fixture
def secrets() -> Secrets:
    return Secrets()
