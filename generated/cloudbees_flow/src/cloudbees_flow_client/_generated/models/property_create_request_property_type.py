from typing import Literal

PropertyCreateRequestPropertyType = Literal["sheet", "string"]

PROPERTY_CREATE_REQUEST_PROPERTY_TYPE_VALUES: set[PropertyCreateRequestPropertyType] = {
    "sheet",
    "string",
}


def check_property_create_request_property_type(
    value: str,
) -> PropertyCreateRequestPropertyType:
    if value in PROPERTY_CREATE_REQUEST_PROPERTY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROPERTY_CREATE_REQUEST_PROPERTY_TYPE_VALUES!r}")
