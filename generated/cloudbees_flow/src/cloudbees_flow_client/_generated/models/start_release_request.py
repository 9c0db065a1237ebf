from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline_parameter import PipelineParameter


T = TypeVar("T", bound="StartReleaseRequest")


@_attrs_define
class StartReleaseRequest:
    """
    Attributes:
        pipeline_parameter (list[PipelineParameter] | Unset):
        stages_to_run (list[str] | Unset):
    """

    pipeline_parameter: list[PipelineParameter] | Unset = UNSET
    stages_to_run: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        pipeline_parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pipeline_parameter, Unset):
            pipeline_parameter = []
            for pipeline_parameter_item_data in self.pipeline_parameter:
                pipeline_parameter_item = pipeline_parameter_item_data.to_dict()
                pipeline_parameter.append(pipeline_parameter_item)

        stages_to_run: list[str] | Unset = UNSET
        if not isinstance(self.stages_to_run, Unset):
            stages_to_run = self.stages_to_run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline_parameter is not UNSET:
            field_dict["pipelineParameter"] = pipeline_parameter
        if stages_to_run is not UNSET:
            field_dict["stagesToRun"] = stages_to_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pipeline_parameter import PipelineParameter

        d = dict(src_dict)
        _pipeline_parameter = d.pop("pipelineParameter", UNSET)
        pipeline_parameter: list[PipelineParameter] | Unset = UNSET
        if _pipeline_parameter is not UNSET:
            pipeline_parameter = []
            for pipeline_parameter_item_data in _pipeline_parameter:
                pipeline_parameter_item = PipelineParameter.from_dict(pipeline_parameter_item_data)

                pipeline_parameter.append(pipeline_parameter_item)

        stages_to_run = cast(list[str], d.pop("stagesToRun", UNSET))

        start_release_request = cls(
            pipeline_parameter=pipeline_parameter,
            stages_to_run=stages_to_run,
        )

        start_release_request.additional_properties = d
        return start_release_request

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
