from typing import Literal

SearchOptionsSortItemOrder = Literal["asc", "desc"]

SEARCH_OPTIONS_SORT_ITEM_ORDER_VALUES: set[SearchOptionsSortItemOrder] = {
    "asc",
    "desc",
}


def check_search_options_sort_item_order(value: str) -> SearchOptionsSortItemOrder:
    if value in SEARCH_OPTIONS_SORT_ITEM_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_OPTIONS_SORT_ITEM_ORDER_VALUES!r}")
