from typing import Literal

ClientCreateTokenBindingMethod = Literal["none", "tls"]

CLIENT_CREATE_TOKEN_BINDING_METHOD_VALUES: set[ClientCreateTokenBindingMethod] = {
    "none",
    "tls",
}


def check_client_create_token_binding_method(
    value: str,
) -> ClientCreateTokenBindingMethod:
    if value in CLIENT_CREATE_TOKEN_BINDING_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_CREATE_TOKEN_BINDING_METHOD_VALUES!r}")
