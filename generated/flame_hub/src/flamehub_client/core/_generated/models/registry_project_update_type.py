from typing import Literal

RegistryProjectUpdateType = Literal[
    "aggregator", "default", "incoming", "masterImages", "node", "outgoing"
]

REGISTRY_PROJECT_UPDATE_TYPE_VALUES: set[RegistryProjectUpdateType] = {
    "aggregator",
    "default",
    "incoming",
    "masterImages",
    "node",
    "outgoing",
}


def check_registry_project_update_type(value: str) -> RegistryProjectUpdateType:
    if value in REGISTRY_PROJECT_UPDATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_PROJECT_UPDATE_TYPE_VALUES!r}"
    )
