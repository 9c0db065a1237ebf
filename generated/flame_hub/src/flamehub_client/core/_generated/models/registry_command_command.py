from typing import Literal

RegistryCommandCommand = Literal["cleanup", "delete", "projectLink", "projectUnlink", "setup"]

REGISTRY_COMMAND_COMMAND_VALUES: set[RegistryCommandCommand] = {
    "cleanup",
    "delete",
    "projectLink",
    "projectUnlink",
    "setup",
}


def check_registry_command_command(value: str) -> RegistryCommandCommand:
    if value in REGISTRY_COMMAND_COMMAND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRY_COMMAND_COMMAND_VALUES!r}")
