from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArtifactCreateRequest")


@_attrs_define
class ArtifactCreateRequest:
    """
    Attributes:
        group_id (str | Unset):
        artifact_key (str | Unset):
        description (str | Unset):
    """

    group_id: str | Unset = UNSET
    artifact_key: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        artifact_key = self.artifact_key

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if artifact_key is not UNSET:
            field_dict["artifactKey"] = artifact_key
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        artifact_key = d.pop("artifactKey", UNSET)

        description = d.pop("description", UNSET)

        artifact_create_request = cls(
            group_id=group_id,
            artifact_key=artifact_key,
            description=description,
        )

        artifact_create_request.additional_properties = d
        return artifact_create_request

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
