from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realm import Realm


T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role: a named set of permissions. Relations (`realm`) are present only when asked for with `include`.

    Attributes:
        id (str):
        name (str):
        display_name (None | str):
        description (None | str):
        target (None | str):
        realm_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        built_in (bool | Unset):
        client_id (None | str | Unset):
        realm (None | Realm | Unset): `null` for roles without a realm, such as the built-in `admin` and `realm_admin`
            roles.
    """

    id: str
    name: str
    display_name: None | str
    description: None | str
    target: None | str
    realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    built_in: bool | Unset = UNSET
    client_id: None | str | Unset = UNSET
    realm: None | Realm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.realm import Realm

        id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        target: None | str
        target = self.target

        realm_id: None | str
        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        built_in = self.built_in

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        realm: dict[str, Any] | None | Unset
        if isinstance(self.realm, Unset):
            realm = UNSET
        elif isinstance(self.realm, Realm):
            realm = self.realm.to_dict()
        else:
            realm = self.realm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "description": description,
                "target": target,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if built_in is not UNSET:
            field_dict["builtIn"] = built_in
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if realm is not UNSET:
            field_dict["realm"] = realm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realm import Realm

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

        def _parse_target(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target = _parse_target(d.pop("target"))

        def _parse_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        realm_id = _parse_realm_id(d.pop("realmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        built_in = d.pop("builtIn", UNSET)

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        def _parse_realm(data: object) -> None | Realm | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                realm_type_0 = Realm.from_dict(data)

                return realm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Realm | Unset, data)

        realm = _parse_realm(d.pop("realm", UNSET))

        role = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            target=target,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            built_in=built_in,
            client_id=client_id,
            realm=realm,
        )

        role.additional_properties = d
        return role

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
