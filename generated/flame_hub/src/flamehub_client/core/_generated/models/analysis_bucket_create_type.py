from typing import Literal

AnalysisBucketCreateType = Literal["CODE", "RESULT", "TEMP"]

ANALYSIS_BUCKET_CREATE_TYPE_VALUES: set[AnalysisBucketCreateType] = {
    "CODE",
    "RESULT",
    "TEMP",
}


def check_analysis_bucket_create_type(value: str) -> AnalysisBucketCreateType:
    if value in ANALYSIS_BUCKET_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANALYSIS_BUCKET_CREATE_TYPE_VALUES!r}")
