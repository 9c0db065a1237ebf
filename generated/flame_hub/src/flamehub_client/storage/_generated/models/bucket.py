from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="Bucket")


@_attrs_define
class Bucket:
    """A bucket of files.

    Attributes:
        id (str):
        name (str):
        region (None | str):
        actor_id (None | str):
        actor_type (None | str):
        realm_id (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    name: str
    region: None | str
    actor_id: None | str
    actor_type: None | str
    realm_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        region: None | str
        region = self.region

        actor_id: None | str
        actor_id = self.actor_id

        actor_type: None | str
        actor_type = self.actor_type

        realm_id: None | str
        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "region": region,
                "actorId": actor_id,
                "actorType": actor_type,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        def _parse_actor_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_id = _parse_actor_id(d.pop("actorId"))

        def _parse_actor_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actor_type = _parse_actor_type(d.pop("actorType"))

        def _parse_realm_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        realm_id = _parse_realm_id(d.pop("realmId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        bucket = cls(
            id=id,
            name=name,
            region=region,
            actor_id=actor_id,
            actor_type=actor_type,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        bucket.additional_properties = d
        return bucket

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
