from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_stream import DataStream
    from ..models.event_stream import EventStream


T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """
    Attributes:
        id (int | None): Null for the root on the first call against a new database.
        name (str):
        description (None | str):
        locked (bool): True for the root, and for a folder holding a locked data stream.
        updated_at (str):
        children (list[Folder]):
        streams (list[DataStream]):
        event_streams (list[EventStream]):
        active_data_streams (list[int] | Unset): Only on the root from `GET /folders.json`; ids of streams in use by
            modules.
    """

    id: int | None
    name: str
    description: None | str
    locked: bool
    updated_at: str
    children: list[Folder]
    streams: list[DataStream]
    event_streams: list[EventStream]
    active_data_streams: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        locked = self.locked

        updated_at = self.updated_at

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        streams = []
        for streams_item_data in self.streams:
            streams_item = streams_item_data.to_dict()
            streams.append(streams_item)

        event_streams = []
        for event_streams_item_data in self.event_streams:
            event_streams_item = event_streams_item_data.to_dict()
            event_streams.append(event_streams_item)

        active_data_streams: list[int] | Unset = UNSET
        if not isinstance(self.active_data_streams, Unset):
            active_data_streams = self.active_data_streams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "locked": locked,
                "updated_at": updated_at,
                "children": children,
                "streams": streams,
                "event_streams": event_streams,
            }
        )
        if active_data_streams is not UNSET:
            field_dict["active_data_streams"] = active_data_streams

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_stream import DataStream
        from ..models.event_stream import EventStream

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        locked = d.pop("locked")

        updated_at = d.pop("updated_at")

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = Folder.from_dict(children_item_data)

            children.append(children_item)

        streams = []
        _streams = d.pop("streams")
        for streams_item_data in _streams:
            streams_item = DataStream.from_dict(streams_item_data)

            streams.append(streams_item)

        event_streams = []
        _event_streams = d.pop("event_streams")
        for event_streams_item_data in _event_streams:
            event_streams_item = EventStream.from_dict(event_streams_item_data)

            event_streams.append(event_streams_item)

        active_data_streams = cast(list[int], d.pop("active_data_streams", UNSET))

        folder = cls(
            id=id,
            name=name,
            description=description,
            locked=locked,
            updated_at=updated_at,
            children=children,
            streams=streams,
            event_streams=event_streams,
            active_data_streams=active_data_streams,
        )

        folder.additional_properties = d
        return folder

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
