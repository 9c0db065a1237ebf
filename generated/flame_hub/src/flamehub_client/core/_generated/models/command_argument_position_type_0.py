from typing import Literal

CommandArgumentPositionType0 = Literal["after", "before"]

COMMAND_ARGUMENT_POSITION_TYPE_0_VALUES: set[CommandArgumentPositionType0] = {
    "after",
    "before",
}


def check_command_argument_position_type_0(value: str) -> CommandArgumentPositionType0:
    if value in COMMAND_ARGUMENT_POSITION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMMAND_ARGUMENT_POSITION_TYPE_0_VALUES!r}")
