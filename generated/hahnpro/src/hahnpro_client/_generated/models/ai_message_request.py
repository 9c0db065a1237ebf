from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMessageRequest")


@_attrs_define
class AiMessageRequest:
    """
    Attributes:
        message (str):
        thread_id (str | Unset):
        assistant_id (str | Unset):
        context (Any | Unset):
    """

    message: str
    thread_id: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    context: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        thread_id = self.thread_id

        assistant_id = self.assistant_id

        context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if thread_id is not UNSET:
            field_dict["threadId"] = thread_id
        if assistant_id is not UNSET:
            field_dict["assistantId"] = assistant_id
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        thread_id = d.pop("threadId", UNSET)

        assistant_id = d.pop("assistantId", UNSET)

        context = d.pop("context", UNSET)

        ai_message_request = cls(
            message=message,
            thread_id=thread_id,
            assistant_id=assistant_id,
            context=context,
        )

        ai_message_request.additional_properties = d
        return ai_message_request

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
