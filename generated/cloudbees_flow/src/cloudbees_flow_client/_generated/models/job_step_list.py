from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_step import JobStep


T = TypeVar("T", bound="JobStepList")


@_attrs_define
class JobStepList:
    """
    Attributes:
        job_step (JobStep | list[JobStep] | Unset):
    """

    job_step: JobStep | list[JobStep] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_step import JobStep

        job_step: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.job_step, Unset):
            job_step = UNSET
        elif isinstance(self.job_step, JobStep):
            job_step = self.job_step.to_dict()
        else:
            job_step = []
            for job_step_type_1_item_data in self.job_step:
                job_step_type_1_item = job_step_type_1_item_data.to_dict()
                job_step.append(job_step_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_step is not UNSET:
            field_dict["jobStep"] = job_step

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.job_step import JobStep

        d = dict(src_dict)

        def _parse_job_step(data: object) -> JobStep | list[JobStep] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_step_type_0 = JobStep.from_dict(data)

                return job_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            job_step_type_1 = []
            _job_step_type_1 = data
            for job_step_type_1_item_data in _job_step_type_1:
                job_step_type_1_item = JobStep.from_dict(job_step_type_1_item_data)

                job_step_type_1.append(job_step_type_1_item)

            return job_step_type_1

        job_step = _parse_job_step(d.pop("jobStep", UNSET))

        job_step_list = cls(
            job_step=job_step,
        )

        job_step_list.additional_properties = d
        return job_step_list

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
