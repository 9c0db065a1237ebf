from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiThreadRequest")


@_attrs_define
class AiThreadRequest:
    """
    Attributes:
        assistant_id (str):
        is_ephemeral (bool | Unset):
    """

    assistant_id: str
    is_ephemeral: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        is_ephemeral = self.is_ephemeral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistantId": assistant_id,
            }
        )
        if is_ephemeral is not UNSET:
            field_dict["isEphemeral"] = is_ephemeral

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        assistant_id = d.pop("assistantId")

        is_ephemeral = d.pop("isEphemeral", UNSET)

        ai_thread_request = cls(
            assistant_id=assistant_id,
            is_ephemeral=is_ephemeral,
        )

        ai_thread_request.additional_properties = d
        return ai_thread_request

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
