from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_runtime import FlowRuntime


T = TypeVar("T", bound="FlowRuntimeList")


@_attrs_define
class FlowRuntimeList:
    """
    Attributes:
        flow_runtime (FlowRuntime | list[FlowRuntime] | Unset):
    """

    flow_runtime: FlowRuntime | list[FlowRuntime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_runtime import FlowRuntime

        flow_runtime: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.flow_runtime, Unset):
            flow_runtime = UNSET
        elif isinstance(self.flow_runtime, FlowRuntime):
            flow_runtime = self.flow_runtime.to_dict()
        else:
            flow_runtime = []
            for flow_runtime_type_1_item_data in self.flow_runtime:
                flow_runtime_type_1_item = flow_runtime_type_1_item_data.to_dict()
                flow_runtime.append(flow_runtime_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_runtime is not UNSET:
            field_dict["flowRuntime"] = flow_runtime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_runtime import FlowRuntime

        d = dict(src_dict)

        def _parse_flow_runtime(
            data: object,
        ) -> FlowRuntime | list[FlowRuntime] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_runtime_type_0 = FlowRuntime.from_dict(data)

                return flow_runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            flow_runtime_type_1 = []
            _flow_runtime_type_1 = data
            for flow_runtime_type_1_item_data in _flow_runtime_type_1:
                flow_runtime_type_1_item = FlowRuntime.from_dict(flow_runtime_type_1_item_data)

                flow_runtime_type_1.append(flow_runtime_type_1_item)

            return flow_runtime_type_1

        flow_runtime = _parse_flow_runtime(d.pop("flowRuntime", UNSET))

        flow_runtime_list = cls(
            flow_runtime=flow_runtime,
        )

        flow_runtime_list.additional_properties = d
        return flow_runtime_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
