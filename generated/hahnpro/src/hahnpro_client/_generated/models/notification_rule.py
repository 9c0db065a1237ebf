from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_rule_status_rule import NotificationRuleStatusRule
    from ..models.notification_rule_tag_rules_item import NotificationRuleTagRulesItem
    from ..models.owner import Owner


T = TypeVar("T", bound="NotificationRule")


@_attrs_define
class NotificationRule:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        endpoint_ref (str | Unset):
        status (str | Unset):
        every (float | str | Unset):
        offset (float | str | Unset):
        status_rule (NotificationRuleStatusRule | Unset):
        tag_rules (list[NotificationRuleTagRulesItem] | Unset):
        message_template (str | Unset):
        tags (list[str] | Unset):
        owner (Owner | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    endpoint_ref: str | Unset = UNSET
    status: str | Unset = UNSET
    every: float | str | Unset = UNSET
    offset: float | str | Unset = UNSET
    status_rule: NotificationRuleStatusRule | Unset = UNSET
    tag_rules: list[NotificationRuleTagRulesItem] | Unset = UNSET
    message_template: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner: Owner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        endpoint_ref = self.endpoint_ref

        status = self.status

        every: float | str | Unset
        if isinstance(self.every, Unset):
            every = UNSET
        else:
            every = self.every

        offset: float | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        status_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_rule, Unset):
            status_rule = self.status_rule.to_dict()

        tag_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_rules, Unset):
            tag_rules = []
            for tag_rules_item_data in self.tag_rules:
                tag_rules_item = tag_rules_item_data.to_dict()
                tag_rules.append(tag_rules_item)

        message_template = self.message_template

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if endpoint_ref is not UNSET:
            field_dict["endpointRef"] = endpoint_ref
        if status is not UNSET:
            field_dict["status"] = status
        if every is not UNSET:
            field_dict["every"] = every
        if offset is not UNSET:
            field_dict["offset"] = offset
        if status_rule is not UNSET:
            field_dict["statusRule"] = status_rule
        if tag_rules is not UNSET:
            field_dict["tagRules"] = tag_rules
        if message_template is not UNSET:
            field_dict["messageTemplate"] = message_template
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_rule_status_rule import NotificationRuleStatusRule
        from ..models.notification_rule_tag_rules_item import (
            NotificationRuleTagRulesItem,
        )
        from ..models.owner import Owner

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        endpoint_ref = d.pop("endpointRef", UNSET)

        status = d.pop("status", UNSET)

        def _parse_every(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        every = _parse_every(d.pop("every", UNSET))

        def _parse_offset(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))

        _status_rule = d.pop("statusRule", UNSET)
        status_rule: NotificationRuleStatusRule | Unset
        if isinstance(_status_rule, Unset):
            status_rule = UNSET
        else:
            status_rule = NotificationRuleStatusRule.from_dict(_status_rule)

        _tag_rules = d.pop("tagRules", UNSET)
        tag_rules: list[NotificationRuleTagRulesItem] | Unset = UNSET
        if _tag_rules is not UNSET:
            tag_rules = []
            for tag_rules_item_data in _tag_rules:
                tag_rules_item = NotificationRuleTagRulesItem.from_dict(tag_rules_item_data)

                tag_rules.append(tag_rules_item)

        message_template = d.pop("messageTemplate", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        notification_rule = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            endpoint_ref=endpoint_ref,
            status=status,
            every=every,
            offset=offset,
            status_rule=status_rule,
            tag_rules=tag_rules,
            message_template=message_template,
            tags=tags,
            owner=owner,
        )

        notification_rule.additional_properties = d
        return notification_rule

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
