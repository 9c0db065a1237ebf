from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.registry_project_update_type import (
    RegistryProjectUpdateType,
    check_registry_project_update_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryProjectUpdate")


@_attrs_define
class RegistryProjectUpdate:
    """The body that updates a RegistryProject: a field left out stays as it is, `null` clears it.

    Attributes:
        registry_id (str | Unset):
        name (str | Unset):
        external_name (str | Unset):
        type_ (RegistryProjectUpdateType | Unset):
        account_name (None | str | Unset):
        account_secret (None | str | Unset):
    """

    registry_id: str | Unset = UNSET
    name: str | Unset = UNSET
    external_name: str | Unset = UNSET
    type_: RegistryProjectUpdateType | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        registry_id = self.registry_id

        name = self.name

        external_name = self.external_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

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

        field_dict.update({})
        if registry_id is not UNSET:
            field_dict["registryId"] = registry_id
        if name is not UNSET:
            field_dict["name"] = name
        if external_name is not UNSET:
            field_dict["externalName"] = external_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_secret is not UNSET:
            field_dict["accountSecret"] = account_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        registry_id = d.pop("registryId", UNSET)

        name = d.pop("name", UNSET)

        external_name = d.pop("externalName", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RegistryProjectUpdateType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_registry_project_update_type(_type_)

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

        registry_project_update = cls(
            registry_id=registry_id,
            name=name,
            external_name=external_name,
            type_=type_,
            account_name=account_name,
            account_secret=account_secret,
        )

        return registry_project_update
