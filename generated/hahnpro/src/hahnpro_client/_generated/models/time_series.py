from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner
    from ..models.time_series_metadata import TimeSeriesMetadata


T = TypeVar("T", bound="TimeSeries")


@_attrs_define
class TimeSeries:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        asset_ref (str | Unset):
        asset_refname (str | Unset): Read-only display name, filled in by the server.
        asset_ts_id (str | Unset):
        min_date (float | str | Unset): The first instant, an ISO string on the wire (the seed sends epoch
            milliseconds).
        max_date (float | str | Unset):
        metrics (list[str] | Unset):
        max_bucket_time_range (float | Unset): Milliseconds, e.g. 86400000.
        ts_ref (list[str] | Unset):
        auto_del_data (float | str | Unset):
        auto_del_bucket (float | str | Unset):
        metadata (TimeSeriesMetadata | Unset):
        owner (Owner | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    name: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    asset_ref: str | Unset = UNSET
    asset_refname: str | Unset = UNSET
    asset_ts_id: str | Unset = UNSET
    min_date: float | str | Unset = UNSET
    max_date: float | str | Unset = UNSET
    metrics: list[str] | Unset = UNSET
    max_bucket_time_range: float | Unset = UNSET
    ts_ref: list[str] | Unset = UNSET
    auto_del_data: float | str | Unset = UNSET
    auto_del_bucket: float | str | Unset = UNSET
    metadata: TimeSeriesMetadata | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        asset_ref = self.asset_ref

        asset_refname = self.asset_refname

        asset_ts_id = self.asset_ts_id

        min_date: float | str | Unset
        if isinstance(self.min_date, Unset):
            min_date = UNSET
        else:
            min_date = self.min_date

        max_date: float | str | Unset
        if isinstance(self.max_date, Unset):
            max_date = UNSET
        else:
            max_date = self.max_date

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        max_bucket_time_range = self.max_bucket_time_range

        ts_ref: list[str] | Unset = UNSET
        if not isinstance(self.ts_ref, Unset):
            ts_ref = self.ts_ref

        auto_del_data: float | str | Unset
        if isinstance(self.auto_del_data, Unset):
            auto_del_data = UNSET
        else:
            auto_del_data = self.auto_del_data

        auto_del_bucket: float | str | Unset
        if isinstance(self.auto_del_bucket, Unset):
            auto_del_bucket = UNSET
        else:
            auto_del_bucket = self.auto_del_bucket

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at = self.deleted_at

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
        if asset_ref is not UNSET:
            field_dict["assetRef"] = asset_ref
        if asset_refname is not UNSET:
            field_dict["assetRef$name"] = asset_refname
        if asset_ts_id is not UNSET:
            field_dict["assetTsId"] = asset_ts_id
        if min_date is not UNSET:
            field_dict["minDate"] = min_date
        if max_date is not UNSET:
            field_dict["maxDate"] = max_date
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if max_bucket_time_range is not UNSET:
            field_dict["maxBucketTimeRange"] = max_bucket_time_range
        if ts_ref is not UNSET:
            field_dict["tsRef"] = ts_ref
        if auto_del_data is not UNSET:
            field_dict["autoDelData"] = auto_del_data
        if auto_del_bucket is not UNSET:
            field_dict["autoDelBucket"] = auto_del_bucket
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.owner import Owner
        from ..models.time_series_metadata import TimeSeriesMetadata

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        asset_ref = d.pop("assetRef", UNSET)

        asset_refname = d.pop("assetRef$name", UNSET)

        asset_ts_id = d.pop("assetTsId", UNSET)

        def _parse_min_date(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        min_date = _parse_min_date(d.pop("minDate", UNSET))

        def _parse_max_date(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_date = _parse_max_date(d.pop("maxDate", UNSET))

        metrics = cast(list[str], d.pop("metrics", UNSET))

        max_bucket_time_range = d.pop("maxBucketTimeRange", UNSET)

        ts_ref = cast(list[str], d.pop("tsRef", UNSET))

        def _parse_auto_del_data(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        auto_del_data = _parse_auto_del_data(d.pop("autoDelData", UNSET))

        def _parse_auto_del_bucket(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        auto_del_bucket = _parse_auto_del_bucket(d.pop("autoDelBucket", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: TimeSeriesMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = TimeSeriesMetadata.from_dict(_metadata)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        time_series = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            asset_ref=asset_ref,
            asset_refname=asset_refname,
            asset_ts_id=asset_ts_id,
            min_date=min_date,
            max_date=max_date,
            metrics=metrics,
            max_bucket_time_range=max_bucket_time_range,
            ts_ref=ts_ref,
            auto_del_data=auto_del_data,
            auto_del_bucket=auto_del_bucket,
            metadata=metadata,
            owner=owner,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        time_series.additional_properties = d
        return time_series

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
