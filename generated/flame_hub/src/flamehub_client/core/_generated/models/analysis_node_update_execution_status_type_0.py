from typing import Literal

AnalysisNodeUpdateExecutionStatusType0 = Literal[
    "executed", "executing", "failed", "started", "starting", "stopped", "stopping"
]

ANALYSIS_NODE_UPDATE_EXECUTION_STATUS_TYPE_0_VALUES: set[AnalysisNodeUpdateExecutionStatusType0] = {
    "executed",
    "executing",
    "failed",
    "started",
    "starting",
    "stopped",
    "stopping",
}


def check_analysis_node_update_execution_status_type_0(
    value: str,
) -> AnalysisNodeUpdateExecutionStatusType0:
    if value in ANALYSIS_NODE_UPDATE_EXECUTION_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYSIS_NODE_UPDATE_EXECUTION_STATUS_TYPE_0_VALUES!r}"
    )
