from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowRuntime")


@_attrs_define
class FlowRuntime:
    """
    Attributes:
        flow_runtime_id (str | Unset):
        flow_runtime_name (str | Unset):
        pipeline_id (str | Unset):
        pipeline_name (str | Unset):
        project_name (str | Unset):
        release_id (str | Unset):
        release_name (str | Unset):
        completed (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send still
            parses).
        status (str | Unset): The run's outcome once completed (success, warning, error), else its progress.
        start (str | Unset):
        finish (str | Unset):
        elapsed_time (str | Unset):
    """

    flow_runtime_id: str | Unset = UNSET
    flow_runtime_name: str | Unset = UNSET
    pipeline_id: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    release_id: str | Unset = UNSET
    release_name: str | Unset = UNSET
    completed: str | Unset = UNSET
    status: str | Unset = UNSET
    start: str | Unset = UNSET
    finish: str | Unset = UNSET
    elapsed_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        flow_runtime_id = self.flow_runtime_id

        flow_runtime_name = self.flow_runtime_name

        pipeline_id = self.pipeline_id

        pipeline_name = self.pipeline_name

        project_name = self.project_name

        release_id = self.release_id

        release_name = self.release_name

        completed = self.completed

        status = self.status

        start = self.start

        finish = self.finish

        elapsed_time = self.elapsed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_runtime_id is not UNSET:
            field_dict["flowRuntimeId"] = flow_runtime_id
        if flow_runtime_name is not UNSET:
            field_dict["flowRuntimeName"] = flow_runtime_name
        if pipeline_id is not UNSET:
            field_dict["pipelineId"] = pipeline_id
        if pipeline_name is not UNSET:
            field_dict["pipelineName"] = pipeline_name
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if release_id is not UNSET:
            field_dict["releaseId"] = release_id
        if release_name is not UNSET:
            field_dict["releaseName"] = release_name
        if completed is not UNSET:
            field_dict["completed"] = completed
        if status is not UNSET:
            field_dict["status"] = status
        if start is not UNSET:
            field_dict["start"] = start
        if finish is not UNSET:
            field_dict["finish"] = finish
        if elapsed_time is not UNSET:
            field_dict["elapsedTime"] = elapsed_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_runtime_id = d.pop("flowRuntimeId", UNSET)

        flow_runtime_name = d.pop("flowRuntimeName", UNSET)

        pipeline_id = d.pop("pipelineId", UNSET)

        pipeline_name = d.pop("pipelineName", UNSET)

        project_name = d.pop("projectName", UNSET)

        release_id = d.pop("releaseId", UNSET)

        release_name = d.pop("releaseName", UNSET)

        completed = d.pop("completed", UNSET)

        status = d.pop("status", UNSET)

        start = d.pop("start", UNSET)

        finish = d.pop("finish", UNSET)

        elapsed_time = d.pop("elapsedTime", UNSET)

        flow_runtime = cls(
            flow_runtime_id=flow_runtime_id,
            flow_runtime_name=flow_runtime_name,
            pipeline_id=pipeline_id,
            pipeline_name=pipeline_name,
            project_name=project_name,
            release_id=release_id,
            release_name=release_name,
            completed=completed,
            status=status,
            start=start,
            finish=finish,
            elapsed_time=elapsed_time,
        )

        flow_runtime.additional_properties = d
        return flow_runtime

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
