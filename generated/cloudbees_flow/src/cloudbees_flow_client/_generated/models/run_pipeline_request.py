from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actual_parameter import ActualParameter


T = TypeVar("T", bound="RunPipelineRequest")


@_attrs_define
class RunPipelineRequest:
    """
    Attributes:
        project_name (str | Unset): An object name; 1 to 255 characters.
        pipeline_name (str | Unset): An object name; 1 to 255 characters.
        release_name (str | Unset): An object name; 1 to 255 characters.
        starting_stage (str | Unset): An object name; 1 to 255 characters.
        stages_to_run (list[str] | Unset):
        actual_parameter (list[ActualParameter] | Unset):
    """

    project_name: str | Unset = UNSET
    pipeline_name: str | Unset = UNSET
    release_name: str | Unset = UNSET
    starting_stage: str | Unset = UNSET
    stages_to_run: list[str] | Unset = UNSET
    actual_parameter: list[ActualParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        pipeline_name = self.pipeline_name

        release_name = self.release_name

        starting_stage = self.starting_stage

        stages_to_run: list[str] | Unset = UNSET
        if not isinstance(self.stages_to_run, Unset):
            stages_to_run = self.stages_to_run

        actual_parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_parameter, Unset):
            actual_parameter = []
            for actual_parameter_item_data in self.actual_parameter:
                actual_parameter_item = actual_parameter_item_data.to_dict()
                actual_parameter.append(actual_parameter_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if pipeline_name is not UNSET:
            field_dict["pipelineName"] = pipeline_name
        if release_name is not UNSET:
            field_dict["releaseName"] = release_name
        if starting_stage is not UNSET:
            field_dict["startingStage"] = starting_stage
        if stages_to_run is not UNSET:
            field_dict["stagesToRun"] = stages_to_run
        if actual_parameter is not UNSET:
            field_dict["actualParameter"] = actual_parameter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.actual_parameter import ActualParameter

        d = dict(src_dict)
        project_name = d.pop("projectName", UNSET)

        pipeline_name = d.pop("pipelineName", UNSET)

        release_name = d.pop("releaseName", UNSET)

        starting_stage = d.pop("startingStage", UNSET)

        stages_to_run = cast(list[str], d.pop("stagesToRun", UNSET))

        _actual_parameter = d.pop("actualParameter", UNSET)
        actual_parameter: list[ActualParameter] | Unset = UNSET
        if _actual_parameter is not UNSET:
            actual_parameter = []
            for actual_parameter_item_data in _actual_parameter:
                actual_parameter_item = ActualParameter.from_dict(actual_parameter_item_data)

                actual_parameter.append(actual_parameter_item)

        run_pipeline_request = cls(
            project_name=project_name,
            pipeline_name=pipeline_name,
            release_name=release_name,
            starting_stage=starting_stage,
            stages_to_run=stages_to_run,
            actual_parameter=actual_parameter,
        )

        run_pipeline_request.additional_properties = d
        return run_pipeline_request

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
