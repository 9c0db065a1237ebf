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


T = TypeVar("T", bound="RecordMeta")


@_attrs_define
class RecordMeta:
    """`{schema}` on GET-one answers; `{}` on create, update and delete answers.

    Attributes:
        schema (QuerySchema | Unset): The server's machine-readable query allow-list: `{name, strict,
            fields:{default,allowed}, filters:{allowed}, pagination:{maxLimit}, relations:{allowed},
            sorts:{allowed,default}}`. `null` means not declared, `[]` nothing allowed. GET-one answers describe only
            `fields` and `relations`.
    """

    schema: QuerySchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.query_schema import QuerySchema

        d = dict(src_dict)
        _schema = d.pop("schema", UNSET)
        schema: QuerySchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = QuerySchema.from_dict(_schema)

        record_meta = cls(
            schema=schema,
        )

        record_meta.additional_properties = d
        return record_meta

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
