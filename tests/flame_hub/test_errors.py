"""Typed errors carry the parsed `{statusCode, code, message, issues}` body."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fakes.flame_hub import FlameHub
from fakes.flame_hub_world import build_world
from flamehub_client import BadRequest, Conflict, CoreClient, NotFound


def test_an_unknown_relation_is_a_bad_request_with_issues(hub: FlameHub, core_client: CoreClient) -> None:
    with pytest.raises(BadRequest) as raised:
        core_client.create_node(name="my-new-node", realm_id=str(uuid.uuid4()))
    error = raised.value
    assert (error.status, error.body.status_code, error.body.code) == (400, 400, "entity_relation_invalid")
    assert error.body.message == "Can't find realm entity by realmId"
    assert error.body.issues[0].path == ["realmId"]
    assert "Can't find realm entity by realmId" in str(error)


def test_a_duplicate_name_is_a_conflict(hub: FlameHub, core_client: CoreClient) -> None:
    core_client.create_node(name="twin-node")
    with pytest.raises(Conflict) as raised:
        core_client.create_node(name="twin-node")
    assert raised.value.body.code == "entity_conflict"


def test_updating_a_missing_record_is_not_found(hub: FlameHub, core_client: CoreClient) -> None:
    with pytest.raises(NotFound) as raised:
        core_client.update_node(str(uuid.uuid4()), hidden=True)
    assert raised.value.body.code == "entity_not_found"
    assert core_client.get_node(str(uuid.uuid4())) is None


@pytest.mark.allows_violations
def test_a_log_query_without_its_required_filter_is_a_bad_request(hub: FlameHub, core_client: CoreClient) -> None:
    with pytest.raises(BadRequest) as raised:
        core_client.analysis_logs.list()
    assert raised.value.body.message == "The filter analysisId is required."
    assert hub.violations == [
        "analysis_logs_list (GET /analysis-logs): query parameter 'filter[analysisId]' is required"
    ]


@pytest.mark.allows_violations
def test_an_expression_filter_on_a_disallowed_key_is_refused_by_the_server(hub: FlameHub, password_auth: Any) -> None:
    build_world(hub)
    with CoreClient(hub.core.url, password_auth, allow_lists="off") as client, pytest.raises(BadRequest) as raised:
        client.find_nodes(filter={"host": "x"}, dialect="expression")
    assert raised.value.body.issues[0].meta["parameter"] == "filters"


def test_async_errors_carry_the_body_too(hub: FlameHub, run_async: Any) -> None:
    async def attempt(clients: dict[str, Any]) -> Any:
        with pytest.raises(BadRequest) as raised:
            await clients["auth"].create_user(name="bo-example", email="bo@example.org", realm_id=str(uuid.uuid4()))
        return raised.value.body

    assert run_async(attempt).code == "entity_relation_invalid"
