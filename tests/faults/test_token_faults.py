"""A token endpoint's faults are the same typed errors as any call's: 5xx and 429 are retried and end as ServerError
or RateLimited, a refused connection is a connection error, only a real refusal (400, 401) is TokenRefused, and an
answer that holds no usable token is a DecodingError that does not show the token."""

from __future__ import annotations

import traceback

import client_runtime
import pytest

from .apis import FAST_RETRY, Secrets, Urls, Variant, params, run, variants
from .servers import FaultServer, closed_port_url, json_reply, respond

TOKEN_FLOWS = params(variants(token_flows_only=True))


def _token_path(variant: Variant) -> str:
    assert variant.auth.token_path is not None
    return variant.auth.token_path


@pytest.mark.parametrize(("status", "error"), [(500, "ServerError"), (503, "ServerError"), (429, "RateLimited")])
@pytest.mark.parametrize("variant", TOKEN_FLOWS)
def test_a_token_endpoint_failing_is_retried_and_ends_as_the_statuss_error(
    variant: Variant, status: int, error: str, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    server.route(_token_path(variant), json_reply(status, {"message": "try later"}))

    with pytest.raises(client_runtime.ApiStatusError) as caught:
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)

    assert isinstance(caught.value, getattr(client_runtime, error))
    assert not isinstance(caught.value, client_runtime.TokenRefused)
    assert caught.value.status == status
    assert len(server.requests_to(_token_path(variant))) == FAST_RETRY.max_retries + 1
    assert server.requests_to(variant.api.get_path) == []


@pytest.mark.parametrize("variant", params(v for v in variants(token_flows_only=True) if v.auth.separate_auth_origin))
def test_a_refused_token_endpoint_is_a_connection_error(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, Urls(server.url, closed_port_url()), secrets, variant.api.get, retry=FAST_RETRY)
    assert server.requests_to(variant.api.get_path) == []


@pytest.mark.parametrize("status", [400, 401])
@pytest.mark.parametrize("variant", TOKEN_FLOWS)
def test_a_token_endpoint_refusing_the_credentials_is_token_refused(
    variant: Variant, status: int, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    server.route(_token_path(variant), json_reply(status, {"error": "invalid_client", "message": "bad credentials"}))

    with pytest.raises(client_runtime.TokenRefused) as caught:
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)

    assert caught.value.status == status
    assert len(server.requests_to(_token_path(variant))) == 1
    assert server.requests_to(variant.api.get_path) == []


def _bad_answers() -> list[object]:
    return [
        pytest.param(variant, kind, id=f"{variant.id}-{kind}")
        for variant in variants(token_flows_only=True)
        for kind in variant.auth.bad_token_answers
    ]


@pytest.mark.parametrize(("variant", "kind"), _bad_answers())
def test_a_token_answer_without_a_usable_token_is_a_decoding_error_that_hides_the_token(
    variant: Variant, kind: str, server: FaultServer, secrets: Secrets
) -> None:
    variant.serve(server, secrets)
    body = variant.auth.bad_token_answers[kind](secrets)
    server.route(_token_path(variant), respond(200, body, {"Content-Type": "application/json"}))

    with pytest.raises(client_runtime.DecodingError) as caught:
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)

    error = caught.value
    shown = [str(error), repr(error), error.text, "".join(traceback.format_exception(error))]
    assert [text for text in shown if secrets.token in text] == []
    assert server.requests_to(variant.api.get_path) == []
