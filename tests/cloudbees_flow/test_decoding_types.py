"""Decoded answers honour their declared types: a value off the spec is a DecodingError naming its JSON path.

The shapes come from the official clients (Jenkins plugin, tfs-extension): `runProcedure` answers
`{"jobId": "<uuid>"}`, `getJobStatus` a flat `{"jobId", "status", "outcome"}` of strings, and `getJobs`
`{"job": [{jobName, jobId, outcome, start, finish, elapsedTime, projectName, ...}]}`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from cloudbees_flow_client import AsyncFlowClient, DecodingError, FlowClient

URL = "https://flow.test"
JOB_ID = "4fa2c8f1-0d3e-11f0-9a5e-0242ac110002"


def client(status: int, body: Any) -> FlowClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return FlowClient(URL, user="admin", password="changeme", transport=transport, max_retries=0)


def failure(call: Any, body: Any, status: int = 200) -> DecodingError:
    with client(status, body) as opened, pytest.raises(DecodingError) as caught:
        call(opened)
    return caught.value


def get_status(c: FlowClient) -> Any:
    return c.jobs.get_status(JOB_ID)


@pytest.mark.parametrize(
    ("body", "where", "got"),
    [
        ({"jobId": 5, "status": "running"}, "$.jobId", "must be a string, got int"),
        ({"jobId": JOB_ID, "status": True}, "$.status", "must be a string, got bool"),
        ({"jobId": None, "status": "running"}, "$.jobId", "must be a string, got null"),
    ],
)
def test_a_mistyped_job_status_names_its_path(body: dict[str, Any], where: str, got: str) -> None:
    error = failure(get_status, body)
    assert error.where == where
    assert f"{where}: {got}" in str(error)


def test_a_job_status_with_unknown_fields_is_accepted() -> None:
    with client(200, {"jobId": JOB_ID, "status": "completed", "outcome": "success", "extra": {"a": 1}}) as opened:
        status = opened.jobs.get_status(JOB_ID)
    assert (status.status, status.outcome) == ("completed", "success")
    assert status.additional_properties == {"extra": {"a": 1}}


def test_a_mistyped_field_of_a_listed_job_names_the_list_item() -> None:
    jobs = {"job": [{"jobId": JOB_ID, "jobName": "job_1"}, {"jobId": JOB_ID, "jobName": 2}]}
    error = failure(lambda c: c.jobs.list(), jobs)
    assert error.where == "$.job[1].jobName"


def test_a_numeric_job_id_from_run_procedure_is_refused() -> None:
    error = failure(lambda c: c.jobs.run_procedure("Default", "Build"), {"jobId": 42})
    assert error.where == "$.jobId"


def test_run_procedure_answered_201_instead_of_200_still_gives_the_job() -> None:
    with client(201, {"jobId": JOB_ID}) as opened:
        handle = opened.jobs.run_procedure("Default", "Build")
    assert handle.job_id == JOB_ID


def test_run_procedure_answered_201_with_a_mistyped_body_names_the_status() -> None:
    error = failure(lambda c: c.jobs.run_procedure("Default", "Build"), {"jobId": 42}, status=201)
    assert error.where == "$.jobId"
    assert "status 201 is not in the spec" in str(error)


def test_the_async_client_checks_the_same_way() -> None:
    async def call(body: Any) -> Any:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        async with AsyncFlowClient(URL, user="admin", password="changeme", transport=transport, max_retries=0) as c:
            return await c.jobs.get_status(JOB_ID)

    assert asyncio.run(call({"jobId": JOB_ID, "status": "running"})).status == "running"
    with pytest.raises(DecodingError) as caught:
        asyncio.run(call({"jobId": 5, "status": "running"}))
    assert caught.value.where == "$.jobId"
