from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form import FreeForm


T = TypeVar("T", bound="OntologyUsages")


@_attrs_define
class OntologyUsages:
    """
    Attributes:
        parameter_usages (FreeForm | Unset):
        disciplines (FreeForm | Unset):
    """

    parameter_usages: FreeForm | Unset = UNSET
    disciplines: FreeForm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        parameter_usages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameter_usages, Unset):
            parameter_usages = self.parameter_usages.to_dict()

        disciplines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disciplines, Unset):
            disciplines = self.disciplines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameter_usages is not UNSET:
            field_dict["parameter_usages"] = parameter_usages
        if disciplines is not UNSET:
            field_dict["disciplines"] = disciplines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.free_form import FreeForm

        d = dict(src_dict)
        _parameter_usages = d.pop("parameter_usages", UNSET)
        parameter_usages: FreeForm | Unset
        if isinstance(_parameter_usages, Unset):
            parameter_usages = UNSET
        else:
            parameter_usages = FreeForm.from_dict(_parameter_usages)

        _disciplines = d.pop("disciplines", UNSET)
        disciplines: FreeForm | Unset
        if isinstance(_disciplines, Unset):
            disciplines = UNSET
        else:
            disciplines = FreeForm.from_dict(_disciplines)

        ontology_usages = cls(
            parameter_usages=parameter_usages,
            disciplines=disciplines,
        )

        ontology_usages.additional_properties = d
        return ontology_usages

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
