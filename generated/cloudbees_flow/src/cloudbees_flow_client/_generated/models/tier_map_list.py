from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tier_map import TierMap


T = TypeVar("T", bound="TierMapList")


@_attrs_define
class TierMapList:
    """
    Attributes:
        tier_map (list[TierMap] | TierMap | Unset):
    """

    tier_map: list[TierMap] | TierMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tier_map import TierMap

        tier_map: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.tier_map, Unset):
            tier_map = UNSET
        elif isinstance(self.tier_map, TierMap):
            tier_map = self.tier_map.to_dict()
        else:
            tier_map = []
            for tier_map_type_1_item_data in self.tier_map:
                tier_map_type_1_item = tier_map_type_1_item_data.to_dict()
                tier_map.append(tier_map_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tier_map is not UNSET:
            field_dict["tierMap"] = tier_map

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tier_map import TierMap

        d = dict(src_dict)

        def _parse_tier_map(data: object) -> list[TierMap] | TierMap | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tier_map_type_0 = TierMap.from_dict(data)

                return tier_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            tier_map_type_1 = []
            _tier_map_type_1 = data
            for tier_map_type_1_item_data in _tier_map_type_1:
                tier_map_type_1_item = TierMap.from_dict(tier_map_type_1_item_data)

                tier_map_type_1.append(tier_map_type_1_item)

            return tier_map_type_1

        tier_map = _parse_tier_map(d.pop("tierMap", UNSET))

        tier_map_list = cls(
            tier_map=tier_map,
        )

        tier_map_list.additional_properties = d
        return tier_map_list

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
