from typing import Literal

FollowerAddRequestScheme = Literal["http", "https"]

FOLLOWER_ADD_REQUEST_SCHEME_VALUES: set[FollowerAddRequestScheme] = {
    "http",
    "https",
}


def check_follower_add_request_scheme(value: str) -> FollowerAddRequestScheme:
    if value in FOLLOWER_ADD_REQUEST_SCHEME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOLLOWER_ADD_REQUEST_SCHEME_VALUES!r}")
