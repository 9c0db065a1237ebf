from typing import Literal

DeploymentStatusRequestDesiredStatus = Literal["deleted", "paused", "running", "stopped"]

DEPLOYMENT_STATUS_REQUEST_DESIRED_STATUS_VALUES: set[DeploymentStatusRequestDesiredStatus] = {
    "deleted",
    "paused",
    "running",
    "stopped",
}


def check_deployment_status_request_desired_status(
    value: str,
) -> DeploymentStatusRequestDesiredStatus:
    if value in DEPLOYMENT_STATUS_REQUEST_DESIRED_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPLOYMENT_STATUS_REQUEST_DESIRED_STATUS_VALUES!r}")
