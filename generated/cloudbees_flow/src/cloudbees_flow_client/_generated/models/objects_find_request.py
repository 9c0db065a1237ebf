from typing import Literal

ObjectsFindRequest = Literal["findObjects"]

OBJECTS_FIND_REQUEST_VALUES: set[ObjectsFindRequest] = {
    "findObjects",
}


def check_objects_find_request(value: str) -> ObjectsFindRequest:
    if value in OBJECTS_FIND_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBJECTS_FIND_REQUEST_VALUES!r}")
