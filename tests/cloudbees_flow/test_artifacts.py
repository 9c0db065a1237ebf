"""Artifacts: the REST calls, and publishing a version with files through the publish endpoint."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from cloudbees_flow_client import FlowClient, InvalidRequest, PublishRefused, Unauthorized
from fakes.cloudbees_flow import FlowSpecServer


def test_publish_a_mapping_of_files(fake: FlowSpecServer, client: FlowClient, tmp_path: Path) -> None:
    (tmp_path / "app.jar").write_bytes(b"jar bytes")
    files = {"lib/app.jar": tmp_path / "app.jar", "README": b"read me", "notes.txt": io.BytesIO(b"notes")}
    client.artifacts.publish_version("com.example:app", "1.0.0", files, repository_name="default")
    stored = fake.handler.artifacts["com.example:app"]
    assert stored.files["1.0.0"] == {"lib/app.jar": b"jar bytes", "README": b"read me", "notes.txt": b"notes"}
    assert [v.version for v in client.artifacts.list_versions(artifact_name="com.example:app")] == ["1.0.0"]


def test_publish_a_directory_keeps_relative_paths(fake: FlowSpecServer, client: FlowClient, tmp_path: Path) -> None:
    (tmp_path / "dist" / "bin").mkdir(parents=True)
    (tmp_path / "dist" / "bin" / "run").write_bytes(b"#!/bin/sh")
    (tmp_path / "dist" / "app.cfg").write_bytes(b"x=1")
    client.artifacts.publish_version("com.example:app", "2.0", tmp_path / "dist")
    assert fake.handler.artifacts["com.example:app"].files["2.0"] == {"app.cfg": b"x=1", "bin/run": b"#!/bin/sh"}


def test_publish_sends_the_form_official_integrations_send(fake: FlowSpecServer, client: FlowClient) -> None:
    client.artifacts.publish_version("com.example:app", "1.0", {"a.txt": b"a"})
    login, publish = fake.requests
    assert login.operation_id == "sessions_login"
    assert publish.form.to_dict() == {
        "artifactName": "com.example:app",
        "artifactVersionVersion": "1.0",
        "action": "publishArtifact",
        "compress": "1",
        "commanderSessionId": next(iter(fake.handler.sessions)),
    }
    assert publish.headers["Authorization"].startswith("Basic ")


def test_publish_with_a_session_uses_it(fake: FlowSpecServer, session_client: FlowClient) -> None:
    session_client.artifacts.publish_version("com.example:app", "1.0", {"a.txt": b"a"})
    publish = fake.requests[-1]
    assert publish.form["commanderSessionId"] == publish.cookies["sessionId"]


def test_a_refusal_is_a_clear_error(client: FlowClient) -> None:
    with pytest.raises(PublishRefused) as caught:
        client.artifacts.publish_version("com.example:app", "1.0", {"a": b"a"}, repository_name="nowhere")
    assert caught.value.status == 200
    assert "repository 'nowhere' does not exist" in str(caught.value)


def test_a_second_publish_of_the_same_version_is_refused(client: FlowClient) -> None:
    client.artifacts.publish_version("com.example:app", "1.0", {"a": b"a"})
    with pytest.raises(PublishRefused, match="already exists"):
        client.artifacts.publish_version("com.example:app", "1.0", {"a": b"b"})


def test_publish_without_valid_credentials_is_unauthorized(fake: FlowSpecServer) -> None:
    with FlowClient(fake.url, session_id="NOT-A-SESSION") as client, pytest.raises(Unauthorized) as caught:
        client.artifacts.publish_version("com.example:app", "1.0", {"a": b"a"})
    assert caught.value.text == "No credentials/session found in this request"


@pytest.mark.parametrize(
    ("name", "version", "files", "where"),
    [
        ("no-colon", "1.0", {"a": b"a"}, "artifact_name"),
        ("g:k", "", {"a": b"a"}, "version"),
        ("g:k", "1.0", {}, "files"),
        ("g:k", "1.0", {"/abs": b"a"}, "files"),
        ("g:k", "1.0", {"a": 42}, "files['a']"),
        ("g:k", "1.0", "no/such/dir", "files"),
    ],
)
def test_bad_publish_input_sends_nothing(
    fake: FlowSpecServer, client: FlowClient, name: str, version: str, files: Any, where: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.artifacts.publish_version(name, version, files)
    assert caught.value.where == where
    assert fake.requests == []


def test_async_publish(fake: FlowSpecServer, run_async: Any) -> None:
    async def scenario(aclient: Any) -> None:
        await aclient.artifacts.publish_version("com.example:app", "9.9", {"x": b"x"})

    run_async(scenario)
    assert fake.handler.artifacts["com.example:app"].files["9.9"] == {"x": b"x"}
