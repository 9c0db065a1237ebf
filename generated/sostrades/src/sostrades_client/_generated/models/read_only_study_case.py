from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.free_form import FreeForm


T = TypeVar("T", bound="ReadOnlyStudyCase")


@_attrs_define
class ReadOnlyStudyCase:
    """
    Attributes:
        study_case (FreeForm | Unset):
        treenode (FreeForm | Unset):
        post_processings (FreeForm | Unset):
    """

    study_case: FreeForm | Unset = UNSET
    treenode: FreeForm | Unset = UNSET
    post_processings: FreeForm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        study_case: dict[str, Any] | Unset = UNSET
        if not isinstance(self.study_case, Unset):
            study_case = self.study_case.to_dict()

        treenode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.treenode, Unset):
            treenode = self.treenode.to_dict()

        post_processings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_case is not UNSET:
            field_dict["study_case"] = study_case
        if treenode is not UNSET:
            field_dict["treenode"] = treenode
        if post_processings is not UNSET:
            field_dict["post_processings"] = post_processings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.free_form import FreeForm

        d = dict(src_dict)
        _study_case = d.pop("study_case", UNSET)
        study_case: FreeForm | Unset
        if isinstance(_study_case, Unset):
            study_case = UNSET
        else:
            study_case = FreeForm.from_dict(_study_case)

        _treenode = d.pop("treenode", UNSET)
        treenode: FreeForm | Unset
        if isinstance(_treenode, Unset):
            treenode = UNSET
        else:
            treenode = FreeForm.from_dict(_treenode)

        _post_processings = d.pop("post_processings", UNSET)
        post_processings: FreeForm | Unset
        if isinstance(_post_processings, Unset):
            post_processings = UNSET
        else:
            post_processings = FreeForm.from_dict(_post_processings)

        read_only_study_case = cls(
            study_case=study_case,
            treenode=treenode,
            post_processings=post_processings,
        )

        read_only_study_case.additional_properties = d
        return read_only_study_case

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
