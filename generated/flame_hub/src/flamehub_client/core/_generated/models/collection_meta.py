from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_schema import QuerySchema


T = TypeVar("T", bound="CollectionMeta")


@_attrs_define
class CollectionMeta:
    """
    Attributes:
        total (int): How many records match, over all pages.
        limit (int | Unset): Absent when no pagination was applied.
        offset (int | Unset):
        schema (QuerySchema | Unset): The server's machine-readable query allow-list: `{name, strict,
            fields:{default,allowed}, filters:{allowed}, pagination:{maxLimit}, relations:{allowed},
            sorts:{allowed,default}}`. `null` means not declared, `[]` nothing allowed. GET-one answers describe only
            `fields` and `relations`.
    """

    total: int
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    schema: QuerySchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        limit = self.limit

        offset = self.offset

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.query_schema import QuerySchema

        d = dict(src_dict)
        total = d.pop("total")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: QuerySchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = QuerySchema.from_dict(_schema)

        collection_meta = cls(
            total=total,
            limit=limit,
            offset=offset,
            schema=schema,
        )

        collection_meta.additional_properties = d
        return collection_meta

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
