from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_options_sort_item import SearchOptionsSortItem


T = TypeVar("T", bound="SearchOptions")


@_attrs_define
class SearchOptions:
    """
    Attributes:
        query (str):
        sort (list[SearchOptionsSortItem] | Unset):
        limit (int | Unset):
        offset (int | Unset):
        track_total (bool | Unset):
        result_fields (list[str] | Unset):
        search_fields (list[str] | Unset):
    """

    query: str
    sort: list[SearchOptionsSortItem] | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    track_total: bool | Unset = UNSET
    result_fields: list[str] | Unset = UNSET
    search_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        limit = self.limit

        offset = self.offset

        track_total = self.track_total

        result_fields: list[str] | Unset = UNSET
        if not isinstance(self.result_fields, Unset):
            result_fields = self.result_fields

        search_fields: list[str] | Unset = UNSET
        if not isinstance(self.search_fields, Unset):
            search_fields = self.search_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if track_total is not UNSET:
            field_dict["trackTotal"] = track_total
        if result_fields is not UNSET:
            field_dict["resultFields"] = result_fields
        if search_fields is not UNSET:
            field_dict["searchFields"] = search_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_options_sort_item import SearchOptionsSortItem

        d = dict(src_dict)
        query = d.pop("query")

        _sort = d.pop("sort", UNSET)
        sort: list[SearchOptionsSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = SearchOptionsSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        track_total = d.pop("trackTotal", UNSET)

        result_fields = cast(list[str], d.pop("resultFields", UNSET))

        search_fields = cast(list[str], d.pop("searchFields", UNSET))

        search_options = cls(
            query=query,
            sort=sort,
            limit=limit,
            offset=offset,
            track_total=track_total,
            result_fields=result_fields,
            search_fields=search_fields,
        )

        search_options.additional_properties = d
        return search_options

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
