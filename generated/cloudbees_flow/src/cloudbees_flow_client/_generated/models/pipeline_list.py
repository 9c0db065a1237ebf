from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipeline import Pipeline


T = TypeVar("T", bound="PipelineList")


@_attrs_define
class PipelineList:
    """
    Attributes:
        pipeline (list[Pipeline] | Pipeline | Unset):
    """

    pipeline: list[Pipeline] | Pipeline | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pipeline import Pipeline

        pipeline: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.pipeline, Unset):
            pipeline = UNSET
        elif isinstance(self.pipeline, Pipeline):
            pipeline = self.pipeline.to_dict()
        else:
            pipeline = []
            for pipeline_type_1_item_data in self.pipeline:
                pipeline_type_1_item = pipeline_type_1_item_data.to_dict()
                pipeline.append(pipeline_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pipeline import Pipeline

        d = dict(src_dict)

        def _parse_pipeline(data: object) -> list[Pipeline] | Pipeline | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pipeline_type_0 = Pipeline.from_dict(data)

                return pipeline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            pipeline_type_1 = []
            _pipeline_type_1 = data
            for pipeline_type_1_item_data in _pipeline_type_1:
                pipeline_type_1_item = Pipeline.from_dict(pipeline_type_1_item_data)

                pipeline_type_1.append(pipeline_type_1_item)

            return pipeline_type_1

        pipeline = _parse_pipeline(d.pop("pipeline", UNSET))

        pipeline_list = cls(
            pipeline=pipeline,
        )

        pipeline_list.additional_properties = d
        return pipeline_list

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
