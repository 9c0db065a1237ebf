from typing import Literal

MasterAddRequestMasterType = Literal["joule", "lumen", "user"]

MASTER_ADD_REQUEST_MASTER_TYPE_VALUES: set[MasterAddRequestMasterType] = {
    "joule",
    "lumen",
    "user",
}


def check_master_add_request_master_type(value: str) -> MasterAddRequestMasterType:
    if value in MASTER_ADD_REQUEST_MASTER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASTER_ADD_REQUEST_MASTER_TYPE_VALUES!r}")
