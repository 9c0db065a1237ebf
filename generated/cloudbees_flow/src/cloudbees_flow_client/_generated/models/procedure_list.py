from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.procedure import Procedure


T = TypeVar("T", bound="ProcedureList")


@_attrs_define
class ProcedureList:
    """
    Attributes:
        procedure (list[Procedure] | Procedure | Unset):
    """

    procedure: list[Procedure] | Procedure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.procedure import Procedure

        procedure: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.procedure, Unset):
            procedure = UNSET
        elif isinstance(self.procedure, Procedure):
            procedure = self.procedure.to_dict()
        else:
            procedure = []
            for procedure_type_1_item_data in self.procedure:
                procedure_type_1_item = procedure_type_1_item_data.to_dict()
                procedure.append(procedure_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if procedure is not UNSET:
            field_dict["procedure"] = procedure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.procedure import Procedure

        d = dict(src_dict)

        def _parse_procedure(data: object) -> list[Procedure] | Procedure | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                procedure_type_0 = Procedure.from_dict(data)

                return procedure_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            procedure_type_1 = []
            _procedure_type_1 = data
            for procedure_type_1_item_data in _procedure_type_1:
                procedure_type_1_item = Procedure.from_dict(procedure_type_1_item_data)

                procedure_type_1.append(procedure_type_1_item)

            return procedure_type_1

        procedure = _parse_procedure(d.pop("procedure", UNSET))

        procedure_list = cls(
            procedure=procedure,
        )

        procedure_list.additional_properties = d
        return procedure_list

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
