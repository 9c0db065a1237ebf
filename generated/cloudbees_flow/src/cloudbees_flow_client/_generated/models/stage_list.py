from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stage import Stage


T = TypeVar("T", bound="StageList")


@_attrs_define
class StageList:
    """
    Attributes:
        stage (list[Stage] | Stage | Unset):
    """

    stage: list[Stage] | Stage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stage import Stage

        stage: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, Stage):
            stage = self.stage.to_dict()
        else:
            stage = []
            for stage_type_1_item_data in self.stage:
                stage_type_1_item = stage_type_1_item_data.to_dict()
                stage.append(stage_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stage import Stage

        d = dict(src_dict)

        def _parse_stage(data: object) -> list[Stage] | Stage | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stage_type_0 = Stage.from_dict(data)

                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            stage_type_1 = []
            _stage_type_1 = data
            for stage_type_1_item_data in _stage_type_1:
                stage_type_1_item = Stage.from_dict(stage_type_1_item_data)

                stage_type_1.append(stage_type_1_item)

            return stage_type_1

        stage = _parse_stage(d.pop("stage", UNSET))

        stage_list = cls(
            stage=stage,
        )

        stage_list.additional_properties = d
        return stage_list

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
