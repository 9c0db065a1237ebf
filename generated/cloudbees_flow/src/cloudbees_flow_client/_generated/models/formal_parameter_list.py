from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.formal_parameter import FormalParameter


T = TypeVar("T", bound="FormalParameterList")


@_attrs_define
class FormalParameterList:
    """
    Attributes:
        formal_parameter (FormalParameter | list[FormalParameter] | Unset):
    """

    formal_parameter: FormalParameter | list[FormalParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.formal_parameter import FormalParameter

        formal_parameter: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.formal_parameter, Unset):
            formal_parameter = UNSET
        elif isinstance(self.formal_parameter, FormalParameter):
            formal_parameter = self.formal_parameter.to_dict()
        else:
            formal_parameter = []
            for formal_parameter_type_1_item_data in self.formal_parameter:
                formal_parameter_type_1_item = formal_parameter_type_1_item_data.to_dict()
                formal_parameter.append(formal_parameter_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formal_parameter is not UNSET:
            field_dict["formalParameter"] = formal_parameter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.formal_parameter import FormalParameter

        d = dict(src_dict)

        def _parse_formal_parameter(
            data: object,
        ) -> FormalParameter | list[FormalParameter] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                formal_parameter_type_0 = FormalParameter.from_dict(data)

                return formal_parameter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            formal_parameter_type_1 = []
            _formal_parameter_type_1 = data
            for formal_parameter_type_1_item_data in _formal_parameter_type_1:
                formal_parameter_type_1_item = FormalParameter.from_dict(formal_parameter_type_1_item_data)

                formal_parameter_type_1.append(formal_parameter_type_1_item)

            return formal_parameter_type_1

        formal_parameter = _parse_formal_parameter(d.pop("formalParameter", UNSET))

        formal_parameter_list = cls(
            formal_parameter=formal_parameter,
        )

        formal_parameter_list.additional_properties = d
        return formal_parameter_list

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
