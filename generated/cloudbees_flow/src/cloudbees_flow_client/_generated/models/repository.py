from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
    """
    Attributes:
        repository_name (str | Unset):
        repository_id (str | Unset):
        url (str | Unset):
        description (str | Unset):
        repository_disabled (str | Unset): `"0"` or `"1"` (a plain string, so that any other value the server may send
            still parses).
    """

    repository_name: str | Unset = UNSET
    repository_id: str | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    repository_disabled: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        repository_name = self.repository_name

        repository_id = self.repository_id

        url = self.url

        description = self.description

        repository_disabled = self.repository_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if repository_id is not UNSET:
            field_dict["repositoryId"] = repository_id
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if repository_disabled is not UNSET:
            field_dict["repositoryDisabled"] = repository_disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        repository_name = d.pop("repositoryName", UNSET)

        repository_id = d.pop("repositoryId", UNSET)

        url = d.pop("url", UNSET)

        description = d.pop("description", UNSET)

        repository_disabled = d.pop("repositoryDisabled", UNSET)

        repository = cls(
            repository_name=repository_name,
            repository_id=repository_id,
            url=url,
            description=description,
            repository_disabled=repository_disabled,
        )

        repository.additional_properties = d
        return repository

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
