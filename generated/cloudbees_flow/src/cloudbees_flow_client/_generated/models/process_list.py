from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process import Process


T = TypeVar("T", bound="ProcessList")


@_attrs_define
class ProcessList:
    """
    Attributes:
        process (list[Process] | Process | Unset):
    """

    process: list[Process] | Process | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.process import Process

        process: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.process, Unset):
            process = UNSET
        elif isinstance(self.process, Process):
            process = self.process.to_dict()
        else:
            process = []
            for process_type_1_item_data in self.process:
                process_type_1_item = process_type_1_item_data.to_dict()
                process.append(process_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process is not UNSET:
            field_dict["process"] = process

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.process import Process

        d = dict(src_dict)

        def _parse_process(data: object) -> list[Process] | Process | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                process_type_0 = Process.from_dict(data)

                return process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            process_type_1 = []
            _process_type_1 = data
            for process_type_1_item_data in _process_type_1:
                process_type_1_item = Process.from_dict(process_type_1_item_data)

                process_type_1.append(process_type_1_item)

            return process_type_1

        process = _parse_process(d.pop("process", UNSET))

        process_list = cls(
            process=process,
        )

        process_list.additional_properties = d
        return process_list

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
