from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_data import EventData
    from ..models.owner import Owner
    from ..models.resource_reference import ResourceReference


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        level (str): INFO, OK, WARNING or CRITICAL.
        id (str | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
        refs (list[ResourceReference] | Unset):
        data (EventData | Unset):
        asset_ref (str | Unset):
        asset_refname (str | Unset): Read-only display name, filled in by the server.
        alert_ref (str | Unset):
        ts_ref (str | Unset):
        event_ref (str | Unset):
        cause (str | Unset):
        group (str | Unset):
        owner (Owner | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    level: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    refs: list[ResourceReference] | Unset = UNSET
    data: EventData | Unset = UNSET
    asset_ref: str | Unset = UNSET
    asset_refname: str | Unset = UNSET
    alert_ref: str | Unset = UNSET
    ts_ref: str | Unset = UNSET
    event_ref: str | Unset = UNSET
    cause: str | Unset = UNSET
    group: str | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        level = self.level

        id = self.id

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refs, Unset):
            refs = []
            for refs_item_data in self.refs:
                refs_item = refs_item_data.to_dict()
                refs.append(refs_item)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        asset_ref = self.asset_ref

        asset_refname = self.asset_refname

        alert_ref = self.alert_ref

        ts_ref = self.ts_ref

        event_ref = self.event_ref

        cause = self.cause

        group = self.group

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
                "level": level,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if refs is not UNSET:
            field_dict["refs"] = refs
        if data is not UNSET:
            field_dict["data"] = data
        if asset_ref is not UNSET:
            field_dict["assetRef"] = asset_ref
        if asset_refname is not UNSET:
            field_dict["assetRef$name"] = asset_refname
        if alert_ref is not UNSET:
            field_dict["alertRef"] = alert_ref
        if ts_ref is not UNSET:
            field_dict["tsRef"] = ts_ref
        if event_ref is not UNSET:
            field_dict["eventRef"] = event_ref
        if cause is not UNSET:
            field_dict["cause"] = cause
        if group is not UNSET:
            field_dict["group"] = group
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_data import EventData
        from ..models.owner import Owner
        from ..models.resource_reference import ResourceReference

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        level = d.pop("level")

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _refs = d.pop("refs", UNSET)
        refs: list[ResourceReference] | Unset = UNSET
        if _refs is not UNSET:
            refs = []
            for refs_item_data in _refs:
                refs_item = ResourceReference.from_dict(refs_item_data)

                refs.append(refs_item)

        _data = d.pop("data", UNSET)
        data: EventData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = EventData.from_dict(_data)

        asset_ref = d.pop("assetRef", UNSET)

        asset_refname = d.pop("assetRef$name", UNSET)

        alert_ref = d.pop("alertRef", UNSET)

        ts_ref = d.pop("tsRef", UNSET)

        event_ref = d.pop("eventRef", UNSET)

        cause = d.pop("cause", UNSET)

        group = d.pop("group", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        event = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            level=level,
            id=id,
            description=description,
            tags=tags,
            refs=refs,
            data=data,
            asset_ref=asset_ref,
            asset_refname=asset_refname,
            alert_ref=alert_ref,
            ts_ref=ts_ref,
            event_ref=event_ref,
            cause=cause,
            group=group,
            owner=owner,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        event.additional_properties = d
        return event

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
