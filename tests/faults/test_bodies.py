"""Bodies that are cut short, malformed, of the wrong shape or huge end as typed errors that say what they can."""

from __future__ import annotations

import json

import client_runtime
import pytest

from .apis import FAST_RETRY, MODES, Api, Secrets, Variant, params, read_stream, run, variants
from .servers import FaultServer, chunked_cut, json_reply, respond, text_reply

ONE_PER_API = params(variants(one_auth_per_api=True))
# For the costliest check: one variant per API, sync and async in turn.
TURN = [p for index, p in enumerate(ONE_PER_API) if p.values[0].mode == MODES[(index // 2) % 2]]


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_body_shorter_than_its_content_length_is_a_connection_error(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    body = json.dumps(variant.api.get_answer).encode()
    cut = respond(200, body[:10], {"Content-Type": "application/json"}, length=len(body))
    variant.serve(server, secrets, get=cut, post=cut)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.post, retry=FAST_RETRY)


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_chunked_body_without_its_last_chunk_is_a_connection_error(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    cut = chunked_cut(json.dumps(variant.api.get_answer).encode()[:10])
    variant.serve(server, secrets, get=cut, post=cut)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.get, retry=FAST_RETRY)
    with pytest.raises(client_runtime.ApiConnectionError):
        run(variant, server.url, secrets, variant.api.post, retry=FAST_RETRY)


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_malformed_json_is_a_decoding_error(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    variant.serve(server, secrets, get=text_reply(200, '{"study_case_id": 21,'))
    with pytest.raises(client_runtime.DecodingError) as caught:
        run(variant, server.url, secrets, variant.api.get)
    assert caught.value.applied is False


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_value_of_the_wrong_type_is_a_decoding_error_naming_its_field(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    api = variant.api
    variant.serve(server, secrets, get=json_reply(200, api.wrong_shape))
    with pytest.raises(client_runtime.DecodingError) as caught:
        run(variant, server.url, secrets, api.get)
    assert caught.value.where is not None
    assert api.wrong_field in caught.value.where
    assert caught.value.applied is False


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_an_undecodable_answer_to_a_write_says_the_write_was_applied(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    api = variant.api
    variant.serve(server, secrets, post=json_reply(api.post_status, api.wrong_shape))
    with pytest.raises(client_runtime.DecodingError) as caught:
        run(variant, server.url, secrets, api.post)
    assert caught.value.applied is True
    assert "applied" in str(caught.value)
    assert len(server.requests_to(api.post_path)) == 1


_HUGE: dict[str, bytes] = {}


def _huge(api: Api) -> bytes:
    if api.name not in _HUGE:
        _HUGE[api.name] = api.huge_wrong_shape()
    return _HUGE[api.name]


@pytest.mark.parametrize("variant", TURN)
def test_a_huge_body_of_the_wrong_shape_keeps_only_the_start_of_its_text(
    variant: Variant, server: FaultServer, secrets: Secrets
) -> None:
    body = _huge(variant.api)
    assert len(body) > 19 * 1024 * 1024
    variant.serve(server, secrets, get=respond(200, body, {"Content-Type": "application/json"}))
    with pytest.raises(client_runtime.DecodingError) as caught:
        run(variant, server.url, secrets, variant.api.get)
    assert len(caught.value.text) <= 2000
    assert len(str(caught.value)) <= 2000


@pytest.mark.parametrize("variant", ONE_PER_API)
def test_a_streamed_answer_parses_like_a_buffered_one(variant: Variant, server: FaultServer, secrets: Secrets) -> None:
    variant.serve(server, secrets)
    parsed = read_stream(variant, server.url, secrets, parse=True)
    assert variant.api.read_back(variant.api.unwrap_stream(parsed)) == variant.api.read_back_expected
