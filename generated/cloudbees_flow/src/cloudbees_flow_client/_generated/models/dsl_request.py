from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.dsl_format import DslFormat, check_dsl_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="DslRequest")


@_attrs_define
class DslRequest:
    """
    Attributes:
        dsl (str | Unset):
        format_ (DslFormat | Unset):
        parameters (str | Unset): A JSON object, as a string, of the script's arguments.
        job_step_id (str | Unset): A server id (a UUID), always a string.
        overwrite (str | Unset):
    """

    dsl: str | Unset = UNSET
    format_: DslFormat | Unset = UNSET
    parameters: str | Unset = UNSET
    job_step_id: str | Unset = UNSET
    overwrite: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        dsl = self.dsl

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        parameters = self.parameters

        job_step_id = self.job_step_id

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dsl is not UNSET:
            field_dict["dsl"] = dsl
        if format_ is not UNSET:
            field_dict["format"] = format_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if job_step_id is not UNSET:
            field_dict["jobStepId"] = job_step_id
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dsl = d.pop("dsl", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: DslFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_dsl_format(_format_)

        parameters = d.pop("parameters", UNSET)

        job_step_id = d.pop("jobStepId", UNSET)

        overwrite = d.pop("overwrite", UNSET)

        dsl_request = cls(
            dsl=dsl,
            format_=format_,
            parameters=parameters,
            job_step_id=job_step_id,
            overwrite=overwrite,
        )

        dsl_request.additional_properties = d
        return dsl_request

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
