from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_deployment_flow_model import FlowDeploymentFlowModel
    from ..models.flow_deployment_flow_type_1 import FlowDeploymentFlowType1
    from ..models.flow_deployment_properties import FlowDeploymentProperties
    from ..models.flow_diagram import FlowDiagram
    from ..models.owner import Owner
    from ..models.storage import Storage


T = TypeVar("T", bound="FlowDeployment")


@_attrs_define
class FlowDeployment:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        tags (list[str] | Unset):
        flow (FlowDeploymentFlowType1 | str | Unset): The flow's id, or the flow when populated.
        diagram (FlowDiagram | str | Unset): The diagram's id, or the diagram when populated.
        diagram_id (str | Unset): Sent when creating a deployment.
        artifact (Storage | Unset):
        flow_model (FlowDeploymentFlowModel | Unset):
        properties (FlowDeploymentProperties | Unset):
        desired_status (str | Unset):
        actual_status (str | Unset):
        target (str | Unset):
        statistic (Any | Unset):
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
    flow: FlowDeploymentFlowType1 | str | Unset = UNSET
    diagram: FlowDiagram | str | Unset = UNSET
    diagram_id: str | Unset = UNSET
    artifact: Storage | Unset = UNSET
    flow_model: FlowDeploymentFlowModel | Unset = UNSET
    properties: FlowDeploymentProperties | Unset = UNSET
    desired_status: str | Unset = UNSET
    actual_status: str | Unset = UNSET
    target: str | Unset = UNSET
    statistic: Any | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_deployment_flow_type_1 import FlowDeploymentFlowType1
        from ..models.flow_diagram import FlowDiagram

        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        flow: dict[str, Any] | str | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        elif isinstance(self.flow, FlowDeploymentFlowType1):
            flow = self.flow.to_dict()
        else:
            flow = self.flow

        diagram: dict[str, Any] | str | Unset
        if isinstance(self.diagram, Unset):
            diagram = UNSET
        elif isinstance(self.diagram, FlowDiagram):
            diagram = self.diagram.to_dict()
        else:
            diagram = self.diagram

        diagram_id = self.diagram_id

        artifact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.artifact, Unset):
            artifact = self.artifact.to_dict()

        flow_model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_model, Unset):
            flow_model = self.flow_model.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        desired_status = self.desired_status

        actual_status = self.actual_status

        target = self.target

        statistic = self.statistic

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
        if flow is not UNSET:
            field_dict["flow"] = flow
        if diagram is not UNSET:
            field_dict["diagram"] = diagram
        if diagram_id is not UNSET:
            field_dict["diagramId"] = diagram_id
        if artifact is not UNSET:
            field_dict["artifact"] = artifact
        if flow_model is not UNSET:
            field_dict["flowModel"] = flow_model
        if properties is not UNSET:
            field_dict["properties"] = properties
        if desired_status is not UNSET:
            field_dict["desiredStatus"] = desired_status
        if actual_status is not UNSET:
            field_dict["actualStatus"] = actual_status
        if target is not UNSET:
            field_dict["target"] = target
        if statistic is not UNSET:
            field_dict["statistic"] = statistic
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
        from ..models.flow_deployment_flow_model import FlowDeploymentFlowModel
        from ..models.flow_deployment_flow_type_1 import FlowDeploymentFlowType1
        from ..models.flow_deployment_properties import FlowDeploymentProperties
        from ..models.flow_diagram import FlowDiagram
        from ..models.owner import Owner
        from ..models.storage import Storage

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_flow(data: object) -> FlowDeploymentFlowType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_type_1 = FlowDeploymentFlowType1.from_dict(data)

                return flow_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowDeploymentFlowType1 | str | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

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

        diagram_id = d.pop("diagramId", UNSET)

        _artifact = d.pop("artifact", UNSET)
        artifact: Storage | Unset
        if isinstance(_artifact, Unset):
            artifact = UNSET
        else:
            artifact = Storage.from_dict(_artifact)

        _flow_model = d.pop("flowModel", UNSET)
        flow_model: FlowDeploymentFlowModel | Unset
        if isinstance(_flow_model, Unset):
            flow_model = UNSET
        else:
            flow_model = FlowDeploymentFlowModel.from_dict(_flow_model)

        _properties = d.pop("properties", UNSET)
        properties: FlowDeploymentProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = FlowDeploymentProperties.from_dict(_properties)

        desired_status = d.pop("desiredStatus", UNSET)

        actual_status = d.pop("actualStatus", UNSET)

        target = d.pop("target", UNSET)

        statistic = d.pop("statistic", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        flow_deployment = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            tags=tags,
            flow=flow,
            diagram=diagram,
            diagram_id=diagram_id,
            artifact=artifact,
            flow_model=flow_model,
            properties=properties,
            desired_status=desired_status,
            actual_status=actual_status,
            target=target,
            statistic=statistic,
            owner=owner,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        flow_deployment.additional_properties = d
        return flow_deployment

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
