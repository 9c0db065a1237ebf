from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ContentUpload")


@_attrs_define
class ContentUpload:
    """The multipart form of an upload. A list of roles goes as one text part per role; the form's other fields
    (tags, description) are not public.

        Attributes:
            file (File):
            read_permissions (str | Unset): A role; repeat the part for several.
            read_write_permissions (str | Unset): A role; repeat the part for several.
    """

    file: File
    read_permissions: str | Unset = UNSET
    read_write_permissions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if read_permissions is not UNSET:
            field_dict["readPermissions"] = read_permissions
        if read_write_permissions is not UNSET:
            field_dict["readWritePermissions"] = read_write_permissions

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.read_permissions, Unset):
            files.append(
                (
                    "readPermissions",
                    (None, str(self.read_permissions).encode(), "text/plain"),
                )
            )

        if not isinstance(self.read_write_permissions, Unset):
            files.append(
                (
                    "readWritePermissions",
                    (None, str(self.read_write_permissions).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        read_permissions = d.pop("readPermissions", UNSET)

        read_write_permissions = d.pop("readWritePermissions", UNSET)

        content_upload = cls(
            file=file,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
        )

        content_upload.additional_properties = d
        return content_upload

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
