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
    from ..models.user import User


T = TypeVar("T", bound="Robot")


@_attrs_define
class Robot:
    """A robot of the older generation. Only on the older server generation (authup before 1.0.0-beta.54): current authup
    has no robots and answers 404. Relations (`realm`, `user`) are present only when asked for with `include`.

        Attributes:
            id (str):
            name (str):
            display_name (None | str):
            description (None | str):
            active (bool):
            user_id (None | str):
            realm_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            secret (None | str | Unset): Returned only when asked for with `fields=+secret` (a hash).
            realm (Realm | Unset): A realm: the tenant every user, role, permission and client belongs to.
            user (User | Unset): A user account. Relations (`realm`) are present only when asked for with `include`.
    """

    id: str
    name: str
    display_name: None | str
    description: None | str
    active: bool
    user_id: None | str
    realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    realm: Realm | Unset = UNSET
    user: User | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        active = self.active

        user_id: None | str
        user_id = self.user_id

        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        realm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realm, Unset):
            realm = self.realm.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "displayName": display_name,
                "description": description,
                "active": active,
                "userId": user_id,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if realm is not UNSET:
            field_dict["realm"] = realm
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realm import Realm
        from ..models.user import User

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

        active = d.pop("active")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        realm_id = d.pop("realmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        _realm = d.pop("realm", UNSET)
        realm: Realm | Unset
        if isinstance(_realm, Unset):
            realm = UNSET
        else:
            realm = Realm.from_dict(_realm)

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        robot = cls(
            id=id,
            name=name,
            display_name=display_name,
            description=description,
            active=active,
            user_id=user_id,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
            realm=realm,
            user=user,
        )

        robot.additional_properties = d
        return robot

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
