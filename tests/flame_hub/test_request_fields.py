"""Request fields the current servers' validators drop or refuse are refused before sending; fields they accept go out.

Evidence: the validators at Hub v0.14.0 (packages/core-kit and packages/storage-kit `domains/*/validator.ts`, whose
mounts without the UPDATE group apply to creation only) and authup v1.0.0-beta.63 (packages/core-kit
`domains/user/validator.ts`, `domains/user/constants.ts`, `domains/client/validator.ts`), and the column lengths of
Hub apps/server-core/src/adapters/database/entities/*.ts.
"""

from __future__ import annotations

from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from flamehub_client import AuthClient, CoreClient, InvalidRequest, StorageClient

ID = "00000000-0000-4000-8000-000000000000"
USER = {"name": "user-password", "email": "user@example.org"}
FILE = {"analysis_bucket_id": ID, "bucket_id": ID, "bucket_file_id": ID}
REFUSED: list[tuple[str, str, dict[str, Any], str]] = [
    ("core", "create_registry_project", {"account_name": "robot"}, "account_name: is not a field"),
    ("core", "create_registry_project", {"account_secret": "s3cret"}, "account_secret: is not a field"),
    ("core", "update_registry_project", {"type": "node"}, "type: is not a field"),
    ("core", "update_registry_project", {"registry_id": ID}, "registry_id"),
    ("core", "update_analysis_bucket", {"type": "CODE"}, "type: is not a field"),
    ("storage", "update_bucket", {"name": "renamed"}, "name: is not a field"),
    ("auth", "create_user", {**USER, "password": "short-pw"}, "at least 10 characters"),
    ("auth", "update_user", {"password": None}, "password"),
    ("auth", "create_client", {"name": "c" * 129}, "at most 128 characters"),
    ("core", "create_analysis_bucket_file", {**FILE, "path": "p" * 257}, "at most 256 characters"),
]


@pytest.mark.parametrize(("service", "verb", "fields", "message"), REFUSED, ids=[f"{r[1]}-{r[3]}" for r in REFUSED])
def test_fields_the_server_drops_or_refuses_are_refused_before_sending(
    hub: FlameHub, clients: dict[str, Any], service: str, verb: str, fields: dict[str, Any], message: str
) -> None:
    client = clients[service]
    client.get_realms() if service == "auth" else None
    hub.clear()
    arguments: tuple[Any, ...] = (ID,) if verb.startswith("update_") else ()
    with pytest.raises(InvalidRequest, match=message):
        getattr(client, verb)(*arguments, **fields)
    assert [r for r in (*hub.auth.requests, *hub.core.requests, *hub.storage.requests) if r.method != "GET"] == []


def test_an_analysis_node_comment_of_any_length_goes_out(hub: FlameHub, core_client: CoreClient) -> None:
    project = core_client.create_project(name="project-comment")
    analysis = core_client.create_analysis(project_id=project.id, name="analysis-comment")
    node = core_client.create_node(name="node-comment")
    analysis_node = core_client.create_analysis_node(analysis_id=analysis.id, node_id=node.id)
    updated = core_client.update_analysis_node(analysis_node, comment="ok")
    assert updated.comment == "ok"
    assert hub.core.requests[-1].json == {"comment": "ok"}


def test_a_ten_character_password_and_a_128_character_client_name_go_out(
    hub: FlameHub, auth_client: AuthClient
) -> None:
    user = auth_client.create_user(**USER, password="0123456789")
    assert hub.auth.requests[-1].json["password"] == "0123456789"
    client = auth_client.create_client(name="c" * 128)
    assert auth_client.get_user(user.id) is not None
    found = auth_client.get_client(client.id)
    assert found is not None
    assert found.name == "c" * 128


def test_bucket_and_analysis_bucket_updates_send_an_empty_body(hub: FlameHub, storage_client: StorageClient) -> None:
    bucket = storage_client.create_bucket(name="bucket-unchanged")
    updated = storage_client.update_bucket(bucket)
    assert hub.storage.requests[-1].json == {}
    assert updated.name == "bucket-unchanged"


@pytest.mark.parametrize("verb", ["create_client", "update_client"])
@pytest.mark.parametrize("field", ["is_confidential", "backchannel_logout_uri"])
def test_client_fields_authup_has_no_column_for_are_refused(
    hub: FlameHub, auth_client: AuthClient, verb: str, field: str
) -> None:
    # authup 1.0.0-beta.63 packages/core-kit/src/domains/client/validator.ts mounts neither
    arguments: tuple[Any, ...] = (ID,) if verb == "update_client" else ()
    value: Any = True if field == "is_confidential" else "https://example.org/logout"
    with pytest.raises(InvalidRequest, match=f"{field}: is not a field"):
        getattr(auth_client, verb)(*arguments, name="client-x", **{field: value})
