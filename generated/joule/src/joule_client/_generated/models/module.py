from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.module_statistics import ModuleStatistics
    from ..models.pipe_map import PipeMap


T = TypeVar("T", bound="Module")


@_attrs_define
class Module:
    """
    Attributes:
        id (int):
        name (str):
        description (str):
        is_app (bool):
        inputs (PipeMap): Pipe name to stream path.
        outputs (PipeMap): Pipe name to stream path.
        statistics (ModuleStatistics | Unset):
    """

    id: int
    name: str
    description: str
    is_app: bool
    inputs: PipeMap
    outputs: PipeMap
    statistics: ModuleStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        is_app = self.is_app

        inputs = self.inputs.to_dict()

        outputs = self.outputs.to_dict()

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "is_app": is_app,
                "inputs": inputs,
                "outputs": outputs,
            }
        )
        if statistics is not UNSET:
            field_dict["statistics"] = statistics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.module_statistics import ModuleStatistics
        from ..models.pipe_map import PipeMap

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        is_app = d.pop("is_app")

        inputs = PipeMap.from_dict(d.pop("inputs"))

        outputs = PipeMap.from_dict(d.pop("outputs"))

        _statistics = d.pop("statistics", UNSET)
        statistics: ModuleStatistics | Unset
        if isinstance(_statistics, Unset):
            statistics = UNSET
        else:
            statistics = ModuleStatistics.from_dict(_statistics)

        module = cls(
            id=id,
            name=name,
            description=description,
            is_app=is_app,
            inputs=inputs,
            outputs=outputs,
            statistics=statistics,
        )

        module.additional_properties = d
        return module

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
