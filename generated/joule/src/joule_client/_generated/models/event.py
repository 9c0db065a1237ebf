from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.event_content import EventContent


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        id (int):
        event_stream_id (int):
        start_time (int):
        end_time (int):
        content (EventContent): The event's fields.
    """

    id: int
    event_stream_id: int
    start_time: int
    end_time: int
    content: EventContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_stream_id = self.event_stream_id

        start_time = self.start_time

        end_time = self.end_time

        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event_stream_id": event_stream_id,
                "start_time": start_time,
                "end_time": end_time,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_content import EventContent

        d = dict(src_dict)
        id = d.pop("id")

        event_stream_id = d.pop("event_stream_id")

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        content = EventContent.from_dict(d.pop("content"))

        event = cls(
            id=id,
            event_stream_id=event_stream_id,
            start_time=start_time,
            end_time=end_time,
            content=content,
        )

        event.additional_properties = d
        return event

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
