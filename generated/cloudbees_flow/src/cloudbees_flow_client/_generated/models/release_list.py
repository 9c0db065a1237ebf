from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release import Release


T = TypeVar("T", bound="ReleaseList")


@_attrs_define
class ReleaseList:
    """
    Attributes:
        release (list[Release] | Release | Unset):
    """

    release: list[Release] | Release | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.release import Release

        release: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.release, Unset):
            release = UNSET
        elif isinstance(self.release, Release):
            release = self.release.to_dict()
        else:
            release = []
            for release_type_1_item_data in self.release:
                release_type_1_item = release_type_1_item_data.to_dict()
                release.append(release_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.release import Release

        d = dict(src_dict)

        def _parse_release(data: object) -> list[Release] | Release | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                release_type_0 = Release.from_dict(data)

                return release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            release_type_1 = []
            _release_type_1 = data
            for release_type_1_item_data in _release_type_1:
                release_type_1_item = Release.from_dict(release_type_1_item_data)

                release_type_1.append(release_type_1_item)

            return release_type_1

        release = _parse_release(d.pop("release", UNSET))

        release_list = cls(
            release=release,
        )

        release_list.additional_properties = d
        return release_list

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
