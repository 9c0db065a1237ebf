from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """
    Attributes:
        pipeline_name (str | Unset):
        pipeline_id (str | Unset):
        project_name (str | Unset):
        description (str | Unset):
        owner (str | Unset):
        create_time (str | Unset):
        modify_time (str | Unset):
    """

    pipeline_name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_time: str | Unset = UNSET
    modify_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        pipeline_name = self.pipeline_name

        pipeline_id = self.pipeline_id

        project_name = self.project_name

        description = self.description

        owner = self.owner

        create_time = self.create_time

        modify_time = self.modify_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline_name is not UNSET:
            field_dict["pipelineName"] = pipeline_name
        if pipeline_id is not UNSET:
            field_dict["pipelineId"] = pipeline_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if modify_time is not UNSET:
            field_dict["modifyTime"] = modify_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pipeline_name = d.pop("pipelineName", UNSET)

        pipeline_id = d.pop("pipelineId", UNSET)

        project_name = d.pop("projectName", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        create_time = d.pop("createTime", UNSET)

        modify_time = d.pop("modifyTime", UNSET)

        pipeline = cls(
            pipeline_name=pipeline_name,
            pipeline_id=pipeline_id,
            project_name=project_name,
            description=description,
            owner=owner,
            create_time=create_time,
            modify_time=modify_time,
        )

        pipeline.additional_properties = d
        return pipeline

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
