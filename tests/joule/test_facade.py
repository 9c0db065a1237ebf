"""Every façade method, sync and async, against the real node."""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from joule.node import JouleNode
from joule.support import T0, rows, unique
from joule_client import (
    AsyncDataReader,
    BadRequest,
    DataReader,
    DbConnection,
    Histogram,
    JouleClient,
    MasterGrant,
    data_stream,
    event_stream,
)
from joule_client._resources import OPERATIONS

_serial = itertools.count()
SECOND = 1_000_000


def _stream(client: JouleClient, with_rows: int = 0) -> Any:
    made = client.data_streams.create(data_stream("s", ["a", "b", "c"]), unique())
    if with_rows:
        client.data.write(made, rows(with_rows))
    return made


def _events(client: JouleClient) -> Any:
    made = client.event_streams.create(event_stream("ev", {"level": "numeric"}), unique())
    client.events.write(
        made,
        [{"start_time": T0 + i * SECOND, "end_time": T0 + i * SECOND + 5, "content": {"level": i}} for i in range(5)],
    )
    return made


def _annotated(client: JouleClient) -> Any:
    made = _stream(client)
    return client.annotations.create(made, "note", T0, T0 + 10)


Setup = Callable[[JouleClient, JouleNode], tuple[tuple[Any, ...], dict[str, Any]]]
CASES: list[tuple[str, Setup, Callable[[Any], bool]]] = [
    ("node.banner", lambda c, n: ((), {}), lambda r: r == "Joule server"),
    ("node.version", lambda c, n: ((), {}), lambda r: r == "1.0.1"),
    ("node.info", lambda c, n: ((), {}), lambda r: (r.version, r.name) == ("1.0.1", "testnode")),
    ("node.db_info", lambda c, n: ((), {}), lambda r: r.size > 0 and r.path.endswith("pgdata")),
    (
        "node.db_connection",
        lambda c, n: ((), {}),
        lambda r: isinstance(r, DbConnection) and r.username == "joule_module",
    ),
    ("folders.root", lambda c, n: ((), {"data_info": True}), lambda r: r.name == "root" and r.locked),
    ("folders.get", lambda c, n: ((c.folders.get("/live").id,), {}), lambda r: r.streams[0].name == "random"),
    (
        "folders.update",
        lambda c, n: (
            (_stream(c).id and c.folders.get(unique()) if False else _new_folder(c),),
            {"name": f"renamed{next(_serial)}"},
        ),
        lambda r: r.name.startswith("renamed"),
    ),
    ("folders.delete", lambda c, n: ((_new_folder(c).id,), {}), lambda r: r is None),
    ("folders.move", lambda c, n: ((_new_folder(c), unique("/moved")), {}), lambda r: r.name == "s-holder"),
    ("folders.map", lambda c, n: (([e.id for e in _stream(c).elements],), {}), lambda r: len(r.data_element_ids) == 3),
    ("data_streams.get", lambda c, n: ((n.live_stream,), {}), lambda r: r.layout == "float32_3" and r.locked),
    (
        "data_streams.create",
        lambda c, n: ((data_stream("new", ["x"]), unique()), {}),
        lambda r: r.layout == "float32_1",
    ),
    (
        "data_streams.update",
        lambda c, n: ((_stream(c),), {"description": "updated"}),
        lambda r: r.description == "updated",
    ),
    ("data_streams.delete", lambda c, n: ((_stream(c),), {}), lambda r: r is None),
    ("data_streams.move", lambda c, n: ((_stream(c), unique("/elsewhere")), {}), lambda r: r.name == "s"),
    ("data_streams.delete_annotations", lambda c, n: ((_annotated(c).stream_id,), {}), lambda r: r is None),
    ("data.read", lambda c, n: ((_stream(c, 100),), {}), lambda r: len(r) == 100),
    ("data.write", lambda c, n: ((_stream(c), rows(10)), {}), lambda r: r is None),
    ("data.delete", lambda c, n: ((_stream(c, 10),), {"start": T0, "end": T0 + 5000}), lambda r: r is None),
    ("data.read_json", lambda c, n: ((_stream(c, 10),), {}), lambda r: len(r.data[0]) == 10),
    ("data.intervals", lambda c, n: ((_stream(c, 10),), {}), lambda r: r == [(T0, T0 + 9001)]),
    ("data.decimate", lambda c, n: ((_stream(c, 64),), {}), lambda r: r is None),
    ("data.drop_decimations", lambda c, n: ((_stream(c, 64),), {}), lambda r: r is None),
    ("data.consolidate", lambda c, n: ((_stream(c, 10), 10**6), {}), lambda r: r == 0),
    ("annotations.info", lambda c, n: ((_annotated(c).stream_id,), {}), lambda r: (r.count, r.start) == (1, T0)),
    ("annotations.get", lambda c, n: ((_annotated(c).stream_id,), {}), lambda r: [a.title for a in r] == ["note"]),
    (
        "annotations.create",
        lambda c, n: ((_stream(c), "t", T0), {"content": "c"}),
        lambda r: r.end is None and r.content == "c",
    ),
    ("annotations.update", lambda c, n: ((_annotated(c),), {"title": "new"}), lambda r: r.title == "new"),
    ("annotations.delete", lambda c, n: ((_annotated(c),), {}), lambda r: r is None),
    ("event_streams.get", lambda c, n: ((_events(c),), {}), lambda r: r.data_info.event_count == 5),
    (
        "event_streams.create",
        lambda c, n: ((event_stream("e", {"x": "string"}), unique()), {}),
        lambda r: r.name == "e",
    ),
    ("event_streams.update", lambda c, n: ((_events(c),), {"description": "d"}), lambda r: r.description == "d"),
    ("event_streams.delete", lambda c, n: ((_events(c),), {}), lambda r: r is None),
    ("event_streams.move", lambda c, n: ((_events(c), unique("/ev")), {}), lambda r: r.name == "ev"),
    (
        "events.read",
        lambda c, n: ((_events(c),), {"limit": 10}),
        lambda r: [e.content["level"] for e in r] == [0, 1, 2, 3, 4],
    ),
    (
        "events.write",
        lambda c, n: ((_events(c), [{"start_time": T0, "end_time": T0 + 1, "content": {"level": 9}}]), {}),
        lambda r: r[0].id > 0,
    ),
    ("events.remove", lambda c, n: ((_events(c),), {"json_filter": [("level", "gt", 2)]}), lambda r: r is None),
    ("events.count", lambda c, n: ((_events(c),), {"json_filter": [("level", "gte", 3)]}), lambda r: r == 2),
    ("modules.list_all", lambda c, n: ((), {}), lambda r: [m.name for m in r] == ["random"]),
    (
        "modules.get",
        lambda c, n: (("random",), {}),
        lambda r: r.outputs["output"] == "/live/random" and r.statistics.pid > 0,
    ),
    ("modules.logs", lambda c, n: ((0,), {}), lambda r: isinstance(r, list) and all(isinstance(x, str) for x in r)),
    ("apps.list_all", lambda c, n: ((), {}), lambda r: [(a.id, a.name) for a in r] == [("p0", "site1")]),
    ("apps.auth", lambda c, n: (("p0",), {}), lambda r: r == "http://127.0.0.1:9/"),
    ("proxies.list_all", lambda c, n: ((), {}), lambda r: [p.url for p in r] == ["http://127.0.0.1:9/"]),
    ("proxies.get", lambda c, n: (("site1",), {}), lambda r: r.id == 0),
    ("masters.list_all", lambda c, n: ((), {}), lambda r: "ci" in [m.name for m in r]),
    (
        "masters.add",
        lambda c, n: (("user", f"user{next(_serial)}"), {}),
        lambda r: isinstance(r, MasterGrant) and len(r.key.reveal()) == 43,
    ),
    ("masters.remove", lambda c, n: ((_user(c), "user"), {}), lambda r: r is None),
    ("followers.list_all", lambda c, n: ((), {}), lambda r: isinstance(r, list)),
    ("followers.add", lambda c, n: ((n.key, _port(n)), {}), lambda r: r == "testnode"),
    ("followers.remove", lambda c, n: ((_follower(c, n),), {}), lambda r: r is None),
    ("archives.upload", lambda c, n: ((b"not a zip",), {}), lambda r: False),
]
IDS = [case[0] for case in CASES]
# The node answers these with an error by design; the call itself is what is covered.
EXPECTED_ERRORS = {"archives.upload": (BadRequest, "invalid joule archive")}


