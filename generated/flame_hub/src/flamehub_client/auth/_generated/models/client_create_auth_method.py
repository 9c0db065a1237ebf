from typing import Literal

ClientCreateAuthMethod = Literal["none", "secret", "tls"]

CLIENT_CREATE_AUTH_METHOD_VALUES: set[ClientCreateAuthMethod] = {
    "none",
    "secret",
    "tls",
}


def check_client_create_auth_method(value: str) -> ClientCreateAuthMethod:
    if value in CLIENT_CREATE_AUTH_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_CREATE_AUTH_METHOD_VALUES!r}")
