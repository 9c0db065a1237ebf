from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunCredential")


@_attrs_define
class RunCredential:
    """
    Attributes:
        credential_name (str):
        user_name (str | Unset):
        password (str | Unset):
    """

    credential_name: str
    user_name: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        credential_name = self.credential_name

        user_name = self.user_name

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentialName": credential_name,
            }
        )
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credential_name = d.pop("credentialName")

        user_name = d.pop("userName", UNSET)

        password = d.pop("password", UNSET)

        run_credential = cls(
            credential_name=credential_name,
            user_name=user_name,
            password=password,
        )

        run_credential.additional_properties = d
        return run_credential

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
