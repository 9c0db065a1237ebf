from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_create import OrganizationCreate


T = TypeVar("T", bound="OrganizationAdminCreate")


@_attrs_define
class OrganizationAdminCreate:
    """
    Attributes:
        organization_dto (OrganizationCreate):
        emails_to_invite (list[str] | Unset):
        emails_to_add (list[str] | Unset):
        create_org_as_owner (bool | Unset):
    """

    organization_dto: OrganizationCreate
    emails_to_invite: list[str] | Unset = UNSET
    emails_to_add: list[str] | Unset = UNSET
    create_org_as_owner: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        organization_dto = self.organization_dto.to_dict()

        emails_to_invite: list[str] | Unset = UNSET
        if not isinstance(self.emails_to_invite, Unset):
            emails_to_invite = self.emails_to_invite

        emails_to_add: list[str] | Unset = UNSET
        if not isinstance(self.emails_to_add, Unset):
            emails_to_add = self.emails_to_add

        create_org_as_owner = self.create_org_as_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationDto": organization_dto,
            }
        )
        if emails_to_invite is not UNSET:
            field_dict["emailsToInvite"] = emails_to_invite
        if emails_to_add is not UNSET:
            field_dict["emailsToAdd"] = emails_to_add
        if create_org_as_owner is not UNSET:
            field_dict["createOrgAsOwner"] = create_org_as_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_create import OrganizationCreate

        d = dict(src_dict)
        organization_dto = OrganizationCreate.from_dict(d.pop("organizationDto"))

        emails_to_invite = cast(list[str], d.pop("emailsToInvite", UNSET))

        emails_to_add = cast(list[str], d.pop("emailsToAdd", UNSET))

        create_org_as_owner = d.pop("createOrgAsOwner", UNSET)

        organization_admin_create = cls(
            organization_dto=organization_dto,
            emails_to_invite=emails_to_invite,
            emails_to_add=emails_to_add,
            create_org_as_owner=create_org_as_owner,
        )

        organization_admin_create.additional_properties = d
        return organization_admin_create

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
