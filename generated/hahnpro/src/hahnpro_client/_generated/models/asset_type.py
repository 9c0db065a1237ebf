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
    from ..models.template import Template


T = TypeVar("T", bound="AssetType")


@_attrs_define
class AssetType:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        tags (list[str] | Unset):
        allowed_parents (list[str] | Unset):
        allowed_parentname (str | Unset): Read-only display name, filled in by the server.
        supertype (str | Unset):
        supertypename (str | Unset): Read-only display name, filled in by the server.
        type_schema (Any | Unset): A JSON schema for the `data` of assets of this type.
        ui_schema (Any | Unset):
        author (str | Unset):
        revision (float | Unset):
        templates (list[str | Template] | Unset): Template ids, or templates when populated.
        owner (Owner | Unset):
        created_by (Author | Unset):
        updated_by (Author | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    allowed_parents: list[str] | Unset = UNSET
    allowed_parentname: str | Unset = UNSET
    supertype: str | Unset = UNSET
    supertypename: str | Unset = UNSET
    type_schema: Any | Unset = UNSET
    ui_schema: Any | Unset = UNSET
    author: str | Unset = UNSET
    revision: float | Unset = UNSET
    templates: list[str | Template] | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_by: Author | Unset = UNSET
    updated_by: Author | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template import Template

        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        allowed_parents: list[str] | Unset = UNSET
        if not isinstance(self.allowed_parents, Unset):
            allowed_parents = self.allowed_parents

        allowed_parentname = self.allowed_parentname

        supertype = self.supertype

        supertypename = self.supertypename

        type_schema = self.type_schema

        ui_schema = self.ui_schema

        author = self.author

        revision = self.revision

        templates: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.templates, Unset):
            templates = []
            for templates_item_data in self.templates:
                templates_item: dict[str, Any] | str
                if isinstance(templates_item_data, Template):
                    templates_item = templates_item_data.to_dict()
                else:
                    templates_item = templates_item_data
                templates.append(templates_item)

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

        deleted_at = self.deleted_at

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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if allowed_parents is not UNSET:
            field_dict["allowedParents"] = allowed_parents
        if allowed_parentname is not UNSET:
            field_dict["allowedParent$name"] = allowed_parentname
        if supertype is not UNSET:
            field_dict["supertype"] = supertype
        if supertypename is not UNSET:
            field_dict["supertype$name"] = supertypename
        if type_schema is not UNSET:
            field_dict["typeSchema"] = type_schema
        if ui_schema is not UNSET:
            field_dict["uiSchema"] = ui_schema
        if author is not UNSET:
            field_dict["author"] = author
        if revision is not UNSET:
            field_dict["revision"] = revision
        if templates is not UNSET:
            field_dict["templates"] = templates
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
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.author import Author
        from ..models.owner import Owner
        from ..models.template import Template

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        allowed_parents = cast(list[str], d.pop("allowedParents", UNSET))

        allowed_parentname = d.pop("allowedParent$name", UNSET)

        supertype = d.pop("supertype", UNSET)

        supertypename = d.pop("supertype$name", UNSET)

        type_schema = d.pop("typeSchema", UNSET)

        ui_schema = d.pop("uiSchema", UNSET)

        author = d.pop("author", UNSET)

        revision = d.pop("revision", UNSET)

        _templates = d.pop("templates", UNSET)
        templates: list[str | Template] | Unset = UNSET
        if _templates is not UNSET:
            templates = []
            for templates_item_data in _templates:

                def _parse_templates_item(data: object) -> str | Template:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        templates_item_type_1 = Template.from_dict(data)

                        return templates_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | Template, data)

                templates_item = _parse_templates_item(templates_item_data)

                templates.append(templates_item)

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

        deleted_at = d.pop("deletedAt", UNSET)

        asset_type = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            tags=tags,
            allowed_parents=allowed_parents,
            allowed_parentname=allowed_parentname,
            supertype=supertype,
            supertypename=supertypename,
            type_schema=type_schema,
            ui_schema=ui_schema,
            author=author,
            revision=revision,
            templates=templates,
            owner=owner,
            created_by=created_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        asset_type.additional_properties = d
        return asset_type

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
