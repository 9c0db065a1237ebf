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
    from ..models.bucket import Bucket


T = TypeVar("T", bound="BucketFile")


@_attrs_define
class BucketFile:
    """A file stored in a bucket; `hash` is its sha256. Relations (`bucket`) are present only when asked for with
    `include`.

        Attributes:
            id (str):
            name (str): The last segment of `path`.
            path (str): Where the file is stored in the bucket, as uploaded.
            directory (str): `path` without `name`.
            hash_ (str): sha256 of the content.
            size (int | None):
            actor_type (str):
            actor_id (str):
            realm_id (str):
            bucket_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            bucket (Bucket | Unset): A bucket of files.
    """

    id: str
    name: str
    path: str
    directory: str
    hash_: str
    size: int | None
    actor_type: str
    actor_id: str
    realm_id: str
    bucket_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    bucket: Bucket | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        path = self.path

        directory = self.directory

        hash_ = self.hash_

        size: int | None
        size = self.size

        actor_type = self.actor_type

        actor_id = self.actor_id

        realm_id = self.realm_id

        bucket_id = self.bucket_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        bucket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bucket, Unset):
            bucket = self.bucket.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "path": path,
                "directory": directory,
                "hash": hash_,
                "size": size,
                "actorType": actor_type,
                "actorId": actor_id,
                "realmId": realm_id,
                "bucketId": bucket_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bucket import Bucket

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        path = d.pop("path")

        directory = d.pop("directory")

        hash_ = d.pop("hash")

        def _parse_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size = _parse_size(d.pop("size"))

        actor_type = d.pop("actorType")

        actor_id = d.pop("actorId")

        realm_id = d.pop("realmId")

        bucket_id = d.pop("bucketId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _bucket = d.pop("bucket", UNSET)
        bucket: Bucket | Unset
        if isinstance(_bucket, Unset):
            bucket = UNSET
        else:
            bucket = Bucket.from_dict(_bucket)

        bucket_file = cls(
            id=id,
            name=name,
            path=path,
            directory=directory,
            hash_=hash_,
            size=size,
            actor_type=actor_type,
            actor_id=actor_id,
            realm_id=realm_id,
            bucket_id=bucket_id,
            created_at=created_at,
            updated_at=updated_at,
            bucket=bucket,
        )

        bucket_file.additional_properties = d
        return bucket_file

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
