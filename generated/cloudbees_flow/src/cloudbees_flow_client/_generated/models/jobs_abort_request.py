from typing import Literal

JobsAbortRequest = Literal["abortJob"]

JOBS_ABORT_REQUEST_VALUES: set[JobsAbortRequest] = {
    "abortJob",
}


def check_jobs_abort_request(value: str) -> JobsAbortRequest:
    if value in JOBS_ABORT_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_ABORT_REQUEST_VALUES!r}")
