from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Storage")


@_attrs_define
class Storage:
    """
    Attributes:
        id (str | Unset):
        filename (str | Unset):
        mimetype (str | Unset):
        size (float | Unset):
        created_at (str | Unset):
        provider (str | Unset): `s3` or `mongo`.
        type_ (str | Unset): original, preview-sm, preview-md, preview-lg or preview-xl.
        md5 (str | Unset):
    """

    id: str | Unset = UNSET
    filename: str | Unset = UNSET
    mimetype: str | Unset = UNSET
    size: float | Unset = UNSET
    created_at: str | Unset = UNSET
    provider: str | Unset = UNSET
    type_: str | Unset = UNSET
    md5: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        mimetype = self.mimetype

        size = self.size

        created_at = self.created_at

        provider = self.provider

        type_ = self.type_

        md5 = self.md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if mimetype is not UNSET:
            field_dict["mimetype"] = mimetype
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if provider is not UNSET:
            field_dict["provider"] = provider
        if type_ is not UNSET:
            field_dict["type"] = type_
        if md5 is not UNSET:
            field_dict["md5"] = md5

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        filename = d.pop("filename", UNSET)

        mimetype = d.pop("mimetype", UNSET)

        size = d.pop("size", UNSET)

        created_at = d.pop("createdAt", UNSET)

        provider = d.pop("provider", UNSET)

        type_ = d.pop("type", UNSET)

        md5 = d.pop("md5", UNSET)

        storage = cls(
            id=id,
            filename=filename,
            mimetype=mimetype,
            size=size,
            created_at=created_at,
            provider=provider,
            type_=type_,
            md5=md5,
        )

        storage.additional_properties = d
        return storage

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
