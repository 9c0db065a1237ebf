from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveRequest")


@_attrs_define
class MoveRequest:
    """The source (`src_id` or `src_path`) and the destination folder (`dest_id` or `dest_path`).

    Attributes:
        src_id (int | Unset):
        src_path (str | Unset):
        dest_id (int | Unset):
        dest_path (str | Unset):
    """

    src_id: int | Unset = UNSET
    src_path: str | Unset = UNSET
    dest_id: int | Unset = UNSET
    dest_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        src_id = self.src_id

        src_path = self.src_path

        dest_id = self.dest_id

        dest_path = self.dest_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if src_id is not UNSET:
            field_dict["src_id"] = src_id
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if dest_id is not UNSET:
            field_dict["dest_id"] = dest_id
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        src_id = d.pop("src_id", UNSET)

        src_path = d.pop("src_path", UNSET)

        dest_id = d.pop("dest_id", UNSET)

        dest_path = d.pop("dest_path", UNSET)

        move_request = cls(
            src_id=src_id,
            src_path=src_path,
            dest_id=dest_id,
            dest_path=dest_path,
        )

        move_request.additional_properties = d
        return move_request

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
