from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        name (str):
        id (str | Unset):
        description (str | Unset):
        realm (str | Unset):
        domains (list[str] | Unset):
        logo (str | Unset):
        subscription_id (str | Unset):
        verified (bool | Unset):
        deletion_requested (Any | Unset):
        is_super_organization (bool | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    name: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    realm: str | Unset = UNSET
    domains: list[str] | Unset = UNSET
    logo: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    verified: bool | Unset = UNSET
    deletion_requested: Any | Unset = UNSET
    is_super_organization: bool | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description = self.description

        realm = self.realm

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        logo = self.logo

        subscription_id = self.subscription_id

        verified = self.verified

        deletion_requested = self.deletion_requested

        is_super_organization = self.is_super_organization

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if realm is not UNSET:
            field_dict["realm"] = realm
        if domains is not UNSET:
            field_dict["domains"] = domains
        if logo is not UNSET:
            field_dict["logo"] = logo
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if verified is not UNSET:
            field_dict["verified"] = verified
        if deletion_requested is not UNSET:
            field_dict["deletionRequested"] = deletion_requested
        if is_super_organization is not UNSET:
            field_dict["isSuperOrganization"] = is_super_organization
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        realm = d.pop("realm", UNSET)

        domains = cast(list[str], d.pop("domains", UNSET))

        logo = d.pop("logo", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        verified = d.pop("verified", UNSET)

        deletion_requested = d.pop("deletionRequested", UNSET)

        is_super_organization = d.pop("isSuperOrganization", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        organization = cls(
            name=name,
            id=id,
            description=description,
            realm=realm,
            domains=domains,
            logo=logo,
            subscription_id=subscription_id,
            verified=verified,
            deletion_requested=deletion_requested,
            is_super_organization=is_super_organization,
            created_at=created_at,
            updated_at=updated_at,
        )

        organization.additional_properties = d
        return organization

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
