from typing import Literal

ClientUpdateAuthMethod = Literal["none", "secret", "tls"]

CLIENT_UPDATE_AUTH_METHOD_VALUES: set[ClientUpdateAuthMethod] = {
    "none",
    "secret",
    "tls",
}


def check_client_update_auth_method(value: str) -> ClientUpdateAuthMethod:
    if value in CLIENT_UPDATE_AUTH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_UPDATE_AUTH_METHOD_VALUES!r}")
