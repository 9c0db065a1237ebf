from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.record_meta import RecordMeta
    from ..models.role import Role


T = TypeVar("T", bound="RoleRecord")


@_attrs_define
class RoleRecord:
    """One Role record.

    Attributes:
        data (Role): A role: a named set of permissions. Relations (`realm`) are present only when asked for with
            `include`.
        meta (RecordMeta): `{schema}` on GET-one answers; `{}` on create, update and delete answers.
    """

    data: Role
    meta: RecordMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.record_meta import RecordMeta
        from ..models.role import Role

        d = dict(src_dict)
        data = Role.from_dict(d.pop("data"))

        meta = RecordMeta.from_dict(d.pop("meta"))

        role_record = cls(
            data=data,
            meta=meta,
        )

        role_record.additional_properties = d
        return role_record

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
