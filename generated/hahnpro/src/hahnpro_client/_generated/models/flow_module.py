from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.storage import Storage


T = TypeVar("T", bound="FlowModule")


@_attrs_define
class FlowModule:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        artifacts (list[Storage] | Unset):
        author (str | Unset):
        tags (list[str] | Unset):
        functions (list[str] | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    artifacts: list[Storage] | Unset = UNSET
    author: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    functions: list[str] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        author = self.author

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        functions: list[str] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = self.functions

        created_at = self.created_at

        updated_at = self.updated_at

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
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if author is not UNSET:
            field_dict["author"] = author
        if tags is not UNSET:
            field_dict["tags"] = tags
        if functions is not UNSET:
            field_dict["functions"] = functions
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage import Storage

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[Storage] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = Storage.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        author = d.pop("author", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        functions = cast(list[str], d.pop("functions", UNSET))

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        flow_module = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            artifacts=artifacts,
            author=author,
            tags=tags,
            functions=functions,
            created_at=created_at,
            updated_at=updated_at,
        )

        flow_module.additional_properties = d
        return flow_module

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
