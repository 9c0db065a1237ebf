"""In-memory fake of the HahnPRO Cloud API under `/api`, served by SpecServer beside a fake Keycloak.

It follows what the official SDK `@hahnpro/hpc-api` 2026.1.0 shows of the server:
- every request needs a bearer token the fake Keycloak issued and still honours, else 401;
- `filter` strings are parsed (`==`, `=@`, `>=`, `<=`, clauses joined by `;`), `limit`/`page` page (limit 0 = all),
  `populate` turns reference ids into objects, and `$name` display fields are filled in;
- trash and revisions behave like the SDK's own mock: DELETE sets `deletedAt` (force, or a second DELETE, removes
  for good), `list` hides trashed items, restore clears `deletedAt`, `trash/clean?offset=s` purges; an update keeps
  the previous version as a revision with `originalId`;
- timeseries values are stored per series; contents keep their bytes and are downloaded with their mimetype,
  streamed, so a 200 MB body is never held in memory (see `add_generated_content`);
- the caller may only write `readPermissions`/`readWritePermissions` holding roles of its token (403 otherwise),
  and sees only items readable by one of its roles.
Error bodies use the NestJS shape `{statusCode, message, error}`; the real server's shape is not public.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import math
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from werkzeug.datastructures import Headers, MultiDict
from werkzeug.wrappers import Request, Response

from .keycloak import Keycloak
from .spec_server import FakeRequest, FakeResponse, SpecServer, UploadedFile, _Operation

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "hahnpro" / "openapi.yaml"
FILTER_OPERATORS = ("==", "=@", ">=", "<=")
GROUP_MS = {
    "10s": 10_000,
    "1m": 60_000,
    "5m": 300_000,
    "15m": 900_000,
    "30m": 1_800_000,
    "1h": 3_600_000,
    "3h": 10_800_000,
    "6h": 21_600_000,
    "12h": 43_200_000,
    "1d": 86_400_000,
    "7d": 604_800_000,
}
REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 409: "Conflict"}
ASSET_ID = "6357b634018cd1ce104e110f"
ASSET_TYPE_ID = "6357b634018cd1ce104e1100"
TIMESERIES_ID = "6357b634018cd1ce104e1200"
CONTENT_ID = "6357b634018cd1ce104e1300"


class HttpError(Exception):
    def __init__(self, status: int, message: str | list[str]) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def error(status: int, message: str | list[str]) -> FakeResponse:
    return FakeResponse(status, {"statusCode": status, "message": message, "error": REASONS.get(status, "Error")})


def parse_filter(text: str) -> list[tuple[str, str, str]]:
    """`k==v;t=@a,b` → [(k, "==", v), (t, "=@", "a,b")]: each clause split at its first operator."""
    clauses = []
    for clause in text.split(";") if text else []:
        found = [(clause.find(op), op) for op in FILTER_OPERATORS if op in clause]
        if not found:
            raise HttpError(400, f"invalid filter clause: {clause}")
        position, op = min(found)
        clauses.append((clause[:position], op, clause[position + len(op) :]))
    return clauses


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _instant(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def _ref_id(value: Any) -> Any:
    return value.get("id", value.get("name")) if isinstance(value, dict) else value


def _matches(item: dict[str, Any], key: str, op: str, wanted: str) -> bool:
    value = item.get(key)
    if op in (">=", "<="):
        have, bound = _instant(value), _instant(wanted)
        if have is None or bound is None:
            return False
        return have >= bound if op == ">=" else have <= bound
    values = [_ref_id(v) for v in value] if isinstance(value, list) else [_ref_id(value)]
    shown = [json.dumps(v) if isinstance(v, bool) else str(v) for v in values if v is not None]
    if op == "==":
        return wanted in shown
    return bool(set(wanted.split(",")) & set(shown))


@dataclass
class StreamedBody:
    """A response body produced in chunks, `size` bytes long, never held whole."""

    size: int
    chunks: Callable[[], Iterator[bytes]]


def generated_chunks(size: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """`size` deterministic bytes: the repeated block of `generated_block()`."""
    block = generated_block(chunk)
    left = size
    while left > 0:
        yield block[: min(chunk, left)]
        left -= chunk


def generated_block(chunk: int = 1 << 20) -> bytes:
    seed = hashlib.sha256(b"hahnpro").digest()
    return (seed * (chunk // len(seed) + 1))[:chunk]


@dataclass
class StoredFile:
    """A content's bytes: in memory, on disk (large uploads), or generated on demand."""

    size: int
    data: bytes | None = None
    path: Path | None = None
    generated: bool = False

    def chunks(self) -> Iterator[bytes]:
        if self.data is not None:
            yield self.data
        elif self.path is not None:
            with self.path.open("rb") as source:
                while block := source.read(1 << 20):
                    yield block
        else:
            yield from generated_chunks(self.size)


@dataclass
class SpooledUpload(UploadedFile):
    """An uploaded file part; parts above 1 MiB are kept on disk (`path`) instead of in `content`."""

    path: Path | None = None
    size: int = 0


@dataclass
class Collection:
    """One resource type: its items in insertion order, its trash and revisions."""

    name: str
    noun: str
    key: str = "id"
    trash: bool = False
    revisions: bool = False
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)


# Which referenced collection each populatable field points at.
POPULATE = {
    ("assets", "type"): "asset_types",
    ("assets", "parent"): "assets",
    ("timeseries", "assetRef"): "assets",
    ("tasks", "assetRef"): "assets",
    ("events", "assetRef"): "assets",
    ("flows", "deployments"): "flow_deployments",
    ("flow_deployments", "flow"): "flows",
}
DISPLAY_NAMES = {
    "assets": {"type$name": ("type", "asset_types"), "parent$name": ("parent", "assets")},
    "timeseries": {"assetRef$name": ("assetRef", "assets")},
    "tasks": {"assetRef$name": ("assetRef", "assets")},
    "events": {"assetRef$name": ("assetRef", "assets")},
}
REQUIRED = {
    "assets": ("name", "type", "readPermissions", "readWritePermissions"),
    "contents": ("readPermissions", "readWritePermissions"),
    "asset_types": ("name", "readPermissions", "readWritePermissions"),
    "flow_functions": ("fqn", "readPermissions", "readWritePermissions"),
    "labels": ("name", "readWritePermissions"),
    "notifications": ("name",),
}
DEFAULT_REQUIRED = ("name", "readPermissions", "readWritePermissions")


