from typing import Literal

FlagArgument = Literal["0", "1"]

FLAG_ARGUMENT_VALUES: set[FlagArgument] = {
    "0",
    "1",
}


def check_flag_argument(value: str) -> FlagArgument:
    if value in FLAG_ARGUMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_ARGUMENT_VALUES!r}")
