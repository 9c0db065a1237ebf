from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_time_series_values_metadata import AssetTimeSeriesValuesMetadata
    from ..models.time_series_values_input import TimeSeriesValuesInput


T = TypeVar("T", bound="AssetTimeSeriesValues")


@_attrs_define
class AssetTimeSeriesValues:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        values (TimeSeriesValuesInput): Values keyed by epoch milliseconds (as strings); a value is a number, a string
            or an object.
        metadata (AssetTimeSeriesValuesMetadata | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    values: TimeSeriesValuesInput
    metadata: AssetTimeSeriesValuesMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        values = self.values.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
                "values": values,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_time_series_values_metadata import (
            AssetTimeSeriesValuesMetadata,
        )
        from ..models.time_series_values_input import TimeSeriesValuesInput

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        values = TimeSeriesValuesInput.from_dict(d.pop("values"))

        _metadata = d.pop("metadata", UNSET)
        metadata: AssetTimeSeriesValuesMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AssetTimeSeriesValuesMetadata.from_dict(_metadata)

        asset_time_series_values = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            values=values,
            metadata=metadata,
        )

        asset_time_series_values.additional_properties = d
        return asset_time_series_values

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
