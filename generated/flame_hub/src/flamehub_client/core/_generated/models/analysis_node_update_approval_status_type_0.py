from typing import Literal

AnalysisNodeUpdateApprovalStatusType0 = Literal["approved", "rejected"]

ANALYSIS_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES: set[AnalysisNodeUpdateApprovalStatusType0] = {
    "approved",
    "rejected",
}


def check_analysis_node_update_approval_status_type_0(
    value: str,
) -> AnalysisNodeUpdateApprovalStatusType0:
    if value in ANALYSIS_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYSIS_NODE_UPDATE_APPROVAL_STATUS_TYPE_0_VALUES!r}"
    )
