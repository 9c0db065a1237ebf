from typing import Literal

JobStepsFindRequest = Literal["findJobSteps"]

JOB_STEPS_FIND_REQUEST_VALUES: set[JobStepsFindRequest] = {
    "findJobSteps",
}


def check_job_steps_find_request(value: str) -> JobStepsFindRequest:
    if value in JOB_STEPS_FIND_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STEPS_FIND_REQUEST_VALUES!r}")
