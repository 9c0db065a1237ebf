from typing import Literal

TimeSeriesGroup = Literal["10s", "12h", "15m", "1d", "1h", "1m", "30m", "3h", "5m", "6h", "7d", "none"]

TIME_SERIES_GROUP_VALUES: set[TimeSeriesGroup] = {
    "10s",
    "12h",
    "15m",
    "1d",
    "1h",
    "1m",
    "30m",
    "3h",
    "5m",
    "6h",
    "7d",
    "none",
}


def check_time_series_group(value: str) -> TimeSeriesGroup:
    if value in TIME_SERIES_GROUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIME_SERIES_GROUP_VALUES!r}")
