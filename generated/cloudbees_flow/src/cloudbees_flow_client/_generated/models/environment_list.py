from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment import Environment


T = TypeVar("T", bound="EnvironmentList")


@_attrs_define
class EnvironmentList:
    """
    Attributes:
        environment (Environment | list[Environment] | Unset):
    """

    environment: Environment | list[Environment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.environment import Environment

        environment: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, Environment):
            environment = self.environment.to_dict()
        else:
            environment = []
            for environment_type_1_item_data in self.environment:
                environment_type_1_item = environment_type_1_item_data.to_dict()
                environment.append(environment_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.environment import Environment

        d = dict(src_dict)

        def _parse_environment(data: object) -> Environment | list[Environment] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = Environment.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            environment_type_1 = []
            _environment_type_1 = data
            for environment_type_1_item_data in _environment_type_1:
                environment_type_1_item = Environment.from_dict(environment_type_1_item_data)

                environment_type_1.append(environment_type_1_item)

            return environment_type_1

        environment = _parse_environment(d.pop("environment", UNSET))

        environment_list = cls(
            environment=environment,
        )

        environment_list.additional_properties = d
        return environment_list

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
