from typing import Literal

AnalysisBucketUpdateType = Literal["CODE", "RESULT", "TEMP"]

ANALYSIS_BUCKET_UPDATE_TYPE_VALUES: set[AnalysisBucketUpdateType] = {
    "CODE",
    "RESULT",
    "TEMP",
}


def check_analysis_bucket_update_type(value: str) -> AnalysisBucketUpdateType:
    if value in ANALYSIS_BUCKET_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANALYSIS_BUCKET_UPDATE_TYPE_VALUES!r}"
    )
