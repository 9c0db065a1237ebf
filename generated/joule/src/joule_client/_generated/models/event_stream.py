from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_fields import EventFields
    from ..models.event_stream_info import EventStreamInfo


T = TypeVar("T", bound="EventStream")


@_attrs_define
class EventStream:
    """
    Attributes:
        id (int):
        name (str):
        description (None | str):
        event_fields (EventFields): Field name to `string`, `numeric` or `category:["a","b"]`.
        chunk_duration_us (int):
        keep_us (int):
        updated_at (str):
        data_info (EventStreamInfo | Unset):
    """

    id: int
    name: str
    description: None | str
    event_fields: EventFields
    chunk_duration_us: int
    keep_us: int
    updated_at: str
    data_info: EventStreamInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        event_fields = self.event_fields.to_dict()

        chunk_duration_us = self.chunk_duration_us

        keep_us = self.keep_us

        updated_at = self.updated_at

        data_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_info, Unset):
            data_info = self.data_info.to_dict()

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
                "updated_at": updated_at,
            }
        )
        if data_info is not UNSET:
            field_dict["data_info"] = data_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event_fields import EventFields
        from ..models.event_stream_info import EventStreamInfo

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        event_fields = EventFields.from_dict(d.pop("event_fields"))

        chunk_duration_us = d.pop("chunk_duration_us")

        keep_us = d.pop("keep_us")

        updated_at = d.pop("updated_at")

        _data_info = d.pop("data_info", UNSET)
        data_info: EventStreamInfo | Unset
        if isinstance(_data_info, Unset):
            data_info = UNSET
        else:
            data_info = EventStreamInfo.from_dict(_data_info)

        event_stream = cls(
            id=id,
            name=name,
            description=description,
            event_fields=event_fields,
            chunk_duration_us=chunk_duration_us,
            keep_us=keep_us,
            updated_at=updated_at,
            data_info=data_info,
        )

        event_stream.additional_properties = d
        return event_stream

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
