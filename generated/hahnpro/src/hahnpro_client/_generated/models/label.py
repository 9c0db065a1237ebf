from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.author import Author
    from ..models.owner import Owner


T = TypeVar("T", bound="Label")


@_attrs_define
class Label:
    """
    Attributes:
        name (str):
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        color (str | Unset): blue, green, indigo, pink, purple, red, teal or yellow.
        read_permissions (list[str] | Unset): Realm role names; you may only set roles you hold.
        owner (Owner | Unset):
        created_by (Author | Unset):
        updated_by (Author | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    name: str
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    color: str | Unset = UNSET
    read_permissions: list[str] | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_by: Author | Unset = UNSET
    updated_by: Author | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        color = self.color

        read_permissions: list[str] | Unset = UNSET
        if not isinstance(self.read_permissions, Unset):
            read_permissions = self.read_permissions

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if color is not UNSET:
            field_dict["color"] = color
        if read_permissions is not UNSET:
            field_dict["readPermissions"] = read_permissions
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.author import Author
        from ..models.owner import Owner

        d = dict(src_dict)
        name = d.pop("name")

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        color = d.pop("color", UNSET)

        read_permissions = cast(list[str], d.pop("readPermissions", UNSET))

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

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        label = cls(
            name=name,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            color=color,
            read_permissions=read_permissions,
            owner=owner,
            created_by=created_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        label.additional_properties = d
        return label

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
