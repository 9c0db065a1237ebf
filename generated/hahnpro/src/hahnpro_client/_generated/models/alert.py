from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition
    from ..models.alert_ts_refs_item import AlertTsRefsItem
    from ..models.author import Author
    from ..models.owner import Owner


T = TypeVar("T", bound="Alert")


@_attrs_define
class Alert:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        ts_refs (list[AlertTsRefsItem] | Unset):
        status (str | Unset):
        condition (AlertCondition | Unset):
        message_tmpl (str | Unset):
        tags (list[str] | Unset):
        owner (Owner | Unset):
        created_by (Author | Unset):
        updated_by (Author | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    ts_refs: list[AlertTsRefsItem] | Unset = UNSET
    status: str | Unset = UNSET
    condition: AlertCondition | Unset = UNSET
    message_tmpl: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_by: Author | Unset = UNSET
    updated_by: Author | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        ts_refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ts_refs, Unset):
            ts_refs = []
            for ts_refs_item_data in self.ts_refs:
                ts_refs_item = ts_refs_item_data.to_dict()
                ts_refs.append(ts_refs_item)

        status = self.status

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        message_tmpl = self.message_tmpl

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if ts_refs is not UNSET:
            field_dict["tsRefs"] = ts_refs
        if status is not UNSET:
            field_dict["status"] = status
        if condition is not UNSET:
            field_dict["condition"] = condition
        if message_tmpl is not UNSET:
            field_dict["messageTmpl"] = message_tmpl
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_condition import AlertCondition
        from ..models.alert_ts_refs_item import AlertTsRefsItem
        from ..models.author import Author
        from ..models.owner import Owner

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _ts_refs = d.pop("tsRefs", UNSET)
        ts_refs: list[AlertTsRefsItem] | Unset = UNSET
        if _ts_refs is not UNSET:
            ts_refs = []
            for ts_refs_item_data in _ts_refs:
                ts_refs_item = AlertTsRefsItem.from_dict(ts_refs_item_data)

                ts_refs.append(ts_refs_item)

        status = d.pop("status", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: AlertCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = AlertCondition.from_dict(_condition)

        message_tmpl = d.pop("messageTmpl", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        _created_by = d.pop("createdBy", UNSET)
        created_by: Author | Unset
        if isinstance(_created_by, Unset):
            created_by = UNSET
        else:
            created_by = Author.from_dict(_created_by)

        _updated_by = d.pop("updatedBy", UNSET)
        updated_by: Author | Unset
        if isinstance(_updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = Author.from_dict(_updated_by)

        alert = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            ts_refs=ts_refs,
            status=status,
            condition=condition,
            message_tmpl=message_tmpl,
            tags=tags,
            owner=owner,
            created_by=created_by,
            updated_by=updated_by,
        )

        alert.additional_properties = d
        return alert

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
