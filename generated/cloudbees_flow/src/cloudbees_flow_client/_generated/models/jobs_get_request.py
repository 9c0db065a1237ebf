from typing import Literal

JobsGetRequest = Literal["getJobDetails", "getJobStatus", "getJobSummary"]

JOBS_GET_REQUEST_VALUES: set[JobsGetRequest] = {
    "getJobDetails",
    "getJobStatus",
    "getJobSummary",
}


def check_jobs_get_request(value: str) -> JobsGetRequest:
    if value in JOBS_GET_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_GET_REQUEST_VALUES!r}")
