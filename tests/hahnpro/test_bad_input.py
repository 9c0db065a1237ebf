"""Bad input is a clear InvalidRequest raised before anything reaches the API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fakes.hahnpro import ASSET_ID, ASSET_TYPE_ID, TIMESERIES_ID, HahnProServer
from hahnpro_client import AsyncHahnProClient, HahnProClient, InvalidRequest

PERMS = {"readPermissions": ["test"], "readWritePermissions": ["test"]}


@pytest.mark.parametrize("missing", ["AUTH_SECRET"])
def test_a_missing_secret_names_the_variable(fake: HahnProServer, env: dict[str, str], missing: str) -> None:
    del env[missing]
    with pytest.raises(InvalidRequest) as caught:
        HahnProClient.from_env(env)
    assert caught.value.where == "AUTH_SECRET"
    assert "not set in the environment" in str(caught.value)
    with pytest.raises(InvalidRequest, match="AUTH_SECRET"):
        AsyncHahnProClient.from_env(env)
    assert fake.keycloak.token_requests == []


def test_an_unsafe_filter_value_sends_nothing(fake: HahnProServer, client: HahnProClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.assets.list({"name": "v;w"})
    assert caught.value.where == "filter['name']"
    with pytest.raises(InvalidRequest, match="','"):
        list(client.assets.iter({"tags": ["a,b"]}))
    assert fake.requests == []
    assert fake.keycloak.token_requests == []


def test_an_unknown_group_sends_nothing(fake: HahnProServer, client: HahnProClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.timeseries.values(TIMESERIES_ID, 0, group="2h")  # type: ignore[arg-type]
    assert caught.value.where == "group"
    assert "'12h'" in caught.value.problem
    assert fake.requests == []


def test_a_role_you_do_not_hold_is_refused_before_sending(fake: HahnProServer, client: HahnProClient) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.assets.create(
            {"name": "x", "type": ASSET_TYPE_ID, "readPermissions": ["test"], "readWritePermissions": ["test", "boss"]}
        )
    assert caught.value.where == "body.readWritePermissions[1]"
    assert "'boss' is not one of your roles" in caught.value.problem
    with pytest.raises(InvalidRequest, match="boss"):
        client.contents.upload(b"x", read_permissions="boss", read_write_permissions="test")
    with pytest.raises(InvalidRequest, match="boss"):
        client.timeseries.add_asset_values(
            ASSET_ID, "n", {1: 1}, read_permissions=["boss"], read_write_permissions=["test"]
        )
    assert fake.requests == []


def test_the_role_check_can_be_left_to_the_server(fake: HahnProServer, connect: Callable[..., HahnProClient]) -> None:
    from hahnpro_client import Forbidden

    with connect(check_permissions=False) as client, pytest.raises(Forbidden) as caught:
        client.labels.create({"name": "x", "readWritePermissions": ["boss"]})
    assert caught.value.body.message == "You cannot set roles you do not have: boss"


@pytest.mark.parametrize(
    ("body", "where", "problem"),
    [
        ({"name": "x", **PERMS}, "body", "missing required key 'type'"),
        ({"name": 7, "type": ASSET_TYPE_ID, **PERMS}, "body.name", "must be a string"),
        (
            {"name": "x", "type": ASSET_TYPE_ID, "readPermissions": "test", "readWritePermissions": []},
            "body.readPermissions",
            "must be a list",
        ),
        ("asset", "body", "must be a Asset or a mapping"),
    ],
)
def test_a_malformed_body_sends_nothing(
    fake: HahnProServer, client: HahnProClient, body: Any, where: str, problem: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.assets.create(body)
    assert caught.value.where == where
    assert problem in caught.value.problem
    assert fake.requests == []


@pytest.mark.parametrize(
    ("values", "where"),
    [
        ({datetime(2024, 1, 1): 1}, "values[datetime.datetime(2024, 1, 1, 0, 0)]"),
        ({1000: float("nan")}, "values[1000]"),
        ({1000: [1, 2]}, "values[1000]"),
        ({}, "values"),
        ("1000=1", "values"),
    ],
)
def test_bad_timeseries_values_send_nothing(
    fake: HahnProServer, client: HahnProClient, values: Any, where: str
) -> None:
    with pytest.raises(InvalidRequest) as caught:
        client.timeseries.add_values(TIMESERIES_ID, values)
    assert caught.value.where == where
    assert fake.requests == []


def test_a_limit_with_a_period_is_refused(fake: HahnProServer, client: HahnProClient) -> None:
    with pytest.raises(InvalidRequest, match="limit"):
        client.timeseries.values(TIMESERIES_ID, 0, 1000, limit=5)
    assert fake.requests == []


def test_a_missing_upload_file_and_empty_roles(fake: HahnProServer, client: HahnProClient, tmp_path: Any) -> None:
    with pytest.raises(InvalidRequest, match="no such file"):
        client.contents.upload(tmp_path / "nope.bin", read_permissions="test", read_write_permissions="test")
    with pytest.raises(InvalidRequest, match="at least one role"):
        client.contents.upload(b"x", read_permissions=[], read_write_permissions="test")
    assert fake.requests == []


def test_a_page_size_below_one(fake: HahnProServer, client: HahnProClient) -> None:
    with pytest.raises(InvalidRequest, match="page_size"):
        client.assets.iter(page_size=0)
    assert fake.requests == []


def test_an_unknown_auth_method_and_missing_credentials(fake: HahnProServer) -> None:
    with pytest.raises(InvalidRequest, match="client_secret_jwt, client_secret_basic, client_secret_post"):
        HahnProClient(fake.api_url, "c", "s", auth_method="private_key_jwt")
    with pytest.raises(InvalidRequest, match="client_id and client_secret"):
        HahnProClient(fake.api_url)
    with pytest.raises(InvalidRequest, match="active_org_id"):
        HahnProClient(fake.api_url, "c", "s", active_org_id="")


def test_async_bad_input_sends_nothing(fake: HahnProServer, run_async: Any) -> None:
    async def bad(aclient: AsyncHahnProClient) -> None:
        with pytest.raises(InvalidRequest):
            await aclient.assets.list({"name": "a==b"})
        with pytest.raises(InvalidRequest, match="boss"):
            await aclient.labels.create({"name": "x", "readWritePermissions": ["boss"]})
        with pytest.raises(InvalidRequest, match="group"):
            await aclient.timeseries.values(TIMESERIES_ID, 0, group="1w")  # type: ignore[arg-type]

    run_async(bad)
    assert fake.requests == []
