from typing import Literal

ServerGetStatusServerStatOnly = Literal["false", "true"]

SERVER_GET_STATUS_SERVER_STAT_ONLY_VALUES: set[ServerGetStatusServerStatOnly] = {
    "false",
    "true",
}


def check_server_get_status_server_stat_only(
    value: str,
) -> ServerGetStatusServerStatOnly:
    if value in SERVER_GET_STATUS_SERVER_STAT_ONLY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SERVER_GET_STATUS_SERVER_STAT_ONLY_VALUES!r}")
