from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_dashboard_item import FlowDashboardItem
    from ..models.flow_deployment import FlowDeployment
    from ..models.flow_diagram import FlowDiagram
    from ..models.flow_properties_schema import FlowPropertiesSchema
    from ..models.owner import Owner
    from ..models.resource_reference import ResourceReference


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
        refs (list[ResourceReference] | Unset):
        diagram (FlowDiagram | str | Unset): The diagram's id, or the diagram when populated.
        deployments (list[FlowDeployment | str] | Unset): Deployment ids, or deployments when populated.
        dashboard (list[FlowDashboardItem] | Unset):
        properties_schema (FlowPropertiesSchema | Unset):
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
    tags: list[str] | Unset = UNSET
    refs: list[ResourceReference] | Unset = UNSET
    diagram: FlowDiagram | str | Unset = UNSET
    deployments: list[FlowDeployment | str] | Unset = UNSET
    dashboard: list[FlowDashboardItem] | Unset = UNSET
    properties_schema: FlowPropertiesSchema | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_deployment import FlowDeployment
        from ..models.flow_diagram import FlowDiagram

        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refs, Unset):
            refs = []
            for refs_item_data in self.refs:
                refs_item = refs_item_data.to_dict()
                refs.append(refs_item)

        diagram: dict[str, Any] | str | Unset
        if isinstance(self.diagram, Unset):
            diagram = UNSET
        elif isinstance(self.diagram, FlowDiagram):
            diagram = self.diagram.to_dict()
        else:
            diagram = self.diagram

        deployments: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item: dict[str, Any] | str
                if isinstance(deployments_item_data, FlowDeployment):
                    deployments_item = deployments_item_data.to_dict()
                else:
                    deployments_item = deployments_item_data
                deployments.append(deployments_item)

        dashboard: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = []
            for dashboard_item_data in self.dashboard:
                dashboard_item = dashboard_item_data.to_dict()
                dashboard.append(dashboard_item)

        properties_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties_schema, Unset):
            properties_schema = self.properties_schema.to_dict()

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
        if tags is not UNSET:
            field_dict["tags"] = tags
        if refs is not UNSET:
            field_dict["refs"] = refs
        if diagram is not UNSET:
            field_dict["diagram"] = diagram
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if properties_schema is not UNSET:
            field_dict["propertiesSchema"] = properties_schema
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
        from ..models.flow_dashboard_item import FlowDashboardItem
        from ..models.flow_deployment import FlowDeployment
        from ..models.flow_diagram import FlowDiagram
        from ..models.flow_properties_schema import FlowPropertiesSchema
        from ..models.owner import Owner
        from ..models.resource_reference import ResourceReference

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _refs = d.pop("refs", UNSET)
        refs: list[ResourceReference] | Unset = UNSET
        if _refs is not UNSET:
            refs = []
            for refs_item_data in _refs:
                refs_item = ResourceReference.from_dict(refs_item_data)

                refs.append(refs_item)

        def _parse_diagram(data: object) -> FlowDiagram | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                diagram_type_1 = FlowDiagram.from_dict(data)

                return diagram_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowDiagram | str | Unset, data)

        diagram = _parse_diagram(d.pop("diagram", UNSET))

        _deployments = d.pop("deployments", UNSET)
        deployments: list[FlowDeployment | str] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:

                def _parse_deployments_item(data: object) -> FlowDeployment | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        deployments_item_type_1 = FlowDeployment.from_dict(data)

                        return deployments_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FlowDeployment | str, data)

                deployments_item = _parse_deployments_item(deployments_item_data)

                deployments.append(deployments_item)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: list[FlowDashboardItem] | Unset = UNSET
        if _dashboard is not UNSET:
            dashboard = []
            for dashboard_item_data in _dashboard:
                dashboard_item = FlowDashboardItem.from_dict(dashboard_item_data)

                dashboard.append(dashboard_item)

        _properties_schema = d.pop("propertiesSchema", UNSET)
        properties_schema: FlowPropertiesSchema | Unset
        if isinstance(_properties_schema, Unset):
            properties_schema = UNSET
        else:
            properties_schema = FlowPropertiesSchema.from_dict(_properties_schema)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        flow = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            tags=tags,
            refs=refs,
            diagram=diagram,
            deployments=deployments,
            dashboard=dashboard,
            properties_schema=properties_schema,
            owner=owner,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        flow.additional_properties = d
        return flow

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
