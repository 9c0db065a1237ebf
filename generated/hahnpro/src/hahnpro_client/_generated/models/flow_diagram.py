from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowDiagram")


@_attrs_define
class FlowDiagram:
    """
    Attributes:
        id (str | Unset):
        flow (str | Unset):
        json (str | Unset): The diagram, as a JSON document in a string.
        author (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    id: str | Unset = UNSET
    flow: str | Unset = UNSET
    json: str | Unset = UNSET
    author: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        flow = self.flow

        json = self.json

        author = self.author

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if flow is not UNSET:
            field_dict["flow"] = flow
        if json is not UNSET:
            field_dict["json"] = json
        if author is not UNSET:
            field_dict["author"] = author
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        flow = d.pop("flow", UNSET)

        json = d.pop("json", UNSET)

        author = d.pop("author", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        flow_diagram = cls(
            id=id,
            flow=flow,
            json=json,
            author=author,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        flow_diagram.additional_properties = d
        return flow_diagram

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
