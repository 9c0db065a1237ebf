from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_settings_creation_read_roles_item import (
        UserSettingsCreationReadRolesItem,
    )
    from ..models.user_settings_creation_write_roles_item import (
        UserSettingsCreationWriteRolesItem,
    )


T = TypeVar("T", bound="UserSettings")


@_attrs_define
class UserSettings:
    """
    Attributes:
        id (str | Unset):
        user_id (str | Unset):
        active_org (str | Unset):
        active_tags (Any | Unset):
        applications (Any | Unset):
        consent (Any | Unset):
        creation_read_roles (list[UserSettingsCreationReadRolesItem] | Unset):
        creation_write_roles (list[UserSettingsCreationWriteRolesItem] | Unset):
        deletion_requested (Any | Unset):
        favorite_labels_order (Any | Unset):
        language (str | Unset):
        table_settings (Any | Unset):
    """

    id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    active_org: str | Unset = UNSET
    active_tags: Any | Unset = UNSET
    applications: Any | Unset = UNSET
    consent: Any | Unset = UNSET
    creation_read_roles: list[UserSettingsCreationReadRolesItem] | Unset = UNSET
    creation_write_roles: list[UserSettingsCreationWriteRolesItem] | Unset = UNSET
    deletion_requested: Any | Unset = UNSET
    favorite_labels_order: Any | Unset = UNSET
    language: str | Unset = UNSET
    table_settings: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        active_org = self.active_org

        active_tags = self.active_tags

        applications = self.applications

        consent = self.consent

        creation_read_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creation_read_roles, Unset):
            creation_read_roles = []
            for creation_read_roles_item_data in self.creation_read_roles:
                creation_read_roles_item = creation_read_roles_item_data.to_dict()
                creation_read_roles.append(creation_read_roles_item)

        creation_write_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creation_write_roles, Unset):
            creation_write_roles = []
            for creation_write_roles_item_data in self.creation_write_roles:
                creation_write_roles_item = creation_write_roles_item_data.to_dict()
                creation_write_roles.append(creation_write_roles_item)

        deletion_requested = self.deletion_requested

        favorite_labels_order = self.favorite_labels_order

        language = self.language

        table_settings = self.table_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if active_org is not UNSET:
            field_dict["activeOrg"] = active_org
        if active_tags is not UNSET:
            field_dict["activeTags"] = active_tags
        if applications is not UNSET:
            field_dict["applications"] = applications
        if consent is not UNSET:
            field_dict["consent"] = consent
        if creation_read_roles is not UNSET:
            field_dict["creationReadRoles"] = creation_read_roles
        if creation_write_roles is not UNSET:
            field_dict["creationWriteRoles"] = creation_write_roles
        if deletion_requested is not UNSET:
            field_dict["deletionRequested"] = deletion_requested
        if favorite_labels_order is not UNSET:
            field_dict["favoriteLabelsOrder"] = favorite_labels_order
        if language is not UNSET:
            field_dict["language"] = language
        if table_settings is not UNSET:
            field_dict["tableSettings"] = table_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_settings_creation_read_roles_item import (
            UserSettingsCreationReadRolesItem,
        )
        from ..models.user_settings_creation_write_roles_item import (
            UserSettingsCreationWriteRolesItem,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("userId", UNSET)

        active_org = d.pop("activeOrg", UNSET)

        active_tags = d.pop("activeTags", UNSET)

        applications = d.pop("applications", UNSET)

        consent = d.pop("consent", UNSET)

        _creation_read_roles = d.pop("creationReadRoles", UNSET)
        creation_read_roles: list[UserSettingsCreationReadRolesItem] | Unset = UNSET
        if _creation_read_roles is not UNSET:
            creation_read_roles = []
            for creation_read_roles_item_data in _creation_read_roles:
                creation_read_roles_item = UserSettingsCreationReadRolesItem.from_dict(creation_read_roles_item_data)

                creation_read_roles.append(creation_read_roles_item)

        _creation_write_roles = d.pop("creationWriteRoles", UNSET)
        creation_write_roles: list[UserSettingsCreationWriteRolesItem] | Unset = UNSET
        if _creation_write_roles is not UNSET:
            creation_write_roles = []
            for creation_write_roles_item_data in _creation_write_roles:
                creation_write_roles_item = UserSettingsCreationWriteRolesItem.from_dict(creation_write_roles_item_data)

                creation_write_roles.append(creation_write_roles_item)

        deletion_requested = d.pop("deletionRequested", UNSET)

        favorite_labels_order = d.pop("favoriteLabelsOrder", UNSET)

        language = d.pop("language", UNSET)

        table_settings = d.pop("tableSettings", UNSET)

        user_settings = cls(
            id=id,
            user_id=user_id,
            active_org=active_org,
            active_tags=active_tags,
            applications=applications,
            consent=consent,
            creation_read_roles=creation_read_roles,
            creation_write_roles=creation_write_roles,
            deletion_requested=deletion_requested,
            favorite_labels_order=favorite_labels_order,
            language=language,
            table_settings=table_settings,
        )

        user_settings.additional_properties = d
        return user_settings

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
