from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_function_input_streams_item import FlowFunctionInputStreamsItem
    from ..models.flow_function_output_streams_item import FlowFunctionOutputStreamsItem


T = TypeVar("T", bound="FlowFunction")


@_attrs_define
class FlowFunction:
    """
    Attributes:
        fqn (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        category (str | Unset):
        author (str | Unset):
        name (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        is_abstract (bool | Unset):
        supertype (str | Unset):
        properties_schema (Any | Unset):
        input_streams (list[FlowFunctionInputStreamsItem] | Unset):
        output_streams (list[FlowFunctionOutputStreamsItem] | Unset):
        tags (list[str] | Unset):
        revision (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        deleted_at (str | Unset):
    """

    fqn: str
    read_permissions: list[str]
    read_write_permissions: list[str]
    id: str | Unset = UNSET
    category: str | Unset = UNSET
    author: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    is_abstract: bool | Unset = UNSET
    supertype: str | Unset = UNSET
    properties_schema: Any | Unset = UNSET
    input_streams: list[FlowFunctionInputStreamsItem] | Unset = UNSET
    output_streams: list[FlowFunctionOutputStreamsItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    revision: float | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        fqn = self.fqn

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        category = self.category

        author = self.author

        name = self.name

        description = self.description

        icon = self.icon

        is_abstract = self.is_abstract

        supertype = self.supertype

        properties_schema = self.properties_schema

        input_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_streams, Unset):
            input_streams = []
            for input_streams_item_data in self.input_streams:
                input_streams_item = input_streams_item_data.to_dict()
                input_streams.append(input_streams_item)

        output_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_streams, Unset):
            output_streams = []
            for output_streams_item_data in self.output_streams:
                output_streams_item = output_streams_item_data.to_dict()
                output_streams.append(output_streams_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        revision = self.revision

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fqn": fqn,
                "readPermissions": read_permissions,
                "readWritePermissions": read_write_permissions,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if author is not UNSET:
            field_dict["author"] = author
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if is_abstract is not UNSET:
            field_dict["isAbstract"] = is_abstract
        if supertype is not UNSET:
            field_dict["supertype"] = supertype
        if properties_schema is not UNSET:
            field_dict["propertiesSchema"] = properties_schema
        if input_streams is not UNSET:
            field_dict["inputStreams"] = input_streams
        if output_streams is not UNSET:
            field_dict["outputStreams"] = output_streams
        if tags is not UNSET:
            field_dict["tags"] = tags
        if revision is not UNSET:
            field_dict["revision"] = revision
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_function_input_streams_item import (
            FlowFunctionInputStreamsItem,
        )
        from ..models.flow_function_output_streams_item import (
            FlowFunctionOutputStreamsItem,
        )

        d = dict(src_dict)
        fqn = d.pop("fqn")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        category = d.pop("category", UNSET)

        author = d.pop("author", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        is_abstract = d.pop("isAbstract", UNSET)

        supertype = d.pop("supertype", UNSET)

        properties_schema = d.pop("propertiesSchema", UNSET)

        _input_streams = d.pop("inputStreams", UNSET)
        input_streams: list[FlowFunctionInputStreamsItem] | Unset = UNSET
        if _input_streams is not UNSET:
            input_streams = []
            for input_streams_item_data in _input_streams:
                input_streams_item = FlowFunctionInputStreamsItem.from_dict(input_streams_item_data)

                input_streams.append(input_streams_item)

        _output_streams = d.pop("outputStreams", UNSET)
        output_streams: list[FlowFunctionOutputStreamsItem] | Unset = UNSET
        if _output_streams is not UNSET:
            output_streams = []
            for output_streams_item_data in _output_streams:
                output_streams_item = FlowFunctionOutputStreamsItem.from_dict(output_streams_item_data)

                output_streams.append(output_streams_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        revision = d.pop("revision", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        flow_function = cls(
            fqn=fqn,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            category=category,
            author=author,
            name=name,
            description=description,
            icon=icon,
            is_abstract=is_abstract,
            supertype=supertype,
            properties_schema=properties_schema,
            input_streams=input_streams,
            output_streams=output_streams,
            tags=tags,
            revision=revision,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        flow_function.additional_properties = d
        return flow_function

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
