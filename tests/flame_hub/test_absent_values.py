"""Records the servers write with a relation or a value missing decode, on the current generation.

Evidence, from the servers' source (Hub v0.14.0, authup v1.0.0-beta.63) and a TypeORM 1.1.0 run: a left-joined relation
whose row is missing is written as `null`, never left out; a `serialize`d text column written without a value is
stored as the text 'undefined' and read back as `undefined`, so its key is left out of the JSON.
"""

from __future__ import annotations

from fakes.flame_hub import FlameHub
from flamehub_client import AuthClient, CoreClient
from flamehub_client.auth._generated.types import UNSET as AUTH_UNSET
from flamehub_client.core._generated.types import UNSET


def test_a_node_without_registry_reads_with_null_relations(hub: FlameHub, core_client: CoreClient) -> None:
    # Hub apps/server-core/src/adapters/database/entities/node.ts:73-85: both foreign keys nullable, SET NULL.
    created = core_client.create_node(name="node-without-registry")
    listed = core_client.find_nodes(filter={"id": created.id})
    got = core_client.get_node(created.id)
    assert got is not None
    for node in (listed[0], got):
        assert node.registry is None
        assert node.registry_project is None
        assert node.registry_id is None
    assert hub.core.requests[-1].query.get("include") == "registry,registryProject"


def test_an_analysis_without_command_arguments_is_null_when_created_and_absent_when_read(
    hub: FlameHub, core_client: CoreClient
) -> None:
    # Hub entities/analysis.ts:218-231 (serialize/deserialize text column), core/entities/analysis/service.ts:248.
    project = core_client.create_project(name="project-args")
    created = core_client.create_analysis(project_id=project.id, name="analysis-args")
    assert created.image_command_arguments is None
    read = core_client.get_analysis(created.id)
    assert read is not None
    assert read.image_command_arguments is UNSET
    node = core_client.create_node(name="node-args")
    analysis_node = core_client.create_analysis_node(analysis_id=created.id, node_id=node.id)
    nested = core_client.get_analysis_node(analysis_node.id)
    assert nested is not None
    assert nested.analysis is not None
    assert nested.analysis.id == created.id
    assert nested.analysis.image_command_arguments is UNSET
    image = core_client.get_master_images()[0]
    changed = core_client.update_analysis(created.id, master_image_id=image.id)
    assert changed.image_command_arguments is None
    again = core_client.get_analysis(created.id)
    assert again is not None
    assert again.image_command_arguments is None


def test_built_in_roles_without_realm_read_with_a_null_realm(hub: FlameHub, auth_client: AuthClient) -> None:
    # authup apps/server-core/src/app/modules/provisioning/sources/default/module.ts:167-200: no realm for `admin`.
    roles = {role.name: role for role in auth_client.get_roles()}
    assert roles["admin"].realm is None
    assert roles["admin"].realm_id is None
    assert hub.auth.requests[-1].query.get("include") == "realm"


def test_clients_read_without_the_columns_authup_lacks(hub: FlameHub, auth_client: AuthClient) -> None:
    # authup apps/server-core/src/adapters/database/domains/client/entity.ts: no backchannel logout, no isConfidential.
    clients = auth_client.get_clients()
    assert [c.name for c in clients if c.name == "system"] == ["system"]
    for client in clients:
        assert client.backchannel_logout_uri is AUTH_UNSET
        assert client.is_confidential is AUTH_UNSET
        assert client.realm is not None
        assert client.realm.id == client.realm_id


def test_projects_and_analyses_without_master_image_read_with_a_null_relation(
    hub: FlameHub, core_client: CoreClient
) -> None:
    # Hub entities/project.ts:100-109 and entities/analysis.ts:288-297: nullable foreign key, SET NULL.
    project = core_client.create_project(name="project-no-image")
    analysis = core_client.create_analysis(project_id=project.id, name="analysis-no-image")
    found_project = core_client.get_project(project.id)
    found_analysis = core_client.find_analyses(filter={"id": analysis.id})[0]
    assert found_project is not None
    assert found_project.master_image is None
    assert found_analysis.master_image is None
    assert found_analysis.project is not None
    assert found_analysis.project.id == project.id


def test_master_images_synced_without_arguments_read_without_them(hub: FlameHub, core_client: CoreClient) -> None:
    # Hub entities/master-image.ts:94-107: the same serialize/deserialize column as an analysis' arguments.
    images = {image.name: image for image in core_client.get_master_images()}
    assert images["slim"].command_arguments is UNSET
    assert images["base"].command_arguments is not UNSET
