from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execution_status_disciplines_status import (
        ExecutionStatusDisciplinesStatus,
    )


T = TypeVar("T", bound="ExecutionStatus")


@_attrs_define
class ExecutionStatus:
    """
    Attributes:
        study_case_id (int):
        disciplines_status (ExecutionStatusDisciplinesStatus): Status by discipline namespace (PENDING, RUNNING, DONE,
            FAILED, CONFIGURE, …).
        study_case_execution_status (str): PENDING, POD PENDING, RUNNING, FINISHED, FAILED, POD ERROR, STOPPED, NOT
            EXECUTED, or the empty string
            before the first execution.
        study_case_execution_error_message (str | Unset):
        study_case_execution_cpu (str | Unset): Like `0.0/2`; `----` before the first execution.
        study_case_execution_memory (str | Unset): Like `0.87/23.54 [GB]`; `----` before the first execution.
    """

    study_case_id: int
    disciplines_status: ExecutionStatusDisciplinesStatus
    study_case_execution_status: str
    study_case_execution_error_message: str | Unset = UNSET
    study_case_execution_cpu: str | Unset = UNSET
    study_case_execution_memory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        study_case_id = self.study_case_id

        disciplines_status = self.disciplines_status.to_dict()

        study_case_execution_status = self.study_case_execution_status

        study_case_execution_error_message = self.study_case_execution_error_message

        study_case_execution_cpu = self.study_case_execution_cpu

        study_case_execution_memory = self.study_case_execution_memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "study_case_id": study_case_id,
                "disciplines_status": disciplines_status,
                "study_case_execution_status": study_case_execution_status,
            }
        )
        if study_case_execution_error_message is not UNSET:
            field_dict["study_case_execution_error_message"] = study_case_execution_error_message
        if study_case_execution_cpu is not UNSET:
            field_dict["study_case_execution_cpu"] = study_case_execution_cpu
        if study_case_execution_memory is not UNSET:
            field_dict["study_case_execution_memory"] = study_case_execution_memory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.execution_status_disciplines_status import (
            ExecutionStatusDisciplinesStatus,
        )

        d = dict(src_dict)
        study_case_id = d.pop("study_case_id")

        disciplines_status = ExecutionStatusDisciplinesStatus.from_dict(d.pop("disciplines_status"))

        study_case_execution_status = d.pop("study_case_execution_status")

        study_case_execution_error_message = d.pop("study_case_execution_error_message", UNSET)

        study_case_execution_cpu = d.pop("study_case_execution_cpu", UNSET)

        study_case_execution_memory = d.pop("study_case_execution_memory", UNSET)

        execution_status = cls(
            study_case_id=study_case_id,
            disciplines_status=disciplines_status,
            study_case_execution_status=study_case_execution_status,
            study_case_execution_error_message=study_case_execution_error_message,
            study_case_execution_cpu=study_case_execution_cpu,
            study_case_execution_memory=study_case_execution_memory,
        )

        execution_status.additional_properties = d
        return execution_status

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
