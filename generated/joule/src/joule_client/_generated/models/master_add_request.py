from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..models.master_add_request_master_type import (
    MasterAddRequestMasterType,
    check_master_add_request_master_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_add_request_lumen_params_type_0 import (
        MasterAddRequestLumenParamsType0,
    )


T = TypeVar("T", bound="MasterAddRequest")


@_attrs_define
class MasterAddRequest:
    """
    Attributes:
        master_type (MasterAddRequestMasterType):
        identifier (str): A user name, a node URL, or a Lumen host.
        api_key (None | str | Unset): Users only; at least 32 characters. Left out, the node makes one.
        lumen_params (MasterAddRequestLumenParamsType0 | None | Unset): Credentials for a Lumen master.
    """

    master_type: MasterAddRequestMasterType
    identifier: str
    api_key: None | str | Unset = _attrs_field(default=UNSET, repr=_masked_repr)
    lumen_params: MasterAddRequestLumenParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_add_request_lumen_params_type_0 import (
            MasterAddRequestLumenParamsType0,
        )

        master_type: str = self.master_type

        identifier = self.identifier

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        lumen_params: dict[str, Any] | None | Unset
        if isinstance(self.lumen_params, Unset):
            lumen_params = UNSET
        elif isinstance(self.lumen_params, MasterAddRequestLumenParamsType0):
            lumen_params = self.lumen_params.to_dict()
        else:
            lumen_params = self.lumen_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "master_type": master_type,
                "identifier": identifier,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if lumen_params is not UNSET:
            field_dict["lumen_params"] = lumen_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.master_add_request_lumen_params_type_0 import (
            MasterAddRequestLumenParamsType0,
        )

        d = dict(src_dict)
        master_type = check_master_add_request_master_type(d.pop("master_type"))

        identifier = d.pop("identifier")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_lumen_params(
            data: object,
        ) -> MasterAddRequestLumenParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lumen_params_type_0 = MasterAddRequestLumenParamsType0.from_dict(data)

                return lumen_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MasterAddRequestLumenParamsType0 | None | Unset, data)

        lumen_params = _parse_lumen_params(d.pop("lumen_params", UNSET))

        master_add_request = cls(
            master_type=master_type,
            identifier=identifier,
            api_key=api_key,
            lumen_params=lumen_params,
        )

        master_add_request.additional_properties = d
        return master_add_request

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
