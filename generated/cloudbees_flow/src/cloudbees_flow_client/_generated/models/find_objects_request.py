from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.sort import Sort


T = TypeVar("T", bound="FindObjectsRequest")


@_attrs_define
class FindObjectsRequest:
    """
    Attributes:
        object_type (str): job, flowRuntime, release, artifactVersion, ...
        filter_ (list[Filter] | Unset):
        sort (list[Sort] | Unset):
        max_ids (int | Unset):
        num_objects (int | Unset):
    """

    object_type: str
    filter_: list[Filter] | Unset = UNSET
    sort: list[Sort] | Unset = UNSET
    max_ids: int | Unset = UNSET
    num_objects: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type

        filter_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = []
            for filter_item_data in self.filter_:
                filter_item = filter_item_data.to_dict()
                filter_.append(filter_item)

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        max_ids = self.max_ids

        num_objects = self.num_objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "objectType": object_type,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sort is not UNSET:
            field_dict["sort"] = sort
        if max_ids is not UNSET:
            field_dict["maxIds"] = max_ids
        if num_objects is not UNSET:
            field_dict["numObjects"] = num_objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.filter_ import Filter
        from ..models.sort import Sort

        d = dict(src_dict)
        object_type = d.pop("objectType")

        _filter_ = d.pop("filter", UNSET)
        filter_: list[Filter] | Unset = UNSET
        if _filter_ is not UNSET:
            filter_ = []
            for filter_item_data in _filter_:
                filter_item = Filter.from_dict(filter_item_data)

                filter_.append(filter_item)

        _sort = d.pop("sort", UNSET)
        sort: list[Sort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = Sort.from_dict(sort_item_data)

                sort.append(sort_item)

        max_ids = d.pop("maxIds", UNSET)

        num_objects = d.pop("numObjects", UNSET)

        find_objects_request = cls(
            object_type=object_type,
            filter_=filter_,
            sort=sort,
            max_ids=max_ids,
            num_objects=num_objects,
        )

        find_objects_request.additional_properties = d
        return find_objects_request

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
