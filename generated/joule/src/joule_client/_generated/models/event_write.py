from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_content import EventContent


T = TypeVar("T", bound="EventWrite")


@_attrs_define
class EventWrite:
    """
    Attributes:
        event_stream_id (int | None): The key is required; null inserts a new event.
        start_time (int):
        end_time (int):
        content (EventContent): The event's fields.
        id (int | None | Unset): An existing event's id to update it; null or left out to insert.
    """

    event_stream_id: int | None
    start_time: int
    end_time: int
    content: EventContent
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        event_stream_id: int | None
        event_stream_id = self.event_stream_id

        start_time = self.start_time

        end_time = self.end_time

        content = self.content.to_dict()

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_stream_id": event_stream_id,
                "start_time": start_time,
                "end_time": end_time,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_content import EventContent

        d = dict(src_dict)

        def _parse_event_stream_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        event_stream_id = _parse_event_stream_id(d.pop("event_stream_id"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        content = EventContent.from_dict(d.pop("content"))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        event_write = cls(
            event_stream_id=event_stream_id,
            start_time=start_time,
            end_time=end_time,
            content=content,
            id=id,
        )

        event_write.additional_properties = d
        return event_write

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