def _new_folder(client: JouleClient) -> Any:
    path = unique() + "/s-holder"
    client.data_streams.create(data_stream("s", ["a"]), path)
    return client.folders.get(path)


def _user(client: JouleClient) -> str:
    name = f"user{next(_serial)}"
    client.masters.add("user", name)
    return name


def _port(node: JouleNode) -> int:
    return int(node.url.rsplit(":", 1)[1])


def _follower(client: JouleClient, node: JouleNode) -> str:
    return client.followers.add(node.key, _port(node))


def _method(target: Any, dotted: str) -> Any:
    resource, method = dotted.split(".")
    return getattr(getattr(target, resource), method)


def test_every_operation_in_the_spec_is_covered_here() -> None:
    covered = {name.replace(".", "_").replace("_list_all", "_list_all") for name in IDS}
    assert {op.endpoint.rsplit(".", 1)[-1] for op in OPERATIONS} == covered


def _settle(result: Any) -> Any:
    return result.read_all() if isinstance(result, DataReader) else result


@pytest.mark.parametrize(("name", "setup", "check"), CASES, ids=IDS)
def test_sync_method(client: JouleClient, node: JouleNode, name: str, setup: Setup, check: Any) -> None:
    args, kwargs = setup(client, node)
    if name in EXPECTED_ERRORS:
        error, text = EXPECTED_ERRORS[name]
        with pytest.raises(error, match=text):
            _method(client, name)(*args, **kwargs)
        return
    assert check(_settle(_method(client, name)(*args, **kwargs)))


