from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.master_image import MasterImage


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: the nodes that agreed to run its analyses. Relations (`masterImage`) are present only when asked for with
    `include`.

        Attributes:
            id (str):
            name (str):
            description (None | str):
            master_image_id (None | str):
            analyses (int): How many analyses the project has.
            nodes (int): How many nodes the project has.
            realm_id (str):
            user_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            display_name (None | str | Unset): Sent by Hub 0.10.1 and later.
            master_image (MasterImage | None | Unset): `null` when the project has no master image (nullable foreign key,
                set to null when the image is deleted).
    """

    id: str
    name: str
    description: None | str
    master_image_id: None | str
    analyses: int
    nodes: int
    realm_id: str
    user_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    display_name: None | str | Unset = UNSET
    master_image: MasterImage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_image import MasterImage

        id = self.id

        name = self.name

        description: None | str
        description = self.description

        master_image_id: None | str
        master_image_id = self.master_image_id

        analyses = self.analyses

        nodes = self.nodes

        realm_id = self.realm_id

        user_id: None | str
        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        master_image: dict[str, Any] | None | Unset
        if isinstance(self.master_image, Unset):
            master_image = UNSET
        elif isinstance(self.master_image, MasterImage):
            master_image = self.master_image.to_dict()
        else:
            master_image = self.master_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "masterImageId": master_image_id,
                "analyses": analyses,
                "nodes": nodes,
                "realmId": realm_id,
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if master_image is not UNSET:
            field_dict["masterImage"] = master_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.master_image import MasterImage

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_master_image_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        master_image_id = _parse_master_image_id(d.pop("masterImageId"))

        analyses = d.pop("analyses")

        nodes = d.pop("nodes")

        realm_id = d.pop("realmId")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_master_image(data: object) -> MasterImage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                master_image_type_0 = MasterImage.from_dict(data)

                return master_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MasterImage | None | Unset, data)

        master_image = _parse_master_image(d.pop("masterImage", UNSET))

        project = cls(
            id=id,
            name=name,
            description=description,
            master_image_id=master_image_id,
            analyses=analyses,
            nodes=nodes,
            realm_id=realm_id,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            display_name=display_name,
            master_image=master_image,
        )

        project.additional_properties = d
        return project

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
