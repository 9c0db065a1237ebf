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
    from ..models.content_analysis import ContentAnalysis
    from ..models.owner import Owner
    from ..models.storage import Storage


T = TypeVar("T", bound="Content")


@_attrs_define
class Content:
    """A file's metadata; the bytes are downloaded separately.

    Attributes:
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        file_id (str | Unset):
        filename (str | Unset):
        description (str | Unset):
        mimetype (str | Unset):
        size (float | Unset):
        tags (list[str] | Unset):
        assets (list[str] | Unset): Ids of the assets the content is attached to.
        files (list[Storage] | Unset):
        analysis (ContentAnalysis | str | Unset): An analysis id, or the analysis when populated.
        owner (Owner | Unset):
        created_by (Author | Unset):
        updated_by (Author | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    description: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    size: float | Unset = UNSET
    tags: list[str] | Unset = UNSET
    assets: list[str] | Unset = UNSET
    files: list[Storage] | Unset = UNSET
    analysis: ContentAnalysis | str | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_by: Author | Unset = UNSET
    updated_by: Author | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_analysis import ContentAnalysis

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        file_id = self.file_id

        filename = self.filename

        description = self.description

        mimetype = self.mimetype

        size = self.size

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        assets: list[str] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        analysis: dict[str, Any] | str | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, ContentAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

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
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if description is not UNSET:
            field_dict["description"] = description
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if size is not UNSET:
            field_dict["size"] = size
        if tags is not UNSET:
            field_dict["tags"] = tags
        if assets is not UNSET:
            field_dict["assets"] = assets
        if files is not UNSET:
            field_dict["files"] = files
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
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
        from ..models.content_analysis import ContentAnalysis
        from ..models.owner import Owner
        from ..models.storage import Storage

        d = dict(src_dict)
        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        file_id = d.pop("fileId", UNSET)

        filename = d.pop("filename", UNSET)

        description = d.pop("description", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        size = d.pop("size", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        assets = cast(list[str], d.pop("assets", UNSET))

        _files = d.pop("files", UNSET)
        files: list[Storage] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = Storage.from_dict(files_item_data)

                files.append(files_item)

        def _parse_analysis(data: object) -> ContentAnalysis | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_1 = ContentAnalysis.from_dict(data)

                return analysis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContentAnalysis | str | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

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

        content = cls(
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            file_id=file_id,
            filename=filename,
            description=description,
            mimetype=mimetype,
            size=size,
            tags=tags,
            assets=assets,
            files=files,
            analysis=analysis,
            owner=owner,
            created_by=created_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        content.additional_properties = d
        return content

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
