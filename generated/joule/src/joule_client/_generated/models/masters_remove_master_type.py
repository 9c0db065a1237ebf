from typing import Literal

MastersRemoveMasterType = Literal["joule", "lumen", "user"]

MASTERS_REMOVE_MASTER_TYPE_VALUES: set[MastersRemoveMasterType] = {
    "joule",
    "lumen",
    "user",
}


def check_masters_remove_master_type(value: str) -> MastersRemoveMasterType:
    if value in MASTERS_REMOVE_MASTER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASTERS_REMOVE_MASTER_TYPE_VALUES!r}")
