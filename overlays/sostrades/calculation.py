"""Calculations: submit, then wait for a final status."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from client_runtime import ApiError, Poller, RequestOptions, WaitTimeout, apoll_until, poll_until

from . import _resources

if TYPE_CHECKING:
    from ._generated.models.execution_status import ExecutionStatus

FINISHED = "FINISHED"
FAILED_STATUSES = frozenset({"FAILED", "POD ERROR", "STOPPED"})
NOT_STARTED = frozenset({"", "NOT EXECUTED"})


class CalculationFailed(ApiError):
    """The calculation ended in FAILED, POD ERROR or STOPPED; `status` holds the server's last report."""

    def __init__(self, status: ExecutionStatus) -> None:
        message = status.study_case_execution_error_message or "no error message"
        super().__init__(
            f"calculation of study {status.study_case_id} ended {status.study_case_execution_status}: {message}"
        )
        self.status = status


class CalculationNotStarted(ApiError):
    """The study has no calculation to wait for; call `execute` first."""


def _describe(status: ExecutionStatus, elapsed: float) -> str:
    disciplines = status.disciplines_status.additional_properties
    done = sum(1 for value in disciplines.values() if value == "DONE")
    parts = [f"study {status.study_case_id}: {status.study_case_execution_status or 'NOT EXECUTED'}"]
    if disciplines:
        parts.append(f"{done}/{len(disciplines)} disciplines done")
    for label, value in (("cpu", status.study_case_execution_cpu), ("memory", status.study_case_execution_memory)):
        if isinstance(value, str) and value and value != "----":
            parts.append(f"{label} {value}")
    parts.append(f"{elapsed:.0f}s")
    return "  ".join(parts)


def _settle(status: ExecutionStatus, raise_on_failure: bool) -> bool:
    """True when `status` is final; raises for failures and for a study that never ran."""
    state = status.study_case_execution_status
    if state in NOT_STARTED:
        raise CalculationNotStarted(f"study {status.study_case_id} has no calculation running or finished")
    if state in FAILED_STATUSES:
        if raise_on_failure:
            raise CalculationFailed(status)
        return True
    return state == FINISHED


def _timed_out(study_id: int, timeout: float, status: ExecutionStatus) -> WaitTimeout:
    state = status.study_case_execution_status
    return WaitTimeout(f"study {study_id} still {state} after {timeout:g}s", status)


class Calculation(_resources.Calculation):
    """Calculation operations, plus waiting for the result."""

    def wait(
        self,
        study_id: int,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_failure: bool = True,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> ExecutionStatus:
        """Poll the status until it is final; returns it, or raises CalculationFailed or WaitTimeout.

        Example::

            client.calculation.execute(1)
            client.calculation.wait(1, poll_interval=2, timeout=600, progress=True)
        """
        return poll_until(
            lambda: self.status(study_id, options=options),
            lambda status: _settle(status, raise_on_failure),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda status: _timed_out(study_id, timeout, status),
            describe=_describe,
            progress=progress,
        )

    def execute_and_wait(
        self,
        study_id: int,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_failure: bool = True,
        progress: bool | TextIO = False,
    ) -> ExecutionStatus:
        """Submit the calculation, then wait for its final status."""
        Poller(poll_interval, timeout)  # refuses bad waiting arguments before anything is submitted
        self.execute(study_id)
        return self.wait(
            study_id, poll_interval=poll_interval, timeout=timeout, raise_on_failure=raise_on_failure, progress=progress
        )


class AsyncCalculation(_resources.AsyncCalculation):
    """Async twin of Calculation."""

    async def wait(
        self,
        study_id: int,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_failure: bool = True,
        progress: bool | TextIO = False,
        options: RequestOptions | None = None,
    ) -> ExecutionStatus:
        """Poll the status until it is final; returns it, or raises CalculationFailed or WaitTimeout."""
        return await apoll_until(
            lambda: self.status(study_id, options=options),
            lambda status: _settle(status, raise_on_failure),
            poll_interval=poll_interval,
            timeout=timeout,
            timed_out=lambda status: _timed_out(study_id, timeout, status),
            describe=_describe,
            progress=progress,
        )

    async def execute_and_wait(
        self,
        study_id: int,
        *,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        raise_on_failure: bool = True,
        progress: bool | TextIO = False,
    ) -> ExecutionStatus:
        """Submit the calculation, then wait for its final status."""
        Poller(poll_interval, timeout)  # refuses bad waiting arguments before anything is submitted
        await self.execute(study_id)
        return await self.wait(
            study_id, poll_interval=poll_interval, timeout=timeout, raise_on_failure=raise_on_failure, progress=progress
        )
