from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """
    Attributes:
        credential_name (str | Unset):
        credential_id (str | Unset):
        project_name (str | Unset):
        user_name (str | Unset):
        description (str | Unset):
    """

    credential_name: str | Unset = UNSET
    credential_id: str | Unset = UNSET
    project_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        credential_name = self.credential_name

        credential_id = self.credential_id

        project_name = self.project_name

        user_name = self.user_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_name is not UNSET:
            field_dict["credentialName"] = credential_name
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credential_name = d.pop("credentialName", UNSET)

        credential_id = d.pop("credentialId", UNSET)

        project_name = d.pop("projectName", UNSET)

        user_name = d.pop("userName", UNSET)

        description = d.pop("description", UNSET)

        credential = cls(
            credential_name=credential_name,
            credential_id=credential_id,
            project_name=project_name,
            user_name=user_name,
            description=description,
        )

        credential.additional_properties = d
        return credential

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
