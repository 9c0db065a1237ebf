from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.log_message import LogMessage


T = TypeVar("T", bound="ArchiveReport")


@_attrs_define
class ArchiveReport:
    """
    Attributes:
        info (list[LogMessage]):
        warnings (list[LogMessage]):
        errors (list[LogMessage]):
    """

    info: list[LogMessage]
    warnings: list[LogMessage]
    errors: list[LogMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        info = []
        for info_item_data in self.info:
            info_item = info_item_data.to_dict()
            info.append(info_item)

        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "warnings": warnings,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.log_message import LogMessage

        d = dict(src_dict)
        info = []
        _info = d.pop("info")
        for info_item_data in _info:
            info_item = LogMessage.from_dict(info_item_data)

            info.append(info_item)

        warnings = []
        _warnings = d.pop("warnings")
        for warnings_item_data in _warnings:
            warnings_item = LogMessage.from_dict(warnings_item_data)

            warnings.append(warnings_item)

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = LogMessage.from_dict(errors_item_data)

            errors.append(errors_item)

        archive_report = cls(
            info=info,
            warnings=warnings,
            errors=errors,
        )

        archive_report.additional_properties = d
        return archive_report

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
