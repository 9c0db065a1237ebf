from typing import Literal

RegistryProjectCreateType = Literal["aggregator", "default", "incoming", "masterImages", "node", "outgoing"]

REGISTRY_PROJECT_CREATE_TYPE_VALUES: set[RegistryProjectCreateType] = {
    "aggregator",
    "default",
    "incoming",
    "masterImages",
    "node",
    "outgoing",
}


def check_registry_project_create_type(value: str) -> RegistryProjectCreateType:
    if value in REGISTRY_PROJECT_CREATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTRY_PROJECT_CREATE_TYPE_VALUES!r}")
