"""TLS over a real loopback HTTPS server: verified by default, a CA bundle can be given, off only when asked."""

from __future__ import annotations

import logging
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import trustme
from client_runtime import ApiConnectionError, SyncClient
from werkzeug.serving import make_server


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def https_url(authority: trustme.CA) -> Iterator[str]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [("Content-Type", "application/json")])
        return [b'"secure"']

    server = make_server("127.0.0.1", 0, app, ssl_context=context, threaded=True)
    thread = threading.Thread(target=lambda: server.serve_forever(0.02), daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_an_unknown_certificate_is_refused_by_default(https_url: str) -> None:
    with (
        SyncClient(https_url, max_retries=0) as client,
        pytest.raises(ApiConnectionError, match="CERTIFICATE_VERIFY_FAILED"),
    ):
        client.request("GET", "/")


def test_a_ca_bundle_makes_it_trusted(https_url: str, authority: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    with SyncClient(https_url, verify=str(bundle)) as client:
        assert client.request("GET", "/").json() == "secure"


def test_verification_off_is_explicit_and_logged(https_url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="client_runtime"), SyncClient(https_url, verify=False) as client:
        assert client.request("GET", "/").json() == "secure"
    assert "TLS certificate verification is turned off" in caplog.text
