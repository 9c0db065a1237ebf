from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """
    Attributes:
        release_name (str | Unset):
        release_id (str | Unset):
        project_name (str | Unset):
        pipeline_name (str | Unset):
        pipeline_id (str | Unset):
        flow_runtime_id (str | Unset):
        description (str | Unset):
    """

    release_name: str | Unset = UNSET
    release_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    flow_runtime_id: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        release_name = self.release_name

        release_id = self.release_id

        project_name = self.project_name

        pipeline_name = self.pipeline_name

        pipeline_id = self.pipeline_id

        flow_runtime_id = self.flow_runtime_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if release_name is not UNSET:
            field_dict["releaseName"] = release_name
        if release_id is not UNSET:
            field_dict["releaseId"] = release_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if pipeline_name is not UNSET:
            field_dict["pipelineName"] = pipeline_name
        if pipeline_id is not UNSET:
            field_dict["pipelineId"] = pipeline_id
        if flow_runtime_id is not UNSET:
            field_dict["flowRuntimeId"] = flow_runtime_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_name = d.pop("releaseName", UNSET)

        release_id = d.pop("releaseId", UNSET)

        project_name = d.pop("projectName", UNSET)

        pipeline_name = d.pop("pipelineName", UNSET)

        pipeline_id = d.pop("pipelineId", UNSET)

        flow_runtime_id = d.pop("flowRuntimeId", UNSET)

        description = d.pop("description", UNSET)

        release = cls(
            release_name=release_name,
            release_id=release_id,
            project_name=project_name,
            pipeline_name=pipeline_name,
            pipeline_id=pipeline_id,
            flow_runtime_id=flow_runtime_id,
            description=description,
        )

        release.additional_properties = d
        return release

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
