from typing import Literal

AnalysisNodeLogCreateLevel = Literal["alert", "crit", "debug", "emerg", "error", "info", "notice", "warn"]

ANALYSIS_NODE_LOG_CREATE_LEVEL_VALUES: set[AnalysisNodeLogCreateLevel] = {
    "alert",
    "crit",
    "debug",
    "emerg",
    "error",
    "info",
    "notice",
    "warn",
}


def check_analysis_node_log_create_level(value: str) -> AnalysisNodeLogCreateLevel:
    if value in ANALYSIS_NODE_LOG_CREATE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_NODE_LOG_CREATE_LEVEL_VALUES!r}")
