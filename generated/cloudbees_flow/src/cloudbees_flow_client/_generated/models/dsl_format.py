from typing import Literal

DslFormat = Literal["groovy", "yaml"]

DSL_FORMAT_VALUES: set[DslFormat] = {
    "groovy",
    "yaml",
}


def check_dsl_format(value: str) -> DslFormat:
    if value in DSL_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DSL_FORMAT_VALUES!r}")
