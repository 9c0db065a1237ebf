from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="OntologyUsagesRequestOntologyRequest")


@_attrs_define
class OntologyUsagesRequestOntologyRequest:
    """
    Attributes:
        disciplines (list[str] | Unset):
        parameter_usages (list[str] | Unset):
    """

    disciplines: list[str] | Unset = UNSET
    parameter_usages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        disciplines: list[str] | Unset = UNSET
        if not isinstance(self.disciplines, Unset):
            disciplines = self.disciplines

        parameter_usages: list[str] | Unset = UNSET
        if not isinstance(self.parameter_usages, Unset):
            parameter_usages = self.parameter_usages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disciplines is not UNSET:
            field_dict["disciplines"] = disciplines
        if parameter_usages is not UNSET:
            field_dict["parameter_usages"] = parameter_usages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        disciplines = cast(list[str], d.pop("disciplines", UNSET))

        parameter_usages = cast(list[str], d.pop("parameter_usages", UNSET))

        ontology_usages_request_ontology_request = cls(
            disciplines=disciplines,
            parameter_usages=parameter_usages,
        )

        ontology_usages_request_ontology_request.additional_properties = d
        return ontology_usages_request_ontology_request

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