@pytest.mark.parametrize(("name", "setup", "check"), CASES, ids=IDS)
def test_async_method(
    client: JouleClient, node: JouleNode, run_async: Any, name: str, setup: Setup, check: Any
) -> None:
    args, kwargs = setup(client, node)

    async def invoke(aclient: Any) -> Any:
        result = _method(aclient, name)(*args, **kwargs)
        if isinstance(result, AsyncDataReader):
            return await result.read_all()
        return await result if inspect.isawaitable(result) else result

    if name in EXPECTED_ERRORS:
        error, text = EXPECTED_ERRORS[name]
        with pytest.raises(error, match=text):
            run_async(invoke)
        return
    assert check(run_async(invoke))


def test_raw_responses_keep_the_binary_headers(client: JouleClient) -> None:
    made = _stream(client, 5)
    raw = client.data.with_raw_response.read(id=made.id)
    assert raw.headers["joule-layout"] == "float32_3"
    assert raw.headers["joule-decimation"] == "1"
    assert len(raw.content) == 5 * 20


def test_events_read_gives_a_histogram_when_more_events_match_than_the_limit(client: JouleClient) -> None:
    answer = client.events.read(_events(client), limit=2)
    assert isinstance(answer, Histogram)
    assert answer.count == 5
    assert sum(b.content.count for b in answer.buckets) == 5


def test_events_iter_pages_with_return_subset_and_the_next_start(client: JouleClient, transport: Any) -> None:
    made = _events(client)
    before = len(transport.requests)
    levels = [e.content["level"] for e in client.events.iter(made, page_size=2)]
    pages = [r for r in transport.requests[before:] if r.url.path == "/event/data.json"]
    assert levels == [0, 1, 2, 3, 4]
    assert [r.url.params.get("start") for r in pages] == [None, str(T0 + SECOND + 1), str(T0 + 3 * SECOND + 1)]
    assert all(r.url.params.get("return-subset") == "1" for r in pages)


def test_async_events_iter_gives_every_event(client: JouleClient, run_async: Any) -> None:
    made = _events(client)

    async def collect(aclient: Any) -> list[int]:
        return [e.content["level"] async for e in aclient.events.iter(made, page_size=3)]

    assert run_async(collect) == [0, 1, 2, 3, 4]


def test_streams_are_named_by_object_path_or_id(client: JouleClient) -> None:
    made = _stream(client, 3)
    path = client.folders.get(made.id and _folder_of(client, made)).name
    assert path
    by_object = client.data.read_array(made)
    by_id = client.data.read_array(made.id)
    assert np.array_equal(by_object, by_id)


def _folder_of(client: JouleClient, stream: Any) -> int:
    root = client.folders.root()
    stack = [root]
    while stack:
        folder = stack.pop()
        if any(s.id == stream.id for s in folder.streams):
            return int(folder.id)
        stack.extend(folder.children)
    raise AssertionError("stream not in the tree")
