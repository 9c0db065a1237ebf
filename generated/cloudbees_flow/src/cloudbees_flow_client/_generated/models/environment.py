from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Environment")


@_attrs_define
class Environment:
    """
    Attributes:
        environment_name (str | Unset):
        environment_id (str | Unset):
        project_name (str | Unset):
        description (str | Unset):
        environment_enabled (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send
            still parses).
    """

    environment_name: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    description: str | Unset = UNSET
    environment_enabled: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        environment_name = self.environment_name

        environment_id = self.environment_id

        project_name = self.project_name

        description = self.description

        environment_enabled = self.environment_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment_name is not UNSET:
            field_dict["environmentName"] = environment_name
        if environment_id is not UNSET:
            field_dict["environmentId"] = environment_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if description is not UNSET:
            field_dict["description"] = description
        if environment_enabled is not UNSET:
            field_dict["environmentEnabled"] = environment_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        environment_name = d.pop("environmentName", UNSET)

        environment_id = d.pop("environmentId", UNSET)

        project_name = d.pop("projectName", UNSET)

        description = d.pop("description", UNSET)

        environment_enabled = d.pop("environmentEnabled", UNSET)

        environment = cls(
            environment_name=environment_name,
            environment_id=environment_id,
            project_name=project_name,
            description=description,
            environment_enabled=environment_enabled,
        )

        environment.additional_properties = d
        return environment

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
