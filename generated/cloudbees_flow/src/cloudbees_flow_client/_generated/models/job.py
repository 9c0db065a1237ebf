from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actual_parameter import ActualParameter
    from ..models.job_step import JobStep
    from ..models.property_sheet import PropertySheet


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """
    Attributes:
        job_id (str | Unset):
        job_name (str | Unset):
        project_name (str | Unset):
        procedure_name (str | Unset):
        status (str | Unset):
        outcome (str | Unset):
        start (str | Unset):
        finish (str | Unset):
        elapsed_time (str | Unset):
        launched_by_user (str | Unset):
        owner (str | Unset):
        abort_status (str | Unset):
        actual_parameter (ActualParameter | list[ActualParameter] | Unset):
        job_step (JobStep | list[JobStep] | Unset):
        property_sheet (PropertySheet | Unset):
    """

    job_id: str | Unset = UNSET
    job_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    procedure_name: str | Unset = UNSET
    status: str | Unset = UNSET
    outcome: str | Unset = UNSET
    start: str | Unset = UNSET
    finish: str | Unset = UNSET
    elapsed_time: str | Unset = UNSET
    launched_by_user: str | Unset = UNSET
    owner: str | Unset = UNSET
    abort_status: str | Unset = UNSET
    actual_parameter: ActualParameter | list[ActualParameter] | Unset = UNSET
    job_step: JobStep | list[JobStep] | Unset = UNSET
    property_sheet: PropertySheet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actual_parameter import ActualParameter
        from ..models.job_step import JobStep

        job_id = self.job_id

        job_name = self.job_name

        project_name = self.project_name

        procedure_name = self.procedure_name

        status = self.status

        outcome = self.outcome

        start = self.start

        finish = self.finish

        elapsed_time = self.elapsed_time

        launched_by_user = self.launched_by_user

        owner = self.owner

        abort_status = self.abort_status

        actual_parameter: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.actual_parameter, Unset):
            actual_parameter = UNSET
        elif isinstance(self.actual_parameter, ActualParameter):
            actual_parameter = self.actual_parameter.to_dict()
        else:
            actual_parameter = []
            for componentsschemas_actual_parameter_list_type_1_item_data in self.actual_parameter:
                componentsschemas_actual_parameter_list_type_1_item = (
                    componentsschemas_actual_parameter_list_type_1_item_data.to_dict()
                )
                actual_parameter.append(componentsschemas_actual_parameter_list_type_1_item)

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

        property_sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_sheet, Unset):
            property_sheet = self.property_sheet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_name is not UNSET:
            field_dict["jobName"] = job_name
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if procedure_name is not UNSET:
            field_dict["procedureName"] = procedure_name
        if status is not UNSET:
            field_dict["status"] = status
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if start is not UNSET:
            field_dict["start"] = start
        if finish is not UNSET:
            field_dict["finish"] = finish
        if elapsed_time is not UNSET:
            field_dict["elapsedTime"] = elapsed_time
        if launched_by_user is not UNSET:
            field_dict["launchedByUser"] = launched_by_user
        if owner is not UNSET:
            field_dict["owner"] = owner
        if abort_status is not UNSET:
            field_dict["abortStatus"] = abort_status
        if actual_parameter is not UNSET:
            field_dict["actualParameter"] = actual_parameter
        if job_step is not UNSET:
            field_dict["jobStep"] = job_step
        if property_sheet is not UNSET:
            field_dict["propertySheet"] = property_sheet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.actual_parameter import ActualParameter
        from ..models.job_step import JobStep
        from ..models.property_sheet import PropertySheet

        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        job_name = d.pop("jobName", UNSET)

        project_name = d.pop("projectName", UNSET)

        procedure_name = d.pop("procedureName", UNSET)

        status = d.pop("status", UNSET)

        outcome = d.pop("outcome", UNSET)

        start = d.pop("start", UNSET)

        finish = d.pop("finish", UNSET)

        elapsed_time = d.pop("elapsedTime", UNSET)

        launched_by_user = d.pop("launchedByUser", UNSET)

        owner = d.pop("owner", UNSET)

        abort_status = d.pop("abortStatus", UNSET)

        def _parse_actual_parameter(
            data: object,
        ) -> ActualParameter | list[ActualParameter] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_actual_parameter_list_type_0 = ActualParameter.from_dict(data)

                return componentsschemas_actual_parameter_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_actual_parameter_list_type_1 = []
            _componentsschemas_actual_parameter_list_type_1 = data
            for (
                componentsschemas_actual_parameter_list_type_1_item_data
            ) in _componentsschemas_actual_parameter_list_type_1:
                componentsschemas_actual_parameter_list_type_1_item = ActualParameter.from_dict(
                    componentsschemas_actual_parameter_list_type_1_item_data
                )

                componentsschemas_actual_parameter_list_type_1.append(
                    componentsschemas_actual_parameter_list_type_1_item
                )

            return componentsschemas_actual_parameter_list_type_1

        actual_parameter = _parse_actual_parameter(d.pop("actualParameter", UNSET))

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

        _property_sheet = d.pop("propertySheet", UNSET)
        property_sheet: PropertySheet | Unset
        if isinstance(_property_sheet, Unset):
            property_sheet = UNSET
        else:
            property_sheet = PropertySheet.from_dict(_property_sheet)

        job = cls(
            job_id=job_id,
            job_name=job_name,
            project_name=project_name,
            procedure_name=procedure_name,
            status=status,
            outcome=outcome,
            start=start,
            finish=finish,
            elapsed_time=elapsed_time,
            launched_by_user=launched_by_user,
            owner=owner,
            abort_status=abort_status,
            actual_parameter=actual_parameter,
            job_step=job_step,
            property_sheet=property_sheet,
        )

        job.additional_properties = d
        return job

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
