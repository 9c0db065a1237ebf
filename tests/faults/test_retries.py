"""What is retried: connection failures before an answer and 5xx/429 on idempotent calls (honouring Retry-After);
never a write the spec does not mark safe; and every failure ends as a typed error."""

from __future__ import annotations

import math
import time

import client_runtime
import pytest

from .apis import FAST_RETRY, MODES, Secrets, Variant, params, run, variants
from .servers import RESET, FaultServer, closed_port_url, head, http_date, json_reply

ONE_PER_API = params(variants(one_auth_per_api=True))
# For the checks that must wait: one variant per API, sync and async in turn; the other turn takes the other half.
TURN = [p for index, p in enumerate(ONE_PER_API) if p.values[0].mode == MODES[(index // 2) % 2]]
OTHER_TURN = [p for p in ONE_PER_API if p not in TURN]


def _succeeds(variant: Variant, server: FaultServer, secrets: Secrets, **options: object) -> None:
    result = run(variant, server.url, secrets, variant.api.get, **options)
    assert variant.api.read_back(result) == variant.api.read_back_expected


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_reset_before_any_answer_byte_is_retried_on_a_read(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets, get=[RESET])
    server.route(variant.api.get_path, [RESET], json_reply(200, variant.api.get_answer))
    _succeeds(variant, server, secrets, retry=FAST_RETRY)
    assert len(server.requests_to(variant.api.get_path)) == 2


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_reset_before_any_answer_byte_is_not_retried_on_a_write(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets, post=[RESET])
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.post, retry=FAST_RETRY)
    assert len(server.requests_to(variant.api.post_path)) == 1


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_refused_connection_is_a_connection_error(variant: Variant, secrets: Secrets) -> None:
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, closed_port_url(), secrets, variant.api.get, retry=FAST_RETRY)


@pytest.mark.parametrize("status", [500, 503])
@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_server_error_then_success_is_a_success(
    variant: Variant, status: int, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    server.route(variant.api.get_path, json_reply(status, {"message": "busy"}), json_reply(200, variant.api.get_answer))
    _succeeds(variant, server, secrets, retry=FAST_RETRY)
    assert len(server.requests_to(variant.api.get_path)) == 2


def _waited(server: FaultServer, path: str) -> float:
    first, second = server.arrivals_at(path)
    return second.at - first.at


@pytest.mark.parametrize("variant", TURN)
def test_429_is_retried_after_the_seconds_retry_after_asks(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    busy = json_reply(429, {"message": "slow down"}, {"Retry-After": "1"})
    server.route(variant.api.get_path, busy, json_reply(200, variant.api.get_answer))
    _succeeds(variant, server, secrets, retry=FAST_RETRY)
    assert 0.9 <= _waited(server, variant.api.get_path) < 6


@pytest.mark.parametrize("variant", OTHER_TURN)
def test_429_is_retried_after_the_date_retry_after_names(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    # HTTP dates have whole seconds: a date between 0.5 and 1.5 s ahead.
    retry_at = math.ceil(time.time() + 0.5)
    variant.serve(server, secrets)
    busy = json_reply(429, {"message": "slow down"}, {"Retry-After": http_date(retry_at)})
    server.route(variant.api.get_path, busy, json_reply(200, variant.api.get_answer))
    _succeeds(variant, server, secrets, retry=FAST_RETRY)
    first, second = server.arrivals_at(variant.api.get_path)
    # The backoff alone would wait 10 ms; the date asked for this long after the first answer.
    asked = retry_at - first.wall
    assert asked - 0.2 <= second.at - first.at < asked + 5


def _cut(variant: Variant, after_head: bytes) -> list[bytes | str]:
    return [head(200, {"Content-Type": "application/json", "Content-Length": "1000"}) + after_head, RESET]


@pytest.mark.parametrize("where", ["after_the_headers", "mid_body"])
@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_reset_after_the_answer_began_is_a_connection_error(
    variant: Variant, where: str, server: FaultServer, secrets: Secrets
) -> None:
    partial = b"" if where == "after_the_headers" else b'{"' + b"a" * 100
    variant.serve(server, secrets, get=_cut(variant, partial), post=_cut(variant, partial))

    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.post, retry=FAST_RETRY)

    assert len(server.requests_to(variant.api.get_path)) == 2, "a read is tried again"
    assert len(server.requests_to(variant.api.post_path)) == 1, "a write is not"
