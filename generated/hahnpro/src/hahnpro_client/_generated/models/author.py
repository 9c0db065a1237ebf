from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Author")


@_attrs_define
class Author:
    """
    Attributes:
        id (str):
        username (str | Unset):
        impersonator_id (str | Unset):
        impersonator_username (str | Unset):
    """

    id: str
    username: str | Unset = UNSET
    impersonator_id: str | Unset = UNSET
    impersonator_username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        impersonator_id = self.impersonator_id

        impersonator_username = self.impersonator_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if impersonator_id is not UNSET:
            field_dict["impersonatorId"] = impersonator_id
        if impersonator_username is not UNSET:
            field_dict["impersonatorUsername"] = impersonator_username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username", UNSET)

        impersonator_id = d.pop("impersonatorId", UNSET)

        impersonator_username = d.pop("impersonatorUsername", UNSET)

        author = cls(
            id=id,
            username=username,
            impersonator_id=impersonator_id,
            impersonator_username=impersonator_username,
        )

        author.additional_properties = d
        return author

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
