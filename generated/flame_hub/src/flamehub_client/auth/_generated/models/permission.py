from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Permission")


@_attrs_define
class Permission:
    """A permission, e.g. `node_create`.

    Attributes:
        id (str):
        name (str):
        display_name (None | str):
        description (None | str):
        built_in (bool):
        client_id (None | str):
        realm_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        policy_id (None | str | Unset):
    """

    id: str
    name: str
    display_name: None | str
    description: None | str
    built_in: bool
    client_id: None | str
    realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    policy_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        built_in = self.built_in

        client_id: None | str
        client_id = self.client_id

        realm_id: None | str
        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "description": description,
                "builtIn": built_in,
                "clientId": client_id,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        built_in = d.pop("builtIn")

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        def _parse_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        realm_id = _parse_realm_id(d.pop("realmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        policy_id = _parse_policy_id(d.pop("policyId", UNSET))

        permission = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            built_in=built_in,
            client_id=client_id,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            policy_id=policy_id,
        )

        permission.additional_properties = d
        return permission

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
