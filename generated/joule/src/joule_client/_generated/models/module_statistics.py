from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="ModuleStatistics")


@_attrs_define
class ModuleStatistics:
    """
    Attributes:
        pid (int | None):
        create_time (float | None): Unix time in seconds.
        cpu_percent (float | None):
        memory_percent (float | None):
    """

    pid: int | None
    create_time: float | None
    cpu_percent: float | None
    memory_percent: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        pid: int | None
        pid = self.pid

        create_time: float | None
        create_time = self.create_time

        cpu_percent: float | None
        cpu_percent = self.cpu_percent

        memory_percent: float | None
        memory_percent = self.memory_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pid": pid,
                "create_time": create_time,
                "cpu_percent": cpu_percent,
                "memory_percent": memory_percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pid = _parse_pid(d.pop("pid"))

        def _parse_create_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        create_time = _parse_create_time(d.pop("create_time"))

        def _parse_cpu_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cpu_percent = _parse_cpu_percent(d.pop("cpu_percent"))

        def _parse_memory_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        memory_percent = _parse_memory_percent(d.pop("memory_percent"))

        module_statistics = cls(
            pid=pid,
            create_time=create_time,
            cpu_percent=cpu_percent,
            memory_percent=memory_percent,
        )

        module_statistics.additional_properties = d
        return module_statistics

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
