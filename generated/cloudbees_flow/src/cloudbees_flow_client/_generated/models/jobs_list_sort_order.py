from typing import Literal

JobsListSortOrder = Literal["ascending", "descending"]

JOBS_LIST_SORT_ORDER_VALUES: set[JobsListSortOrder] = {
    "ascending",
    "descending",
}


def check_jobs_list_sort_order(value: str) -> JobsListSortOrder:
    if value in JOBS_LIST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_LIST_SORT_ORDER_VALUES!r}")
