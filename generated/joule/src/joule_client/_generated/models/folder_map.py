from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.folder_map_data_stream_element_map import (
        FolderMapDataStreamElementMap,
    )


T = TypeVar("T", bound="FolderMap")


@_attrs_define
class FolderMap:
    """
    Attributes:
        node_uuid (str):
        event_stream_ids (list[int]):
        data_stream_ids (list[int]):
        data_element_ids (list[int]):
        folder_ids (list[int]):
        data_stream_element_map (FolderMapDataStreamElementMap): Element id (as a string) to its stream's id.
    """

    node_uuid: str
    event_stream_ids: list[int]
    data_stream_ids: list[int]
    data_element_ids: list[int]
    folder_ids: list[int]
    data_stream_element_map: FolderMapDataStreamElementMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        node_uuid = self.node_uuid

        event_stream_ids = self.event_stream_ids

        data_stream_ids = self.data_stream_ids

        data_element_ids = self.data_element_ids

        folder_ids = self.folder_ids

        data_stream_element_map = self.data_stream_element_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_uuid": node_uuid,
                "event_stream_ids": event_stream_ids,
                "data_stream_ids": data_stream_ids,
                "data_element_ids": data_element_ids,
                "folder_ids": folder_ids,
                "data_stream_element_map": data_stream_element_map,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.folder_map_data_stream_element_map import (
            FolderMapDataStreamElementMap,
        )

        d = dict(src_dict)
        node_uuid = d.pop("node_uuid")

        event_stream_ids = cast(list[int], d.pop("event_stream_ids"))

        data_stream_ids = cast(list[int], d.pop("data_stream_ids"))

        data_element_ids = cast(list[int], d.pop("data_element_ids"))

        folder_ids = cast(list[int], d.pop("folder_ids"))

        data_stream_element_map = FolderMapDataStreamElementMap.from_dict(d.pop("data_stream_element_map"))

        folder_map = cls(
            node_uuid=node_uuid,
            event_stream_ids=event_stream_ids,
            data_stream_ids=data_stream_ids,
            data_element_ids=data_element_ids,
            folder_ids=folder_ids,
            data_stream_element_map=data_stream_element_map,
        )

        folder_map.additional_properties = d
        return folder_map

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
