"""Error codes become typed errors that keep code, message, where and details, and the status class."""

from __future__ import annotations

from typing import Any

import pytest
from cloudbees_flow_client import (
    AlreadyExists,
    ApiNotImplemented,
    ClientError,
    Conflict,
    FlowClient,
    FlowError,
    NoSuchObject,
    NoSuchProcedure,
    NoSuchProject,
    NotFound,
    RequestOptions,
    ServerError,
)
from fakes.spec_server import FakeResponse, SpecServer


def test_an_unknown_path_is_not_implemented(client: FlowClient) -> None:
    with pytest.raises(ApiNotImplemented) as caught:
        client.request("GET", "/rest/v1.0/noSuchThing", options=RequestOptions(max_retries=0))
    error = caught.value
    assert isinstance(error, ServerError)
    assert (error.status, error.code) == (501, "NotImplemented")
    assert error.body.error.code == "NotImplemented"
    assert str(error).endswith("[NotImplemented]")


def test_a_missing_object_carries_the_servers_fields(client: FlowClient) -> None:
    with pytest.raises(NoSuchProject) as caught:
        client.projects.get("Nowhere")
    error = caught.value
    assert isinstance(error, NotFound)
    assert isinstance(error, NoSuchObject)
    assert (error.code, error.message, error.where, error.details) == (
        "NoSuchProject",
        "Project 'Nowhere' does not exist",
        "projectName",
        "",
    )
    assert error.url.endswith("/rest/v1.0/projects/Nowhere")
    assert type(error).__name__ == "NoSuchProject"


def test_a_code_without_its_own_class_falls_back_to_its_family(client: FlowClient) -> None:
    with pytest.raises(NoSuchObject) as caught:
        client.jobs.get_status("no-such-job-id")
    assert caught.value.code == "NoSuchJob"
    with pytest.raises(NoSuchProcedure):
        client.jobs.run_procedure("Default", "Nothing")


def test_a_duplicate_is_already_exists_and_conflict(client: FlowClient) -> None:
    with pytest.raises(AlreadyExists) as caught:
        client.projects.create(project_name="Default")
    assert isinstance(caught.value, Conflict)
    assert caught.value.code == "DuplicateProjectName"


def test_the_servers_own_argument_check_is_a_bad_request_flow_error(fake: SpecServer, client: FlowClient) -> None:
    with pytest.raises(FlowError) as caught:
        client.jobs.run_procedure("Default", "Build")
    assert caught.value.status == 400
    assert (caught.value.code, caught.value.where) == ("MissingActualParameter", "branch")


def test_a_wrong_method_answers_an_empty_body(client: FlowClient) -> None:
    with pytest.raises(ClientError) as caught:
        client.request("PATCH", "/rest/v1.0/projects/Default")
    assert caught.value.status == 405
    assert (caught.value.body, caught.value.text) == (None, "")
    assert not isinstance(caught.value, FlowError)


def test_an_error_body_of_another_shape_stays_a_plain_status_error(fake: SpecServer, client: FlowClient) -> None:
    fake.script("projects_get", FakeResponse(404, b"<html>not here</html>", "text/html"))
    with pytest.raises(NotFound) as caught:
        client.projects.get("Default")
    assert not isinstance(caught.value, FlowError)
    assert caught.value.text == "<html>not here</html>"


def test_a_5xx_error_is_retried_then_typed(fake: SpecServer, client: FlowClient) -> None:
    busy = FakeResponse(503, {"error": {"code": "ServerBusy", "message": "busy", "where": "", "details": ""}})
    fake.script("projects_get", busy, busy, busy)
    with pytest.raises(FlowError) as caught:
        client.projects.get("Default")
    assert isinstance(caught.value, ServerError)
    assert caught.value.code == "ServerBusy"
    assert sum(1 for r in fake.requests if r.operation_id == "projects_get") == 3


def test_async_errors_are_the_same_classes(run_async: Any) -> None:
    async def missing(aclient: Any) -> str:
        with pytest.raises(NoSuchProject) as caught:
            await aclient.projects.get("Nowhere")
        return str(caught.value.code)

    assert run_async(missing) == "NoSuchProject"
