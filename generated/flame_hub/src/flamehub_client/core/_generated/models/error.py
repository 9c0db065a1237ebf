from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue import Issue


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The flat error body of every failed call (never enveloped).

    Attributes:
        message (str):
        status_code (int | Unset): The HTTP status.
        code (str | Unset): e.g. `bad_request`, `entity_not_found`, `entity_conflict`, `entity_relation_invalid`,
            `permission_denied`, `identity_unauthorized`, `invalid_token`, `invalid_grant`.
        issues (list[Issue] | Unset): Validation issues, a tree of items and groups.
    """

    message: str
    status_code: int | Unset = UNSET
    code: str | Unset = UNSET
    issues: list[Issue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status_code = self.status_code

        code = self.code

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = []
            for issues_item_data in self.issues:
                issues_item = issues_item_data.to_dict()
                issues.append(issues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if code is not UNSET:
            field_dict["code"] = code
        if issues is not UNSET:
            field_dict["issues"] = issues

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.issue import Issue

        d = dict(src_dict)
        message = d.pop("message")

        status_code = d.pop("statusCode", UNSET)

        code = d.pop("code", UNSET)

        _issues = d.pop("issues", UNSET)
        issues: list[Issue] | Unset = UNSET
        if _issues is not UNSET:
            issues = []
            for issues_item_data in _issues:
                issues_item = Issue.from_dict(issues_item_data)

                issues.append(issues_item)

        error = cls(
            message=message,
            status_code=status_code,
            code=code,
            issues=issues,
        )

        error.additional_properties = d
        return error

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
