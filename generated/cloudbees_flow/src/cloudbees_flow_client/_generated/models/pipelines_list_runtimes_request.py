from typing import Literal

PipelinesListRuntimesRequest = Literal["getPipelineRuntimes"]

PIPELINES_LIST_RUNTIMES_REQUEST_VALUES: set[PipelinesListRuntimesRequest] = {
    "getPipelineRuntimes",
}


def check_pipelines_list_runtimes_request(value: str) -> PipelinesListRuntimesRequest:
    if value in PIPELINES_LIST_RUNTIMES_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_LIST_RUNTIMES_REQUEST_VALUES!r}")
