from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyCase")


@_attrs_define
class StudyCase:
    """
    Attributes:
        id (int):
        name (str):
        process (None | str | Unset):
        repository (None | str | Unset):
        process_display_name (None | str | Unset):
        repository_display_name (None | str | Unset):
        creation_date (None | str | Unset): Written with Python `str()`, e.g. `2026-11-21 13:31:18`.
        modification_date (None | str | Unset):
        execution_status (None | str | Unset):
        creation_status (None | str | Unset):
        study_type (None | str | Unset):
        group_name (None | str | Unset):
        group_id (int | None | Unset):
        group_confidential (bool | None | Unset):
        is_reference_running (bool | None | Unset):
        regeneration_id (int | None | Unset):
        regeneration_status (None | str | Unset):
        is_manager (bool | None | Unset):
        is_contributor (bool | None | Unset):
        is_commenter (bool | None | Unset):
        is_restricted_viewer (bool | None | Unset):
        is_favorite (bool | None | Unset):
        is_last_study_opened (bool | None | Unset):
        opening_date (None | str | Unset):
        error (None | str | Unset):
        study_pod_flavor (None | str | Unset):
        execution_pod_flavor (None | str | Unset):
        generation_pod_flavor (None | str | Unset):
        last_memory_usage (None | str | Unset):
        last_cpu_usage (None | str | Unset):
        has_read_only_file (bool | None | Unset):
        is_stand_alone (bool | None | Unset):
    """

    id: int
    name: str
    process: None | str | Unset = UNSET
    repository: None | str | Unset = UNSET
    process_display_name: None | str | Unset = UNSET
    repository_display_name: None | str | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    modification_date: None | str | Unset = UNSET
    execution_status: None | str | Unset = UNSET
    creation_status: None | str | Unset = UNSET
    study_type: None | str | Unset = UNSET
    group_name: None | str | Unset = UNSET
    group_id: int | None | Unset = UNSET
    group_confidential: bool | None | Unset = UNSET
    is_reference_running: bool | None | Unset = UNSET
    regeneration_id: int | None | Unset = UNSET
    regeneration_status: None | str | Unset = UNSET
    is_manager: bool | None | Unset = UNSET
    is_contributor: bool | None | Unset = UNSET
    is_commenter: bool | None | Unset = UNSET
    is_restricted_viewer: bool | None | Unset = UNSET
    is_favorite: bool | None | Unset = UNSET
    is_last_study_opened: bool | None | Unset = UNSET
    opening_date: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    study_pod_flavor: None | str | Unset = UNSET
    execution_pod_flavor: None | str | Unset = UNSET
    generation_pod_flavor: None | str | Unset = UNSET
    last_memory_usage: None | str | Unset = UNSET
    last_cpu_usage: None | str | Unset = UNSET
    has_read_only_file: bool | None | Unset = UNSET
    is_stand_alone: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        process: None | str | Unset
        if isinstance(self.process, Unset):
            process = UNSET
        else:
            process = self.process

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        process_display_name: None | str | Unset
        if isinstance(self.process_display_name, Unset):
            process_display_name = UNSET
        else:
            process_display_name = self.process_display_name

        repository_display_name: None | str | Unset
        if isinstance(self.repository_display_name, Unset):
            repository_display_name = UNSET
        else:
            repository_display_name = self.repository_display_name

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        modification_date: None | str | Unset
        if isinstance(self.modification_date, Unset):
            modification_date = UNSET
        else:
            modification_date = self.modification_date

        execution_status: None | str | Unset
        if isinstance(self.execution_status, Unset):
            execution_status = UNSET
        else:
            execution_status = self.execution_status

        creation_status: None | str | Unset
        if isinstance(self.creation_status, Unset):
            creation_status = UNSET
        else:
            creation_status = self.creation_status

        study_type: None | str | Unset
        if isinstance(self.study_type, Unset):
            study_type = UNSET
        else:
            study_type = self.study_type

        group_name: None | str | Unset
        if isinstance(self.group_name, Unset):
            group_name = UNSET
        else:
            group_name = self.group_name

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_confidential: bool | None | Unset
        if isinstance(self.group_confidential, Unset):
            group_confidential = UNSET
        else:
            group_confidential = self.group_confidential

        is_reference_running: bool | None | Unset
        if isinstance(self.is_reference_running, Unset):
            is_reference_running = UNSET
        else:
            is_reference_running = self.is_reference_running

        regeneration_id: int | None | Unset
        if isinstance(self.regeneration_id, Unset):
            regeneration_id = UNSET
        else:
            regeneration_id = self.regeneration_id

        regeneration_status: None | str | Unset
        if isinstance(self.regeneration_status, Unset):
            regeneration_status = UNSET
        else:
            regeneration_status = self.regeneration_status

        is_manager: bool | None | Unset
        if isinstance(self.is_manager, Unset):
            is_manager = UNSET
        else:
            is_manager = self.is_manager

        is_contributor: bool | None | Unset
        if isinstance(self.is_contributor, Unset):
            is_contributor = UNSET
        else:
            is_contributor = self.is_contributor

        is_commenter: bool | None | Unset
        if isinstance(self.is_commenter, Unset):
            is_commenter = UNSET
        else:
            is_commenter = self.is_commenter

        is_restricted_viewer: bool | None | Unset
        if isinstance(self.is_restricted_viewer, Unset):
            is_restricted_viewer = UNSET
        else:
            is_restricted_viewer = self.is_restricted_viewer

        is_favorite: bool | None | Unset
        if isinstance(self.is_favorite, Unset):
            is_favorite = UNSET
        else:
            is_favorite = self.is_favorite

        is_last_study_opened: bool | None | Unset
        if isinstance(self.is_last_study_opened, Unset):
            is_last_study_opened = UNSET
        else:
            is_last_study_opened = self.is_last_study_opened

        opening_date: None | str | Unset
        if isinstance(self.opening_date, Unset):
            opening_date = UNSET
        else:
            opening_date = self.opening_date

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        study_pod_flavor: None | str | Unset
        if isinstance(self.study_pod_flavor, Unset):
            study_pod_flavor = UNSET
        else:
            study_pod_flavor = self.study_pod_flavor

        execution_pod_flavor: None | str | Unset
        if isinstance(self.execution_pod_flavor, Unset):
            execution_pod_flavor = UNSET
        else:
            execution_pod_flavor = self.execution_pod_flavor

        generation_pod_flavor: None | str | Unset
        if isinstance(self.generation_pod_flavor, Unset):
            generation_pod_flavor = UNSET
        else:
            generation_pod_flavor = self.generation_pod_flavor

        last_memory_usage: None | str | Unset
        if isinstance(self.last_memory_usage, Unset):
            last_memory_usage = UNSET
        else:
            last_memory_usage = self.last_memory_usage

        last_cpu_usage: None | str | Unset
        if isinstance(self.last_cpu_usage, Unset):
            last_cpu_usage = UNSET
        else:
            last_cpu_usage = self.last_cpu_usage

        has_read_only_file: bool | None | Unset
        if isinstance(self.has_read_only_file, Unset):
            has_read_only_file = UNSET
        else:
            has_read_only_file = self.has_read_only_file

        is_stand_alone: bool | None | Unset
        if isinstance(self.is_stand_alone, Unset):
            is_stand_alone = UNSET
        else:
            is_stand_alone = self.is_stand_alone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if process is not UNSET:
            field_dict["process"] = process
        if repository is not UNSET:
            field_dict["repository"] = repository
        if process_display_name is not UNSET:
            field_dict["process_display_name"] = process_display_name
        if repository_display_name is not UNSET:
            field_dict["repository_display_name"] = repository_display_name
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if modification_date is not UNSET:
            field_dict["modification_date"] = modification_date
        if execution_status is not UNSET:
            field_dict["execution_status"] = execution_status
        if creation_status is not UNSET:
            field_dict["creation_status"] = creation_status
        if study_type is not UNSET:
            field_dict["study_type"] = study_type
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if group_confidential is not UNSET:
            field_dict["group_confidential"] = group_confidential
        if is_reference_running is not UNSET:
            field_dict["is_reference_running"] = is_reference_running
        if regeneration_id is not UNSET:
            field_dict["regeneration_id"] = regeneration_id
        if regeneration_status is not UNSET:
            field_dict["regeneration_status"] = regeneration_status
        if is_manager is not UNSET:
            field_dict["is_manager"] = is_manager
        if is_contributor is not UNSET:
            field_dict["is_contributor"] = is_contributor
        if is_commenter is not UNSET:
            field_dict["is_commenter"] = is_commenter
        if is_restricted_viewer is not UNSET:
            field_dict["is_restricted_viewer"] = is_restricted_viewer
        if is_favorite is not UNSET:
            field_dict["is_favorite"] = is_favorite
        if is_last_study_opened is not UNSET:
            field_dict["is_last_study_opened"] = is_last_study_opened
        if opening_date is not UNSET:
            field_dict["opening_date"] = opening_date
        if error is not UNSET:
            field_dict["error"] = error
        if study_pod_flavor is not UNSET:
            field_dict["study_pod_flavor"] = study_pod_flavor
        if execution_pod_flavor is not UNSET:
            field_dict["execution_pod_flavor"] = execution_pod_flavor
        if generation_pod_flavor is not UNSET:
            field_dict["generation_pod_flavor"] = generation_pod_flavor
        if last_memory_usage is not UNSET:
            field_dict["last_memory_usage"] = last_memory_usage
        if last_cpu_usage is not UNSET:
            field_dict["last_cpu_usage"] = last_cpu_usage
        if has_read_only_file is not UNSET:
            field_dict["has_read_only_file"] = has_read_only_file
        if is_stand_alone is not UNSET:
            field_dict["is_stand_alone"] = is_stand_alone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_process(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process = _parse_process(d.pop("process", UNSET))

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_process_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_display_name = _parse_process_display_name(d.pop("process_display_name", UNSET))

        def _parse_repository_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_display_name = _parse_repository_display_name(d.pop("repository_display_name", UNSET))

        def _parse_creation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_modification_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modification_date = _parse_modification_date(d.pop("modification_date", UNSET))

        def _parse_execution_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_status = _parse_execution_status(d.pop("execution_status", UNSET))

        def _parse_creation_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_status = _parse_creation_status(d.pop("creation_status", UNSET))

        def _parse_study_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_type = _parse_study_type(d.pop("study_type", UNSET))

        def _parse_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name = _parse_group_name(d.pop("group_name", UNSET))

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_group_confidential(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        group_confidential = _parse_group_confidential(d.pop("group_confidential", UNSET))

        def _parse_is_reference_running(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_reference_running = _parse_is_reference_running(d.pop("is_reference_running", UNSET))

        def _parse_regeneration_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        regeneration_id = _parse_regeneration_id(d.pop("regeneration_id", UNSET))

        def _parse_regeneration_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regeneration_status = _parse_regeneration_status(d.pop("regeneration_status", UNSET))

        def _parse_is_manager(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_manager = _parse_is_manager(d.pop("is_manager", UNSET))

        def _parse_is_contributor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_contributor = _parse_is_contributor(d.pop("is_contributor", UNSET))

        def _parse_is_commenter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_commenter = _parse_is_commenter(d.pop("is_commenter", UNSET))

        def _parse_is_restricted_viewer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_restricted_viewer = _parse_is_restricted_viewer(d.pop("is_restricted_viewer", UNSET))

        def _parse_is_favorite(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_favorite = _parse_is_favorite(d.pop("is_favorite", UNSET))

        def _parse_is_last_study_opened(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_last_study_opened = _parse_is_last_study_opened(d.pop("is_last_study_opened", UNSET))

        def _parse_opening_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opening_date = _parse_opening_date(d.pop("opening_date", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_study_pod_flavor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_pod_flavor = _parse_study_pod_flavor(d.pop("study_pod_flavor", UNSET))

        def _parse_execution_pod_flavor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_pod_flavor = _parse_execution_pod_flavor(d.pop("execution_pod_flavor", UNSET))

        def _parse_generation_pod_flavor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generation_pod_flavor = _parse_generation_pod_flavor(d.pop("generation_pod_flavor", UNSET))

        def _parse_last_memory_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_memory_usage = _parse_last_memory_usage(d.pop("last_memory_usage", UNSET))

        def _parse_last_cpu_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_cpu_usage = _parse_last_cpu_usage(d.pop("last_cpu_usage", UNSET))

        def _parse_has_read_only_file(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_read_only_file = _parse_has_read_only_file(d.pop("has_read_only_file", UNSET))

        def _parse_is_stand_alone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_stand_alone = _parse_is_stand_alone(d.pop("is_stand_alone", UNSET))

        study_case = cls(
            id=id,
            name=name,
            process=process,
            repository=repository,
            process_display_name=process_display_name,
            repository_display_name=repository_display_name,
            creation_date=creation_date,
            modification_date=modification_date,
            execution_status=execution_status,
            creation_status=creation_status,
            study_type=study_type,
            group_name=group_name,
            group_id=group_id,
            group_confidential=group_confidential,
            is_reference_running=is_reference_running,
            regeneration_id=regeneration_id,
            regeneration_status=regeneration_status,
            is_manager=is_manager,
            is_contributor=is_contributor,
            is_commenter=is_commenter,
            is_restricted_viewer=is_restricted_viewer,
            is_favorite=is_favorite,
            is_last_study_opened=is_last_study_opened,
            opening_date=opening_date,
            error=error,
            study_pod_flavor=study_pod_flavor,
            execution_pod_flavor=execution_pod_flavor,
            generation_pod_flavor=generation_pod_flavor,
            last_memory_usage=last_memory_usage,
            last_cpu_usage=last_cpu_usage,
            has_read_only_file=has_read_only_file,
            is_stand_alone=is_stand_alone,
        )

        study_case.additional_properties = d
        return study_case

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
