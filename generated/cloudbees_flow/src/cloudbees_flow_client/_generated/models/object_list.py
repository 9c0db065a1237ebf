from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.found_object import FoundObject


T = TypeVar("T", bound="ObjectList")


@_attrs_define
class ObjectList:
    """
    Attributes:
        object_ (FoundObject | list[FoundObject] | Unset):
    """

    object_: FoundObject | list[FoundObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.found_object import FoundObject

        object_: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, FoundObject):
            object_ = self.object_.to_dict()
        else:
            object_ = []
            for object_type_1_item_data in self.object_:
                object_type_1_item = object_type_1_item_data.to_dict()
                object_.append(object_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.found_object import FoundObject

        d = dict(src_dict)

        def _parse_object_(data: object) -> FoundObject | list[FoundObject] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_type_0 = FoundObject.from_dict(data)

                return object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            object_type_1 = []
            _object_type_1 = data
            for object_type_1_item_data in _object_type_1:
                object_type_1_item = FoundObject.from_dict(object_type_1_item_data)

                object_type_1.append(object_type_1_item)

            return object_type_1

        object_ = _parse_object_(d.pop("object", UNSET))

        object_list = cls(
            object_=object_,
        )

        object_list.additional_properties = d
        return object_list

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
