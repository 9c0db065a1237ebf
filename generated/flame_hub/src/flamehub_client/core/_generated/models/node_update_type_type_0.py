from typing import Literal

NodeUpdateTypeType0 = Literal["aggregator", "default"]

NODE_UPDATE_TYPE_TYPE_0_VALUES: set[NodeUpdateTypeType0] = {
    "aggregator",
    "default",
}


def check_node_update_type_type_0(value: str) -> NodeUpdateTypeType0:
    if value in NODE_UPDATE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NODE_UPDATE_TYPE_TYPE_0_VALUES!r}")
