from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from client_runtime import masked_extras as _masked_extras
from client_runtime import masked_repr as _masked_repr

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        name (str):
        read_permissions (list[str]): Realm role names; you may only set roles you hold.
        read_write_permissions (list[str]): Realm role names; you may only set roles you hold.
        id (str | Unset):
        description (str | Unset):
        priority (str | Unset): LOW, MEDIUM, HIGH or CRITICAL.
        tags (list[str] | Unset):
        author (str | Unset):
        asset_ref (str | Unset):
        asset_refname (str | Unset): Read-only display name, filled in by the server.
        event_ref (str | Unset):
        event_refname (str | Unset): Read-only display name, filled in by the server.
        git_hub_nr (float | str | Unset):
        schedule (Any | Unset):
        expiry_date (str | Unset):
        parent (str | Unset):
        parentname (str | Unset): Read-only display name, filled in by the server.
        sub_tasks (list[str] | Unset):
        assigned_to (list[str] | Unset):
        status (str | Unset): OPENED, CLOSED, REJECTED, ACCEPTED, SOLVED, EXPIRED, UNKNOWN, IN PROGRESS, TODO or DONE.
        accepted_by (str | Unset):
        reason (str | Unset):
        status_history_log (list[Any] | Unset):
        logbook_schema (Any | Unset):
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
    priority: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    author: str | Unset = UNSET
    asset_ref: str | Unset = UNSET
    asset_refname: str | Unset = UNSET
    event_ref: str | Unset = UNSET
    event_refname: str | Unset = UNSET
    git_hub_nr: float | str | Unset = UNSET
    schedule: Any | Unset = UNSET
    expiry_date: str | Unset = UNSET
    parent: str | Unset = UNSET
    parentname: str | Unset = UNSET
    sub_tasks: list[str] | Unset = UNSET
    assigned_to: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    accepted_by: str | Unset = UNSET
    reason: str | Unset = UNSET
    status_history_log: list[Any] | Unset = UNSET
    logbook_schema: Any | Unset = UNSET
    owner: Owner | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    deleted_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=_masked_extras)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        read_permissions = self.read_permissions

        read_write_permissions = self.read_write_permissions

        id = self.id

        description = self.description

        priority = self.priority

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        author = self.author

        asset_ref = self.asset_ref

        asset_refname = self.asset_refname

        event_ref = self.event_ref

        event_refname = self.event_refname

        git_hub_nr: float | str | Unset
        if isinstance(self.git_hub_nr, Unset):
            git_hub_nr = UNSET
        else:
            git_hub_nr = self.git_hub_nr

        schedule = self.schedule

        expiry_date = self.expiry_date

        parent = self.parent

        parentname = self.parentname

        sub_tasks: list[str] | Unset = UNSET
        if not isinstance(self.sub_tasks, Unset):
            sub_tasks = self.sub_tasks

        assigned_to: list[str] | Unset = UNSET
        if not isinstance(self.assigned_to, Unset):
            assigned_to = self.assigned_to

        status = self.status

        accepted_by = self.accepted_by

        reason = self.reason

        status_history_log: list[Any] | Unset = UNSET
        if not isinstance(self.status_history_log, Unset):
            status_history_log = self.status_history_log

        logbook_schema = self.logbook_schema

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
        if priority is not UNSET:
            field_dict["priority"] = priority
        if tags is not UNSET:
            field_dict["tags"] = tags
        if author is not UNSET:
            field_dict["author"] = author
        if asset_ref is not UNSET:
            field_dict["assetRef"] = asset_ref
        if asset_refname is not UNSET:
            field_dict["assetRef$name"] = asset_refname
        if event_ref is not UNSET:
            field_dict["eventRef"] = event_ref
        if event_refname is not UNSET:
            field_dict["eventRef$name"] = event_refname
        if git_hub_nr is not UNSET:
            field_dict["gitHubNr"] = git_hub_nr
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parentname is not UNSET:
            field_dict["parent$name"] = parentname
        if sub_tasks is not UNSET:
            field_dict["subTasks"] = sub_tasks
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if status is not UNSET:
            field_dict["status"] = status
        if accepted_by is not UNSET:
            field_dict["acceptedBy"] = accepted_by
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status_history_log is not UNSET:
            field_dict["statusHistoryLog"] = status_history_log
        if logbook_schema is not UNSET:
            field_dict["logbookSchema"] = logbook_schema
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
        from ..models.owner import Owner

        d = dict(src_dict)
        name = d.pop("name")

        read_permissions = cast(list[str], d.pop("readPermissions"))

        read_write_permissions = cast(list[str], d.pop("readWritePermissions"))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        author = d.pop("author", UNSET)

        asset_ref = d.pop("assetRef", UNSET)

        asset_refname = d.pop("assetRef$name", UNSET)

        event_ref = d.pop("eventRef", UNSET)

        event_refname = d.pop("eventRef$name", UNSET)

        def _parse_git_hub_nr(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        git_hub_nr = _parse_git_hub_nr(d.pop("gitHubNr", UNSET))

        schedule = d.pop("schedule", UNSET)

        expiry_date = d.pop("expiryDate", UNSET)

        parent = d.pop("parent", UNSET)

        parentname = d.pop("parent$name", UNSET)

        sub_tasks = cast(list[str], d.pop("subTasks", UNSET))

        assigned_to = cast(list[str], d.pop("assignedTo", UNSET))

        status = d.pop("status", UNSET)

        accepted_by = d.pop("acceptedBy", UNSET)

        reason = d.pop("reason", UNSET)

        status_history_log = cast(list[Any], d.pop("statusHistoryLog", UNSET))

        logbook_schema = d.pop("logbookSchema", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: Owner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = Owner.from_dict(_owner)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        deleted_at = d.pop("deletedAt", UNSET)

        task = cls(
            name=name,
            read_permissions=read_permissions,
            read_write_permissions=read_write_permissions,
            id=id,
            description=description,
            priority=priority,
            tags=tags,
            author=author,
            asset_ref=asset_ref,
            asset_refname=asset_refname,
            event_ref=event_ref,
            event_refname=event_refname,
            git_hub_nr=git_hub_nr,
            schedule=schedule,
            expiry_date=expiry_date,
            parent=parent,
            parentname=parentname,
            sub_tasks=sub_tasks,
            assigned_to=assigned_to,
            status=status,
            accepted_by=accepted_by,
            reason=reason,
            status_history_log=status_history_log,
            logbook_schema=logbook_schema,
            owner=owner,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        task.additional_properties = d
        return task

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
