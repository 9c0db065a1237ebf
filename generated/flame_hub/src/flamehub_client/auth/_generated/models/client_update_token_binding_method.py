from typing import Literal

ClientUpdateTokenBindingMethod = Literal["none", "tls"]

CLIENT_UPDATE_TOKEN_BINDING_METHOD_VALUES: set[ClientUpdateTokenBindingMethod] = {
    "none",
    "tls",
}


def check_client_update_token_binding_method(
    value: str,
) -> ClientUpdateTokenBindingMethod:
    if value in CLIENT_UPDATE_TOKEN_BINDING_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_UPDATE_TOKEN_BINDING_METHOD_VALUES!r}")
