from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_stream_create import EventStreamCreate


T = TypeVar("T", bound="EventStreamCreateRequest")


@_attrs_define
class EventStreamCreateRequest:
    """
    Attributes:
        stream (EventStreamCreate): Every key is required; `id` is ignored.
        dest_id (int | Unset):
        dest_path (str | Unset):
    """

    stream: EventStreamCreate
    dest_id: int | Unset = UNSET
    dest_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream.to_dict()

        dest_id = self.dest_id

        dest_path = self.dest_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream": stream,
            }
        )
        if dest_id is not UNSET:
            field_dict["dest_id"] = dest_id
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_stream_create import EventStreamCreate

        d = dict(src_dict)
        stream = EventStreamCreate.from_dict(d.pop("stream"))

        dest_id = d.pop("dest_id", UNSET)

        dest_path = d.pop("dest_path", UNSET)

        event_stream_create_request = cls(
            stream=stream,
            dest_id=dest_id,
            dest_path=dest_path,
        )

        event_stream_create_request.additional_properties = d
        return event_stream_create_request

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
