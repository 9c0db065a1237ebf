from typing import Literal

PipelinesGetRuntimeDetailsRequest = Literal["getPipelineRuntimeDetails"]

PIPELINES_GET_RUNTIME_DETAILS_REQUEST_VALUES: set[PipelinesGetRuntimeDetailsRequest] = {
    "getPipelineRuntimeDetails",
}


def check_pipelines_get_runtime_details_request(
    value: str,
) -> PipelinesGetRuntimeDetailsRequest:
    if value in PIPELINES_GET_RUNTIME_DETAILS_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_GET_RUNTIME_DETAILS_REQUEST_VALUES!r}")
