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
    from ..models.command_argument import CommandArgument
    from ..models.master_image import MasterImage
    from ..models.project import Project


T = TypeVar("T", bound="Analysis")


@_attrs_define
class Analysis:
    """An analysis of a project: its code, configuration, build and execution state. Relations (`project`, `masterImage`)
    are present only when asked for with `include`.

        Attributes:
            id (str):
            name (str):
            description (None | str):
            project_id (str):
            master_image_id (None | str):
            registry_id (None | str):
            nodes (int):
            configuration_locked (bool):
            build_status (None | str): One of `starting`, `started`, `stopping`, `stopped`, `executing`, `executed`,
                `failed`.
            realm_id (str):
            user_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            display_name (None | str | Unset): Sent by Hub 0.10.1 and later.
            image_command_arguments (list[CommandArgument] | None | Unset): `null` in the create answer and after a master-
                image change; left out of later reads when it was never set (the server stores the serialised `undefined` and
                leaves the key out).
            nodes_approved (int | Unset): Sent by Hub 0.8.22 and later.
            configuration_entrypoint_valid (bool | Unset): Sent by Hub 0.8.20 and later.
            configuration_image_valid (bool | Unset): Sent by Hub 0.8.20 and later.
            configuration_node_aggregator_valid (bool | Unset): Sent by Hub 0.8.20 and later.
            configuration_node_default_valid (bool | Unset): Sent by Hub 0.8.20 and later.
            configuration_nodes_valid (bool | Unset): Sent by Hub 0.8.20 and later.
            build_nodes_valid (bool | Unset): Whether every node can receive the build (Hub 0.14 still emits this name).
                Sent by Hub 0.8.22 and later.
            build_progress (int | None | Unset): Sent by Hub 0.8.22 and later.
            build_hash (None | str | Unset): Sent by Hub 0.8.22 and later.
            build_os (None | str | Unset): Sent by Hub 0.8.22 and later.
            build_size (int | None | Unset): Sent by Hub 0.8.22 and later.
            distribution_status (None | str | Unset): One of `starting`, `started`, `stopping`, `stopped`, `executing`,
                `executed`, `failed`. Sent by Hub 0.8.22 and later.
            distribution_progress (int | None | Unset): Sent by Hub 0.8.22 and later.
            execution_status (None | str | Unset): One of `starting`, `started`, `stopping`, `stopped`, `executing`,
                `executed`, `failed`. Sent by Hub 0.8.22 (before, the older generation's `run_status` is read as this) and
                later.
            execution_progress (int | None | Unset): Sent by Hub 0.8.22 and later.
            client_id (None | str | Unset): Sent by Hub 0.11.4 and later.
            project (Project | Unset): A project: the nodes that agreed to run its analyses. Relations (`masterImage`) are
                present only when asked for with `include`.
            master_image (MasterImage | None | Unset): `null` when the analysis has no master image (nullable foreign key,
                set to null when the image is deleted).
    """

    id: str
    name: str
    description: None | str
    project_id: str
    master_image_id: None | str
    registry_id: None | str
    nodes: int
    configuration_locked: bool
    build_status: None | str
    realm_id: str
    user_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    display_name: None | str | Unset = UNSET
    image_command_arguments: list[CommandArgument] | None | Unset = UNSET
    nodes_approved: int | Unset = UNSET
    configuration_entrypoint_valid: bool | Unset = UNSET
    configuration_image_valid: bool | Unset = UNSET
    configuration_node_aggregator_valid: bool | Unset = UNSET
    configuration_node_default_valid: bool | Unset = UNSET
    configuration_nodes_valid: bool | Unset = UNSET
    build_nodes_valid: bool | Unset = UNSET
    build_progress: int | None | Unset = UNSET
    build_hash: None | str | Unset = UNSET
    build_os: None | str | Unset = UNSET
    build_size: int | None | Unset = UNSET
    distribution_status: None | str | Unset = UNSET
    distribution_progress: int | None | Unset = UNSET
    execution_status: None | str | Unset = UNSET
    execution_progress: int | None | Unset = UNSET
    client_id: None | str | Unset = UNSET
    project: Project | Unset = UNSET
    master_image: MasterImage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_image import MasterImage

        id = self.id

        name = self.name

        description: None | str
        description = self.description

        project_id = self.project_id

        master_image_id: None | str
        master_image_id = self.master_image_id

        registry_id: None | str
        registry_id = self.registry_id

        nodes = self.nodes

        configuration_locked = self.configuration_locked

        build_status: None | str
        build_status = self.build_status

        realm_id = self.realm_id

        user_id: None | str
        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        image_command_arguments: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_command_arguments, Unset):
            image_command_arguments = UNSET
        elif isinstance(self.image_command_arguments, list):
            image_command_arguments = []
            for image_command_arguments_type_0_item_data in self.image_command_arguments:
                image_command_arguments_type_0_item = image_command_arguments_type_0_item_data.to_dict()
                image_command_arguments.append(image_command_arguments_type_0_item)

        else:
            image_command_arguments = self.image_command_arguments

        nodes_approved = self.nodes_approved

        configuration_entrypoint_valid = self.configuration_entrypoint_valid

        configuration_image_valid = self.configuration_image_valid

        configuration_node_aggregator_valid = self.configuration_node_aggregator_valid

        configuration_node_default_valid = self.configuration_node_default_valid

        configuration_nodes_valid = self.configuration_nodes_valid

        build_nodes_valid = self.build_nodes_valid

        build_progress: int | None | Unset
        if isinstance(self.build_progress, Unset):
            build_progress = UNSET
        else:
            build_progress = self.build_progress

        build_hash: None | str | Unset
        if isinstance(self.build_hash, Unset):
            build_hash = UNSET
        else:
            build_hash = self.build_hash

        build_os: None | str | Unset
        if isinstance(self.build_os, Unset):
            build_os = UNSET
        else:
            build_os = self.build_os

        build_size: int | None | Unset
        if isinstance(self.build_size, Unset):
            build_size = UNSET
        else:
            build_size = self.build_size

        distribution_status: None | str | Unset
        if isinstance(self.distribution_status, Unset):
            distribution_status = UNSET
        else:
            distribution_status = self.distribution_status

        distribution_progress: int | None | Unset
        if isinstance(self.distribution_progress, Unset):
            distribution_progress = UNSET
        else:
            distribution_progress = self.distribution_progress

        execution_status: None | str | Unset
        if isinstance(self.execution_status, Unset):
            execution_status = UNSET
        else:
            execution_status = self.execution_status

        execution_progress: int | None | Unset
        if isinstance(self.execution_progress, Unset):
            execution_progress = UNSET
        else:
            execution_progress = self.execution_progress

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        master_image: dict[str, Any] | None | Unset
        if isinstance(self.master_image, Unset):
            master_image = UNSET
        elif isinstance(self.master_image, MasterImage):
            master_image = self.master_image.to_dict()
        else:
            master_image = self.master_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "projectId": project_id,
                "masterImageId": master_image_id,
                "registryId": registry_id,
                "nodes": nodes,
                "configurationLocked": configuration_locked,
                "buildStatus": build_status,
                "realmId": realm_id,
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if image_command_arguments is not UNSET:
            field_dict["imageCommandArguments"] = image_command_arguments
        if nodes_approved is not UNSET:
            field_dict["nodesApproved"] = nodes_approved
        if configuration_entrypoint_valid is not UNSET:
            field_dict["configurationEntrypointValid"] = configuration_entrypoint_valid
        if configuration_image_valid is not UNSET:
            field_dict["configurationImageValid"] = configuration_image_valid
        if configuration_node_aggregator_valid is not UNSET:
            field_dict["configurationNodeAggregatorValid"] = configuration_node_aggregator_valid
        if configuration_node_default_valid is not UNSET:
            field_dict["configurationNodeDefaultValid"] = configuration_node_default_valid
        if configuration_nodes_valid is not UNSET:
            field_dict["configurationNodesValid"] = configuration_nodes_valid
        if build_nodes_valid is not UNSET:
            field_dict["buildNodesValid"] = build_nodes_valid
        if build_progress is not UNSET:
            field_dict["buildProgress"] = build_progress
        if build_hash is not UNSET:
            field_dict["buildHash"] = build_hash
        if build_os is not UNSET:
            field_dict["buildOs"] = build_os
        if build_size is not UNSET:
            field_dict["buildSize"] = build_size
        if distribution_status is not UNSET:
            field_dict["distributionStatus"] = distribution_status
        if distribution_progress is not UNSET:
            field_dict["distributionProgress"] = distribution_progress
        if execution_status is not UNSET:
            field_dict["executionStatus"] = execution_status
        if execution_progress is not UNSET:
            field_dict["executionProgress"] = execution_progress
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if project is not UNSET:
            field_dict["project"] = project
        if master_image is not UNSET:
            field_dict["masterImage"] = master_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.command_argument import CommandArgument
        from ..models.master_image import MasterImage
        from ..models.project import Project

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        project_id = d.pop("projectId")

        def _parse_master_image_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        master_image_id = _parse_master_image_id(d.pop("masterImageId"))

        def _parse_registry_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        registry_id = _parse_registry_id(d.pop("registryId"))

        nodes = d.pop("nodes")

        configuration_locked = d.pop("configurationLocked")

        def _parse_build_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_status = _parse_build_status(d.pop("buildStatus"))

        realm_id = d.pop("realmId")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_image_command_arguments(
            data: object,
        ) -> list[CommandArgument] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_command_arguments_type_0 = []
                _image_command_arguments_type_0 = data
                for image_command_arguments_type_0_item_data in _image_command_arguments_type_0:
                    image_command_arguments_type_0_item = CommandArgument.from_dict(
                        image_command_arguments_type_0_item_data
                    )

                    image_command_arguments_type_0.append(image_command_arguments_type_0_item)

                return image_command_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommandArgument] | None | Unset, data)

        image_command_arguments = _parse_image_command_arguments(d.pop("imageCommandArguments", UNSET))

        nodes_approved = d.pop("nodesApproved", UNSET)

        configuration_entrypoint_valid = d.pop("configurationEntrypointValid", UNSET)

        configuration_image_valid = d.pop("configurationImageValid", UNSET)

        configuration_node_aggregator_valid = d.pop("configurationNodeAggregatorValid", UNSET)

        configuration_node_default_valid = d.pop("configurationNodeDefaultValid", UNSET)

        configuration_nodes_valid = d.pop("configurationNodesValid", UNSET)

        build_nodes_valid = d.pop("buildNodesValid", UNSET)

        def _parse_build_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        build_progress = _parse_build_progress(d.pop("buildProgress", UNSET))

        def _parse_build_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_hash = _parse_build_hash(d.pop("buildHash", UNSET))

        def _parse_build_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_os = _parse_build_os(d.pop("buildOs", UNSET))

        def _parse_build_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        build_size = _parse_build_size(d.pop("buildSize", UNSET))

        def _parse_distribution_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distribution_status = _parse_distribution_status(d.pop("distributionStatus", UNSET))

        def _parse_distribution_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        distribution_progress = _parse_distribution_progress(d.pop("distributionProgress", UNSET))

        def _parse_execution_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_status = _parse_execution_status(d.pop("executionStatus", UNSET))

        def _parse_execution_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        execution_progress = _parse_execution_progress(d.pop("executionProgress", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        def _parse_master_image(data: object) -> MasterImage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                master_image_type_0 = MasterImage.from_dict(data)

                return master_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MasterImage | None | Unset, data)

        master_image = _parse_master_image(d.pop("masterImage", UNSET))

        analysis = cls(
            id=id,
            name=name,
            description=description,
            project_id=project_id,
            master_image_id=master_image_id,
            registry_id=registry_id,
            nodes=nodes,
            configuration_locked=configuration_locked,
            build_status=build_status,
            realm_id=realm_id,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            display_name=display_name,
            image_command_arguments=image_command_arguments,
            nodes_approved=nodes_approved,
            configuration_entrypoint_valid=configuration_entrypoint_valid,
            configuration_image_valid=configuration_image_valid,
            configuration_node_aggregator_valid=configuration_node_aggregator_valid,
            configuration_node_default_valid=configuration_node_default_valid,
            configuration_nodes_valid=configuration_nodes_valid,
            build_nodes_valid=build_nodes_valid,
            build_progress=build_progress,
            build_hash=build_hash,
            build_os=build_os,
            build_size=build_size,
            distribution_status=distribution_status,
            distribution_progress=distribution_progress,
            execution_status=execution_status,
            execution_progress=execution_progress,
            client_id=client_id,
            project=project,
            master_image=master_image,
        )

        analysis.additional_properties = d
        return analysis

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
