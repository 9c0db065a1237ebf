from typing import Literal

AnalysisCommandCommand = Literal[
    "buildCheck",
    "buildStart",
    "configurationLock",
    "configurationUnlock",
    "distributionCheck",
    "distributionStart",
    "storageCheck",
]

ANALYSIS_COMMAND_COMMAND_VALUES: set[AnalysisCommandCommand] = {
    "buildCheck",
    "buildStart",
    "configurationLock",
    "configurationUnlock",
    "distributionCheck",
    "distributionStart",
    "storageCheck",
}


def check_analysis_command_command(value: str) -> AnalysisCommandCommand:
    if value in ANALYSIS_COMMAND_COMMAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_COMMAND_COMMAND_VALUES!r}")
