from typing import Literal

ProjectNodeUpdateApprovalStatusType0 = Literal["approved", "rejected"]

PROJECT_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES: set[ProjectNodeUpdateApprovalStatusType0] = {
    "approved",
    "rejected",
}


def check_project_node_update_approval_status_type_0(
    value: str,
) -> ProjectNodeUpdateApprovalStatusType0:
    if value in PROJECT_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES!r}"
    )
