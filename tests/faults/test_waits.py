"""Every wait has a bound: token requests carry the client's timeout, a buffered call has an overall deadline, and a
streamed transfer is limited only by its per-read timeout.

The deadlines here are shorter than a user would set, so the suite stays quick; the bounds asserted are generous and
only prove that a wait ends.
"""

from __future__ import annotations

import json
import time
from typing import Any

import client_runtime
import pytest

from .apis import HAHNPRO, SOSTRADES, Api, Secrets, Variant, in_turn, params, read_stream, run, variants
from .servers import HANG, FaultServer, drip

GENEROUS = 8.0  # seconds: far above every timeout and deadline below, far below what an unbounded wait would take


def _padded(api: Api, size: int) -> bytes:
    """The GET's real answer, padded with trailing whitespace (still valid JSON) to `size` bytes."""
    body = json.dumps(api.get_answer).encode()
    return body + b" " * max(0, size - len(body))


@pytest.mark.parametrize("variant", params(in_turn(variants(token_flows_only=True))))
def test_a_token_endpoint_that_never_answers_ends_within_the_clients_timeout(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    assert variant.auth.token_path is not None
    variant.serve(server, secrets)
    server.route(variant.auth.token_path, [HANG])

    started = time.monotonic()
    with pytest.raises(client_runtime.ApiTimeout):
        run(variant, server.url, secrets, variant.api.get, timeout=0.5, max_retries=0)

    assert time.monotonic() - started < GENEROUS
    assert server.requests_to(variant.api.get_path) == []


@pytest.mark.parametrize("variant", params(v for v in variants() if v.auth.discovery is not None))
def test_a_discovery_document_that_never_arrives_ends_within_the_clients_timeout(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    assert variant.auth.discovery is not None
    variant.serve(server, secrets)
    server.route(variant.auth.discovery[0], [HANG])

    started = time.monotonic()
    with pytest.raises(client_runtime.ApiTimeout):
        run(variant, server.url, secrets, variant.api.get, timeout=0.5, max_retries=0)

    assert time.monotonic() - started < GENEROUS
    assert server.requests_to(variant.api.get_path) == []


@pytest.mark.parametrize("variant", params(variants(one_auth_per_api=True)))
def test_a_call_that_gets_no_answer_ends_within_the_timeout(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets, get=[HANG])
    started = time.monotonic()
    with pytest.raises(client_runtime.ApiTimeout):
        run(variant, server.url, secrets, variant.api.get, timeout=0.2, max_retries=0)
    assert time.monotonic() - started < GENEROUS
    assert len(server.requests_to(variant.api.get_path)) == 1


# A body of 200 bytes sent 1 byte every 50 ms takes 10 s: each read arrives well within the 2 s read timeout.
SLOW_BODY_SIZE = 200
SLOW_BODY_EVERY = 0.05
DEADLINE = 0.2


def _slow_get(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    variant.serve(server, secrets, get=drip(_padded(variant.api, SLOW_BODY_SIZE), SLOW_BODY_EVERY))


@pytest.mark.parametrize("variant", params(variants(one_auth_per_api=True)))
def test_a_slow_drip_is_cut_by_the_clients_deadline(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    _slow_get(variant, server, secrets)
    started = time.monotonic()
    with pytest.raises(client_runtime.ApiTimeout):
        run(variant, server.url, secrets, variant.api.get, timeout=2, deadline=DEADLINE, max_retries=0)
    assert time.monotonic() - started < GENEROUS


def _per_call(variant: Variant) -> Any:
    return lambda client: variant.api.get(client, options=client_runtime.RequestOptions(deadline=DEADLINE))


def _with_options(variant: Variant) -> Any:
    return lambda client: variant.api.get(client.with_options(deadline=DEADLINE))


@pytest.mark.parametrize("how", [_per_call, _with_options], ids=["RequestOptions", "with_options"])
@pytest.mark.parametrize("variant", params(variants(apis=(SOSTRADES, HAHNPRO), one_auth_per_api=True)))
def test_a_slow_drip_is_cut_by_a_deadline_given_per_call(
    variant: Variant, how: Any, server: FaultServer, secrets: Secrets
) -> None:
    _slow_get(variant, server, secrets)
    started = time.monotonic()
    with pytest.raises(client_runtime.ApiTimeout):
        run(variant, server.url, secrets, how(variant), timeout=2, max_retries=0)
    assert time.monotonic() - started < GENEROUS


@pytest.mark.parametrize("variant", params(variants(one_auth_per_api=True)))
def test_no_deadline_at_all_is_refused(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    with pytest.raises(client_runtime.InvalidRequest) as caught:
        run(variant, server.url, secrets, variant.api.get, deadline=None)
    assert caught.value.where == "deadline"
    assert server.requests == []


@pytest.mark.parametrize("variant", params(variants(one_auth_per_api=True)))
def test_no_deadline_at_all_is_refused_per_call(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    variant.serve(server, secrets)
    with pytest.raises(client_runtime.InvalidRequest) as caught:
        run(
            variant,
            server.url,
            secrets,
            lambda client: variant.api.get(client, options=client_runtime.RequestOptions(deadline=None)),  # type: ignore[arg-type]
        )
    assert caught.value.where == "deadline"
    assert server.requests_to(variant.api.get_path) == []


# A streamed answer of 5 pieces, 60 ms apart: it outlives the deadline, each read well within the read timeout.
STREAM_PIECES = 5
STREAM_EVERY = 0.06
STREAM_DEADLINE = 0.12


@pytest.mark.parametrize("variant", params(variants(one_auth_per_api=True)))
def test_a_streamed_answer_is_not_cut_by_the_deadline(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    body = json.dumps(variant.api.get_answer).encode()
    piece = -(-len(body) // STREAM_PIECES)
    variant.serve(server, secrets, get=drip(body, STREAM_EVERY, piece=piece))

    started = time.monotonic()
    received = read_stream(variant, server.url, secrets, timeout=2, deadline=STREAM_DEADLINE, max_retries=0)

    assert time.monotonic() - started > STREAM_DEADLINE
    assert received == body


def test_a_status_probe_that_never_answers_ends_within_the_clients_timeout(server: FaultServer) -> None:
    """FLAME's `generation="auto"` asks the status route first; that request is bounded like the call itself."""
    from flamehub_client import CoreClient, StaticAuth

    server.route("/", [HANG])
    started = time.monotonic()
    with (
        CoreClient(server.url, StaticAuth("t0ken"), generation="auto", timeout=0.5, max_retries=0) as client,
        pytest.raises(client_runtime.ApiTimeout),
    ):
        client.find_nodes()
    assert time.monotonic() - started < GENEROUS
    assert [arrival.path for arrival in server.arrivals] == ["/"]