class HahnProFake:
    """The handler: generic data/share/trash operations for every collection, plus each service's own."""

    def __init__(self, keycloak: Keycloak) -> None:
        self.keycloak = keycloak
        self._ids = itertools.count(1)
        self._files_dir = Path(tempfile.mkdtemp(prefix="hahnpro-fake-"))
        self.claims: dict[str, Any] = {}
        self.collections = {
            c.name: c
            for c in (
                Collection("assets", "Asset", trash=True, revisions=True),
                Collection("asset_types", "AssetType", trash=True, revisions=True),
                Collection("contents", "Content", trash=True),
                Collection("timeseries", "TimeSeries", trash=True),
                Collection("events", "Event"),
                Collection("tasks", "Task", trash=True),
                Collection("alerts", "Alert"),
                Collection("endpoints", "Endpoint"),
                Collection("notification_rules", "NotificationRule"),
                Collection("notifications", "Notification"),
                Collection("flows", "Flow", trash=True, revisions=True),
                Collection("flow_deployments", "FlowDeployment", trash=True),
                Collection("flow_functions", "FlowFunction", key="fqn", trash=True, revisions=True),
                Collection("flow_modules", "FlowModule", key="name"),
                Collection("labels", "Label"),
                Collection("vault", "VaultSecret"),
            )
        }
        self.files: dict[str, StoredFile] = {}
        self.values: dict[str, list[dict[str, Any]]] = {}
        self.shares: list[tuple[str, Any]] = []
        self.logbook: dict[str, dict[str, Any]] = {}
        self.notifications_sent: list[dict[str, Any]] = []
        self.settings: dict[str, Any] = {"userId": "u1", "language": "en", "activeOrg": "org1"}
        self.organizations: dict[str, dict[str, Any]] = {
            "org1": {"id": "org1", "name": "Hahn Projects", "domains": ["hahnpro.com"], "verified": True}
        }
        self.active_org: str | None = "org1"
        self.assistants = [{"id": "assistant1", "name": "Helper"}]
        self.threads: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self._seed()

    # -- seed data -----------------------------------------------------------------------------------------------
    def _seed(self) -> None:
        perms = {"readPermissions": ["test"], "readWritePermissions": ["test", "admin"]}
        self._put("asset_types", {"id": ASSET_TYPE_ID, "name": "machine", "typeSchema": {}, "uiSchema": {}, **perms})
        self._put(
            "assets",
            {"id": ASSET_ID, "name": "press 1", "type": ASSET_TYPE_ID, "tags": ["test"], "attachments": [], **perms},
        )
        self._put("timeseries", {"id": TIMESERIES_ID, "name": "temperature", "assetRef": ASSET_ID, **perms})
        self.values[TIMESERIES_ID] = [{"timestamp": 1000 * i, "value": 20 + i} for i in range(1, 6)]
        self._put(
            "contents",
            {
                "id": CONTENT_ID,
                "fileId": "f1",
                "filename": "hello.txt",
                "mimetype": "text/plain",
                "size": 12,
                "assets": [ASSET_ID],
                **perms,
            },
        )
        self.files[CONTENT_ID] = StoredFile(12, b"hello world\n")
        self.collections["assets"].items[ASSET_ID]["attachments"].append(CONTENT_ID)

    def _put(self, collection: str, item: dict[str, Any]) -> dict[str, Any]:
        stamp = now_iso()
        item = {"createdAt": stamp, "updatedAt": stamp, "revision": 1, **item}
        store = self.collections[collection]
        store.items[str(item[store.key])] = item
        return item

    def new_id(self) -> str:
        return f"6357b634{next(self._ids):016x}"

    def add_generated_content(self, size: int, mimetype: str = "application/octet-stream") -> str:
        """A content whose `size` bytes are generated on every download (see `generated_chunks`)."""
        content_id = self.new_id()
        perms = {"readPermissions": ["test"], "readWritePermissions": ["test"]}
        item = {"id": content_id, "fileId": content_id, "filename": "big.bin", "mimetype": mimetype, "size": size}
        self._put("contents", {**item, **perms})
        self.files[content_id] = StoredFile(size, generated=True)
        return content_id

    def close(self) -> None:
        shutil.rmtree(self._files_dir, ignore_errors=True)

    # -- plumbing --------------------------------------------------------------------------------------------------
    def authorize(self, request: FakeRequest) -> FakeResponse | None:
        header = request.headers.get("Authorization", "")
        claims = self.keycloak.verify(header[7:]) if header.startswith("Bearer ") else None
        if claims is None:
            return self.error_401()
        self.claims = claims
        return None

    @staticmethod
    def error_401() -> FakeResponse:
        return FakeResponse(401, {"statusCode": 401, "message": "Unauthorized"})

    @property
    def roles(self) -> set[str]:
        return set(self.claims.get("realm_access", {}).get("roles", []))

    def not_found(self, request: FakeRequest) -> FakeResponse:
        return error(404, f"Cannot {request.method} {request.path}")

    def method_not_allowed(self, request: FakeRequest) -> FakeResponse:
        return error(404, f"Cannot {request.method} {request.path}")

    def __getattr__(self, operation_id: str) -> Callable[[FakeRequest], FakeResponse]:
        """The generic operations (`<collection>_<verb>`) of every collection."""
        for name in sorted(self.__dict__.get("collections", {}), key=len, reverse=True):
            verb = operation_id.removeprefix(name + "_")
            if verb != operation_id and hasattr(Generic, verb):
                collection = self.collections[name]
                return lambda request: self._run(getattr(Generic, verb), self, collection, request)
        raise AttributeError(operation_id)

    @staticmethod
    def _run(fn: Callable[..., Any], *args: Any) -> FakeResponse:
        try:
            result = fn(*args)
        except HttpError as failure:
            return error(failure.status, failure.message)
        return result if isinstance(result, FakeResponse) else FakeResponse(200, result)

    def _handled(fn: Callable[..., Any]) -> Callable[..., FakeResponse]:  # type: ignore[misc]
        def wrapper(self: HahnProFake, request: FakeRequest) -> FakeResponse:
            return self._run(fn, self, request)

        return wrapper

    # -- shared helpers --------------------------------------------------------------------------------------------
    def check_permissions(self, body: dict[str, Any]) -> None:
        for name in ("readPermissions", "readWritePermissions"):
            roles = body.get(name) or []
            if isinstance(roles, str):
                roles = [roles]
            foreign = [role for role in roles if role not in self.roles]
            if foreign:
                raise HttpError(403, f"You cannot set roles you do not have: {', '.join(foreign)}")

    def readable(self, item: dict[str, Any]) -> bool:
        allowed = set(item.get("readPermissions") or []) | set(item.get("readWritePermissions") or [])
        return not allowed or bool(allowed & self.roles)

    def find(self, collection: Collection, key: str, *, trashed: bool | None = False) -> dict[str, Any]:
        item = collection.items.get(key)
        if item is None or not self.readable(item) or (trashed is not None and bool(item.get("deletedAt")) != trashed):
            raise HttpError(404, f"{collection.noun} with id {key} not found")
        return item

    def shown(self, collection: Collection, item: dict[str, Any], populate: str | None) -> dict[str, Any]:
        shown = copy.deepcopy(item)
        for display, (ref, target) in DISPLAY_NAMES.get(collection.name, {}).items():
            referenced = self.collections[target].items.get(str(item.get(ref)))
            if referenced is not None:
                shown[display] = referenced["name"]
        for name in (populate or "").split(","):
            target = POPULATE.get((collection.name, name))
            if target is None or name not in shown:
                continue
            store = self.collections[target]
            value = shown[name]
            if isinstance(value, list):
                shown[name] = [copy.deepcopy(store.items.get(v, v)) for v in value]
            elif value in store.items:
                shown[name] = copy.deepcopy(store.items[value])
        return shown

    def page(
        self, request: FakeRequest, items: list[dict[str, Any]], collection: Collection | None = None
    ) -> dict[str, Any]:
        limit = int(request.query.get("limit", "0"))
        page = int(request.query.get("page", "1"))
        for key, op, wanted in parse_filter(request.query.get("filter", "")):
            items = [item for item in items if _matches(item, key, op, wanted)]
        sort = request.query.get("sort")
        if sort:
            field_name = sort.lstrip("-")
            items = sorted(items, key=lambda item: str(item.get(field_name, "")), reverse=sort.startswith("-"))
        total = len(items)
        docs = items[(page - 1) * limit : page * limit] if limit else items
        if collection is not None:
            docs = [self.shown(collection, doc, request.query.get("populate")) for doc in docs]
        pages = math.ceil(total / limit) if limit else 1
        return {"docs": docs, "total": total, "limit": limit, "page": page, "pages": pages}

    def body(self, request: FakeRequest, required: tuple[str, ...] = ()) -> Any:
        if request.json_error is not None or not request.is_json:
            raise HttpError(400, "Unexpected token in JSON")
        data = request.json
        if required:
            missing = [f"{name} should not be empty" for name in required if not data.get(name)]
            if missing:
                raise HttpError(400, missing)
        return data

    def store_file(self, upload: UploadedFile) -> StoredFile:
        if isinstance(upload, SpooledUpload) and upload.path is not None:
            return StoredFile(upload.size, path=upload.path)
        return StoredFile(len(upload.content), data=upload.content)

    def new_content(self, request: FakeRequest, asset_id: str | None = None) -> dict[str, Any]:
        upload = request.files.get("file")
        if upload is None:
            raise HttpError(400, "file should not be empty")
        perms = {name: request.form.getlist(name) for name in ("readPermissions", "readWritePermissions")}
        self.check_permissions(perms)
        stored = self.store_file(upload)
        content_id = self.new_id()
        item = {
            "id": content_id,
            "fileId": self.new_id(),
            "filename": upload.filename or "file",
            "mimetype": upload.content_type or "application/octet-stream",
            "size": stored.size,
            "assets": [asset_id] if asset_id else [],
            **perms,
        }
        self.files[content_id] = stored
        return self._put("contents", item)

    # -- assets --------------------------------------------------------------------------------------------------
    @_handled
    def assets_count(self, request: FakeRequest) -> Any:
        return self.page(request, [i for i in Generic.live(self, self.collections["assets"])])["total"]

    @_handled
    def assets_add_attachment(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["id"])
        content = self.new_content(request, asset["id"])
        asset.setdefault("attachments", []).append(content["id"])
        return FakeResponse(201, self.shown(self.collections["assets"], asset, None))

    @_handled
    def assets_list_attachments(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["id"])
        contents = self.collections["contents"]
        items = [c for c in Generic.live(self, contents) if asset["id"] in c.get("assets", [])]
        return self.page(request, items, contents)

    @_handled
    def assets_link(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["id"])
        body = self.body(request, ("elementId", "targetProperty"))
        asset.setdefault(body["targetProperty"], []).append(body["elementId"])
        return FakeResponse(201, asset)

    @_handled
    def assets_unlink(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["id"])
        body = self.body(request, ("elementIds", "targetProperty"))
        kept = [e for e in asset.get(body["targetProperty"], []) if e not in body["elementIds"]]
        asset[body["targetProperty"]] = kept
        return FakeResponse(201, asset)

    @_handled
    def assets_get_event_levels(self, request: FakeRequest) -> Any:
        body = self.body(request, ("ids",))
        overrides = {}
        for asset_id in body["ids"]:
            companion = next(
                (a for a in self.collections["assets"].items.values() if a["name"] == f"hpc-event-causes-{asset_id}"),
                None,
            )
            causes = (companion or {}).get("data", {})
            overrides[asset_id] = {c: causes[c] for c in body.get("causes", []) if c in causes}
        return FakeResponse(201, overrides)

    @_handled
    def assets_update_event_cause(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["id"])
        body = self.body(request, ("cause", "level"))
        name = f"hpc-event-causes-{asset['id']}"
        companion = next((a for a in self.collections["assets"].items.values() if a["name"] == name), None)
        if companion is None:
            perms = {k: asset[k] for k in ("readPermissions", "readWritePermissions")}
            companion = self._put("assets", {"id": self.new_id(), "name": name, "type": asset["type"], **perms})
        companion.setdefault("data", {})[body["cause"]] = body["level"]
        return companion

    def _external(self, key: str) -> dict[str, Any]:
        for asset in Generic.live(self, self.collections["assets"]):
            if asset.get("externalKey") == key:
                return asset
        raise HttpError(404, f"Asset with externalKey {key} not found")

    @_handled
    def assets_get_external(self, request: FakeRequest) -> Any:
        return self.shown(self.collections["assets"], self._external(request.path_params["key"]), None)

    @_handled
    def assets_update_external(self, request: FakeRequest) -> Any:
        asset = self._external(request.path_params["key"])
        body = self.body(request, REQUIRED["assets"])
        return Generic.replace(self, self.collections["assets"], asset, body)

    @_handled
    def assets_get_translated_names(self, request: FakeRequest) -> Any:
        wanted = request.query.get("translationIds", "").split(",")
        lang = request.path_params["lang"]
        return {
            a["translationId"]: f"{a['name']} ({lang})"
            for a in self.collections["assets"].items.values()
            if a.get("translationId") in wanted
        }

    @_handled
    def asset_types_get_template(self, request: FakeRequest) -> Any:
        asset_type = self.find(self.collections["asset_types"], request.path_params["id"])
        name = request.path_params["templateName"]
        for template in asset_type.get("templates", []):
            if isinstance(template, dict) and template.get("name") == name:
                return template
        raise HttpError(404, f"Template {name} not found")

    # -- contents --------------------------------------------------------------------------------------------------
    @_handled
    def contents_upload(self, request: FakeRequest) -> Any:
        if request.is_json:  # the SDK's addOne: the content's metadata, without a file
            return Generic.create(self, self.collections["contents"], request)
        return FakeResponse(201, self.new_content(request))

    @_handled
    def contents_download(self, request: FakeRequest) -> Any:
        content = self.find(self.collections["contents"], request.path_params["id"])
        stored = self.files.get(content["id"], StoredFile(0, data=b""))
        body = StreamedBody(stored.size, stored.chunks)
        return FakeResponse(200, body, content["mimetype"])

    # -- timeseries ------------------------------------------------------------------------------------------------
    def _series(self, request: FakeRequest) -> dict[str, Any]:
        return self.find(self.collections["timeseries"], request.path_params["id"])

    def _grouped(self, points: list[dict[str, Any]], group: str | None) -> list[dict[str, Any]]:
        if not group or group == "none":
            return points
        size = GROUP_MS[group]
        buckets: dict[int, list[float]] = {}
        for point in points:
            if isinstance(point.get("value"), int | float):
                buckets.setdefault(point["timestamp"] // size * size, []).append(point["value"])
        return [{"timestamp": t, "value": sum(v) / len(v), "count": len(v)} for t, v in sorted(buckets.items())]

    @_handled
    def timeseries_get_values(self, request: FakeRequest) -> Any:
        series = self._series(request)
        start = request.path_params["from"]
        points = [p for p in self.values.get(series["id"], []) if p["timestamp"] >= start]
        limit = request.query.get("limit")
        points = points[: int(limit)] if limit else points
        return self._grouped(points, request.query.get("group"))

    @_handled
    def timeseries_get_values_of_period(self, request: FakeRequest) -> Any:
        series = self._series(request)
        start, end = request.path_params["from"], request.path_params["to"]
        points = [p for p in self.values.get(series["id"], []) if start <= p["timestamp"] <= end]
        return self._grouped(points, request.query.get("group"))

    @_handled
    def timeseries_get_most_recent(self, request: FakeRequest) -> Any:
        series = self._series(request)
        points = self.values.get(series["id"], [])
        before = _instant(request.query["before"]) if "before" in request.query else None
        if before is not None:
            points = [p for p in points if p["timestamp"] < before.timestamp() * 1000]
        if not points:
            raise HttpError(404, "No values")
        return max(points, key=lambda p: p["timestamp"])

    def _add_values(self, series_id: str, values: dict[str, Any]) -> None:
        stored = self.values.setdefault(series_id, [])
        for key, value in values.items():
            point = (
                {"timestamp": int(key), **value} if isinstance(value, dict) else {"timestamp": int(key), "value": value}
            )
            stored.append(point)
        stored.sort(key=lambda p: p["timestamp"])

    @_handled
    def timeseries_add_values(self, request: FakeRequest) -> Any:
        series = self._series(request)
        self._add_values(series["id"], self.body(request))
        return FakeResponse(201, b"", "application/json")

    def _asset_series(self, asset_id: str, dto: dict[str, Any]) -> dict[str, Any]:
        self.check_permissions(dto)
        store = self.collections["timeseries"]
        series = next(
            (s for s in Generic.live(self, store) if s.get("assetRef") == asset_id and s["name"] == dto["name"]), None
        )
        if series is None:
            perms = {k: dto[k] for k in ("readPermissions", "readWritePermissions")}
            series = self._put("timeseries", {"id": self.new_id(), "name": dto["name"], "assetRef": asset_id, **perms})
        if dto.get("metadata"):
            series["metadata"] = dto["metadata"]
        self._add_values(series["id"], dto["values"])
        return series

    @_handled
    def timeseries_add_asset_values(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["assetId"])
        return FakeResponse(201, self._asset_series(asset["id"], self.body(request, ("name", "values"))))

    @_handled
    def timeseries_add_asset_values_bulk(self, request: FakeRequest) -> Any:
        asset = self.find(self.collections["assets"], request.path_params["assetId"])
        settled = []
        for dto in self.body(request):
            try:
                settled.append({"status": "fulfilled", "value": self._asset_series(asset["id"], dto)})
            except HttpError as failure:
                settled.append({"status": "rejected", "reason": {"message": failure.message}})
        return FakeResponse(201, settled)

    def _by_asset(self, request: FakeRequest) -> list[dict[str, Any]]:
        names = [n for n in request.query.get("names", "").split(",") if n]
        found = [s for s in Generic.live(self, self.collections["timeseries"])]
        found = [s for s in found if s.get("assetRef") == request.path_params["assetId"]]
        return [s for s in found if not names or s["name"] in names]

    @_handled
    def timeseries_list_by_asset(self, request: FakeRequest) -> Any:
        return self.page(request, self._by_asset(request), self.collections["timeseries"])

    @_handled
    def timeseries_get_most_recent_by_asset(self, request: FakeRequest) -> Any:
        recent = {}
        for series in self._by_asset(request):
            points = self.values.get(series["id"])
            if points:
                recent[series["name"]] = max(points, key=lambda p: p["timestamp"])
        return recent

    # -- events ----------------------------------------------------------------------------------------------------
    def _events_of(self, asset_id: str, group: str) -> list[dict[str, Any]]:
        events = Generic.live(self, self.collections["events"])
        return [e for e in events if e.get("assetRef") == asset_id and e.get("group") == group]

    @_handled
    def events_get_last_by_group(self, request: FakeRequest) -> Any:
        events = self._events_of(request.path_params["assetId"], request.path_params["group"])
        if not events:
            raise HttpError(404, "No event")
        return events[-1]

    @_handled
    def events_get_last_by_groups(self, request: FakeRequest) -> Any:
        groups = [g for g in request.query.get("groups", "").split(",") if g]
        last = {g: self._events_of(request.path_params["assetId"], g) for g in groups}
        return {g: events[-1]["id"] for g, events in last.items() if events}

    # -- tasks and the logbook -------------------------------------------------------------------------------------
    @_handled
    def tasks_get_many(self, request: FakeRequest) -> Any:
        tasks = self.collections["tasks"]
        items = Generic.live(self, tasks)
        for name in ("name", "assetRef"):
            if name in request.query:
                items = [t for t in items if t.get(name) == request.query[name]]
        return self.page(request, items, tasks)

    def _entries(self, request: FakeRequest, entries: list[dict[str, Any]]) -> dict[str, Any]:
        limit = int(request.query.get("limit", "50"))
        offset = int(request.query.get("offset", "0"))
        return {"docs": entries[offset : offset + limit], "total": len(entries), "limit": limit, "offset": offset}

    @_handled
    def tasks_list_logbook(self, request: FakeRequest) -> Any:
        task = self.find(self.collections["tasks"], request.path_params["taskId"])
        return self._entries(request, [e for e in self.logbook.values() if e["taskId"] == task["id"]])

    @_handled
    def tasks_list_my_logbook(self, request: FakeRequest) -> Any:
        mine = [e for e in self.logbook.values() if e.get("createdBy") == self.claims.get("sub")]
        return self._entries(request, mine)

    @_handled
    def tasks_add_logbook_entry(self, request: FakeRequest) -> Any:
        task = self.find(self.collections["tasks"], request.path_params["taskId"])
        entry = {"source": "manual", **self.body(request, ("date",)), "taskId": task["id"], "id": self.new_id()}
        entry.update(createdBy=self.claims.get("sub"), createdAt=now_iso(), updatedAt=now_iso())
        self.logbook[entry["id"]] = entry
        return FakeResponse(201, entry)

    def _entry(self, request: FakeRequest) -> dict[str, Any]:
        entry = self.logbook.get(request.path_params["entryId"])
        if entry is None or entry["taskId"] != request.path_params["taskId"]:
            raise HttpError(404, "Logbook entry not found")
        return entry

    @_handled
    def tasks_update_logbook_entry(self, request: FakeRequest) -> Any:
        entry = self._entry(request)
        entry.update(self.body(request), updatedAt=now_iso())
        return entry

    @_handled
    def tasks_delete_logbook_entry(self, request: FakeRequest) -> Any:
        del self.logbook[self._entry(request)["id"]]
        return {"deleted": True}

    # -- notifications ---------------------------------------------------------------------------------------------
    @_handled
    def endpoints_send_notification(self, request: FakeRequest) -> Any:
        endpoint = self.find(self.collections["endpoints"], request.path_params["id"])
        payload = self.body(request, ("subject", "message"))
        self.notifications_sent.append({"endpoint": endpoint["id"], **payload})
        return FakeResponse(201, b"", "application/json")

    @_handled
    def endpoints_get_last_log(self, request: FakeRequest) -> Any:
        endpoint = self.find(self.collections["endpoints"], request.path_params["id"])
        group = request.path_params["group"]
        sent = [n for n in self.notifications_sent if n["endpoint"] == endpoint["id"] and n.get("group") == group]
        if not sent:
            raise HttpError(404, "No log")
        return {"id": self.new_id(), "endpoint": endpoint["id"], "type": "info", "data": sent[-1], "group": group}

    # -- flows -----------------------------------------------------------------------------------------------------
    @_handled
    def flows_get_by_diagram(self, request: FakeRequest) -> Any:
        for flow in Generic.live(self, self.collections["flows"]):
            if flow.get("diagram") == request.path_params["diagramId"]:
                return flow
        raise HttpError(404, "Flow not found")

    @_handled
    def flows_list_diagram_revisions(self, request: FakeRequest) -> Any:
        flow = self.find(self.collections["flows"], request.path_params["id"])
        return [{"id": flow.get("diagram", "d1"), "flow": flow["id"], "json": "{}", "author": "u1"}]

    @_handled
    def flow_deployments_create(self, request: FakeRequest) -> Any:
        body = self.body(request, ("diagramId", "name"))
        self.check_permissions(body)
        body.setdefault("readPermissions", [])
        body.setdefault("readWritePermissions", [])
        item = {**body, "id": self.new_id(), "desiredStatus": "running", "actualStatus": "generating queued"}
        return FakeResponse(201, self._put("flow_deployments", item))

    def _deployment(self, request: FakeRequest) -> dict[str, Any]:
        return self.find(self.collections["flow_deployments"], request.path_params["id"])

    @_handled
    def flow_deployments_update_status(self, request: FakeRequest) -> Any:
        deployment = self._deployment(request)
        status = self.body(request, ("desiredStatus",))["desiredStatus"]
        deployment.update(desiredStatus=status, actualStatus=status)
        if status == "deleted":
            deployment["deletedAt"] = now_iso()
        return deployment

    @_handled
    def flow_deployments_get_statistics(self, request: FakeRequest) -> Any:
        return {"id": self._deployment(request)["id"], "messagesPerSecond": 0}

    @_handled
    def flow_deployments_get_metrics(self, request: FakeRequest) -> Any:
        self._deployment(request)
        return {"range": request.query.get("range"), "interval": request.query.get("interval"), "cpu": [], "memory": []}

    @_handled
    def flow_deployments_get_logs(self, request: FakeRequest) -> Any:
        return [{"message": "started", "deploymentId": self._deployment(request)["id"]}]

    @_handled
    def flow_deployments_resolve_references(self, request: FakeRequest) -> Any:
        deployment = self._deployment(request)
        return [{"id": deployment.get("flow", "f"), "resourceType": "flow", "dependent": False}]

    @_handled
    def flow_deployments_subscribe_status(self, request: FakeRequest) -> Any:
        return sse([("message", self._deployment(request)["actualStatus"])])

    @_handled
    def flow_deployments_subscribe_logs(self, request: FakeRequest) -> Any:
        deployment = self._deployment(request)
        return sse([("message", json.dumps({"message": "started", "deploymentId": deployment["id"]}))])

    @_handled
    def flow_modules_publish(self, request: FakeRequest) -> Any:
        name = request.form.get("name", "")
        if "file" not in request.files or not name:
            raise HttpError(400, ["file should not be empty", "name should not be empty"])
        store = self.collections["flow_modules"]
        artifact = {
            "id": self.new_id(),
            "filename": request.files["file"].filename,
            "version": request.form.get("version"),
        }
        module = store.items.get(name) or self._put(
            "flow_modules",
            {
                "id": self.new_id(),
                "name": name,
                "artifacts": [],
                "functions": [],
                "readPermissions": ["test"],
                "readWritePermissions": ["test"],
            },
        )
        module["description"] = request.form.get("description", module.get("description", ""))
        module["artifacts"].append(artifact)
        return FakeResponse(201, module)

    @_handled
    def flow_modules_delete_artifact(self, request: FakeRequest) -> Any:
        module = self.find(self.collections["flow_modules"], request.path_params["name"])
        module["artifacts"] = [a for a in module["artifacts"] if a.get("version") != request.path_params["version"]]
        return module

    # -- labels, vault, user ---------------------------------------------------------------------------------------
    @_handled
    def labels_get_by_name(self, request: FakeRequest) -> Any:
        for label in self.collections["labels"].items.values():
            if label["name"] == request.path_params["name"]:
                return label
        raise HttpError(404, "Label not found")

    @_handled
    def labels_count(self, request: FakeRequest) -> Any:
        return len(self.collections["labels"].items)

    @_handled
    def labels_search(self, request: FakeRequest) -> Any:
        options = self.body(request, ("query",))
        found = [label for label in self.collections["labels"].items.values() if options["query"] in label["name"]]
        offset, limit = options.get("offset", 0), options.get("limit", 10)
        return FakeResponse(
            201, {"docs": found[offset : offset + limit], "total": len(found), "limit": limit, "offset": offset}
        )

    @_handled
    def vault_get_secret(self, request: FakeRequest) -> Any:
        for secret in self.collections["vault"].items.values():
            if secret["name"] == request.path_params["name"]:
                return secret.get("secret", "")
        raise HttpError(404, "Secret not found")

    @_handled
    def users_get_settings(self, request: FakeRequest) -> Any:
        return self.settings

    @_handled
    def users_update_settings(self, request: FakeRequest) -> Any:
        self.settings = self.body(request)
        return self.settings

    @_handled
    def users_delete_settings(self, request: FakeRequest) -> Any:
        # The SDK's deleteUserSettings resolves to UserSettings: the document as it was before the delete.
        deleted, self.settings = self.settings, {}
        return deleted

    # -- organizations ---------------------------------------------------------------------------------------------
    def _org(self, org_id: str) -> dict[str, Any]:
        if org_id not in self.organizations:
            raise HttpError(404, f"Organization {org_id} not found")
        return self.organizations[org_id]

    def _new_org(self, dto: dict[str, Any]) -> dict[str, Any]:
        org = {**dto, "id": self.new_id(), "createdAt": now_iso()}
        self.organizations[org["id"]] = org
        return org

    @_handled
    def organizations_create(self, request: FakeRequest) -> Any:
        return FakeResponse(201, self._new_org(self.body(request, ("name",))))

    @_handled
    def organizations_update(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        org.update(self.body(request, ("name",)))
        return org

    @_handled
    def organizations_get(self, request: FakeRequest) -> Any:
        return self._org(request.path_params["id"])

    @_handled
    def organizations_get_active(self, request: FakeRequest) -> Any:
        return self._org(self.active_org or "")

    @_handled
    def organizations_set_active(self, request: FakeRequest) -> Any:
        self.active_org = self._org(request.path_params["id"])["id"]
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_list_mine(self, request: FakeRequest) -> Any:
        return list(self.organizations.values())

    @_handled
    def organizations_list_of_user(self, request: FakeRequest) -> Any:
        return list(self.organizations.values())

    @_handled
    def organizations_get_user_roles(self, request: FakeRequest) -> Any:
        ids = self.body(request, ("ids",))["ids"]
        return FakeResponse(201, {org_id: ["member"] for org_id in ids if org_id in self.organizations})

    @_handled
    def organizations_get_names(self, request: FakeRequest) -> Any:
        ids = self.body(request, ("ids",))["ids"]
        orgs = [self.organizations[i] for i in ids if i in self.organizations]
        return FakeResponse(201, [{"id": o["id"], "name": o["name"]} for o in orgs])

    @_handled
    def organizations_get_by_name(self, request: FakeRequest) -> Any:
        for org in self.organizations.values():
            if org["name"] == request.path_params["name"]:
                return {"id": org["id"], "name": org["name"]}
        raise HttpError(404, "Organization not found")

    @_handled
    def organizations_check_name(self, request: FakeRequest) -> Any:
        if any(o["name"] == request.path_params["name"] for o in self.organizations.values()):
            raise HttpError(409, "Organization name already taken")
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_has_active_subscription(self, request: FakeRequest) -> Any:
        return any(
            o.get("subscriptionId") == request.path_params["subscriptionId"] for o in self.organizations.values()
        )

    @_handled
    def organizations_get_data(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        kinds = request.query.get("kinds", "members").split(",")
        return {kind: org.get(kind, []) for kind in kinds}

    @_handled
    def organizations_get_employee(self, request: FakeRequest) -> Any:
        self._org(request.path_params["id"])
        return {"id": request.path_params["userId"], "username": "ada", "email": "ada@example.org"}

    @_handled
    def organizations_invite(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        invitation = {"id": self.new_id(), **self.body(request, ("email", "roles"))}
        org.setdefault("invitations", []).append(invitation)
        return FakeResponse(201, b"", "application/json")

    @_handled
    def organizations_resend_invitation(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        if not any(i["id"] == request.path_params["invitationId"] for i in org.get("invitations", [])):
            raise HttpError(404, "Invitation not found")
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_create_role(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        org.setdefault("roles", []).append(self.body(request))
        return FakeResponse(201, org["roles"])

    @_handled
    def organizations_update_role(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        role = self.body(request)
        name = request.path_params["roleName"]
        org["roles"] = [role if r.get("name") == name else r for r in org.get("roles", [])]
        return org["roles"]

    @_handled
    def organizations_update_user_roles(self, request: FakeRequest) -> Any:
        self._org(request.path_params["id"])
        self.body(request)
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_delete_data(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        kind = request.query.get("kind", "members")
        org[kind] = [e for e in org.get(kind, []) if e.get("id") != request.path_params["elementId"]]
        return {kind: org[kind]}

    @_handled
    def organizations_request_deletion(self, request: FakeRequest) -> Any:
        self._org(request.path_params["id"])["deletionRequested"] = True
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_leave(self, request: FakeRequest) -> Any:
        self._org(request.path_params["id"])
        return FakeResponse(200, b"", "application/json")

    @_handled
    def organizations_administration_get(self, request: FakeRequest) -> Any:
        return self._org(request.path_params["id"])

    @_handled
    def organizations_administration_get_many(self, request: FakeRequest) -> Any:
        return self.page(request, list(self.organizations.values()))

    @_handled
    def organizations_administration_search(self, request: FakeRequest) -> Any:
        name = request.query.get("name", "")
        return [o for o in self.organizations.values() if name.lower() in o["name"].lower()]

    @_handled
    def organizations_administration_create(self, request: FakeRequest) -> Any:
        return FakeResponse(201, self._new_org(self.body(request, ("organizationDto",))["organizationDto"]))

    @_handled
    def organizations_administration_add_members(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        members = self.body(request, ("usersWithOrgRoles",))["usersWithOrgRoles"]
        org.setdefault("members", []).extend({"id": m["username"], **m} for m in members)
        return FakeResponse(201, b"", "application/json")

    @_handled
    def organizations_administration_set_subscription(self, request: FakeRequest) -> Any:
        org = self._org(request.path_params["id"])
        org["subscriptionType"] = self.body(request, ("type",))["type"]
        return FakeResponse(201, org)

    @_handled
    def organizations_administration_delete(self, request: FakeRequest) -> Any:
        self._org(request.path_params["id"])
        return f"task-{request.path_params['id']}"

    @_handled
    def organizations_administration_subscribe_deletion_task(self, request: FakeRequest) -> Any:
        org_id = request.path_params["id"]
        self.organizations.pop(org_id, None)
        steps = [json.dumps({"step": "deleting", "stepNumber": n, "maxSteps": 2}) for n in (1, 2)]
        return sse([("message", step) for step in steps])

    @_handled
    def organizations_resources_list_set_names(self, request: FakeRequest) -> Any:
        return ["default", "demo"]

    @_handled
    def organizations_resources_create(self, request: FakeRequest) -> Any:
        self._org(request.path_params["orgId"])
        self.body(request, ("resourceSetName",))
        return FakeResponse(201, f"create-{request.path_params['orgId']}")

    @_handled
    def organizations_resources_delete(self, request: FakeRequest) -> Any:
        self._org(request.path_params["orgId"])
        return f"delete-{request.path_params['orgId']}"

    def _progress(self, request: FakeRequest) -> FakeResponse:
        self._org(request.path_params["orgId"])
        steps = [("message", json.dumps({"step": "assets", "stepNumber": n, "maxSteps": 2})) for n in (1, 2)]
        return sse([*steps, ("message", json.dumps({"message": "done"}))])

    @_handled
    def organizations_resources_subscribe_creation_task(self, request: FakeRequest) -> Any:
        return self._progress(request)

    @_handled
    def organizations_resources_subscribe_deletion_task(self, request: FakeRequest) -> Any:
        return self._progress(request)

    # -- search, ai, proxy -----------------------------------------------------------------------------------------
    @_handled
    def search_search(self, request: FakeRequest) -> Any:
        options = self.body(request, ("query",))
        found = []
        for collection in self.collections.values():
            for item in Generic.live(self, collection):
                if options["query"].lower() in str(item.get("name", "")).lower():
                    found.append({"id": item.get("id"), "name": item.get("name"), "type": collection.name})
        offset, limit = options.get("offset", 0), options.get("limit", 10)
        return FakeResponse(
            201, {"docs": found[offset : offset + limit], "limit": limit, "offset": offset, "total": len(found)}
        )

    def _thread(self, thread_id: str) -> dict[str, Any]:
        if thread_id not in self.threads:
            raise HttpError(404, "Thread not found")
        return self.threads[thread_id]

    def _new_thread(self, assistant_id: str, ephemeral: bool = False) -> dict[str, Any]:
        thread = {"id": self.new_id(), "assistantId": assistant_id, "isEphemeral": ephemeral, "createdAt": now_iso()}
        self.threads[thread["id"]] = thread
        self.messages[thread["id"]] = []
        return thread

    @_handled
    def ai_send_message(self, request: FakeRequest) -> Any:
        body = self.body(request, ("message",))
        thread = self.threads.get(body.get("threadId", "")) or self._new_thread(body.get("assistantId", "assistant1"))
        asked = {"id": self.new_id(), "threadId": thread["id"], "role": "user", "content": body["message"]}
        answer = {
            "id": self.new_id(),
            "threadId": thread["id"],
            "role": "assistant",
            "content": f"echo: {body['message']}",
        }
        self.messages[thread["id"]] += [asked, answer]
        return FakeResponse(201, answer)

    @_handled
    def ai_create_thread(self, request: FakeRequest) -> Any:
        body = self.body(request, ("assistantId",))
        return FakeResponse(201, self._new_thread(body["assistantId"], body.get("isEphemeral", False)))

    @_handled
    def ai_list_assistants(self, request: FakeRequest) -> Any:
        return self.assistants

    def _assistant(self, assistant_id: str) -> dict[str, Any]:
        for assistant in self.assistants:
            if assistant["id"] == assistant_id:
                return assistant
        raise HttpError(404, "Assistant not found")

    @_handled
    def ai_get_assistant(self, request: FakeRequest) -> Any:
        return self._assistant(request.path_params["id"])

    @_handled
    def ai_list_assistant_threads(self, request: FakeRequest) -> Any:
        assistant = self._assistant(request.path_params["id"])
        return [t for t in self.threads.values() if t["assistantId"] == assistant["id"]]

    @_handled
    def ai_get_latest_assistant_thread(self, request: FakeRequest) -> Any:
        threads = [t for t in self.threads.values() if t["assistantId"] == request.path_params["id"]]
        if not threads:
            raise HttpError(404, "Thread not found")
        return threads[-1]

    @_handled
    def ai_get_speech_token(self, request: FakeRequest) -> Any:
        return {"token": "speech-token", "region": "westeurope"}

    @_handled
    def ai_list_threads(self, request: FakeRequest) -> Any:
        wanted = [a for a in request.query.get("assistantIds", "").split(",") if a]
        return [t for t in self.threads.values() if not wanted or t["assistantId"] in wanted]

    @_handled
    def ai_get_latest_thread(self, request: FakeRequest) -> Any:
        if not self.threads:
            raise HttpError(404, "Thread not found")
        return list(self.threads.values())[-1]

    @_handled
    def ai_get_thread(self, request: FakeRequest) -> Any:
        return self._thread(request.path_params["id"])

    @_handled
    def ai_list_messages(self, request: FakeRequest) -> Any:
        self._thread(request.path_params["id"])
        return self._entries(request, self.messages[request.path_params["id"]])

    @_handled
    def ai_send_feedback(self, request: FakeRequest) -> Any:
        self.body(request, ("traceId",))
        return FakeResponse(201, b"", "application/json")

    @_handled
    def ai_delete_thread(self, request: FakeRequest) -> Any:
        thread = self._thread(request.path_params["id"])
        del self.threads[thread["id"]]
        return thread

    def _proxy(self, request: FakeRequest) -> FakeResponse:
        echo = {
            "proxyId": request.path_params["proxyId"],
            "method": request.method,
            "path": request.path_params["path"],
            "query": request.query.to_dict(),
            "body": request.json,
        }
        return FakeResponse(200, echo)

    proxy_get = proxy_post = proxy_put = proxy_delete = _proxy


def sse(events: list[tuple[str, str]]) -> FakeResponse:
    """A finished event stream: each `(event, data)` as `event:`/`data:` lines."""
    text = "".join(
        f"event: {event}\ndata: {data}\n\n" if event != "message" else f"data: {data}\n\n" for event, data in events
    )
    return FakeResponse(200, text.encode(), "text/event-stream", {"Cache-Control": "no-cache"})


class Generic:
    """The DataService, ShareService and TrashService routes, the same for every collection."""

    @staticmethod
    def live(fake: HahnProFake, collection: Collection) -> list[dict[str, Any]]:
        return [i for i in collection.items.values() if not i.get("deletedAt") and fake.readable(i)]

    @staticmethod
    def new(fake: HahnProFake, collection: Collection, body: dict[str, Any]) -> dict[str, Any]:
        fake.check_permissions(body)
        item = {**body}
        if collection.key == "id":
            item["id"] = fake.new_id()
        elif item.get(collection.key) in collection.items:
            raise HttpError(409, f"{collection.noun} {item[collection.key]} already exists")
        item.update(owner={"id": fake.active_org or "org1", "type": "org"}, createdBy={"id": fake.claims.get("sub")})
        return fake._put(collection.name, item)

    @staticmethod
    def create(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        body = fake.body(request, REQUIRED.get(collection.name, DEFAULT_REQUIRED))
        return FakeResponse(201, fake.shown(collection, Generic.new(fake, collection, body), None))

    @staticmethod
    def create_many(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        bodies = fake.body(request)
        required = REQUIRED.get(collection.name, DEFAULT_REQUIRED)
        for body in bodies:
            missing = [f"{name} should not be empty" for name in required if not body.get(name)]
            if missing:
                raise HttpError(400, missing)
        return FakeResponse(201, [Generic.new(fake, collection, body) for body in bodies])

    @staticmethod
    def get(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params[collection.key])
        return fake.shown(collection, item, request.query.get("populate"))

    @staticmethod
    def get_many(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        return fake.page(request, Generic.live(fake, collection), collection)

    @staticmethod
    def replace(fake: HahnProFake, collection: Collection, item: dict[str, Any], body: dict[str, Any]) -> Any:
        fake.check_permissions(body)
        key = str(item[collection.key])
        if collection.revisions:
            collection.history.append({**copy.deepcopy(item), "id": fake.new_id(), "originalId": key})
        kept = {name: item[name] for name in ("id", "createdAt", "owner", "createdBy") if name in item}
        fresh = {name: value for name, value in body.items() if "$" not in name}
        fresh.update(kept, updatedAt=now_iso(), revision=int(item.get("revision", 1)) + 1)
        fresh[collection.key] = item[collection.key]
        collection.items[key] = fresh
        return fake.shown(collection, fresh, None)

    @staticmethod
    def update(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params[collection.key])
        body = fake.body(request, REQUIRED.get(collection.name, DEFAULT_REQUIRED))
        return Generic.replace(fake, collection, item, body)

    @staticmethod
    def delete(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        key = request.path_params[collection.key]
        item = fake.find(collection, key, trashed=None)
        if collection.trash and not item.get("deletedAt") and request.query.get("force") != "true":
            item["deletedAt"] = now_iso()
            return item
        del collection.items[key]
        if collection.name == "assets" and request.query.get("removeChildren") == "true":
            for child in [a for a in collection.items.values() if a.get("parent") == key]:
                del collection.items[child["id"]]
        return item

    @staticmethod
    def cancel_access(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params[collection.key])
        fake.shares.append(("cancel_access", item[collection.key]))
        return FakeResponse(200, b"", "application/json")

    @staticmethod
    def share(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        body = fake.body(request, ("ids", "orgResourcePermissions"))
        for key in body["ids"]:
            fake.find(collection, key)
        fake.shares.append(("share", body))
        return FakeResponse(201, b"", "application/json")

    @staticmethod
    def list_trash(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        trashed = [i for i in collection.items.values() if i.get("deletedAt") and fake.readable(i)]
        return fake.page(request, trashed, collection)

    @staticmethod
    def restore_all(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        restored = [i for i in collection.items.values() if i.get("deletedAt") and fake.readable(i)]
        for item in restored:
            del item["deletedAt"]
        return restored

    @staticmethod
    def restore(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params["id"], trashed=True)
        del item["deletedAt"]
        return item

    @staticmethod
    def empty_trash(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        cutoff = time.time() - int(request.query["offset"])
        purged = [
            key
            for key, item in collection.items.items()
            if item.get("deletedAt") and _instant(item["deletedAt"]).timestamp() <= cutoff  # type: ignore[union-attr]
        ]
        for key in purged:
            del collection.items[key]
        return {"acknowledged": True, "deletedCount": len(purged)}

    @staticmethod
    def list_revisions(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params[collection.key])
        key = str(item[collection.key])
        return fake.page(request, [r for r in collection.history if r["originalId"] == key])

    @staticmethod
    def rollback(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        item = fake.find(collection, request.path_params[collection.key])
        revision_id = fake.body(request, ("revisionId",))["revisionId"]
        revision = next((r for r in collection.history if r["id"] == revision_id), None)
        if revision is None or revision["originalId"] != str(item[collection.key]):
            raise HttpError(404, f"Revision {revision_id} not found")
        body = {k: v for k, v in revision.items() if k not in ("id", "originalId")}
        return Generic.replace(fake, collection, item, body)

    @staticmethod
    def delete_revision(fake: HahnProFake, collection: Collection, request: FakeRequest) -> Any:
        fake.find(collection, request.path_params[collection.key])
        revision_id = request.path_params["revisionId"]
        revision = next((r for r in collection.history if r["id"] == revision_id), None)
        if revision is None:
            raise HttpError(404, f"Revision {revision_id} not found")
        collection.history.remove(revision)
        return revision


class HahnProServer(SpecServer):
    """SpecServer plus what this API needs: bearer checks, streamed bodies, spooled uploads, `/proxy/{id}/a/b`."""

    handler: HahnProFake

    def __init__(self, handler: HahnProFake) -> None:
        super().__init__(SPEC_PATH, handler)
        self.keycloak = handler.keycloak
        self._spool = Path(tempfile.mkdtemp(prefix="hahnpro-uploads-"))

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    def _build_routes(self) -> Any:
        for route in super()._build_routes():
            if route.template.endswith("/{path}"):
                yield replace(route, regex=re.compile(route.regex.pattern.removesuffix("([^/]+)") + "(.+)"))
            else:
                yield route

    def _match(self, fake: FakeRequest) -> _Operation | None:
        path = fake.path
        if not path.startswith("/api/"):
            return None
        fake.path = path[len("/api") :]
        try:
            return super()._match(fake)
        finally:
            fake.path = path

    def _answer(self, fake: FakeRequest, operation: _Operation | None) -> FakeResponse:
        if operation is not None:
            refused = self.handler.authorize(fake)
            if refused is not None:
                return refused
        return super()._answer(fake, operation)

    def _parse(self, request: Request) -> FakeRequest:
        if request.mimetype != "multipart/form-data":
            return super()._parse(request)
        fake = FakeRequest(
            request.method,
            request.path,
            None,
            {},
            MultiDict(request.args),
            Headers(request.headers),
            dict(request.cookies),
            b"(multipart, parsed as it streamed in)",
            request.mimetype,
        )
        fake.form = MultiDict(request.form)
        for name, upload in request.files.items():
            target = self._spool / f"{time.monotonic_ns()}"
            with target.open("wb") as out:
                shutil.copyfileobj(upload.stream, out, 1 << 20)
            size = target.stat().st_size
            content = b""
            if size <= 1 << 20:
                content = target.read_bytes()
                target.unlink()
            spooled = SpooledUpload(
                upload.filename, content, upload.content_type, target if size > 1 << 20 else None, size
            )
            fake.files[name] = spooled
        return fake

    @staticmethod
    def _to_werkzeug(answer: FakeResponse) -> Response:
        if not isinstance(answer.body, StreamedBody):
            return SpecServer._to_werkzeug(answer)
        body = answer.body
        response = Response(
            body.chunks(), status=answer.status, content_type=answer.content_type, direct_passthrough=True
        )
        response.headers["Content-Length"] = str(body.size)
        return response

    def stop(self) -> None:
        super().stop()
        shutil.rmtree(self._spool, ignore_errors=True)
        self.handler.close()


@contextmanager
def serve_hahnpro(**keycloak_options: Any) -> Iterator[HahnProServer]:
    """A started fake Keycloak and fake API; the API's `keycloak` attribute is the realm."""
    with Keycloak(**keycloak_options) as keycloak, HahnProServer(HahnProFake(keycloak)) as server:
        yield server
