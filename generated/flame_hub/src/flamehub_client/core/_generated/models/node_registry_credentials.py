from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeRegistryCredentials")


@_attrs_define
class NodeRegistryCredentials:
    """Registry credentials of a node's registry project (a flat body).

    Attributes:
        host (str):
        external_name (str):
        account_name (None | str | Unset):
        account_secret (None | str | Unset):
    """

    host: str
    external_name: str
    account_name: None | str | Unset = UNSET
    account_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        external_name = self.external_name

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_secret: None | str | Unset
        if isinstance(self.account_secret, Unset):
            account_secret = UNSET
        else:
            account_secret = self.account_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "externalName": external_name,
            }
        )
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_secret is not UNSET:
            field_dict["accountSecret"] = account_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host = d.pop("host")

        external_name = d.pop("externalName")

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("accountName", UNSET))

        def _parse_account_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_secret = _parse_account_secret(d.pop("accountSecret", UNSET))

        node_registry_credentials = cls(
            host=host,
            external_name=external_name,
            account_name=account_name,
            account_secret=account_secret,
        )

        node_registry_credentials.additional_properties = d
        return node_registry_credentials

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
