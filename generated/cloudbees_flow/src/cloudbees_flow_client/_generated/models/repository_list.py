from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repository import Repository


T = TypeVar("T", bound="RepositoryList")


@_attrs_define
class RepositoryList:
    """
    Attributes:
        repository (list[Repository] | Repository | Unset):
    """

    repository: list[Repository] | Repository | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.repository import Repository

        repository: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, Repository):
            repository = self.repository.to_dict()
        else:
            repository = []
            for repository_type_1_item_data in self.repository:
                repository_type_1_item = repository_type_1_item_data.to_dict()
                repository.append(repository_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.repository import Repository

        d = dict(src_dict)

        def _parse_repository(data: object) -> list[Repository] | Repository | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repository_type_0 = Repository.from_dict(data)

                return repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            repository_type_1 = []
            _repository_type_1 = data
            for repository_type_1_item_data in _repository_type_1:
                repository_type_1_item = Repository.from_dict(repository_type_1_item_data)

                repository_type_1.append(repository_type_1_item)

            return repository_type_1

        repository = _parse_repository(d.pop("repository", UNSET))

        repository_list = cls(
            repository=repository,
        )

        repository_list.additional_properties = d
        return repository_list

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
