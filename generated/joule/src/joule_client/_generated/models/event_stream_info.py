from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

T = TypeVar("T", bound="EventStreamInfo")


@_attrs_define
class EventStreamInfo:
    """
    Attributes:
        start (int | None):
        end (int | None):
        event_count (int):
        bytes_ (int): Always 0.
        total_time (int):
    """

    start: int | None
    end: int | None
    event_count: int
    bytes_: int
    total_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        start: int | None
        start = self.start

        end: int | None
        end = self.end

        event_count = self.event_count

        bytes_ = self.bytes_

        total_time = self.total_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "event_count": event_count,
                "bytes": bytes_,
                "total_time": total_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_start(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_end(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end = _parse_end(d.pop("end"))

        event_count = d.pop("event_count")

        bytes_ = d.pop("bytes")

        total_time = d.pop("total_time")

        event_stream_info = cls(
            start=start,
            end=end,
            event_count=event_count,
            bytes_=bytes_,
            total_time=total_time,
        )

        event_stream_info.additional_properties = d
        return event_stream_info

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
