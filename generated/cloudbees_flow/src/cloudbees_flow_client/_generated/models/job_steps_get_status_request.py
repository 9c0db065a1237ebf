from typing import Literal

JobStepsGetStatusRequest = Literal["getJobStepStatus"]

JOB_STEPS_GET_STATUS_REQUEST_VALUES: set[JobStepsGetStatusRequest] = {
    "getJobStepStatus",
}


def check_job_steps_get_status_request(value: str) -> JobStepsGetStatusRequest:
    if value in JOB_STEPS_GET_STATUS_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOB_STEPS_GET_STATUS_REQUEST_VALUES!r}")
