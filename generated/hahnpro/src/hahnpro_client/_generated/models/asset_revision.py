from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.asset_type import AssetType
    from ..models.author import Author
    from ..models.owner import Owner


T = TypeVar("T", bound="AssetRevision")


@_attrs_define
class AssetRevision:
    """
    Attributes:
        name (str):
        type_ (AssetType | str): The asset type's id, or the asset type with `populate=type`.
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        external_key (str | Unset):
        typename (str | Unset): Read-only; the asset type's name, filled in by the server.
        parent (Asset | str | Unset): The parent asset's id, or the parent asset with `populate=parent`.
        parentname (str | Unset): Read-only; the parent asset's name, filled in by the server.
        ancestors (list[str] | Unset):
        tags (list[str] | Unset):
        relations (list[Any] | Unset):
        data (Any | Unset): Free JSON, described by the asset type's `typeSchema`.
        image (str | Unset):
        attachments (list[str] | Unset): Content ids.
        notification_endpoints (list[str] | Unset):
        aliases (list[str] | Unset):
        translation_id (str | Unset):
        author (str | Unset):
        revision (float | Unset):
        owner (Owner | Unset):
        created_by (Author | Unset):
        updated_by (Author | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
        original_id (str | Unset): The id of the current asset this revision belongs to.
    """

    name: str
    type_: AssetType | str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    external_key: str | Unset = UNSET
    typename: str | Unset = UNSET
    parent: Asset | str | Unset = UNSET
    parentname: str | Unset = UNSET
    ancestors: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    relations: list[Any] | Unset = UNSET
    data: Any | Unset = UNSET
    image: str | Unset = UNSET
    attachments: list[str] | Unset = UNSET
    notification_endpoints: list[str] | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    translation_id: str | Unset = UNSET
    author: str | Unset = UNSET
    revision: float | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_by: Author | Unset = UNSET
    updated_by: Author | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    original_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset import Asset
        from ..models.asset_type import AssetType

        name = self.name

        type_: dict[str, Any] | str
        if isinstance(self.type_, AssetType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        external_key = self.external_key

        typename = self.typename

        parent: dict[str, Any] | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Asset):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        parentname = self.parentname

        ancestors: list[str] | Unset = UNSET
        if not isinstance(self.ancestors, Unset):
            ancestors = self.ancestors

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        relations: list[Any] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = self.relations

        data = self.data

        image = self.image

        attachments: list[str] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        notification_endpoints: list[str] | Unset = UNSET
        if not isinstance(self.notification_endpoints, Unset):
            notification_endpoints = self.notification_endpoints

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        translation_id = self.translation_id

        author = self.author

        revision = self.revision

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

        original_id = self.original_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if external_key is not UNSET:
            field_dict["externalKey"] = external_key
        if typename is not UNSET:
            field_dict["type$name"] = typename
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parentname is not UNSET:
            field_dict["parent$name"] = parentname
        if ancestors is not UNSET:
            field_dict["ancestors"] = ancestors
        if tags is not UNSET:
            field_dict["tags"] = tags
        if relations is not UNSET:
            field_dict["relations"] = relations
        if data is not UNSET:
            field_dict["data"] = data
        if image is not UNSET:
            field_dict["image"] = image
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if notification_endpoints is not UNSET:
            field_dict["notificationEndpoints"] = notification_endpoints
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if translation_id is not UNSET:
            field_dict["translationId"] = translation_id
        if author is not UNSET:
            field_dict["author"] = author
        if revision is not UNSET:
            field_dict["revision"] = revision
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
        if original_id is not UNSET:
            field_dict["originalId"] = original_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset import Asset
        from ..models.asset_type import AssetType
        from ..models.author import Author
        from ..models.owner import Owner

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_type_(data: object) -> AssetType | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_1 = AssetType.from_dict(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetType | str, data)

        type_ = _parse_type_(d.pop("type"))

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        external_key = d.pop("externalKey", UNSET)

        typename = d.pop("type$name", UNSET)

        def _parse_parent(data: object) -> Asset | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = Asset.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Asset | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        parentname = d.pop("parent$name", UNSET)

        ancestors = cast(list[str], d.pop("ancestors", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        relations = cast(list[Any], d.pop("relations", UNSET))

        data = d.pop("data", UNSET)

        image = d.pop("image", UNSET)

        attachments = cast(list[str], d.pop("attachments", UNSET))

        notification_endpoints = cast(list[str], d.pop("notificationEndpoints", UNSET))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        translation_id = d.pop("translationId", UNSET)

        author = d.pop("author", UNSET)

        revision = d.pop("revision", UNSET)

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

        original_id = d.pop("originalId", UNSET)

        asset_revision = cls(
            name=name,
            type_=type_,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            external_key=external_key,
            typename=typename,
            parent=parent,
            parentname=parentname,
            ancestors=ancestors,
            tags=tags,
            relations=relations,
            data=data,
            image=image,
            attachments=attachments,
            notification_endpoints=notification_endpoints,
            aliases=aliases,
            translation_id=translation_id,
            author=author,
            revision=revision,
            owner=owner,
            created_by=created_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            original_id=original_id,
        )

        asset_revision.additional_properties = d
        return asset_revision

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
