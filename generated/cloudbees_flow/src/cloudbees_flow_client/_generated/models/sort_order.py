from typing import Literal

SortOrder = Literal["ascending", "descending"]

SORT_ORDER_VALUES: set[SortOrder] = {
    "ascending",
    "descending",
}


def check_sort_order(value: str) -> SortOrder:
    if value in SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_ORDER_VALUES!r}")
