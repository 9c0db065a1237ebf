from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStep")


@_attrs_define
class JobStep:
    """
    Attributes:
        job_step_id (str | Unset):
        step_name (str | Unset):
        job_id (str | Unset):
        status (str | Unset):
        outcome (str | Unset):
        live_procedure_step (str | Unset):
        start (str | Unset):
        finish (str | Unset):
    """

    job_step_id: str | Unset = UNSET
    step_name: str | Unset = UNSET
    job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    outcome: str | Unset = UNSET
    live_procedure_step: str | Unset = UNSET
    start: str | Unset = UNSET
    finish: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        job_step_id = self.job_step_id

        step_name = self.step_name

        job_id = self.job_id

        status = self.status

        outcome = self.outcome

        live_procedure_step = self.live_procedure_step

        start = self.start

        finish = self.finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id
        if step_name is not UNSET:
            field_dict["stepName"] = step_name
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if live_procedure_step is not UNSET:
            field_dict["liveProcedureStep"] = live_procedure_step
        if start is not UNSET:
            field_dict["start"] = start
        if finish is not UNSET:
            field_dict["finish"] = finish

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        job_step_id = d.pop("jobStepId", UNSET)

        step_name = d.pop("stepName", UNSET)

        job_id = d.pop("jobId", UNSET)

        status = d.pop("status", UNSET)

        outcome = d.pop("outcome", UNSET)

        live_procedure_step = d.pop("liveProcedureStep", UNSET)

        start = d.pop("start", UNSET)

        finish = d.pop("finish", UNSET)

        job_step = cls(
            job_step_id=job_step_id,
            step_name=step_name,
            job_id=job_id,
            status=status,
            outcome=outcome,
            live_procedure_step=live_procedure_step,
            start=start,
            finish=finish,
        )

        job_step.additional_properties = d
        return job_step

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
