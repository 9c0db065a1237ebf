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


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user account. Relations (`realm`) are present only when asked for with `include`.

    Attributes:
        id (str):
        name (str):
        display_name (None | str):
        active (bool):
        name_locked (bool):
        first_name (None | str):
        last_name (None | str):
        avatar (None | str):
        cover (None | str):
        realm_id (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        email (None | str | Unset): Returned only when asked for with `fields=+email`.
        realm (Realm | Unset): A realm: the tenant every user, role, permission and client belongs to.
    """

    id: str
    name: str
    display_name: None | str
    active: bool
    name_locked: bool
    first_name: None | str
    last_name: None | str
    avatar: None | str
    cover: None | str
    realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    email: None | str | Unset = UNSET
    realm: Realm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        active = self.active

        name_locked = self.name_locked

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        avatar: None | str
        avatar = self.avatar

        cover: None | str
        cover = self.cover

        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        realm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realm, Unset):
            realm = self.realm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "active": active,
                "nameLocked": name_locked,
                "firstName": first_name,
                "lastName": last_name,
                "avatar": avatar,
                "cover": cover,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
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

        active = d.pop("active")

        name_locked = d.pop("nameLocked")

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName"))

        def _parse_avatar(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar = _parse_avatar(d.pop("avatar"))

        def _parse_cover(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover = _parse_cover(d.pop("cover"))

        realm_id = d.pop("realmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _realm = d.pop("realm", UNSET)
        realm: Realm | Unset
        if isinstance(_realm, Unset):
            realm = UNSET
        else:
            realm = Realm.from_dict(_realm)

        user = cls(
            id=id,
            name=name,
            display_name=display_name,
            active=active,
            name_locked=name_locked,
            first_name=first_name,
            last_name=last_name,
            avatar=avatar,
            cover=cover,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            realm=realm,
        )

        user.additional_properties = d
        return user

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
