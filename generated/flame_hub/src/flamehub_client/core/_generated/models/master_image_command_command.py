from typing import Literal

MasterImageCommandCommand = Literal["build", "sync"]

MASTER_IMAGE_COMMAND_COMMAND_VALUES: set[MasterImageCommandCommand] = {
    "build",
    "sync",
}


def check_master_image_command_command(value: str) -> MasterImageCommandCommand:
    if value in MASTER_IMAGE_COMMAND_COMMAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASTER_IMAGE_COMMAND_COMMAND_VALUES!r}")
