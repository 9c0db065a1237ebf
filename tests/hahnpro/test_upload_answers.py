"""An upload the server accepted, whose answer does not decode, is a DecodingError that says the upload was
applied, never a bare KeyError; uploading again would store the file twice."""

from __future__ import annotations

import httpx
import pytest
from client_runtime import DecodingError
from hahnpro_client import HahnProClient


def test_an_accepted_upload_with_an_unreadable_answer_says_it_was_applied() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "e30.e30.c2ln", "expires_in": 300})
        return httpx.Response(201, json={"unexpected": True})

    client = HahnProClient(
        "https://hahnpro.example/api",
        "flow-executor-service",
        "s3cr3t",
        auth_url="https://hahnpro.example/auth",
        auth_method="client_secret_post",
        discover=False,
        check_permissions=False,
        transport=httpx.MockTransport(answer),
    )
    with client, pytest.raises(DecodingError) as raised:
        client.contents.upload(b"report", filename="r.txt", read_permissions=["test"], read_write_permissions=["test"])
    assert raised.value.applied
    assert "applied" in str(raised.value)
