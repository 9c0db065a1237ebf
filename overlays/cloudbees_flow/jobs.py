"""Jobs: run a procedure, read a job's status, details or summary, wait for it, abort it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from client_runtime import (
    NOT_GIVEN,
    ApiError,
    InvalidRequest,
    RequestOptions,
    WaitTimeout,
    apoll_until,
    poll_until,
)

from . import _resources
from .envelopes import AsyncUnwrapped, Unwrapped, items

if TYPE_CHECKING:
    from ._generated.models.job import Job
    from ._generated.models.job_envelope import JobEnvelope
    from ._generated.models.job_status import JobStatus
    from ._generated.models.run_procedure_request import RunProcedureRequest

COMPLETED = "completed"
ParameterValue = str | int | float | bool


@dataclass(frozen=True)
class JobHandle:
    """A job a call started; pass it (or its id) to `wait`, `get_status` or `abort`."""

    job_id: str
    project_name: str
    procedure_name: str


JobRef = JobHandle | str


class JobFailed(ApiError):
    """A job completed with outcome `error`; `status` is its final status."""

    def __init__(self, status: JobStatus) -> None:
        super().__init__(f"job {status.job_id} completed with outcome error")
        self.status = status


def job_id_of(job: JobRef) -> str:
    job_id = job.job_id if isinstance(job, JobHandle) else job
    if not isinstance(job_id, str) or not job_id:
        raise InvalidRequest("job", f"must be a JobHandle or a non-empty job id, got {job!r}")
    return job_id


def actual_parameters(parameters: Mapping[str, ParameterValue] | None) -> list[dict[str, str]]:
    """`{"name": value}` as the server's `actualParameter` list; bools as `true`/`false`, as checkboxes send them."""
    found = []
    for name, value in (parameters or {}).items():
        if not isinstance(name, str) or not name:
            raise InvalidRequest("parameters", f"names must be non-empty strings, got {name!r}")
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str | int | float):
            text = str(value)
        else:
            raise InvalidRequest(f"parameters.{name}", f"must be a string, number or bool, got {type(value).__name__}")
        found.append({"actualParameterName": name, "value": text})
    return found


def _run_body(
    project_name: str, procedure_name: str, parameters: Mapping[str, ParameterValue] | None, priority: str | None
) -> RunProcedureRequest:
    from ._generated.models.run_procedure_request import RunProcedureRequest

    body: dict[str, Any] = {"projectName": project_name, "procedureName": procedure_name}
    body |= {"actualParameter": actual_parameters(parameters)} if parameters else {}
    body |= {"priority": priority} if priority is not None else {}
    return RunProcedureRequest.from_dict(body)


def _job_of(envelope: JobStatus | JobEnvelope) -> Job:
    job = getattr(envelope, "job", None)
    if job is None:
        raise TypeError("the server answered a job status where the job was asked for")
    return job  # type: ignore[no-any-return]


def _status_of(answer: JobStatus | JobEnvelope) -> JobStatus:
    if getattr(answer, "job", None) is not None:
        raise TypeError("the server answered a job where its status was asked for")
    return answer  # type: ignore[return-value]


def _describe(status: JobStatus, elapsed: float) -> str:
    outcome = f" {status.outcome}" if status.status == COMPLETED and isinstance(status.outcome, str) else ""
    return f"job {status.job_id}: {status.status}{outcome}  {elapsed:.0f}s"


def _settled(status: JobStatus, raise_on_error: bool) -> bool:
    if status.status != COMPLETED:
        return False
    if raise_on_error and status.outcome == "error":
        raise JobFailed(status)
    return True


def _timed_out(job_id: str, timeout: float, status: JobStatus) -> WaitTimeout:
    return WaitTimeout(f"job {job_id} still {status.status} after {timeout:g}s", status)


