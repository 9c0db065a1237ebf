"""What the overlays add: filters and populate, paging, trash, timeseries values, uploads, downloads, streams."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy
import pandas
import pytest
from fakes.hahnpro import ASSET_ID, ASSET_TYPE_ID, CONTENT_ID, TIMESERIES_ID, HahnProServer
from hahnpro_client import AsyncHahnProClient, EventStreamError, HahnProClient, NotFound
from hahnpro_client.models import AssetType
from hahnpro_client.streams import parse_events

PERMS = {"readPermissions": ["test"], "readWritePermissions": ["test", "admin"]}


def _query(fake: HahnProServer, index: int = -1) -> dict[str, str]:
    return dict(fake.requests[index].query.items(multi=False))


def _add_assets(client: HahnProClient, count: int) -> None:
    client.assets.create_many([{"name": f"asset {i}", "type": ASSET_TYPE_ID, **PERMS} for i in range(count)])


def test_list_writes_the_filter_and_populate_as_the_sdk_does(fake: HahnProServer, client: HahnProClient) -> None:
    page = client.assets.list({"tags": ["test"], "parent": None, "type": ASSET_TYPE_ID}, populate=["type", "parent"])
    assert _query(fake) == {
        "limit": "0",
        "page": "1",
        "filter": f"tags=@test;type=={ASSET_TYPE_ID}",
        "populate": "type,parent",
    }
    assert isinstance(page.docs[0].type_, AssetType)
    assert page.docs[0].typename == "machine"


def test_an_unpopulated_reference_is_an_id(client: HahnProClient) -> None:
    asset = client.assets.get(ASSET_ID)
    assert asset.type_ == ASSET_TYPE_ID
    assert asset.to_dict()["type$name"] == "machine"


def test_iter_pages_through_every_item_and_stops_at_total(fake: HahnProServer, client: HahnProClient) -> None:
    _add_assets(client, 4)
    fake.clear()
    names = [asset.name for asset in client.assets.iter(page_size=2, sort="name")]
    assert names == ["asset 0", "asset 1", "asset 2", "asset 3", "press 1"]
    assert [(q["limit"], q["page"], q["sort"]) for q in (_query(fake, i) for i in range(3))] == [
        ("2", "1", "name"),
        ("2", "2", "name"),
        ("2", "3", "name"),
    ]
    assert len(fake.requests) == 3


def test_async_iter_pages_too(client: HahnProClient, run_async: Any) -> None:
    _add_assets(client, 2)

    async def names(aclient: AsyncHahnProClient) -> list[str]:
        return [asset.name async for asset in aclient.assets.iter(page_size=1, sort="-name")]

    assert run_async(names) == ["press 1", "asset 1", "asset 0"]


def test_service_query_parameters_pass_through_list(fake: HahnProServer, client: HahnProClient) -> None:
    client.tasks.create({"name": "inspect", "assetRef": ASSET_ID, **PERMS})
    client.tasks.create({"name": "clean", **PERMS})
    assert [t.name for t in client.tasks.list(asset_ref=ASSET_ID).docs] == ["inspect"]
    assert _query(fake)["assetRef"] == ASSET_ID


def test_the_seed_update_round_trips_the_whole_asset(fake: HahnProServer, client: HahnProClient) -> None:
    asset = client.assets.get(ASSET_ID).to_dict()
    asset["tags"] = ["qwertz", "test"]
    updated = client.assets.update(ASSET_ID, asset)
    assert updated.tags == ["qwertz", "test"]
    assert fake.requests[-1].json["type$name"] == "machine"
    assert client.assets.list_revisions(ASSET_ID).docs[0].to_dict()["tags"] == ["test"]


def test_delete_moves_to_the_trash_and_restore_brings_it_back(client: HahnProClient) -> None:
    client.assets.delete(ASSET_ID)
    assert client.assets.list().total == 0
    assert client.assets.list_trash().docs[0].id == ASSET_ID
    assert client.assets.restore(ASSET_ID).id == ASSET_ID
    assert client.assets.list().total == 1


def test_force_deletes_for_good_and_so_does_a_second_delete(client: HahnProClient) -> None:
    client.assets.delete(ASSET_ID, force=True)
    assert client.assets.list_trash().total == 0
    client.timeseries.delete(TIMESERIES_ID)
    client.timeseries.delete(TIMESERIES_ID)
    with pytest.raises(NotFound):
        client.timeseries.restore(TIMESERIES_ID)


def test_values_from_a_start_for_a_period_and_the_most_recent(fake: HahnProServer, client: HahnProClient) -> None:
    start = datetime.fromtimestamp(2, UTC)
    assert [v.value for v in client.timeseries.values(TIMESERIES_ID, start, limit=2)] == [22, 23]
    assert fake.requests[-1].path == f"/api/tsm/{TIMESERIES_ID}/2000"
    period = client.timeseries.values(TIMESERIES_ID, 0, datetime.fromtimestamp(3, UTC), group="none")
    assert [v.timestamp for v in period] == [1000, 2000, 3000]
    assert fake.requests[-1].path == f"/api/tsm/{TIMESERIES_ID}/0/3000"
    assert client.timeseries.most_recent(TIMESERIES_ID, before=datetime.fromtimestamp(4, UTC)).value == 23
    assert _query(fake)["before"] == "1970-01-01T00:00:04.000Z"


def test_grouped_values_keep_the_servers_extra_fields(client: HahnProClient) -> None:
    grouped = client.timeseries.values(TIMESERIES_ID, 0, group="1m")
    assert (grouped[0].value, grouped[0].additional_properties["count"]) == (23.0, 5)


def test_values_are_added_from_datetimes_numpy_and_pandas(fake: HahnProServer, client: HahnProClient) -> None:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    client.timeseries.add_values(TIMESERIES_ID, {moment: numpy.float64(1.5), 1704067201000: {"a": 1, "b": "x"}})
    assert fake.requests[-1].json == {"1704067200000": 1.5, "1704067201000": {"a": 1, "b": "x"}}
    series = pandas.Series([1.0, 2.0], index=pandas.date_range("2024-01-02", periods=2, freq="h", tz="UTC"))
    client.timeseries.add_values(TIMESERIES_ID, series)
    assert fake.requests[-1].json == {"1704153600000": 1.0, "1704157200000": 2.0}
    frame = pandas.DataFrame({"a": [1.0, float("nan")], "b": [3, 4]}, index=series.index)
    client.timeseries.add_values(TIMESERIES_ID, frame)
    assert fake.requests[-1].json == {"1704153600000": {"a": 1.0, "b": 3}, "1704157200000": {"b": 4}}
    client.timeseries.add_values(TIMESERIES_ID, [(numpy.datetime64("2024-01-03T00:00:00"), 7)])
    assert fake.requests[-1].json == {"1704240000000": 7}
    assert client.timeseries.most_recent(TIMESERIES_ID).value == 7


def test_asset_values_create_the_series_by_name(client: HahnProClient) -> None:
    created = client.timeseries.add_asset_values(
        ASSET_ID, "humidity", {1000: 40}, read_permissions=["test"], read_write_permissions=["test"]
    )
    again = client.timeseries.add_asset_values(
        ASSET_ID, "humidity", {2000: 41}, read_permissions=["test"], read_write_permissions=["test"]
    )
    assert created.id == again.id
    assert [v.value for v in client.timeseries.values(str(created.id))] == [40, 41]


@pytest.mark.parametrize("kind", ["path", "bytes", "stream"])
def test_upload_from_every_source_and_download_it_back(
    fake: HahnProServer, client: HahnProClient, tmp_path: Path, kind: str
) -> None:
    data = b"col\n1\n2\n"
    path = tmp_path / "values.csv"
    path.write_bytes(data)
    source: Any = {"path": path, "bytes": data, "stream": io.BytesIO(data)}[kind]
    content = client.contents.upload(
        source, read_permissions=["test"], read_write_permissions=["test", "admin"], filename="values.csv"
    )
    upload = fake.requests[-1]
    assert upload.files["file"].filename == "values.csv"
    assert upload.form.getlist("readWritePermissions") == ["test", "admin"]
    assert (content.filename, content.mimetype, content.size) == ("values.csv", "text/csv", len(data))
    assert client.contents.download(str(content.id)) == data


def test_download_to_a_file_and_to_an_iterator(client: HahnProClient, tmp_path: Path) -> None:
    target = client.contents.download_to(CONTENT_ID, tmp_path / "hello.txt")
    assert target.read_bytes() == b"hello world\n"
    assert b"".join(client.contents.iter_download(CONTENT_ID, chunk_size=4)) == b"hello world\n"


def test_async_upload_and_download(client: HahnProClient, run_async: Any, tmp_path: Path) -> None:
    async def roundtrip(aclient: AsyncHahnProClient) -> tuple[bytes, bytes]:
        content = await aclient.contents.upload(b"async bytes", read_permissions="test", read_write_permissions="test")
        await aclient.contents.download_to(str(content.id), tmp_path / "a.bin")
        chunks = [chunk async for chunk in aclient.contents.iter_download(str(content.id))]
        return b"".join(chunks), (tmp_path / "a.bin").read_bytes()

    assert run_async(roundtrip) == (b"async bytes", b"async bytes")


def test_an_attachment_is_uploaded_to_the_asset(client: HahnProClient) -> None:
    asset = client.assets.add_attachment(ASSET_ID, b"manual", read_permissions="test", read_write_permissions="test")
    attached = asset.attachments[-1]
    assert [c.id for c in client.assets.list_attachments(ASSET_ID).docs] == [CONTENT_ID, attached]
    assert client.contents.download(attached) == b"manual"


LARGE = 200 * 1024 * 1024
CHILD = textwrap.dedent(
    """
    import hashlib, json, sys
    from hahnpro_client import HahnProClient

    class Generated:
        def __init__(self, size):
            self.left, self.block = size, bytes(range(256)) * 4096
        def read(self, n=-1):
            n = self.left if n is None or n < 0 else min(n, self.left)
            self.left -= n
            return (self.block * (n // len(self.block) + 1))[:n]

    api, auth, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with HahnProClient(api, "hpc-jwt", "jwt-s3cr3t", auth_url=auth, timeout=120) as client:
        content = client.contents.upload(Generated(size), read_permissions="test", read_write_permissions="test")
        digest = hashlib.sha256()
        for chunk in client.contents.iter_download(content.id):
            digest.update(chunk)
    # VmHWM is this process's own peak; ru_maxrss can carry the parent's peak across exec.
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    print(json.dumps({"size": content.size, "sha256": digest.hexdigest(), "peak": peak}))
    """
)


def test_a_200_mb_file_is_uploaded_and_downloaded_without_being_held_in_memory(fake: HahnProServer) -> None:
    block = bytes(range(256)) * 4096
    expected = hashlib.sha256()
    for _ in range(LARGE // len(block)):
        expected.update(block)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, fake.api_url, f"{fake.keycloak.url}/auth", str(LARGE)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=300,
    )
    report = json.loads(done.stdout)
    assert report["size"] == LARGE
    assert report["sha256"] == expected.hexdigest()
    assert report["peak"] < LARGE // 2


def test_deployment_status_streams_and_delete_asks_for_deleted(fake: HahnProServer, client: HahnProClient) -> None:
    deployment = client.flow_deployments.create({"name": "d", "diagramId": "diagram1", **PERMS})
    assert [e.data for e in client.flow_deployments.subscribe_status(str(deployment.id))] == ["generating queued"]
    assert client.flow_deployments.delete(str(deployment.id)).desired_status == "deleted"
    assert (fake.requests[-1].method, fake.requests[-1].json) == ("PUT", {"desiredStatus": "deleted"})


def test_event_streams_follow_the_sse_rules() -> None:
    lines = [": comment", "id: 7", "data: a", "data: b", "", "event: status", 'data: {"x": 1}', "", "data: tail"]
    events = list(parse_events(lines))
    assert [(e.event, e.data, e.id) for e in events] == [
        ("message", "a\nb", "7"),
        ("status", '{"x": 1}', "7"),
        ("message", "tail", "7"),
    ]
    assert events[1].json() == {"x": 1}
    with pytest.raises(EventStreamError, match="gone"):
        list(parse_events(["event: error", "data: gone", ""]))


def test_the_proxy_keeps_slashes_in_the_path(fake: HahnProServer, client: HahnProClient) -> None:
    assert client.proxy.post("opc", "/nodes/ns=2/value", {"v": 1}) == {
        "proxyId": "opc",
        "method": "POST",
        "path": "nodes/ns=2/value",
        "query": {},
        "body": {"v": 1},
    }
    assert fake.requests[-1].path == "/api/proxy/opc/nodes/ns=2/value"


def test_create_accepts_the_model_too(client: HahnProClient) -> None:
    from hahnpro_client.models import Label

    label = client.labels.create(Label(name="blue", read_write_permissions=["test"]))
    assert client.labels.get_by_name("blue").id == label.id
