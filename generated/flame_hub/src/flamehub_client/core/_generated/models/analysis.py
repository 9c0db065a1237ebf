from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            display_name (None | str):
            description (None | str):
            project_id (str):
            master_image_id (None | str):
            registry_id (None | str):
            nodes (int):
            nodes_approved (int):
            configuration_locked (bool):
            configuration_entrypoint_valid (bool):
            configuration_image_valid (bool):
            configuration_node_aggregator_valid (bool):
            configuration_node_default_valid (bool):
            configuration_nodes_valid (bool):
            build_nodes_valid (bool): Whether every node can receive the build (Hub 0.14 still emits this name).
            build_status (None | str): One of `starting`, `started`, `stopping`, `stopped`, `executing`, `executed`,
                `failed`.
            build_progress (int | None):
            build_hash (None | str):
            build_os (None | str):
            build_size (int | None):
            distribution_status (None | str): One of `starting`, `started`, `stopping`, `stopped`, `executing`, `executed`,
                `failed`.
            distribution_progress (int | None):
            execution_status (None | str): One of `starting`, `started`, `stopping`, `stopped`, `executing`, `executed`,
                `failed`.
            execution_progress (int | None):
            realm_id (str):
            user_id (None | str):
            client_id (None | str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            image_command_arguments (list[CommandArgument] | None | Unset): `null` in the create answer and after a master-
                image change; left out of later reads when it was never set (the server stores the serialised `undefined` and
                leaves the key out).
            project (Project | Unset): A project: the nodes that agreed to run its analyses. Relations (`masterImage`) are
                present only when asked for with `include`.
            master_image (MasterImage | None | Unset): `null` when the analysis has no master image (nullable foreign key,
                set to null when the image is deleted).
    """

    id: str
    name: str
    display_name: None | str
    description: None | str
    project_id: str
    master_image_id: None | str
    registry_id: None | str
    nodes: int
    nodes_approved: int
    configuration_locked: bool
    configuration_entrypoint_valid: bool
    configuration_image_valid: bool
    configuration_node_aggregator_valid: bool
    configuration_node_default_valid: bool
    configuration_nodes_valid: bool
    build_nodes_valid: bool
    build_status: None | str
    build_progress: int | None
    build_hash: None | str
    build_os: None | str
    build_size: int | None
    distribution_status: None | str
    distribution_progress: int | None
    execution_status: None | str
    execution_progress: int | None
    realm_id: str
    user_id: None | str
    client_id: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    image_command_arguments: list[CommandArgument] | None | Unset = UNSET
    project: Project | Unset = UNSET
    master_image: MasterImage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.master_image import MasterImage

        id = self.id

        name = self.name

        display_name: None | str
        display_name = self.display_name

        description: None | str
        description = self.description

        project_id = self.project_id

        master_image_id: None | str
        master_image_id = self.master_image_id

        registry_id: None | str
        registry_id = self.registry_id

        nodes = self.nodes

        nodes_approved = self.nodes_approved

        configuration_locked = self.configuration_locked

        configuration_entrypoint_valid = self.configuration_entrypoint_valid

        configuration_image_valid = self.configuration_image_valid

        configuration_node_aggregator_valid = self.configuration_node_aggregator_valid

        configuration_node_default_valid = self.configuration_node_default_valid

        configuration_nodes_valid = self.configuration_nodes_valid

        build_nodes_valid = self.build_nodes_valid

        build_status: None | str
        build_status = self.build_status

        build_progress: int | None
        build_progress = self.build_progress

        build_hash: None | str
        build_hash = self.build_hash

        build_os: None | str
        build_os = self.build_os

        build_size: int | None
        build_size = self.build_size

        distribution_status: None | str
        distribution_status = self.distribution_status

        distribution_progress: int | None
        distribution_progress = self.distribution_progress

        execution_status: None | str
        execution_status = self.execution_status

        execution_progress: int | None
        execution_progress = self.execution_progress

        realm_id = self.realm_id

        user_id: None | str
        user_id = self.user_id

        client_id: None | str
        client_id = self.client_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        image_command_arguments: list[dict[str, Any]] | None | Unset
        if isinstance(self.image_command_arguments, Unset):
            image_command_arguments = UNSET
        elif isinstance(self.image_command_arguments, list):
            image_command_arguments = []
            for (
                image_command_arguments_type_0_item_data
            ) in self.image_command_arguments:
                image_command_arguments_type_0_item = (
                    image_command_arguments_type_0_item_data.to_dict()
                )
                image_command_arguments.append(image_command_arguments_type_0_item)

        else:
            image_command_arguments = self.image_command_arguments

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
                "displayName": display_name,
                "description": description,
                "projectId": project_id,
                "masterImageId": master_image_id,
                "registryId": registry_id,
                "nodes": nodes,
                "nodesApproved": nodes_approved,
                "configurationLocked": configuration_locked,
                "configurationEntrypointValid": configuration_entrypoint_valid,
                "configurationImageValid": configuration_image_valid,
                "configurationNodeAggregatorValid": configuration_node_aggregator_valid,
                "configurationNodeDefaultValid": configuration_node_default_valid,
                "configurationNodesValid": configuration_nodes_valid,
                "buildNodesValid": build_nodes_valid,
                "buildStatus": build_status,
                "buildProgress": build_progress,
                "buildHash": build_hash,
                "buildOs": build_os,
                "buildSize": build_size,
                "distributionStatus": distribution_status,
                "distributionProgress": distribution_progress,
                "executionStatus": execution_status,
                "executionProgress": execution_progress,
                "realmId": realm_id,
                "userId": user_id,
                "clientId": client_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if image_command_arguments is not UNSET:
            field_dict["imageCommandArguments"] = image_command_arguments
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

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

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

        nodes_approved = d.pop("nodesApproved")

        configuration_locked = d.pop("configurationLocked")

        configuration_entrypoint_valid = d.pop("configurationEntrypointValid")

        configuration_image_valid = d.pop("configurationImageValid")

        configuration_node_aggregator_valid = d.pop("configurationNodeAggregatorValid")

        configuration_node_default_valid = d.pop("configurationNodeDefaultValid")

        configuration_nodes_valid = d.pop("configurationNodesValid")

        build_nodes_valid = d.pop("buildNodesValid")

        def _parse_build_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_status = _parse_build_status(d.pop("buildStatus"))

        def _parse_build_progress(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        build_progress = _parse_build_progress(d.pop("buildProgress"))

        def _parse_build_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_hash = _parse_build_hash(d.pop("buildHash"))

        def _parse_build_os(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        build_os = _parse_build_os(d.pop("buildOs"))

        def _parse_build_size(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        build_size = _parse_build_size(d.pop("buildSize"))

        def _parse_distribution_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        distribution_status = _parse_distribution_status(d.pop("distributionStatus"))

        def _parse_distribution_progress(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        distribution_progress = _parse_distribution_progress(
            d.pop("distributionProgress")
        )

        def _parse_execution_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        execution_status = _parse_execution_status(d.pop("executionStatus"))

        def _parse_execution_progress(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        execution_progress = _parse_execution_progress(d.pop("executionProgress"))

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
                for (
                    image_command_arguments_type_0_item_data
                ) in _image_command_arguments_type_0:
                    image_command_arguments_type_0_item = CommandArgument.from_dict(
                        image_command_arguments_type_0_item_data
                    )

                    image_command_arguments_type_0.append(
                        image_command_arguments_type_0_item
                    )

                return image_command_arguments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommandArgument] | None | Unset, data)

        image_command_arguments = _parse_image_command_arguments(
            d.pop("imageCommandArguments", UNSET)
        )

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
            display_name=display_name,
            description=description,
            project_id=project_id,
            master_image_id=master_image_id,
            registry_id=registry_id,
            nodes=nodes,
            nodes_approved=nodes_approved,
            configuration_locked=configuration_locked,
            configuration_entrypoint_valid=configuration_entrypoint_valid,
            configuration_image_valid=configuration_image_valid,
            configuration_node_aggregator_valid=configuration_node_aggregator_valid,
            configuration_node_default_valid=configuration_node_default_valid,
            configuration_nodes_valid=configuration_nodes_valid,
            build_nodes_valid=build_nodes_valid,
            build_status=build_status,
            build_progress=build_progress,
            build_hash=build_hash,
            build_os=build_os,
            build_size=build_size,
            distribution_status=distribution_status,
            distribution_progress=distribution_progress,
            execution_status=execution_status,
            execution_progress=execution_progress,
            realm_id=realm_id,
            user_id=user_id,
            client_id=client_id,
            created_at=created_at,
            updated_at=updated_at,
            image_command_arguments=image_command_arguments,
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
