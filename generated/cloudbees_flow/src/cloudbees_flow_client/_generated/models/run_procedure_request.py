from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.run_procedure_request_priority import (
    RunProcedureRequestPriority,
    check_run_procedure_request_priority,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actual_parameter import ActualParameter
    from ..models.run_credential import RunCredential


T = TypeVar("T", bound="RunProcedureRequest")


@_attrs_define
class RunProcedureRequest:
    """
    Attributes:
        project_name (str | Unset): An object name; 1 to 255 characters.
        procedure_name (str | Unset): An object name; 1 to 255 characters.
        actual_parameter (list[ActualParameter] | Unset):
        credential (list[RunCredential] | Unset):
        schedule_name (str | Unset):
        priority (RunProcedureRequestPriority | Unset):
        destination_project (str | Unset):
        credential_name (str | Unset):
        poll_interval (str | Unset):
        timeout (str | Unset):
    """

    project_name: str | Unset = UNSET
    procedure_name: str | Unset = UNSET
    actual_parameter: list[ActualParameter] | Unset = UNSET
    credential: list[RunCredential] | Unset = UNSET
    schedule_name: str | Unset = UNSET
    priority: RunProcedureRequestPriority | Unset = UNSET
    destination_project: str | Unset = UNSET
    credential_name: str | Unset = UNSET
    poll_interval: str | Unset = UNSET
    timeout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        project_name = self.project_name

        procedure_name = self.procedure_name

        actual_parameter: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_parameter, Unset):
            actual_parameter = []
            for actual_parameter_item_data in self.actual_parameter:
                actual_parameter_item = actual_parameter_item_data.to_dict()
                actual_parameter.append(actual_parameter_item)

        credential: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = []
            for credential_item_data in self.credential:
                credential_item = credential_item_data.to_dict()
                credential.append(credential_item)

        schedule_name = self.schedule_name

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        destination_project = self.destination_project

        credential_name = self.credential_name

        poll_interval = self.poll_interval

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if procedure_name is not UNSET:
            field_dict["procedureName"] = procedure_name
        if actual_parameter is not UNSET:
            field_dict["actualParameter"] = actual_parameter
        if credential is not UNSET:
            field_dict["credential"] = credential
        if schedule_name is not UNSET:
            field_dict["scheduleName"] = schedule_name
        if priority is not UNSET:
            field_dict["priority"] = priority
        if destination_project is not UNSET:
            field_dict["destinationProject"] = destination_project
        if credential_name is not UNSET:
            field_dict["credentialName"] = credential_name
        if poll_interval is not UNSET:
            field_dict["pollInterval"] = poll_interval
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.actual_parameter import ActualParameter
        from ..models.run_credential import RunCredential

        d = dict(src_dict)
        project_name = d.pop("projectName", UNSET)

        procedure_name = d.pop("procedureName", UNSET)

        _actual_parameter = d.pop("actualParameter", UNSET)
        actual_parameter: list[ActualParameter] | Unset = UNSET
        if _actual_parameter is not UNSET:
            actual_parameter = []
            for actual_parameter_item_data in _actual_parameter:
                actual_parameter_item = ActualParameter.from_dict(actual_parameter_item_data)

                actual_parameter.append(actual_parameter_item)

        _credential = d.pop("credential", UNSET)
        credential: list[RunCredential] | Unset = UNSET
        if _credential is not UNSET:
            credential = []
            for credential_item_data in _credential:
                credential_item = RunCredential.from_dict(credential_item_data)

                credential.append(credential_item)

        schedule_name = d.pop("scheduleName", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: RunProcedureRequestPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_run_procedure_request_priority(_priority)

        destination_project = d.pop("destinationProject", UNSET)

        credential_name = d.pop("credentialName", UNSET)

        poll_interval = d.pop("pollInterval", UNSET)

        timeout = d.pop("timeout", UNSET)

        run_procedure_request = cls(
            project_name=project_name,
            procedure_name=procedure_name,
            actual_parameter=actual_parameter,
            credential=credential,
            schedule_name=schedule_name,
            priority=priority,
            destination_project=destination_project,
            credential_name=credential_name,
            poll_interval=poll_interval,
            timeout=timeout,
        )

        run_procedure_request.additional_properties = d
        return run_procedure_request

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
