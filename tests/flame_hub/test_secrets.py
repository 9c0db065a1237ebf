"""Secrets never show in the reprs of the models that carry them, in lists of them, in errors or in logs."""

from __future__ import annotations

import importlib
import logging
from typing import Any

import pytest
from fakes.flame_hub import SYSTEM_SECRET, FlameHub
from fakes.flame_hub_world import build_world
from fakes.spec_server import FakeResponse
from flamehub_client import AuthClient, CoreClient, DecodingError

SECRET = "s3cret-that-must-not-show"
# The fields that carry secrets, as authup and the Hub document them: client and robot secrets, user passwords,
# the token grant's credentials and its tokens, registry account secrets and a node's credentials. Written out
# here, not read from the package, so a field the spec forgets to mark fails.
SECRET_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "auth": {
        "Client": ("secret",),
        "ClientCreate": ("secret",),
        "ClientUpdate": ("secret",),
        "Robot": ("secret",),
        "RobotCreate": ("secret",),
        "RobotUpdate": ("secret",),
        "UserCreate": ("password",),
        "UserUpdate": ("password",),
        "TokenRequest": ("password", "refresh_token", "client_secret", "secret", "code"),
        "TokenResponse": ("access_token", "refresh_token", "id_token"),
    },
    "core": {
        "Registry": ("account_secret",),
        "RegistryCreate": ("account_secret",),
        "RegistryUpdate": ("account_secret",),
        "RegistryProject": ("account_secret",),
        "NodeRegistryCredentials": ("account_secret",),
        "ClientCredentials": ("secret",),
        "ClientCredentialsUpdate": ("secret",),
        "RegistryCommand": ("secret",),
    },
}
CASES = [(service, name, fields) for service, models in SECRET_FIELDS.items() for name, fields in models.items()]


def _instance(service: str, name: str, fields: tuple[str, ...]) -> Any:
    import attrs

    cls = getattr(importlib.import_module(f"flamehub_client.{service}.models"), name)
    values: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        if attribute.name == "additional_properties":
            continue
        if attribute.name in fields:
            values[attribute.name] = SECRET
        elif attribute.default is attrs.NOTHING:
            values[attribute.name] = None
    instance = cls(**values)
    if "additional_properties" in attrs.fields_dict(cls):
        instance.additional_properties = {"session_token": SECRET, "note": "kept"}
    return instance


@pytest.mark.parametrize(("service", "name", "fields"), CASES, ids=[f"{s}.{n}" for s, n, _ in CASES])
def test_models_with_secrets_mask_them_in_repr_and_str(service: str, name: str, fields: tuple[str, ...]) -> None:
    instance = _instance(service, name, fields)
    for shown in (repr(instance), str(instance), repr([instance, instance]), f"{instance!r}", str({"x": instance})):
        assert SECRET not in shown
        assert shown.count("'***'") >= len(fields)
    assert repr(instance).startswith(f"{name}(")
    assert "'note': 'kept'" in repr(instance) or not hasattr(instance, "additional_properties")
    assert all(getattr(instance, field) == SECRET for field in fields)


def test_an_unset_or_empty_secret_shows_as_it_is() -> None:
    from flamehub_client.auth.models import ClientUpdate

    assert "secret=None" in repr(ClientUpdate(secret=None))
    assert "'***'" not in repr(ClientUpdate(name="x"))


def test_records_from_the_server_keep_their_secrets_out_of_reprs_and_logs(
    hub: FlameHub, auth_client: AuthClient, core_client: CoreClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    world = build_world(hub)
    clients = auth_client.find_clients(fields="secret")
    registries = core_client.get_registries(fields="account_secret")
    projects = core_client.find_registry_projects(fields="account_secret")
    node = core_client.get_node(world["node"]["id"])
    credentials = core_client.get_node_client_credentials(world["node"]["id"])
    registry_credentials = core_client.get_node_registry_credentials(world["node"]["id"])
    renewed = core_client.update_node_client_credentials(world["node"]["id"], secret="fresh-s3cret-value")
    secrets = ["client-s3cret", "harbor-s3cret", "registry-s3cret", "fresh-s3cret-value"]
    assert {c.secret for c in clients} >= {"client-s3cret"}
    assert renewed.secret == "fresh-s3cret-value"
    shown = repr([clients, registries, projects, node, credentials, registry_credentials, renewed]) + caplog.text
    assert not [s for s in secrets if s in shown]


@pytest.mark.hub(generation="legacy")
def test_robot_secrets_stay_out_of_reprs(hub: FlameHub, auth_client: AuthClient) -> None:
    robots = auth_client.find_robots(filter={"name": "system"}, fields="secret")
    assert robots[0].secret.startswith("$2y$10$")
    assert robots[0].secret not in repr(robots) + str(robots[0])
    assert SYSTEM_SECRET not in repr(robots)


def test_an_answer_that_does_not_decode_keeps_its_secrets_out_of_the_error(
    hub: FlameHub, auth_client: AuthClient
) -> None:
    system = auth_client.find_clients(filter={"name": "system"}, fields="secret")[0]
    broken = system.to_dict()
    del broken["createdAt"]
    hub.auth.script("clients_list", FakeResponse(200, {"data": [broken], "meta": {"total": 1}}))
    with pytest.raises(DecodingError) as raised:
        auth_client.find_clients(fields="secret")
    assert system.secret not in str(raised.value) + repr(raised.value) + raised.value.text
    assert "missing key 'createdAt'" in str(raised.value)