class Jobs(_resources.Jobs):
    """Job operations, plus `wait`."""

    list = Unwrapped(_resources.Jobs.list, lambda e: items(e.job))  # type: ignore[assignment]

    def run_procedure(  # type: ignore[override]  # a handle and plain arguments replace the raw request
        self,
        project_name: str,
        procedure_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        priority: str | None = None,
        options: RequestOptions | None = None,
    ) -> JobHandle:
        """Run a procedure with `{"name": value}` parameters; returns a handle on the new job.

        Example::

            job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
            client.jobs.wait(job, poll_interval=5, timeout=600)
        """
        body = _run_body(project_name, procedure_name, parameters, priority)
        started = super().run_procedure(body=body, options=options)
        return JobHandle(started.job_id, project_name, procedure_name)

    def get_status(self, job: JobRef, *, options: RequestOptions | None = None) -> JobStatus:
        """The job's status (pending, runnable, scheduled, running, completed) and outcome."""
        return _status_of(self.get(job_id_of(job), request="getJobStatus", options=options))

    def get_details(self, job: JobRef, *, options: RequestOptions | None = None) -> Job:
        """The job with its steps, parameters and properties."""
        return _job_of(self.get(job_id_of(job), request="getJobDetails", options=options))

    def get_summary(self, job: JobRef, *, options: RequestOptions | None = None) -> Job:
        """The job with its steps, without parameters and properties."""
        return _job_of(self.get(job_id_of(job), request="getJobSummary", options=options))

    def abort(  # type: ignore[override]  # a bool and a handle replace the raw flag and id
        self,
        job: JobRef,
        *,
        force: bool = False,
        reason: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Abort the job; `force=True` stops it without waiting for running steps."""
        given = NOT_GIVEN if reason is None else reason
        super().abort(job_id_of(job), force="1" if force else "0", reason=given, options=options)

    def wait(
        self,
        job: JobRef,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_error: bool = False,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> JobStatus:
        """Poll the job's status until it is completed; returns it, with its outcome.

        Raises JobFailed on outcome `error` when `raise_on_error`, WaitTimeout after `timeout` seconds.
        `progress=True` shows one status line on a terminal.

        Example: ``client.jobs.wait(job, poll_interval=2, timeout=600, raise_on_error=True).outcome``
        """
        job_id = job_id_of(job)
        return poll_until(
            lambda: self.get_status(job_id, options=options),
            lambda status: _settled(status, raise_on_error),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda status: _timed_out(job_id, timeout, status),
            describe=_describe,
            progress=progress,
        )


class AsyncJobs(_resources.AsyncJobs):
    """Async twin of Jobs."""

    list = AsyncUnwrapped(_resources.AsyncJobs.list, lambda e: items(e.job))  # type: ignore[assignment]

    async def run_procedure(  # type: ignore[override]  # a handle and plain arguments replace the raw request
        self,
        project_name: str,
        procedure_name: str,
        *,
        parameters: Mapping[str, ParameterValue] | None = None,
        priority: str | None = None,
        options: RequestOptions | None = None,
    ) -> JobHandle:
        """Run a procedure with `{"name": value}` parameters; returns a handle on the new job."""
        body = _run_body(project_name, procedure_name, parameters, priority)
        started = await super().run_procedure(body=body, options=options)
        return JobHandle(started.job_id, project_name, procedure_name)

    async def get_status(self, job: JobRef, *, options: RequestOptions | None = None) -> JobStatus:
        """The job's status (pending, runnable, scheduled, running, completed) and outcome."""
        return _status_of(await self.get(job_id_of(job), request="getJobStatus", options=options))

    async def get_details(self, job: JobRef, *, options: RequestOptions | None = None) -> Job:
        """The job with its steps, parameters and properties."""
        return _job_of(await self.get(job_id_of(job), request="getJobDetails", options=options))

    async def get_summary(self, job: JobRef, *, options: RequestOptions | None = None) -> Job:
        """The job with its steps, without parameters and properties."""
        return _job_of(await self.get(job_id_of(job), request="getJobSummary", options=options))

    async def abort(  # type: ignore[override]  # a bool and a handle replace the raw flag and id
        self,
        job: JobRef,
        *,
        force: bool = False,
        reason: str | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """Abort the job; `force=True` stops it without waiting for running steps."""
        given = NOT_GIVEN if reason is None else reason
        await super().abort(job_id_of(job), force="1" if force else "0", reason=given, options=options)

    async def wait(
        self,
        job: JobRef,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_error: bool = False,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> JobStatus:
        """Poll the job's status until it is completed; returns it, with its outcome."""
        job_id = job_id_of(job)
        return await apoll_until(
            lambda: self.get_status(job_id, options=options),
            lambda status: _settled(status, raise_on_error),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda status: _timed_out(job_id, timeout, status),
            describe=_describe,
            progress=progress,
        )
