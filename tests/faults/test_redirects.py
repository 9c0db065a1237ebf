"""Credentials stay at their origin: a redirect to another origin carries none, and token requests never follow one."""

from __future__ import annotations

import client_runtime
import pytest
from fakes.raw_server import RawRequest

from .apis import CUSTOM_HEADER, Secrets, Variant, params, run, variants
from .servers import FaultServer, json_reply, redirect

REDIRECTS = (301, 302, 303, 307, 308)
# The only headers that may reach another origin: none of them can carry a credential.
HEADERS_WITHOUT_CREDENTIALS = frozenset(
    {
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "content-type",
        "content-length",
        "transfer-encoding",
    }
)


def _text(request: RawRequest) -> str:
    headers = "\n".join(f"{name}: {value}" for name, value in request.headers.items())
    return f"{request.target}\n{headers}\n{request.body.decode('latin-1')}"


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("variant", params(variants()))
def test_a_cross_origin_redirect_carries_no_credential(
    variant: Variant, status: int, server: FaultServer, elsewhere: FaultServer, secrets: Secrets
) -> None:
    api = variant.api
    variant.serve(server, secrets, get=redirect(status, elsewhere.url + api.get_path))
    elsewhere.route(api.get_path, json_reply(200, api.get_answer))

    result = run(variant, server.url, secrets, api.get, headers={CUSTOM_HEADER: secrets.header})

    assert api.read_back(result) == api.read_back_expected
    [first] = server.requests_to(api.get_path)
    assert variant.auth.carries(first, secrets), "the first hop must carry the credential, or this test proves nothing"
    assert first.headers[CUSTOM_HEADER.lower()] == secrets.header
    [arrived] = elsewhere.requests
    assert sorted(set(arrived.headers) - HEADERS_WITHOUT_CREDENTIALS) == []
    assert [value for value in secrets.values if value in _text(arrived)] == []


@pytest.mark.parametrize("variant", params(variants()))
def test_a_same_origin_redirect_keeps_the_credential(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    api = variant.api
    moved = "/moved" + api.get_path
    variant.serve(server, secrets, get=redirect(307, server.url + moved))
    server.route(moved, json_reply(200, api.get_answer))

    result = run(variant, server.url, secrets, api.get, headers={CUSTOM_HEADER: secrets.header})

    assert api.read_back(result) == api.read_back_expected
    [arrived] = server.requests_to(moved)
    assert variant.auth.carries(arrived, secrets)
    assert arrived.headers[CUSTOM_HEADER.lower()] == secrets.header


@pytest.mark.parametrize("status", REDIRECTS)
@pytest.mark.parametrize("variant", params(variants(token_flows_only=True)))
def test_token_request_never_follows_a_redirect(
    variant: Variant, status: int, server: FaultServer, elsewhere: FaultServer, secrets: Secrets
) -> None:
    token_path = variant.auth.token_path
    assert token_path is not None
    assert variant.auth.token_answer is not None
    variant.serve(server, secrets)
    server.route(token_path, redirect(status, elsewhere.url + token_path))
    elsewhere.route(token_path, json_reply(200, variant.auth.token_answer(secrets)))

    with pytest.raises(client_runtime.ApiStatusError) as caught:
        run(variant, server.url, secrets, variant.api.get, max_retries=0)

    assert isinstance(caught.value, client_runtime.RedirectRefused)
    assert caught.value.location == elsewhere.url + token_path
    assert caught.value.status == status
    assert elsewhere.requests == []
    assert len(server.requests_to(token_path)) == 1
    assert server.requests_to(variant.api.get_path) == []
