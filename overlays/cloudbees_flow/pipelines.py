"""Pipelines and releases: start a run (a flow runtime) and wait for it, like jobs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from client_runtime import ApiError, InvalidRequest, RequestOptions, WaitTimeout, apoll_until, poll_until

from . import _resources
from .envelopes import AsyncUnwrapped, Unwrapped, as_bool, items
from .jobs import ParameterValue, actual_parameters

if TYPE_CHECKING:
    from ._generated.models.flow_runtime import FlowRuntime
    from ._generated.models.flow_runtime_list import FlowRuntimeList
    from ._generated.models.run_pipeline_request import RunPipelineRequest
    from ._generated.models.runtime_details_request import RuntimeDetailsRequest
    from ._generated.models.start_release_request import StartReleaseRequest


@dataclass(frozen=True)
class PipelineRun:
    """A pipeline run with `completed` as a bool; `raw` is the flow runtime exactly as the server sent it.

    `status` is the outcome (success, warning, error) once `completed`.
    """

    flow_runtime_id: str
    name: str | None
    pipeline_name: str | None
    project_name: str | None
    release_name: str | None
    status: str | None
    completed: bool
    raw: FlowRuntime

    @classmethod
    def from_model(cls, model: FlowRuntime) -> PipelineRun:
        """The run for a generated `FlowRuntime`."""
        if not isinstance(model.flow_runtime_id, str):
            raise TypeError("the server answered a flow runtime without flowRuntimeId")
        return cls(
            flow_runtime_id=model.flow_runtime_id,
            name=_text(model.flow_runtime_name),
            pipeline_name=_text(model.pipeline_name),
            project_name=_text(model.project_name),
            release_name=_text(model.release_name),
            status=_text(model.status),
            completed=as_bool(model.completed),
            raw=model,
        )


RunRef = PipelineRun | str


class PipelineFailed(ApiError):
    """A pipeline run completed with status `error`; `run` is its final state."""

    def __init__(self, run: PipelineRun) -> None:
        super().__init__(f"pipeline run {run.name or run.flow_runtime_id} completed with status error")
        self.run = run


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _run_id(run: RunRef) -> str:
    run_id = run.flow_runtime_id if isinstance(run, PipelineRun) else run
    if not isinstance(run_id, str) or not run_id:
        raise InvalidRequest("run", f"must be a PipelineRun or a non-empty flow runtime id, got {run!r}")
    return run_id


def _stages(stages_to_run: Sequence[str] | None) -> dict[str, Any]:
    if stages_to_run is None:
        return {}
    if isinstance(stages_to_run, str) or not all(isinstance(s, str) and s for s in stages_to_run):
        raise InvalidRequest("stages_to_run", "must be a list of stage names")
    return {"stagesToRun": list(stages_to_run)}


def _pipeline_body(
    project_name: str,
    pipeline_name: str,
    parameters: Mapping[str, ParameterValue] | None,
    stages_to_run: Sequence[str] | None,
    starting_stage: str | None,
) -> RunPipelineRequest:
    from ._generated.models.run_pipeline_request import RunPipelineRequest

    body: dict[str, Any] = {"projectName": project_name, "pipelineName": pipeline_name, **_stages(stages_to_run)}
    body |= {"actualParameter": actual_parameters(parameters)} if parameters else {}
    body |= {"startingStage": starting_stage} if starting_stage is not None else {}
    return RunPipelineRequest.from_dict(body)


def _release_body(
    parameters: Mapping[str, ParameterValue] | None, stages_to_run: Sequence[str] | None
) -> StartReleaseRequest:
    from ._generated.models.start_release_request import StartReleaseRequest

    listed = actual_parameters(parameters)
    body: dict[str, Any] = {**_stages(stages_to_run)}
    if listed:
        body["pipelineParameter"] = [
            {"pipelineParameterName": p["actualParameterName"], "value": p["value"]} for p in listed
        ]
    return StartReleaseRequest.from_dict(body)


def _details_body(run_id: str) -> RuntimeDetailsRequest:
    from ._generated.models.runtime_details_request import RuntimeDetailsRequest

    return RuntimeDetailsRequest(flow_runtime_id=[run_id])


def _one(answer: FlowRuntimeList, run_id: str) -> PipelineRun:
    for model in items(answer.flow_runtime):
        if model.flow_runtime_id == run_id:
            return PipelineRun.from_model(model)
    raise TypeError(f"the server's answer has no flow runtime {run_id}")


def _describe(run: PipelineRun, elapsed: float) -> str:
    state = f"completed {run.status}" if run.completed else (run.status or "running")
    return f"pipeline run {run.name or run.flow_runtime_id}: {state}  {elapsed:.0f}s"


def _settled(run: PipelineRun, raise_on_error: bool) -> bool:
    if not run.completed:
        return False
    if raise_on_error and run.status == "error":
        raise PipelineFailed(run)
    return True


def _timed_out(run: PipelineRun, timeout: float) -> WaitTimeout:
    return WaitTimeout(f"pipeline run {run.name or run.flow_runtime_id} not completed after {timeout:g}s", run)


class Pipelines(_resources.Pipelines):
    """Pipeline operations, plus `get_run` and `wait`."""

    list = Unwrapped(_resources.Pipelines.list, lambda e: items(e.pipeline))  # type: ignore[assignment]
    get = Unwrapped(_resources.Pipelines.get, lambda e: e.pipeline)  # type: ignore[assignment]
    list_stages = Unwrapped(_resources.Pipelines.list_stages, lambda e: items(e.stage))  # type: ignore[assignment]
    list_runtimes = Unwrapped(  # type: ignore[assignment]
        _resources.Pipelines.list_runtimes, lambda e: items(e.flow_runtime)
    )
    get_runtime_details = Unwrapped(  # type: ignore[assignment]
        _resources.Pipelines.get_runtime_details, lambda e: items(e.flow_runtime)
    )

    def run(  # type: ignore[override]  # plain arguments and a typed run replace the raw request and envelope
        self,
        project_name: str,
        pipeline_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        stages_to_run: Sequence[str] | None = None,
        starting_stage: str | None = None,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Run a pipeline with `{"name": value}` parameters; returns the new run.

        Example::

            run = client.pipelines.run("Default", "Ship", parameters={"version": "1.2"})
            client.pipelines.wait(run, poll_interval=10, timeout=3600)
        """
        body = _pipeline_body(project_name, pipeline_name, parameters, stages_to_run, starting_stage)
        return PipelineRun.from_model(super().run(body=body, options=options).flow_runtime)

    def get_run(self, run: RunRef, *, options: RequestOptions | None = None) -> PipelineRun:
        """The current state of a pipeline run."""
        run_id = _run_id(run)
        return _one(super().get_runtime_details(body=_details_body(run_id), options=options), run_id)

    def wait(
        self,
        run: RunRef,
        *,
        poll_interval: float = 10.0,
        timeout: float = 3600.0,
        raise_on_error: bool = False,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Poll a pipeline run until it is completed; returns its final state, whose `status` is the outcome.

        Raises PipelineFailed on status `error` when `raise_on_error`, WaitTimeout after `timeout` seconds.
        """
        run_id = _run_id(run)
        return poll_until(
            lambda: self.get_run(run_id, options=options),
            lambda state: _settled(state, raise_on_error),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda state: _timed_out(state, timeout),
            describe=_describe,
            progress=progress,
        )


class AsyncPipelines(_resources.AsyncPipelines):
    """Async twin of Pipelines."""

    list = AsyncUnwrapped(_resources.AsyncPipelines.list, lambda e: items(e.pipeline))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncPipelines.get, lambda e: e.pipeline)  # type: ignore[assignment]
    list_stages = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncPipelines.list_stages, lambda e: items(e.stage)
    )
    list_runtimes = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncPipelines.list_runtimes, lambda e: items(e.flow_runtime)
    )
    get_runtime_details = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncPipelines.get_runtime_details, lambda e: items(e.flow_runtime)
    )

    async def run(  # type: ignore[override]  # plain arguments and a typed run replace the raw request and envelope
        self,
        project_name: str,
        pipeline_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        stages_to_run: Sequence[str] | None = None,
        starting_stage: str | None = None,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Run a pipeline with `{"name": value}` parameters; returns the new run."""
        body = _pipeline_body(project_name, pipeline_name, parameters, stages_to_run, starting_stage)
        return PipelineRun.from_model((await super().run(body=body, options=options)).flow_runtime)

    async def get_run(self, run: RunRef, *, options: RequestOptions | None = None) -> PipelineRun:
        """The current state of a pipeline run."""
        run_id = _run_id(run)
        return _one(await super().get_runtime_details(body=_details_body(run_id), options=options), run_id)

    async def wait(
        self,
        run: RunRef,
        *,
        poll_interval: float = 10.0,
        timeout: float = 3600.0,
        raise_on_error: bool = False,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Poll a pipeline run until it is completed; returns its final state, whose `status` is the outcome."""
        run_id = _run_id(run)
        return await apoll_until(
            lambda: self.get_run(run_id, options=options),
            lambda state: _settled(state, raise_on_error),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda state: _timed_out(state, timeout),
            describe=_describe,
            progress=progress,
        )


class Releases(_resources.Releases):
    """Release operations; a started release is waited for with `client.pipelines.wait`."""

    list = Unwrapped(_resources.Releases.list, lambda e: items(e.release))  # type: ignore[assignment]
    get = Unwrapped(_resources.Releases.get, lambda e: e.release)  # type: ignore[assignment]

    def start(  # type: ignore[override]  # plain arguments and a typed run replace the raw request and envelope
        self,
        project_name: str,
        release_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        stages_to_run: Sequence[str] | None = None,
        starting_stage: str | None = None,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Start a release's pipeline; returns the new run.

        Example::

            run = client.releases.start("Default", "Q3")
            client.pipelines.wait(run, timeout=7200)
        """
        body = _release_body(parameters, stages_to_run)
        extra = {"starting_stage": starting_stage} if starting_stage is not None else {}
        answer = super().start(
            body=body, project_name=project_name, release_name=release_name, options=options, **extra
        )
        return PipelineRun.from_model(answer.flow_runtime)


class AsyncReleases(_resources.AsyncReleases):
    """Async twin of Releases."""

    list = AsyncUnwrapped(_resources.AsyncReleases.list, lambda e: items(e.release))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncReleases.get, lambda e: e.release)  # type: ignore[assignment]

    async def start(  # type: ignore[override]  # plain arguments and a typed run replace the raw request and envelope
        self,
        project_name: str,
        release_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        stages_to_run: Sequence[str] | None = None,
        starting_stage: str | None = None,
        options: RequestOptions | None = None,
    ) -> PipelineRun:
        """Start a release's pipeline; returns the new run."""
        body = _release_body(parameters, stages_to_run)
        extra = {"starting_stage": starting_stage} if starting_stage is not None else {}
        answer = await super().start(
            body=body, project_name=project_name, release_name=release_name, options=options, **extra
        )
        return PipelineRun.from_model(answer.flow_runtime)
