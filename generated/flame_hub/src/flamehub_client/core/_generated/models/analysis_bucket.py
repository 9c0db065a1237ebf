from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis import Analysis


T = TypeVar("T", bound="AnalysisBucket")


@_attrs_define
class AnalysisBucket:
    """A storage bucket of an analysis: its code, its results or temporary files. Relations (`analysis`) are present only
    when asked for with `include`.

        Attributes:
            id (str):
            type_ (str): `CODE`, `RESULT` or `TEMP`.
            bucket_id (str):
            analysis_id (str):
            realm_id (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            analysis (Analysis | Unset): An analysis of a project: its code, configuration, build and execution state.
                Relations (`project`, `masterImage`) are present only when asked for with `include`.
    """

    id: str
    type_: str
    bucket_id: str
    analysis_id: str
    realm_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    analysis: Analysis | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        bucket_id = self.bucket_id

        analysis_id = self.analysis_id

        realm_id = self.realm_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analysis, Unset):
            analysis = self.analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "bucketId": bucket_id,
                "analysisId": analysis_id,
                "realmId": realm_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if analysis is not UNSET:
            field_dict["analysis"] = analysis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analysis import Analysis

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        bucket_id = d.pop("bucketId")

        analysis_id = d.pop("analysisId")

        realm_id = d.pop("realmId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _analysis = d.pop("analysis", UNSET)
        analysis: Analysis | Unset
        if isinstance(_analysis, Unset):
            analysis = UNSET
        else:
            analysis = Analysis.from_dict(_analysis)

        analysis_bucket = cls(
            id=id,
            type_=type_,
            bucket_id=bucket_id,
            analysis_id=analysis_id,
            realm_id=realm_id,
            created_at=created_at,
            updated_at=updated_at,
            analysis=analysis,
        )

        analysis_bucket.additional_properties = d
        return analysis_bucket

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
