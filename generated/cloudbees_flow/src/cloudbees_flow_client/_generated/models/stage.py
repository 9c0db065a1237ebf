from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Stage")


@_attrs_define
class Stage:
    """
    Attributes:
        stage_id (str | Unset):
        stage_name (str | Unset):
        name (str | Unset):
        index (str | Unset):
        pipeline_name (str | Unset):
    """

    stage_id: str | Unset = UNSET
    stage_name: str | Unset = UNSET
    name: str | Unset = UNSET
    index: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        stage_id = self.stage_id

        stage_name = self.stage_name

        name = self.name

        index = self.index

        pipeline_name = self.pipeline_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stage_id is not UNSET:
            field_dict["stageId"] = stage_id
        if stage_name is not UNSET:
            field_dict["stageName"] = stage_name
        if name is not UNSET:
            field_dict["name"] = name
        if index is not UNSET:
            field_dict["index"] = index
        if pipeline_name is not UNSET:
            field_dict["pipelineName"] = pipeline_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stage_id = d.pop("stageId", UNSET)

        stage_name = d.pop("stageName", UNSET)

        name = d.pop("name", UNSET)

        index = d.pop("index", UNSET)

        pipeline_name = d.pop("pipelineName", UNSET)

        stage = cls(
            stage_id=stage_id,
            stage_name=stage_name,
            name=name,
            index=index,
            pipeline_name=pipeline_name,
        )

        stage.additional_properties = d
        return stage

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
