from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

if TYPE_CHECKING:
    from ..models.master_image import MasterImage
    from ..models.record_meta import RecordMeta


T = TypeVar("T", bound="MasterImageCommandResult")


@_attrs_define
class MasterImageCommandResult:
    """
    Attributes:
        data (MasterImage | None):
        meta (RecordMeta): `{schema}` on GET-one answers; `{}` on create, update and delete answers.
    """

    data: MasterImage | None
    meta: RecordMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_image import MasterImage

        data: dict[str, Any] | None
        if isinstance(self.data, MasterImage):
            data = self.data.to_dict()
        else:
            data = self.data

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.master_image import MasterImage
        from ..models.record_meta import RecordMeta

        d = dict(src_dict)

        def _parse_data(data: object) -> MasterImage | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = MasterImage.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MasterImage | None, data)

        data = _parse_data(d.pop("data"))

        meta = RecordMeta.from_dict(d.pop("meta"))

        master_image_command_result = cls(
            data=data,
            meta=meta,
        )

        master_image_command_result.additional_properties = d
        return master_image_command_result

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
