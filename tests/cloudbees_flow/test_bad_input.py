"""Bad input is a clear InvalidRequest raised before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest
from cloudbees_flow_client import FlowClient, InvalidRequest
from fakes.spec_server import SpecServer


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda c: c.jobs.run_procedure("", "Build"), "body.projectName"),
        (lambda c: c.jobs.run_procedure("Default", ""), "body.procedureName"),
        (lambda c: c.projects.get(""), "project_name"),
        (lambda c: c.projects.create(project_name=""), "project_name"),
        (lambda c: c.projects.create(project_name="x" * 256), "project_name"),
        (lambda c: c.pipelines.run("", "Ship"), "body.projectName"),
        (lambda c: c.releases.start("", "Q3"), "project_name"),
        (lambda c: c.procedures.list(""), "project_name"),
    ],
    ids=["run", "procedure", "get", "create", "too-long", "pipeline", "release", "procedures"],
)
def test_an_empty_project_name(fake: SpecServer, client: FlowClient, call: Any, where: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        call(client)
    assert caught.value.where == where
    assert fake.requests == []


@pytest.mark.parametrize("name", ["", "a//b", "trailing/", "/", "//projects/Default/x"])
def test_a_property_name_that_is_not_a_valid_path(fake: SpecServer, client: FlowClient, name: str) -> None:
    for call in (
        lambda: client.properties.get_property(name, project_name="Default"),
        lambda: client.properties.set_property(name, "v", project_name="Default"),
    ):
        with pytest.raises(InvalidRequest) as caught:
            call()
        assert caught.value.where == "property_name"
        assert "must match" in caught.value.problem
    assert fake.requests == []


@pytest.mark.parametrize("interval", [0, -1, -0.5])
def test_a_non_positive_poll_interval(fake: SpecServer, client: FlowClient, interval: float) -> None:
    with pytest.raises(InvalidRequest, match="poll_interval"):
        client.jobs.wait("some-job-id", poll_interval=interval)
    with pytest.raises(InvalidRequest, match="poll_interval"):
        client.pipelines.wait("some-run-id", poll_interval=interval)
    assert fake.requests == []


def test_a_non_positive_timeout(fake: SpecServer, client: FlowClient) -> None:
    with pytest.raises(InvalidRequest, match="timeout"):
        client.jobs.wait("some-job-id", poll_interval=1, timeout=0)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("parameters", "where"),
    [({"": "x"}, "parameters"), ({"branch": ["main"]}, "parameters.branch"), ({"branch": None}, "parameters.branch")],
)
def test_parameters_that_are_not_names_and_values(
    fake: SpecServer, client: FlowClient, parameters: Any, where: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.jobs.run_procedure("Default", "Build", parameters=parameters)
    assert caught.value.where == where
    assert fake.requests == []


def test_an_empty_job_reference(fake: SpecServer, client: FlowClient) -> None:
    with pytest.raises(InvalidRequest, match="job"):
        client.jobs.get_status("")
    with pytest.raises(InvalidRequest, match="run"):
        client.pipelines.get_run("")
    assert fake.requests == []


def test_an_artifact_name_without_its_group(fake: SpecServer, client: FlowClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.artifacts.get("no-group")
    assert caught.value.where == "artifact_name"
    assert fake.requests == []


def test_a_base_url_that_is_not_http(fake: SpecServer) -> None:
    with pytest.raises(InvalidRequest, match="base_url"):
        FlowClient("flow.example.org", user="admin", password="p")


def test_async_bad_input_sends_nothing(fake: SpecServer, run_async: Any) -> None:
    async def bad(aclient: Any) -> None:
        with pytest.raises(InvalidRequest):
            await aclient.jobs.run_procedure("", "Build")
        with pytest.raises(InvalidRequest):
            await aclient.properties.get_property("a//b", project_name="Default")
        with pytest.raises(InvalidRequest):
            await aclient.jobs.wait("job", poll_interval=0)

    run_async(bad)
    assert fake.requests == []
