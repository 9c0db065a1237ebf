"""Every operation of the spec through the façade, sync and async, against the fake server."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fakes.hahnpro import ASSET_ID, ASSET_TYPE_ID, CONTENT_ID, TIMESERIES_ID, HahnProServer
from hahnpro_client import HahnProClient, NotFound
from hahnpro_client._resources import OPERATIONS
from hahnpro_client.models import (
    AiFeedback,
    AiMessageRequest,
    AiThreadRequest,
    AssetTimeSeriesValues,
    DeploymentStatusRequest,
    EventCause,
    EventCausesRequest,
    IdsRequest,
    Invitation,
    LinkRequest,
    LogbookEntryInput,
    LogbookEntryPatch,
    MembersRequest,
    NotificationPayload,
    Organization,
    OrganizationAdminCreate,
    OrganizationCreate,
    ResourceSetRequest,
    RollbackRequest,
    SearchOptions,
    SubscriptionRequest,
    UnlinkRequest,
    UserRolesChange,
    UserSettings,
)

PERMS = {"readPermissions": ["test"], "readWritePermissions": ["test", "admin"]}
BODIES: dict[str, dict[str, Any]] = {
    "assets": {"name": "pump", "type": ASSET_TYPE_ID, **PERMS},
    "asset_types": {"name": "pump type", "typeSchema": {}, "uiSchema": {}, **PERMS},
    "contents": {"fileId": "f9", "filename": "a.txt", "mimetype": "text/plain", "size": 1, "name": "a.txt", **PERMS},
    "timeseries": {"name": "pressure", "minDate": 0, "maxBucketTimeRange": 86400000, **PERMS},
    "events": {"name": "overheat", "level": "WARNING", "assetRef": ASSET_ID, "group": "heat", **PERMS},
    "tasks": {"name": "inspect", "priority": "LOW", "assignedTo": [], "assetRef": ASSET_ID, **PERMS},
    "alerts": {"name": "too hot", "status": "active", "tsRefs": [], **PERMS},
    "endpoints": {"name": "mail", "status": "active", "config": {"type": "mail", "authToken": "t"}, **PERMS},
    "notification_rules": {"name": "rule", "endpointRef": "e1", "status": "active", "every": 60, **PERMS},
    "notifications": {"name": "note", "description": "d", "link": "l", "notificationType": "INFO"},
    "flows": {"name": "flow", "diagram": "diagram1", **PERMS},
    "flow_deployments": {"name": "deployment", "diagramId": "diagram1", **PERMS},
    "flow_functions": {"fqn": "hpc.fn", "category": "task", "name": "fn", **PERMS},
    "flow_modules": {"name": "module", "artifacts": [], "functions": [], **PERMS},
    "labels": {"name": "red label", "color": "red", **PERMS},
    "vault": {"name": "token", "secret": "v4lue", **PERMS},
}
KEYS = {"flow_functions": "fqn", "flow_modules": "name"}
WITH_TRASH = {"assets", "asset_types", "contents", "timeseries", "tasks", "flows", "flow_deployments", "flow_functions"}
WITH_REVISIONS = {"assets", "asset_types", "flows", "flow_functions"}
WITHOUT_SHARE = {"notifications", "labels", "vault"}
WITHOUT_CREATE = {"contents", "flow_modules"}
WITHOUT_MANY = {"flows", "flow_deployments", "flow_functions", "flow_modules", "labels"}


@dataclass
class Case:
    """One call: `prepare(sync_client, fake)` gives the context, `call(client, ctx)` runs sync or async."""

    operation: str
    call: Callable[[Any, Any], Any]
    check: Callable[[Any, Any], bool]
    prepare: Callable[[HahnProClient, HahnProServer], Any] = lambda client, fake: None


def _key(resource: str, item: Any) -> str:
    return str(item.to_dict()[KEYS.get(resource, "id")])


def make(client: HahnProClient, fake: HahnProServer, resource: str) -> str:
    """One stored item of `resource`; its id (fqn, name)."""
    body = BODIES[resource]
    if resource in WITHOUT_CREATE:
        item = fake.handler._put(resource, {"id": fake.handler.new_id(), **body})
        return str(item[KEYS.get(resource, "id")])
    return _key(resource, getattr(client, resource).create(body))


def _deleted(resource: str) -> Callable[[HahnProClient, HahnProServer], str]:
    def prepare(client: HahnProClient, fake: HahnProServer) -> str:
        key = make(client, fake, resource)
        getattr(client, resource).delete(key)
        return key

    return prepare


def _updated(resource: str) -> Callable[[HahnProClient, HahnProServer], dict[str, str]]:
    def prepare(client: HahnProClient, fake: HahnProServer) -> dict[str, str]:
        key = make(client, fake, resource)
        item = getattr(client, resource).get(key).to_dict()
        getattr(client, resource).update(key, {**item, "description": "changed"})
        revision = getattr(client, resource).list_revisions(key).docs[0]
        return {"key": key, "revision": revision.to_dict()["id"]}

    return prepare


def _made(resource: str) -> Callable[[HahnProClient, HahnProServer], str]:
    return lambda client, fake: make(client, fake, resource)


def generic_cases(resource: str) -> list[Case]:
    body = BODIES[resource]
    name = body.get("fqn", body["name"])
    res: Callable[[Any], Any] = lambda c: getattr(c, resource)  # noqa: E731
    cases = [
        Case(f"{resource}_get_many", lambda c, k: res(c).list(), lambda r, k: r.total >= 1, _made(resource)),
        Case(f"{resource}_get", lambda c, k: res(c).get(k), lambda r, k: _key(resource, r) == k, _made(resource)),
        Case(
            f"{resource}_update",
            lambda c, k: res(c).update(k, {**body, "description": "new"}),
            lambda r, k: r.to_dict().get("description") == "new",
            _made(resource),
        ),
    ]
    if resource != "flow_deployments":
        cases.append(
            Case(f"{resource}_delete", lambda c, k: res(c).delete(k), lambda r, k: r.to_dict() != {}, _made(resource))
        )
    if resource not in WITHOUT_CREATE:
        cases.append(Case(f"{resource}_create", lambda c, k: res(c).create(body), lambda r, k: r.name == body["name"]))
    if resource not in WITHOUT_MANY:
        many = [body, {**body, "name": "second"}]
        cases.append(Case(f"{resource}_create_many", lambda c, k: res(c).create_many(many), lambda r, k: len(r) == 2))
    if resource not in WITHOUT_SHARE:
        share = {"ids": [], "orgResourcePermissions": [{"id": "org1", "name": "Org", "permissionType": "read"}]}
        cases += [
            Case(
                f"{resource}_cancel_access",
                lambda c, k: res(c).cancel_access(k),
                lambda r, k: r is None,
                _made(resource),
            ),
            Case(
                f"{resource}_share",
                lambda c, k: res(c).share({**share, "ids": [k]}),
                lambda r, k: r is None,
                _made(resource),
            ),
        ]
    if resource in WITH_TRASH:
        cases += [
            Case(
                f"{resource}_list_trash",
                lambda c, k: res(c).list_trash(),
                lambda r, k: r.total == 1,
                _deleted(resource),
            ),
            Case(
                f"{resource}_restore_all",
                lambda c, k: res(c).restore_all(),
                lambda r, k: len(r) == 1,
                _deleted(resource),
            ),
            Case(
                f"{resource}_restore",
                lambda c, k: res(c).restore(k),
                lambda r, k: _key(resource, r) == k and not r.deleted_at,
                _deleted(resource),
            ),
            Case(
                f"{resource}_empty_trash",
                lambda c, k: res(c).empty_trash(offset=0),
                lambda r, k: r.deleted_count == 1,
                _deleted(resource),
            ),
        ]
    if resource in WITH_REVISIONS:
        cases += [
            Case(
                f"{resource}_list_revisions",
                lambda c, k: res(c).list_revisions(k["key"]),
                lambda r, k: r.total == 1,
                _updated(resource),
            ),
            Case(
                f"{resource}_rollback",
                lambda c, k: res(c).rollback(k["key"], body=RollbackRequest(revision_id=k["revision"])),
                lambda r, k: r.to_dict().get("description") is None and r.to_dict()[KEYS.get(resource, "name")] == name,
                _updated(resource),
            ),
            Case(
                f"{resource}_delete_revision",
                lambda c, k: res(c).delete_revision(k["key"], k["revision"]),
                lambda r, k: r.to_dict()["originalId"] == k["key"],
                _updated(resource),
            ),
        ]
    return cases


def _with_logbook_entry(client: HahnProClient, fake: HahnProServer) -> dict[str, str]:
    task = make(client, fake, "tasks")
    entry = client.tasks.add_logbook_entry(task, body=LogbookEntryInput(date="2024-01-01", duration=5, materials=[]))
    return {"task": task, "entry": str(entry.id)}


def _with_event(client: HahnProClient, fake: HahnProServer) -> str:
    return make(client, fake, "events")


def _with_deployment(client: HahnProClient, fake: HahnProServer) -> str:
    return make(client, fake, "flow_deployments")


def _with_thread(client: HahnProClient, fake: HahnProServer) -> str:
    return str(client.ai.create_thread(body=AiThreadRequest(assistant_id="assistant1")).id)


def _with_invitation(client: HahnProClient, fake: HahnProServer) -> str:
    client.organizations.invite("org1", body=Invitation(email="ada@example.org", roles=["member"]))
    return str(fake.handler.organizations["org1"]["invitations"][0]["id"])


def _with_module(client: HahnProClient, fake: HahnProServer) -> str:
    client.flow_modules.publish(b"PK\x03\x04", name="module", version="1.0.0")
    return "module"


def _with_sent_notification(client: HahnProClient, fake: HahnProServer) -> str:
    endpoint = make(client, fake, "endpoints")
    client.endpoints.send_notification(endpoint, body=NotificationPayload(subject="s", message="m", group="g"))
    return endpoint


def _with_translation(client: HahnProClient, fake: HahnProServer) -> None:
    fake.handler.collections["assets"].items[ASSET_ID]["translationId"] = "t1"


def _with_external_key(client: HahnProClient, fake: HahnProServer) -> None:
    fake.handler.collections["assets"].items[ASSET_ID]["externalKey"] = "erp-1"


def _with_template(client: HahnProClient, fake: HahnProServer) -> None:
    template = {"id": "tpl1", "name": "default", "template": {"a": 1}}
    fake.handler.collections["asset_types"].items[ASSET_TYPE_ID]["templates"] = [template]


def _with_label(client: HahnProClient, fake: HahnProServer) -> None:
    make(client, fake, "labels")


def _with_secret(client: HahnProClient, fake: HahnProServer) -> None:
    make(client, fake, "vault")


ORG = OrganizationCreate(name="New Org")
SPECIFIC = [
    Case("assets_count", lambda c, k: c.assets.count({"tags": ["test"]}), lambda r, k: r == 1),
    Case(
        "assets_add_attachment",
        lambda c, k: c.assets.add_attachment(ASSET_ID, b"hi", read_permissions="test", read_write_permissions="test"),
        lambda r, k: len(r.attachments) == 2,
    ),
    Case(
        "assets_list_attachments",
        lambda c, k: c.assets.list_attachments(ASSET_ID),
        lambda r, k: r.docs[0].id == CONTENT_ID,
    ),
    Case(
        "assets_link",
        lambda c, k: c.assets.link(ASSET_ID, body=LinkRequest(element_id="e1", target_property="aliases")),
        lambda r, k: r.aliases == ["e1"],
    ),
    Case(
        "assets_unlink",
        lambda c, k: c.assets.unlink(ASSET_ID, body=UnlinkRequest(element_ids=["e1"], target_property="aliases")),
        lambda r, k: r.aliases == [],
    ),
    Case(
        "assets_update_event_cause",
        lambda c, k: c.assets.update_event_cause(ASSET_ID, body=EventCause(cause="heat", level="CRITICAL")),
        lambda r, k: r.name == f"hpc-event-causes-{ASSET_ID}",
    ),
    Case(
        "assets_get_event_levels",
        lambda c, k: c.assets.get_event_levels(body=EventCausesRequest(ids=[ASSET_ID], causes=["heat"])),
        lambda r, k: r.to_dict() == {ASSET_ID: {}},
    ),
    Case(
        "assets_get_external",
        lambda c, k: c.assets.get_external("erp-1"),
        lambda r, k: r.id == ASSET_ID,
        _with_external_key,
    ),
    Case(
        "assets_update_external",
        lambda c, k: c.assets.update_external("erp-1", body=_asset(externalKey="erp-1", name="renamed")),
        lambda r, k: r.name == "renamed",
        _with_external_key,
    ),
    Case(
        "assets_get_translated_names",
        lambda c, k: c.assets.get_translated_names("de", translation_ids="t1"),
        lambda r, k: r.to_dict() == {"t1": "press 1 (de)"},
        _with_translation,
    ),
    Case(
        "asset_types_get_template",
        lambda c, k: c.asset_types.get_template(ASSET_TYPE_ID, "default"),
        lambda r, k: r.id == "tpl1",
        _with_template,
    ),
    Case(
        "contents_upload",
        lambda c, k: c.contents.upload(
            b"data", read_permissions="test", read_write_permissions="test", filename="d.csv"
        ),
        lambda r, k: (r.filename, r.mimetype, r.size) == ("d.csv", "text/csv", 4),
    ),
    Case("contents_download", lambda c, k: c.contents.download(CONTENT_ID), lambda r, k: r == b"hello world\n"),
    Case(
        "timeseries_add_values",
        lambda c, k: c.timeseries.add_values(TIMESERIES_ID, {10_000: 1.5}),
        lambda r, k: r is None,
    ),
    Case(
        "timeseries_get_values",
        lambda c, k: c.timeseries.get_values(TIMESERIES_ID, 2000, limit=2),
        lambda r, k: [v.timestamp for v in r] == [2000, 3000],
    ),
    Case(
        "timeseries_get_values_of_period",
        lambda c, k: c.timeseries.get_values_of_period(TIMESERIES_ID, 2000, 4000, group="none"),
        lambda r, k: [v.value for v in r] == [22, 23, 24],
    ),
    Case(
        "timeseries_get_most_recent",
        lambda c, k: c.timeseries.get_most_recent(TIMESERIES_ID),
        lambda r, k: r.timestamp == 5000,
    ),
    Case(
        "timeseries_add_asset_values",
        lambda c, k: c.timeseries.add_asset_values(
            ASSET_ID, "humidity", {1000: 40}, read_permissions=["test"], read_write_permissions=["test"]
        ),
        lambda r, k: r.name == "humidity" and r.asset_ref == ASSET_ID,
    ),
    Case(
        "timeseries_add_asset_values_bulk",
        lambda c, k: c.timeseries.add_asset_values_bulk(
            ASSET_ID,
            body=[AssetTimeSeriesValues.from_dict({"name": n, "values": {"1000": 1}, **PERMS}) for n in ("a", "b")],
        ),
        lambda r, k: [s.status for s in r] == ["fulfilled", "fulfilled"],
    ),
    Case(
        "timeseries_list_by_asset",
        lambda c, k: c.timeseries.list_by_asset(ASSET_ID, names="temperature"),
        lambda r, k: r.docs[0].id == TIMESERIES_ID,
    ),
    Case(
        "timeseries_get_most_recent_by_asset",
        lambda c, k: c.timeseries.get_most_recent_by_asset(ASSET_ID),
        lambda r, k: r.to_dict()["temperature"]["timestamp"] == 5000,
    ),
    Case(
        "events_get_last_by_group",
        lambda c, k: c.events.get_last_by_group(ASSET_ID, "heat"),
        lambda r, k: r.id == k,
        _with_event,
    ),
    Case(
        "events_get_last_by_groups",
        lambda c, k: c.events.get_last_by_groups(ASSET_ID, groups="heat,cold"),
        lambda r, k: r.to_dict() == {"heat": k},
        _with_event,
    ),
    Case(
        "tasks_list_logbook",
        lambda c, k: c.tasks.list_logbook(k["task"]),
        lambda r, k: (r.total, r.limit, r.docs[0].id) == (1, 50, k["entry"]),
        _with_logbook_entry,
    ),
    Case(
        "tasks_add_logbook_entry",
        lambda c, k: c.tasks.add_logbook_entry(k, body=LogbookEntryInput(date="2024-01-02", duration=3, materials=[])),
        lambda r, k: r.task_id == k and r.source == "manual",
        _made("tasks"),
    ),
    Case(
        "tasks_update_logbook_entry",
        lambda c, k: c.tasks.update_logbook_entry(k["task"], k["entry"], body=LogbookEntryPatch(comment="done")),
        lambda r, k: r.comment == "done",
        _with_logbook_entry,
    ),
    Case(
        "tasks_delete_logbook_entry",
        lambda c, k: c.tasks.delete_logbook_entry(k["task"], k["entry"]),
        lambda r, k: r.deleted is True,
        _with_logbook_entry,
    ),
    Case(
        "tasks_list_my_logbook", lambda c, k: c.tasks.list_my_logbook(), lambda r, k: r.total == 1, _with_logbook_entry
    ),
    Case(
        "endpoints_send_notification",
        lambda c, k: c.endpoints.send_notification(k, body=NotificationPayload(subject="s", message="m")),
        lambda r, k: r is None,
        _made("endpoints"),
    ),
    Case(
        "endpoints_get_last_log",
        lambda c, k: c.endpoints.get_last_log(k, "g"),
        lambda r, k: r.endpoint == k and r.group == "g",
        _with_sent_notification,
    ),
    Case(
        "flows_get_by_diagram",
        lambda c, k: c.flows.get_by_diagram("diagram1"),
        lambda r, k: r.id == k,
        _made("flows"),
    ),
    Case(
        "flows_list_diagram_revisions",
        lambda c, k: c.flows.list_diagram_revisions(k),
        lambda r, k: r[0].flow == k,
        _made("flows"),
    ),
    Case(
        "flow_deployments_update_status",
        lambda c, k: c.flow_deployments.update_status(k, body=DeploymentStatusRequest(desired_status="stopped")),
        lambda r, k: r.actual_status == "stopped",
        _with_deployment,
    ),
    Case(
        "flow_deployments_subscribe_status",
        lambda c, k: c.flow_deployments.subscribe_status(k),
        lambda r, k: [e.data for e in r] == ["generating queued"],
        _with_deployment,
    ),
    Case(
        "flow_deployments_subscribe_logs",
        lambda c, k: c.flow_deployments.subscribe_logs(k),
        lambda r, k: r[0].json()["deploymentId"] == k,
        _with_deployment,
    ),
    Case(
        "flow_deployments_get_statistics",
        lambda c, k: c.flow_deployments.get_statistics(k),
        lambda r, k: r.to_dict()["id"] == k,
        _with_deployment,
    ),
    Case(
        "flow_deployments_get_metrics",
        lambda c, k: c.flow_deployments.get_metrics(k),
        lambda r, k: r.to_dict()["range"] == "12h" and r.to_dict()["interval"] == "5m",
        _with_deployment,
    ),
    Case(
        "flow_deployments_get_logs",
        lambda c, k: c.flow_deployments.get_logs(k),
        lambda r, k: r[0].to_dict()["message"] == "started",
        _with_deployment,
    ),
    Case(
        "flow_deployments_resolve_references",
        lambda c, k: c.flow_deployments.resolve_references(k, recursive=True),
        lambda r, k: r[0].resource_type == "flow",
        _with_deployment,
    ),
    Case(
        "flow_modules_publish",
        lambda c, k: c.flow_modules.publish(b"PK\x03\x04", name="module", version="1.0.0", description="d"),
        lambda r, k: r.name == "module" and r.to_dict()["artifacts"][0]["version"] == "1.0.0",
    ),
    Case(
        "flow_modules_delete_artifact",
        lambda c, k: c.flow_modules.delete_artifact(k, "1.0.0"),
        lambda r, k: r.artifacts == [],
        _with_module,
    ),
    Case(
        "labels_get_by_name", lambda c, k: c.labels.get_by_name("red label"), lambda r, k: r.color == "red", _with_label
    ),
    Case("labels_count", lambda c, k: c.labels.count(), lambda r, k: r == 1, _with_label),
    Case(
        "labels_search",
        lambda c, k: c.labels.search(body=SearchOptions(query="red")),
        lambda r, k: r.docs[0].name == "red label",
        _with_label,
    ),
    Case("vault_get_secret", lambda c, k: c.vault.get_secret("token"), lambda r, k: r == "v4lue", _with_secret),
    Case("users_get_settings", lambda c, k: c.users.get_settings(), lambda r, k: r.language == "en"),
    Case(
        "users_update_settings",
        lambda c, k: c.users.update_settings(body=UserSettings(language="de")),
        lambda r, k: r.language == "de",
    ),
    Case("users_delete_settings", lambda c, k: c.users.delete_settings(), lambda r, k: r.user_id == "u1"),
    Case("organizations_create", lambda c, k: c.organizations.create(body=ORG), lambda r, k: r.name == "New Org"),
    Case(
        "organizations_update",
        lambda c, k: c.organizations.update("org1", body=Organization(name="Renamed")),
        lambda r, k: r.name == "Renamed",
    ),
    Case("organizations_get", lambda c, k: c.organizations.get("org1"), lambda r, k: r.name == "Hahn Projects"),
    Case("organizations_get_active", lambda c, k: c.organizations.get_active(), lambda r, k: r.id == "org1"),
    Case(
        "organizations_set_active",
        lambda c, k: c.organizations.set_active("org1", body=_empty()),
        lambda r, k: r is None,
    ),
    Case("organizations_list_mine", lambda c, k: c.organizations.list_mine(), lambda r, k: r[0].id == "org1"),
    Case("organizations_list_of_user", lambda c, k: c.organizations.list_of_user("u1"), lambda r, k: r[0].id == "org1"),
    Case(
        "organizations_get_user_roles",
        lambda c, k: c.organizations.get_user_roles("u1", body=IdsRequest(ids=["org1"])),
        lambda r, k: r.to_dict() == {"org1": ["member"]},
    ),
    Case(
        "organizations_get_names",
        lambda c, k: c.organizations.get_names(body=IdsRequest(ids=["org1"])),
        lambda r, k: r[0].name == "Hahn Projects",
    ),
    Case(
        "organizations_get_by_name",
        lambda c, k: c.organizations.get_by_name("Hahn Projects"),
        lambda r, k: r.id == "org1",
    ),
    Case("organizations_check_name", lambda c, k: c.organizations.check_name("Free Name"), lambda r, k: r is None),
    Case(
        "organizations_has_active_subscription",
        lambda c, k: c.organizations.has_active_subscription("sub1"),
        lambda r, k: r is False,
    ),
    Case(
        "organizations_get_data",
        lambda c, k: c.organizations.get_data("org1", kinds="members,roles"),
        lambda r, k: set(r.to_dict()) == {"members", "roles"},
    ),
    Case(
        "organizations_get_employee",
        lambda c, k: c.organizations.get_employee("org1", "u7"),
        lambda r, k: r.to_dict()["id"] == "u7",
    ),
    Case(
        "organizations_invite",
        lambda c, k: c.organizations.invite("org1", body=Invitation(email="ada@example.org", roles=["member"])),
        lambda r, k: r is None,
    ),
    Case(
        "organizations_resend_invitation",
        lambda c, k: c.organizations.resend_invitation("org1", k),
        lambda r, k: r is None,
        _with_invitation,
    ),
    Case(
        "organizations_create_role",
        lambda c, k: c.organizations.create_role("org1", body=_free(name="viewer")),
        lambda r, k: r[0].to_dict() == {"name": "viewer"},
    ),
    Case(
        "organizations_update_role",
        lambda c, k: c.organizations.update_role("org1", "viewer", body=_free(name="viewer", admin=False)),
        lambda r, k: r == [],
    ),
    Case(
        "organizations_update_user_roles",
        lambda c, k: c.organizations.update_user_roles("org1", "u1", body=UserRolesChange(grant_roles=["admin"])),
        lambda r, k: r is None,
    ),
    Case(
        "organizations_delete_data",
        lambda c, k: c.organizations.delete_data("org1", "u9", kind="members"),
        lambda r, k: r.to_dict() == {"members": []},
    ),
    Case(
        "organizations_request_deletion", lambda c, k: c.organizations.request_deletion("org1"), lambda r, k: r is None
    ),
    Case("organizations_leave", lambda c, k: c.organizations.leave("org1"), lambda r, k: r is None),
    Case(
        "organizations_administration_get",
        lambda c, k: c.organizations_administration.get("org1"),
        lambda r, k: r.id == "org1",
    ),
    Case(
        "organizations_administration_get_many",
        lambda c, k: c.organizations_administration.get_many(limit=1),
        lambda r, k: (r.total, r.limit) == (1, 1),
    ),
    Case(
        "organizations_administration_search",
        lambda c, k: c.organizations_administration.search(name="hahn"),
        lambda r, k: r[0].id == "org1",
    ),
    Case(
        "organizations_administration_create",
        lambda c, k: c.organizations_administration.create(body=OrganizationAdminCreate(organization_dto=ORG)),
        lambda r, k: r.name == "New Org",
    ),
    Case(
        "organizations_administration_add_members",
        lambda c, k: c.organizations_administration.add_members("org1", body=_members()),
        lambda r, k: r is None,
    ),
    Case(
        "organizations_administration_set_subscription",
        lambda c, k: c.organizations_administration.set_subscription("org1", body=SubscriptionRequest(type_="pro")),
        lambda r, k: r.to_dict()["subscriptionType"] == "pro",
    ),
    Case(
        "organizations_administration_delete",
        lambda c, k: c.organizations_administration.delete("org1"),
        lambda r, k: r == "task-org1",
    ),
    Case(
        "organizations_administration_subscribe_deletion_task",
        lambda c, k: c.organizations_administration.subscribe_deletion_task("org1"),
        lambda r, k: [e.json()["stepNumber"] for e in r] == [1, 2],
    ),
    Case(
        "organizations_resources_list_set_names",
        lambda c, k: c.organizations_resources.list_set_names(),
        lambda r, k: r == ["default", "demo"],
    ),
    Case(
        "organizations_resources_create",
        lambda c, k: c.organizations_resources.create("org1", body=ResourceSetRequest(resource_set_name="demo")),
        lambda r, k: r == "create-org1",
    ),
    Case(
        "organizations_resources_delete",
        lambda c, k: c.organizations_resources.delete("org1"),
        lambda r, k: r == "delete-org1",
    ),
    Case(
        "organizations_resources_subscribe_creation_task",
        lambda c, k: c.organizations_resources.subscribe_creation_task("org1"),
        lambda r, k: r[-1].json() == {"message": "done"},
    ),
    Case(
        "organizations_resources_subscribe_deletion_task",
        lambda c, k: c.organizations_resources.subscribe_deletion_task("org1"),
        lambda r, k: len(r) == 3,
    ),
    Case(
        "search_search",
        lambda c, k: c.search.search(body=SearchOptions(query="press")),
        lambda r, k: r.docs[0].to_dict()["id"] == ASSET_ID,
    ),
    Case(
        "ai_send_message",
        lambda c, k: c.ai.send_message(body=AiMessageRequest(message="hi", assistant_id="assistant1")),
        lambda r, k: r.content == "echo: hi",
    ),
    Case(
        "ai_create_thread",
        lambda c, k: c.ai.create_thread(body=AiThreadRequest(assistant_id="assistant1")),
        lambda r, k: r.assistant_id == "assistant1",
    ),
    Case(
        "ai_list_threads",
        lambda c, k: c.ai.list_threads(assistant_ids="assistant1"),
        lambda r, k: r[0].id == k,
        _with_thread,
    ),
    Case("ai_list_assistants", lambda c, k: c.ai.list_assistants(), lambda r, k: r[0].name == "Helper"),
    Case("ai_get_assistant", lambda c, k: c.ai.get_assistant("assistant1"), lambda r, k: r.name == "Helper"),
    Case(
        "ai_list_assistant_threads",
        lambda c, k: c.ai.list_assistant_threads("assistant1"),
        lambda r, k: r[0].id == k,
        _with_thread,
    ),
    Case(
        "ai_get_latest_assistant_thread",
        lambda c, k: c.ai.get_latest_assistant_thread("assistant1"),
        lambda r, k: r.id == k,
        _with_thread,
    ),
    Case("ai_get_speech_token", lambda c, k: c.ai.get_speech_token(), lambda r, k: r.region == "westeurope"),
    Case("ai_get_latest_thread", lambda c, k: c.ai.get_latest_thread(), lambda r, k: r.id == k, _with_thread),
    Case("ai_get_thread", lambda c, k: c.ai.get_thread(k), lambda r, k: r.id == k, _with_thread),
    Case("ai_delete_thread", lambda c, k: c.ai.delete_thread(k), lambda r, k: r.id == k, _with_thread),
    Case("ai_list_messages", lambda c, k: c.ai.list_messages(k), lambda r, k: r.total == 0, _with_thread),
    Case(
        "ai_send_feedback",
        lambda c, k: c.ai.send_feedback(body=AiFeedback(trace_id="t1", value=1)),
        lambda r, k: r is None,
    ),
    Case(
        "proxy_get",
        lambda c, k: c.proxy.get("p1", "nodes/a b", params={"depth": 1}),
        lambda r, k: r["path"] == "nodes/a b",
    ),
    Case(
        "proxy_post",
        lambda c, k: c.proxy.post("p1", "x", {"a": 1}),
        lambda r, k: (r["method"], r["body"]) == ("POST", {"a": 1}),
    ),
    Case("proxy_put", lambda c, k: c.proxy.put("p1", "x", {"a": 2}), lambda r, k: r["method"] == "PUT"),
    Case("proxy_delete", lambda c, k: c.proxy.delete("p1", "x"), lambda r, k: r["method"] == "DELETE"),
]


def _asset(**fields: Any) -> Any:
    from hahnpro_client.models import Asset

    return Asset.from_dict({**BODIES["assets"], **fields})


def _empty() -> Any:
    from hahnpro_client.models import EmptyBody

    return EmptyBody()


def _free(**fields: Any) -> Any:
    from hahnpro_client.models import FreeForm

    return FreeForm.from_dict(fields)


def _members() -> MembersRequest:
    return MembersRequest.from_dict({"usersWithOrgRoles": [{"username": "ada", "orgRoles": ["member"]}]})


CASES = [case for resource in BODIES for case in generic_cases(resource)] + SPECIFIC
IDS = [case.operation for case in CASES]


def test_every_operation_in_the_spec_is_covered_here() -> None:
    assert {op.endpoint.rsplit(".", 1)[-1] for op in OPERATIONS} == set(IDS)
    assert len(IDS) == len(set(IDS))


def _settle(result: Any) -> Any:
    """Iterators of events are collected, so sync and async results compare alike."""
    if inspect.isgenerator(result):
        return list(result)
    return result


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sync_method(fake: HahnProServer, connect: Callable[..., HahnProClient], case: Case) -> None:
    with connect() as client:
        context = case.prepare(client, fake)
        assert case.check(_settle(case.call(client, context)), context)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_async_method(fake: HahnProServer, connect: Callable[..., HahnProClient], aconnect: Any, case: Case) -> None:
    with connect() as client:
        context = case.prepare(client, fake)

    async def run() -> Any:
        async with aconnect() as aclient:
            result = case.call(aclient, context)
            if inspect.isawaitable(result):
                return await result
            return [item async for item in result]

    assert case.check(asyncio.run(run()), context)


def test_a_deleted_item_is_gone_from_get(client: HahnProClient) -> None:
    label = client.labels.create(BODIES["labels"])
    client.labels.delete(str(label.id))
    with pytest.raises(NotFound):
        client.labels.get(str(label.id))


def test_raw_response_exposes_headers_and_parses_on_demand(client: HahnProClient) -> None:
    raw = client.assets.with_raw_response.get(ASSET_ID)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.parse().name == "press 1"


def test_with_options_shares_connections_and_changes_defaults(client: HahnProClient) -> None:
    quick = client.with_options(timeout=3, max_retries=0)
    assert quick.timeout.read == 3
    assert quick.retry.max_retries == 0
    assert quick.assets.get(ASSET_ID).id == ASSET_ID
