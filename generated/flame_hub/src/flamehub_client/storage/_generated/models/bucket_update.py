from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BucketUpdate")


@_attrs_define
class BucketUpdate:
    """The body that updates a Bucket: a field left out stays as it is, `null` clears it.

    Attributes:
        name (str | Unset):
        region (None | str | Unset):
        realm_id (None | str | Unset):
    """

    name: str | Unset = UNSET
    region: None | str | Unset = UNSET
    realm_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        realm_id: None | str | Unset
        if isinstance(self.realm_id, Unset):
            realm_id = UNSET
        else:
            realm_id = self.realm_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if realm_id is not UNSET:
            field_dict["realmId"] = realm_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_realm_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realm_id = _parse_realm_id(d.pop("realmId", UNSET))

        bucket_update = cls(
            name=name,
            region=region,
            realm_id=realm_id,
        )

        return bucket_update
