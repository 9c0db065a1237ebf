"""Joule: the spec and the client against the routes and query keys of the node's own source, joule 1.0.1."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from joule_client import JouleClient, _resources
from joule_client._generated.types import File
from oracles.wire import GENERIC, Call, Capture, check_client, disagreements, load_table, spec_operations, spec_text

TABLE = load_table("joule")
BASE = "http://joule.test"
# The overlays name streams, folders and modules by id (an int) or by path/name (a str), and send `id` or `path`
# (`name`) accordingly, so each such operation is called both ways.
BY_ID, BY_PATH = 7, "/f/s"


def _both(**kwargs: object) -> tuple[Call, ...]:
    return (Call(args=(BY_ID,), kwargs=kwargs), Call(args=(BY_PATH,), kwargs=kwargs))


SPAN = {"start": 1, "end": 2}
ROWS = np.array([(1, 1.0)], dtype=[("timestamp", "<i8"), ("data", "<f4", (1,))])


def _generated(resource: str, verb: str, **kwargs: object) -> Call:
    """The generated method beneath an overlay that first looks the stream up (its layout, its id)."""
    return Call(method=lambda c: getattr(getattr(_resources, resource)(c), verb), kwargs=kwargs, every_query=True)


CALLS: dict[str, tuple[Call, ...]] = {
    "folders_root": (Call(), Call(kwargs={"data_info": True})),
    "folders_get": _both(),
    "folders_update": (Call(args=(BY_ID,), kwargs={"name": "n"}),),
    "folders_delete": (Call(args=(BY_ID,), kwargs={"recursive": True}), Call(args=(BY_PATH,))),
    "folders_move": (Call(args=(BY_ID, BY_PATH)),),
    "folders_map": (Call(args=([1], [2])),),
    "data_streams_get": (Call(args=(BY_ID,)), Call(args=(BY_PATH,), kwargs={"info": False})),
    "data_streams_create": (_generated("DataStreams", "create"),),
    "data_streams_update": (Call(args=(BY_ID,), kwargs={"name": "n"}),),
    "data_streams_delete": _both(),
    "data_streams_move": (Call(args=(BY_ID, BY_PATH)),),
    "data_streams_delete_annotations": (Call(args=(BY_ID,), kwargs=SPAN), Call(args=(BY_PATH,))),
    "data_read": (_generated("Data", "read"),),
    "data_read_json": (
        Call(args=(BY_ID,)),
        Call(args=(BY_PATH,), kwargs={**SPAN, "max_rows": 5, "decimation_level": 4}),
    ),
    "data_write": (_generated("Data", "write", body=File(payload=ROWS.tobytes())),),
    "data_delete": (Call(args=(BY_ID,), kwargs=SPAN), Call(args=(BY_PATH,))),
    "data_intervals": (Call(args=(BY_ID,), kwargs=SPAN), Call(args=(BY_PATH,))),
    "data_decimate": _both(),
    "data_drop_decimations": _both(),
    "data_consolidate": (Call(args=(BY_ID, 5), kwargs=SPAN), Call(args=(BY_PATH, 5))),
    "annotations_info": _both(),
    "annotations_get": (Call(args=(BY_ID,), kwargs=SPAN), Call(args=(BY_PATH,))),
    "annotations_create": (Call(args=(BY_ID, "t", 1)),),
    "annotations_update": (Call(args=(3,), kwargs={"title": "t"}),),
    "annotations_delete": (Call(args=(3,)),),
    "event_streams_get": _both(),
    "event_streams_create": (_generated("EventStreams", "create"),),
    "event_streams_update": (Call(args=(BY_ID,), kwargs={"name": "n"}),),
    "event_streams_delete": _both(),
    "event_streams_move": (Call(args=(BY_ID, BY_PATH)),),
    "events_read": (
        Call(args=(BY_ID,)),
        Call(
            args=(BY_PATH,),
            kwargs={**SPAN, "json_filter": [[["k", "is", "v"]]], "include_ongoing": True, "subset": True},
        ),
    ),
    "events_write": (Call(args=(BY_ID, [{"start_time": 1, "end_time": 2, "content": {}}])),),
    "events_remove": (Call(args=(BY_ID,)), Call(args=(BY_PATH,), kwargs={**SPAN, "json_filter": [[["k", "is", "v"]]]})),
    "events_count": (
        Call(args=(BY_ID,)),
        Call(args=(BY_PATH,), kwargs={**SPAN, "json_filter": [[["k", "is", "v"]]], "include_ongoing": True}),
    ),
    "modules_list_all": (Call(), Call(kwargs={"statistics": True})),
    "modules_get": _both(),
    "modules_logs": _both(),
    "apps_auth": (Call(args=("m1",), headers={"X-Proxy-Path": "/m1/"}),),
    "proxies_get": _both(),
    "masters_add": (Call(args=("user", "alice")),),
    "masters_remove": (Call(args=("alice", "user")),),
    "followers_add": (Call(args=("k" * 32, 8088)),),
    "followers_remove": (Call(args=("node2",)),),
    "archives_upload": (Call(args=(b"archive",)),),
}


@pytest.fixture(scope="module")
def client(capture: Capture):  # type: ignore[no-untyped-def]
    with JouleClient(BASE, "k" * 32, transport=capture.transport(), max_retries=0) as made:
        yield made


def test_the_spec_agrees_with_the_node() -> None:
    assert disagreements(TABLE, spec_operations(spec_text("joule"))) == []


@pytest.mark.parametrize("name", sorted(TABLE.operations))
def test_the_client_sends_what_the_node_reads(client: JouleClient, capture: Capture, name: str) -> None:
    operations = importlib.import_module("joule_client._resources")
    assert check_client(BASE, client, operations, capture, TABLE.operations[name], CALLS.get(name, GENERIC)) == []
