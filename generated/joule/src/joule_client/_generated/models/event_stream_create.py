from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.event_fields import EventFields


T = TypeVar("T", bound="EventStreamCreate")


@_attrs_define
class EventStreamCreate:
    """Every key is required; `id` is ignored.

    Attributes:
        id (int | None):
        name (str):
        description (str):
        event_fields (EventFields): Field name to `string`, `numeric` or `category:["a","b"]`.
        chunk_duration_us (int): Above 0 the event table is a hypertable with chunks this long; 0 means a plain table.
        keep_us (int):
    """

    id: int | None
    name: str
    description: str
    event_fields: EventFields
    chunk_duration_us: int
    keep_us: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        name = self.name

        description = self.description

        event_fields = self.event_fields.to_dict()

        chunk_duration_us = self.chunk_duration_us

        keep_us = self.keep_us

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "event_fields": event_fields,
                "chunk_duration_us": chunk_duration_us,
                "keep_us": keep_us,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_fields import EventFields

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        event_fields = EventFields.from_dict(d.pop("event_fields"))

        chunk_duration_us = d.pop("chunk_duration_us")

        keep_us = d.pop("keep_us")

        event_stream_create = cls(
            id=id,
            name=name,
            description=description,
            event_fields=event_fields,
            chunk_duration_us=chunk_duration_us,
            keep_us=keep_us,
        )

        event_stream_create.additional_properties = d
        return event_stream_create

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
