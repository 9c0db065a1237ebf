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
    from ..models.analysis import Analysis
    from ..models.analysis_bucket import AnalysisBucket


T = TypeVar("T", bound="AnalysisBucketFile")


@_attrs_define
class AnalysisBucketFile:
    """A file of an analysis bucket; `root` marks the entrypoint. Relations (`analysisBucket`, `analysis`) are present only
    when asked for with `include`.

        Attributes:
            id (str):
            path (str):
            root (bool):
            bucket_file_id (str):
            bucket_id (str):
            analysis_bucket_id (str):
            analysis_id (str):
            realm_id (str):
            user_id (None | str):
            client_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            analysis_bucket (AnalysisBucket | Unset): A storage bucket of an analysis: its code, its results or temporary
                files. Relations (`analysis`) are present only when asked for with `include`.
            analysis (Analysis | Unset): An analysis of a project: its code, configuration, build and execution state.
                Relations (`project`, `masterImage`) are present only when asked for with `include`.
    """

    id: str
    path: str
    root: bool
    bucket_file_id: str
    bucket_id: str
    analysis_bucket_id: str
    analysis_id: str
    realm_id: str
    user_id: None | str
    client_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    analysis_bucket: AnalysisBucket | Unset = UNSET
    analysis: Analysis | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        root = self.root

        bucket_file_id = self.bucket_file_id

        bucket_id = self.bucket_id

        analysis_bucket_id = self.analysis_bucket_id

        analysis_id = self.analysis_id

        realm_id = self.realm_id

        user_id: None | str
        user_id = self.user_id

        client_id: None | str
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        analysis_bucket: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis_bucket, Unset):
            analysis_bucket = self.analysis_bucket.to_dict()

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "path": path,
                "root": root,
                "bucketFileId": bucket_file_id,
                "bucketId": bucket_id,
                "analysisBucketId": analysis_bucket_id,
                "analysisId": analysis_id,
                "realmId": realm_id,
                "userId": user_id,
                "clientId": client_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if analysis_bucket is not UNSET:
            field_dict["analysisBucket"] = analysis_bucket
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis import Analysis
        from ..models.analysis_bucket import AnalysisBucket

        d = dict(src_dict)
        id = d.pop("id")

        path = d.pop("path")

        root = d.pop("root")

        bucket_file_id = d.pop("bucketFileId")

        bucket_id = d.pop("bucketId")

        analysis_bucket_id = d.pop("analysisBucketId")

        analysis_id = d.pop("analysisId")

        realm_id = d.pop("realmId")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("clientId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _analysis_bucket = d.pop("analysisBucket", UNSET)
        analysis_bucket: AnalysisBucket | Unset
        if isinstance(_analysis_bucket, Unset):
            analysis_bucket = UNSET
        else:
            analysis_bucket = AnalysisBucket.from_dict(_analysis_bucket)

        _analysis = d.pop("analysis", UNSET)
        analysis: Analysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = Analysis.from_dict(_analysis)

        analysis_bucket_file = cls(
            id=id,
            path=path,
            root=root,
            bucket_file_id=bucket_file_id,
            bucket_id=bucket_id,
            analysis_bucket_id=analysis_bucket_id,
            analysis_id=analysis_id,
            realm_id=realm_id,
            user_id=user_id,
            client_id=client_id,
            created_at=created_at,
            updated_at=updated_at,
            analysis_bucket=analysis_bucket,
            analysis=analysis,
        )

        analysis_bucket_file.additional_properties = d
        return analysis_bucket_file

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
