from typing import Literal

ServerExpandStringRequest = Literal["expandString"]

SERVER_EXPAND_STRING_REQUEST_VALUES: set[ServerExpandStringRequest] = {
    "expandString",
}


def check_server_expand_string_request(value: str) -> ServerExpandStringRequest:
    if value in SERVER_EXPAND_STRING_REQUEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVER_EXPAND_STRING_REQUEST_VALUES!r}")
