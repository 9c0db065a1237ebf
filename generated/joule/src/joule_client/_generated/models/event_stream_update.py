from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_fields import EventFields


T = TypeVar("T", bound="EventStreamUpdate")


@_attrs_define
class EventStreamUpdate:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        event_fields (EventFields | Unset): Field name to `string`, `numeric` or `category:["a","b"]`.
        chunk_duration_us (int | Unset):
        keep_us (int | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    event_fields: EventFields | Unset = UNSET
    chunk_duration_us: int | Unset = UNSET
    keep_us: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        event_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_fields, Unset):
            event_fields = self.event_fields.to_dict()

        chunk_duration_us = self.chunk_duration_us

        keep_us = self.keep_us

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if event_fields is not UNSET:
            field_dict["event_fields"] = event_fields
        if chunk_duration_us is not UNSET:
            field_dict["chunk_duration_us"] = chunk_duration_us
        if keep_us is not UNSET:
            field_dict["keep_us"] = keep_us

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_fields import EventFields

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _event_fields = d.pop("event_fields", UNSET)
        event_fields: EventFields | Unset
        if isinstance(_event_fields, Unset):
            event_fields = UNSET
        else:
            event_fields = EventFields.from_dict(_event_fields)

        chunk_duration_us = d.pop("chunk_duration_us", UNSET)

        keep_us = d.pop("keep_us", UNSET)

        event_stream_update = cls(
            name=name,
            description=description,
            event_fields=event_fields,
            chunk_duration_us=chunk_duration_us,
            keep_us=keep_us,
        )

        event_stream_update.additional_properties = d
        return event_stream_update

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
