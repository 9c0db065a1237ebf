from typing import Literal

NodeCreateTypeType0 = Literal["aggregator", "default"]

NODE_CREATE_TYPE_TYPE_0_VALUES: set[NodeCreateTypeType0] = {
    "aggregator",
    "default",
}


def check_node_create_type_type_0(value: str) -> NodeCreateTypeType0:
    if value in NODE_CREATE_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NODE_CREATE_TYPE_TYPE_0_VALUES!r}")
