from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.ontology_usages_request_ontology_request import (
        OntologyUsagesRequestOntologyRequest,
    )


T = TypeVar("T", bound="OntologyUsagesRequest")


@_attrs_define
class OntologyUsagesRequest:
    """
    Attributes:
        ontology_request (OntologyUsagesRequestOntologyRequest):
    """

    ontology_request: OntologyUsagesRequestOntologyRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        ontology_request = self.ontology_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ontology_request": ontology_request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ontology_usages_request_ontology_request import (
            OntologyUsagesRequestOntologyRequest,
        )

        d = dict(src_dict)
        ontology_request = OntologyUsagesRequestOntologyRequest.from_dict(d.pop("ontology_request"))

        ontology_usages_request = cls(
            ontology_request=ontology_request,
        )

        ontology_usages_request.additional_properties = d
        return ontology_usages_request

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
