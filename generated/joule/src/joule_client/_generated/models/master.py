from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="Master")


@_attrs_define
class Master:
    """
    Attributes:
        id (int):
        name (str):
        type_ (str): `USER`, `JOULE_NODE` or `LUMEN_NODE`.
        grantor_id (int | None):
    """

    id: int
    name: str
    type_: str
    grantor_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        grantor_id: int | None
        grantor_id = self.grantor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "grantor_id": grantor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_grantor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        grantor_id = _parse_grantor_id(d.pop("grantor_id"))

        master = cls(
            id=id,
            name=name,
            type_=type_,
            grantor_id=grantor_id,
        )

        master.additional_properties = d
        return master

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
