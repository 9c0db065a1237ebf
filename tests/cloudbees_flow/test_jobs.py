"""Running procedures, pipelines and releases, and waiting for them to complete."""

from __future__ import annotations

import io
from typing import Any

import pytest
from cloudbees_flow_client import FlowClient, JobFailed, JobHandle, PipelineFailed, PipelineRun, WaitTimeout, items
from fakes.cloudbees_flow import FlowSpecServer


def test_run_procedure_sends_the_parameters_and_returns_a_handle(fake: FlowSpecServer, client: FlowClient) -> None:
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main", "clean": True, "retries": 3})
    assert job == JobHandle(job.job_id, "Default", "Build")
    sent = fake.requests[-1]
    assert sent.query["request"] == "runProcedure"
    assert sent.json["actualParameter"] == [
        {"actualParameterName": "branch", "value": "main"},
        {"actualParameterName": "clean", "value": "true"},
        {"actualParameterName": "retries", "value": "3"},
    ]


@pytest.mark.parametrize("outcome", ["success", "warning", "error", "skipped"])
def test_wait_reaches_each_outcome(fake: FlowSpecServer, client: FlowClient, outcome: str) -> None:
    fake.handler.projects["Default"].procedures["Build"].outcome = outcome
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    final = client.jobs.wait(job, poll_interval=0.01, timeout=30)
    assert (final.job_id, final.status, final.outcome) == (job.job_id, "completed", outcome)


def test_wait_raises_on_outcome_error_when_asked(fake: FlowSpecServer, client: FlowClient) -> None:
    fake.handler.projects["Default"].procedures["Build"].outcome = "error"
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    with pytest.raises(JobFailed) as caught:
        client.jobs.wait(job.job_id, poll_interval=0.01, timeout=30, raise_on_error=True)
    assert caught.value.status.outcome == "error"


def test_wait_times_out_with_the_last_status(fake: FlowSpecServer, client: FlowClient) -> None:
    fake.handler.projects["Default"].procedures["Build"].hold = True
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    with pytest.raises(WaitTimeout) as caught:
        client.jobs.wait(job, poll_interval=0.01, timeout=0.05)
    assert caught.value.last.status == "running"
    assert job.job_id in str(caught.value)


def test_wait_shows_progress(client: FlowClient) -> None:
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    out = io.StringIO()
    client.jobs.wait(job, poll_interval=0.01, timeout=30, progress=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"job {job.job_id}: running")
    assert lines[-1].startswith(f"job {job.job_id}: completed success")


def test_status_details_and_summary(client: FlowClient) -> None:
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    assert client.jobs.get_status(job).status == "running"
    details = client.jobs.get_details(job)
    parameters = items(details.actual_parameter)
    assert [(p.actual_parameter_name, p.value) for p in parameters] == [("branch", "main")]
    summary = client.jobs.get_summary(job.job_id)
    assert summary.procedure_name == "Build"
    assert summary.to_dict().get("actualParameter") is None


def test_abort_completes_the_job_with_error(fake: FlowSpecServer, client: FlowClient) -> None:
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    client.jobs.abort(job, force=True, reason="wrong branch")
    sent = fake.requests[-1]
    assert (sent.method, sent.query["request"], sent.query["force"]) == ("PUT", "abortJob", "1")
    final = client.jobs.wait(job, poll_interval=0.01, timeout=30)
    assert (final.status, final.outcome) == ("completed", "error")


def test_async_run_and_wait(fake: FlowSpecServer, run_async: Any) -> None:
    async def scenario(aclient: Any) -> Any:
        job = await aclient.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
        return await aclient.jobs.wait(job, poll_interval=0.01, timeout=30)

    assert run_async(scenario).outcome == "success"


def test_async_wait_times_out(fake: FlowSpecServer, run_async: Any) -> None:
    fake.handler.projects["Default"].procedures["Build"].hold = True

    async def scenario(aclient: Any) -> Any:
        job = await aclient.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
        with pytest.raises(WaitTimeout) as caught:
            await aclient.jobs.wait(job, poll_interval=0.01, timeout=0.05)
        return caught.value.last

    assert run_async(scenario).status == "running"


def test_pipeline_run_and_wait(fake: FlowSpecServer, client: FlowClient) -> None:
    run = client.pipelines.run("Default", "Ship", parameters={"version": "1.2"}, stages_to_run=["Build"])
    assert isinstance(run, PipelineRun)
    assert (run.completed, run.raw.completed, run.pipeline_name) == (False, "0", "Ship")
    assert fake.requests[-1].json == {
        "projectName": "Default",
        "pipelineName": "Ship",
        "stagesToRun": ["Build"],
        "actualParameter": [{"actualParameterName": "version", "value": "1.2"}],
    }
    out = io.StringIO()
    final = client.pipelines.wait(run, poll_interval=0.01, timeout=30, progress=out)
    assert (final.completed, final.raw.completed, final.status) == (True, "1", "success")
    assert out.getvalue().splitlines()[-1].startswith(f"pipeline run {run.name}: completed success")


def test_pipeline_failure_raises_when_asked(fake: FlowSpecServer, client: FlowClient) -> None:
    fake.handler.projects["Default"].pipelines["Ship"].outcome = "error"
    run = client.pipelines.run("Default", "Ship")
    with pytest.raises(PipelineFailed) as caught:
        client.pipelines.wait(run.flow_runtime_id, poll_interval=0.01, timeout=30, raise_on_error=True)
    assert caught.value.run.status == "error"


@pytest.mark.fake(pipeline_polls=10**6)
def test_pipeline_wait_times_out(client: FlowClient) -> None:
    run = client.pipelines.run("Default", "Ship")
    with pytest.raises(WaitTimeout) as caught:
        client.pipelines.wait(run, poll_interval=0.01, timeout=0.05)
    assert caught.value.last.completed is False


def test_release_start_and_wait(fake: FlowSpecServer, client: FlowClient) -> None:
    run = client.releases.start("Default", "Q3", parameters={"approver": "ana"}, starting_stage="Deploy")
    sent = fake.requests[-1]
    assert (sent.query["projectName"], sent.query["releaseName"], sent.query["startingStage"]) == (
        "Default",
        "Q3",
        "Deploy",
    )
    assert sent.json == {"pipelineParameter": [{"pipelineParameterName": "approver", "value": "ana"}]}
    assert run.release_name == "Q3"
    assert client.pipelines.wait(run, poll_interval=0.01, timeout=30).status == "success"
    assert client.releases.get("Q3", project_name="Default").flow_runtime_id == run.flow_runtime_id


def test_async_pipelines_and_releases(run_async: Any) -> None:
    async def scenario(aclient: Any) -> tuple[str | None, str | None]:
        run = await aclient.pipelines.run("Default", "Ship")
        first = await aclient.pipelines.wait(run, poll_interval=0.01, timeout=30)
        started = await aclient.releases.start("Default", "Q3")
        second = await aclient.pipelines.wait(started, poll_interval=0.01, timeout=30)
        return first.status, second.release_name

    assert run_async(scenario) == ("success", "Q3")
