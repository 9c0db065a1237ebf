"""Every client and auth kind, built against a fault server, with one read (GET) and one write (POST) each.

The answers are shaped as each API's server sends them (see the fakes in `tests/fakes` and the reference notes);
the fault tests then break them. Each client is made the way its README shows, against the server's URL.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import inspect
import json
import ssl
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from client_runtime import RetryPolicy
from fakes.raw_server import RawRequest

from .servers import FaultServer, Reply, json_reply

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")
NODE_ID = "3f1a5e1c-4a9b-4f3e-9a55-6c1d2e3f4a5b"
CLIENT_ID = "6c1d2e3f-4a9b-4f3e-9a55-3f1a5e1c4a5b"
CUSTOM_HEADER = "X-Trace-Context"
# One retry without the default backoff, so the tests about what is retried stay quick.
FAST_RETRY = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.02)


@dataclass(frozen=True)
class Secrets:
    """Distinctive values for one test: the credential given to the client, the token the server issues, and a
    value given through the client's `headers=` option. None of them may leave their origin or show anywhere."""

    credential: str = field(default_factory=lambda: f"S3CRET-{uuid.uuid4().hex}")
    token: str = field(default_factory=lambda: f"T0KEN-{uuid.uuid4().hex}")
    header: str = field(default_factory=lambda: f"H3ADER-{uuid.uuid4().hex}")

    @property
    def values(self) -> tuple[str, ...]:
        return (self.credential, self.token, self.header)


@dataclass(frozen=True)
class Urls:
    """Where a client is pointed: its API and, for token flows, its auth service (which may be elsewhere)."""

    api: str
    auth: str


ClientFactory = Callable[[Mode, Urls, Secrets, dict[str, Any]], Any]


@dataclass(frozen=True)
class AuthKind:
    """One way a client authenticates. `token_path` is the token endpoint's path for flows that fetch a token."""

    name: str
    build: ClientFactory
    carries: Callable[[RawRequest, Secrets], bool]
    token_path: str | None = None
    token_answer: Callable[[Secrets], Any] | None = None
    # Bodies a token endpoint may send that hold a token but cannot be used (the token must not show).
    bad_token_answers: dict[str, Callable[[Secrets], bytes]] = field(default_factory=dict)
    separate_auth_origin: bool = False
    # For flows that read their token endpoint from a discovery document first: its path and, given the server's
    # URL, its content.
    discovery: tuple[str, Callable[[str], Any]] | None = None

    @property
    def fetches_token(self) -> bool:
        return self.token_path is not None


@dataclass(frozen=True)
class Api:
    """One API: its representative calls and the answers its server gives them."""

    name: str
    auths: tuple[AuthKind, ...]
    get: Callable[..., Any]
    get_path: str
    get_answer: Any
    read_back: Callable[[Any], Any]
    read_back_expected: Any
    stream_get: Callable[[Any], Any]
    post: Callable[..., Any]
    post_path: str
    post_status: int
    post_answer: Any
    wrong_shape: Any
    wrong_field: str
    # What `stream_get` parses to, turned into what `get` answers (the façade's stream keeps any envelope).
    unwrap_stream: Callable[[Any], Any] = lambda parsed: parsed
    # A call with a path parameter, given the value to put in it, and the parameter's names (Python's, the spec's).
    path_call: Callable[[Any, str], Any] | None = None
    path_parameter: tuple[str, ...] = ()

    def huge_wrong_shape(self, size: int = 20 * 1024 * 1024) -> bytes:
        """`wrong_shape` with an extra field that makes the body about `size` bytes."""
        padded = dict(self.wrong_shape) if isinstance(self.wrong_shape, dict) else {"value": self.wrong_shape}
        padded["zzPadding"] = ["filler-" + "x" * 1000] * (size // 1012)
        return json.dumps(padded).encode()


# -- answers shaped like each server's --------------------------------------------------------------------------------
def _bearer(token: str) -> str:
    return f"Bearer {token}"


def _oauth_answer(secrets: Secrets) -> Any:
    return {"access_token": secrets.token, "expires_in": 3600, "token_type": "Bearer"}


def _oauth_bad_answers() -> dict[str, Callable[[Secrets], bytes]]:
    return {
        "not_json": lambda s: f"<html>access_token={s.token}</html>".encode(),
        "cut_json": lambda s: json.dumps({"access_token": s.token, "expires_in": 3600}).encode()[:-8],
        "no_access_token": lambda s: json.dumps({"token": s.token, "expires_in": 3600}).encode(),
        "expires_in_soon": lambda s: json.dumps({"access_token": s.token, "expires_in": "soon"}).encode(),
    }


def _session_bad_answers() -> dict[str, Callable[[Secrets], bytes]]:
    return {
        "not_json": lambda s: f"<html>sessionId={s.token}</html>".encode(),
        "cut_json": lambda s: json.dumps({"sessionId": s.token, "userName": "admin"}).encode()[:-8],
        "no_session_id": lambda s: json.dumps({"session": s.token, "userName": "admin"}).encode(),
    }


def _has_bearer(request: RawRequest, token: str) -> bool:
    return request.headers.get("authorization") == _bearer(token)


# -- SoSTrades ---------------------------------------------------------------------------------------------------------
def _sostrades(mode: Mode, urls: Urls, secrets: Secrets, options: dict[str, Any]) -> Any:
    from sostrades_client import AsyncSosTradesClient, SosTradesClient

    cls = SosTradesClient if mode == "sync" else AsyncSosTradesClient
    return cls(urls.api, api_key=secrets.credential, **options)


_EXECUTION_STATUS = {
    "study_case_id": 21,
    "disciplines_status": {"study1.Disc1": "DONE"},
    "study_case_execution_status": "FINISHED",
    "study_case_execution_error_message": "",
    "study_case_execution_cpu": "0.0/2",
    "study_case_execution_memory": "0.87/23.54 [GB]",
}

SOSTRADES = Api(
    name="sostrades",
    auths=(AuthKind("api_key", _sostrades, carries=lambda r, s: _has_bearer(r, s.credential)),),
    get=lambda c, **kw: c.calculation.status(21, **kw),
    get_path="/api/v0/calculation/status/21",
    get_answer=_EXECUTION_STATUS,
    read_back=lambda status: (status.study_case_id, status.study_case_execution_status),
    read_back_expected=(21, "FINISHED"),
    stream_get=lambda c: c.calculation.with_streaming_response.status(21),
    post=lambda c, **kw: c.calculation.execute(21, **kw),
    post_path="/api/v0/calculation/execute/21",
    post_status=200,
    post_answer={**_EXECUTION_STATUS, "study_case_execution_status": "PENDING"},
    wrong_shape={**_EXECUTION_STATUS, "study_case_id": "one"},
    wrong_field="study_case_id",
    path_call=lambda c, value: c.study_cases.get_saved_documentation(1, value),
    path_parameter=("documentation_name",),
)


# -- CloudBees Flow ----------------------------------------------------------------------------------------------------
SESSIONS_PATH = "/rest/v1.0/sessions"


def _flow(**credentials: Callable[[Secrets], Any]) -> ClientFactory:
    def build(mode: Mode, urls: Urls, secrets: Secrets, options: dict[str, Any]) -> Any:
        from cloudbees_flow_client import AsyncFlowClient, FlowClient

        cls = FlowClient if mode == "sync" else AsyncFlowClient
        given = {name: make(secrets) for name, make in credentials.items()}
        return cls(urls.api, **given, **options)

    return build


def _has_session(request: RawRequest, session: str) -> bool:
    """The server reads the session from the `sessionId` cookie or, failing that, the `sessionId` header."""
    cookies = request.headers.get("cookie", "").split("; ")
    return f"sessionId={session}" in cookies or request.headers.get("sessionid") == session


def _has_basic(request: RawRequest, password: str) -> bool:
    expected = base64.b64encode(f"admin:{password}".encode()).decode()
    return request.headers.get("authorization") == f"Basic {expected}"


def _session_answer(secrets: Secrets) -> Any:
    return {"sessionId": secrets.token, "userName": "admin"}


_PROJECT = {
    "projectName": "Default",
    "projectId": "4fa765dd-73f1-11e3-b67e-b0a420524153",
    "description": "",
    "owner": "admin",
    "createTime": "2026-01-05T10:00:00.000Z",
    "modifyTime": "2026-01-05T10:00:00.000Z",
    "lastModifiedBy": "admin",
}

CLOUDBEES_FLOW = Api(
    name="cloudbees_flow",
    auths=(
        AuthKind(
            "basic",
            _flow(user=lambda s: "admin", password=lambda s: s.credential),
            carries=lambda r, s: _has_basic(r, s.credential),
        ),
        AuthKind(
            "session_login",
            _flow(user=lambda s: "admin", password=lambda s: s.credential, login=lambda s: True),
            carries=lambda r, s: _has_session(r, s.token),
            token_path=SESSIONS_PATH,
            token_answer=_session_answer,
            bad_token_answers=_session_bad_answers(),
        ),
        AuthKind(
            "access_token",
            _flow(token=lambda s: s.credential),
            carries=lambda r, s: _has_session(r, s.token),
            token_path=SESSIONS_PATH,
            token_answer=_session_answer,
            bad_token_answers=_session_bad_answers(),
        ),
        AuthKind(
            "session_id",
            _flow(session_id=lambda s: s.credential),
            carries=lambda r, s: _has_session(r, s.credential),
        ),
    ),
    get=lambda c, **kw: c.projects.get("Default", **kw),
    get_path="/rest/v1.0/projects/Default",
    get_answer={"project": _PROJECT},
    read_back=lambda project: (project.project_name, project.owner),
    read_back_expected=("Default", "admin"),
    stream_get=lambda c: c.projects.with_streaming_response.get("Default"),
    post=lambda c, **kw: c.projects.create(project_name="Faults", **kw),
    post_path="/rest/v1.0/projects",
    post_status=200,
    post_answer={"project": {**_PROJECT, "projectName": "Faults"}},
    wrong_shape={"project": {**_PROJECT, "projectName": 42}},
    wrong_field="projectName",
    unwrap_stream=lambda envelope: envelope.project,
    path_call=lambda c, value: c.projects.get(value),
    path_parameter=("project_name", "projectName"),
)


# -- FLAME Hub ---------------------------------------------------------------------------------------------------------
def _core(flow: Callable[[Urls, Secrets], Any]) -> ClientFactory:
    def build(mode: Mode, urls: Urls, secrets: Secrets, options: dict[str, Any]) -> Any:
        from flamehub_client import AsyncCoreClient, CoreClient

        cls = CoreClient if mode == "sync" else AsyncCoreClient
        return cls(urls.api + "/core", flow(urls, secrets), **options)

    return build


def _password_flow(urls: Urls, secrets: Secrets) -> Any:
    from flamehub_client import PasswordAuth

    return PasswordAuth("admin", secrets.credential, urls.auth + "/auth")


def _client_flow(urls: Urls, secrets: Secrets) -> Any:
    from flamehub_client import ClientAuth

    return ClientAuth(CLIENT_ID, secrets.credential, urls.auth + "/auth")


def _robot_flow(urls: Urls, secrets: Secrets) -> Any:
    from flamehub_client import RobotAuth

    return RobotAuth(CLIENT_ID, secrets.credential, urls.auth + "/auth")


def _static_flow(urls: Urls, secrets: Secrets) -> Any:
    from flamehub_client import StaticAuth

    return StaticAuth(secrets.credential)


def _flame_token_kind(name: str, flow: Callable[[Urls, Secrets], Any]) -> AuthKind:
    return AuthKind(
        name,
        _core(flow),
        carries=lambda r, s: _has_bearer(r, s.token),
        token_path="/auth/token",
        token_answer=_oauth_answer,
        bad_token_answers=_oauth_bad_answers(),
        separate_auth_origin=True,
    )


_NODE = {
    "id": NODE_ID,
    "name": "node-one",
    "externalName": None,
    "hidden": False,
    "type": "default",
    "realmId": "8f3b1c2d-0a1b-4c5d-8e9f-0a1b2c3d4e5f",
    "registryId": None,
    "publicKey": None,
    "online": True,
    "registryProjectId": None,
    "clientId": CLIENT_ID,
    "createdAt": "2026-01-05T10:00:00.000Z",
    "updatedAt": "2026-01-05T10:00:00.000Z",
}

FLAME_HUB = Api(
    name="flame_hub",
    auths=(
        _flame_token_kind("PasswordAuth", _password_flow),
        _flame_token_kind("ClientAuth", _client_flow),
        _flame_token_kind("RobotAuth", _robot_flow),
        AuthKind("StaticAuth", _core(_static_flow), carries=lambda r, s: _has_bearer(r, s.credential)),
    ),
    get=lambda c, **kw: c.nodes.get(NODE_ID, **kw),
    get_path=f"/core/nodes/{NODE_ID}",
    get_answer={"data": _NODE, "meta": {}},
    read_back=lambda record: (record.data.id, record.data.name),
    read_back_expected=(NODE_ID, "node-one"),
    stream_get=lambda c: c.nodes.with_streaming_response.get(NODE_ID),
    post=lambda c, **kw: c.create_node(name="node-one", **kw),
    post_path="/core/nodes",
    post_status=201,
    post_answer={"data": _NODE, "meta": {}},
    wrong_shape={"data": {**_NODE, "name": 42}, "meta": {}},
    wrong_field="name",
    path_call=lambda c, value: c.nodes.get(value),
    path_parameter=("id",),
)


# -- HahnPRO -----------------------------------------------------------------------------------------------------------
HAHNPRO_TOKEN_PATH = "/auth/realms/hpc/protocol/openid-connect/token"
HAHNPRO_DISCOVERY_PATH = "/auth/realms/hpc/.well-known/openid-configuration"


def _hahnpro(method: str, *, discover: bool = False) -> ClientFactory:
    def build(mode: Mode, urls: Urls, secrets: Secrets, options: dict[str, Any]) -> Any:
        from hahnpro_client import AsyncHahnProClient, HahnProClient

        cls = HahnProClient if mode == "sync" else AsyncHahnProClient
        return cls(
            urls.api + "/api",
            "hpc-client",
            secrets.credential,
            auth_url=urls.auth + "/auth",
            auth_method=method,
            discover=discover,
            check_permissions=False,
            **options,
        )

    return build


def _keycloak_discovery(server_url: str) -> Any:
    """The realm's discovery document, trimmed to what a client reads (as Keycloak 2x publishes it)."""
    issuer = f"{server_url}/auth/realms/hpc"
    return {
        "issuer": issuer,
        "token_endpoint": f"{server_url}{HAHNPRO_TOKEN_PATH}",
        "grant_types_supported": ["authorization_code", "refresh_token", "password", "client_credentials"],
        "token_endpoint_auth_methods_supported": [
            "private_key_jwt",
            "client_secret_basic",
            "client_secret_post",
            "tls_client_auth",
            "client_secret_jwt",
        ],
        "token_endpoint_auth_signing_alg_values_supported": ["PS384", "ES384", "RS384", "HS256", "HS512"],
    }


def _hahnpro_kind(method: str, *, discover: bool = False) -> AuthKind:
    return AuthKind(
        f"{method}-discovered" if discover else method,
        _hahnpro(method, discover=discover),
        carries=lambda r, s: _has_bearer(r, s.token),
        token_path=HAHNPRO_TOKEN_PATH,
        token_answer=_oauth_answer,
        bad_token_answers=_oauth_bad_answers(),
        separate_auth_origin=True,
        discovery=(HAHNPRO_DISCOVERY_PATH, _keycloak_discovery) if discover else None,
    )


_ASSET = {
    "id": "a1",
    "name": "press",
    "type": "t1",
    "readPermissions": ["test"],
    "readWritePermissions": ["test"],
    "tags": [],
}

HAHNPRO = Api(
    name="hahnpro",
    auths=(
        *(_hahnpro_kind(m) for m in ("client_secret_post", "client_secret_basic", "client_secret_jwt")),
        _hahnpro_kind("client_secret_jwt", discover=True),
    ),
    get=lambda c, **kw: c.assets.get("a1", **kw),
    get_path="/api/assets/a1",
    get_answer=_ASSET,
    read_back=lambda asset: (asset.id, asset.name),
    read_back_expected=("a1", "press"),
    stream_get=lambda c: c.assets.with_streaming_response.get("a1"),
    post=lambda c, **kw: c.assets.create(
        {"name": "press", "type": "t1", "readPermissions": ["test"], "readWritePermissions": ["test"]}, **kw
    ),
    post_path="/api/assets",
    post_status=201,
    post_answer=_ASSET,
    wrong_shape={**_ASSET, "type": 42},
    wrong_field="type",
    path_call=lambda c, value: c.assets.get(value),
    path_parameter=("id",),
)


# -- Joule -------------------------------------------------------------------------------------------------------------
def _joule(mode: Mode, urls: Urls, secrets: Secrets, options: dict[str, Any]) -> Any:
    from joule_client import AsyncJouleClient, JouleClient

    cls = JouleClient if mode == "sync" else AsyncJouleClient
    return cls(urls.api, key=secrets.credential, **options)


_DB_INFO = {"path": "/var/lib/postgresql/15/main", "other": 1024, "reserved": 2048, "free": 4096, "size": 8192}

JOULE = Api(
    name="joule",
    auths=(AuthKind("key", _joule, carries=lambda r, s: r.headers.get("x-api-key") == s.credential),),
    get=lambda c, **kw: c.node.db_info(**kw),
    get_path="/dbinfo",
    get_answer=_DB_INFO,
    read_back=lambda info: (info.size, info.free),
    read_back_expected=(8192, 4096),
    stream_get=lambda c: c.node.with_streaming_response.db_info(),
    post=lambda c, **kw: c.annotations.create(7, "Maintenance", 1000, **kw),
    post_path="/annotation.json",
    post_status=200,
    post_answer={"id": 1, "title": "Maintenance", "content": None, "start": 1000, "end": None, "stream_id": 7},
    wrong_shape={**_DB_INFO, "size": "one"},
    wrong_field="size",
)

APIS: tuple[Api, ...] = (SOSTRADES, CLOUDBEES_FLOW, FLAME_HUB, HAHNPRO, JOULE)


@functools.cache
def _verifying_context() -> ssl.SSLContext:
    """One verifying TLS context for every client of a plain-HTTP test: each client would otherwise load a CA bundle
    (about 20 ms) that an http:// URL never uses. The TLS tests leave `verify` to the clients' own default."""
    return ssl.create_default_context()


@dataclass(frozen=True)
class Variant:
    """One client class (sync or async) of one API with one auth kind."""

    api: Api
    auth: AuthKind
    mode: Mode

    @property
    def id(self) -> str:
        return f"{self.api.name}-{self.auth.name}-{self.mode}"

    def client(self, urls: Urls | str, secrets: Secrets, **options: Any) -> Any:
        where = urls if isinstance(urls, Urls) else Urls(urls, urls)
        if "verify" not in options and where.api.startswith("http:") and where.auth.startswith("http:"):
            options["verify"] = _verifying_context()
        return self.auth.build(self.mode, where, secrets, options)

    def serve_token(self, server: FaultServer, secrets: Secrets) -> None:
        """Let the token endpoint (if this auth kind has one) hand out `secrets.token`."""
        if self.auth.discovery is not None:
            path, document = self.auth.discovery
            server.route(path, json_reply(200, document(server.url)))
        if self.auth.token_path is not None and self.auth.token_answer is not None:
            server.route(self.auth.token_path, json_reply(200, self.auth.token_answer(secrets)))

    def serve(
        self, server: FaultServer, secrets: Secrets, *, get: Reply | None = None, post: Reply | None = None
    ) -> None:
        """Token endpoint and the two calls answered as the real server would, unless replies are given."""
        self.serve_token(server, secrets)
        server.route(self.api.get_path, get or json_reply(200, self.api.get_answer))
        server.route(self.api.post_path, post or json_reply(self.api.post_status, self.api.post_answer))


def variants(
    *, token_flows_only: bool = False, one_auth_per_api: bool = False, apis: tuple[Api, ...] = APIS
) -> Iterator[Variant]:
    for api in apis:
        kinds = [a for a in api.auths if a.fetches_token or not token_flows_only]
        for auth in kinds[:1] if one_auth_per_api else kinds:
            for mode in MODES:
                yield Variant(api, auth, mode)


def in_turn(found: Iterator[Variant]) -> Iterator[Variant]:
    """For the checks that must wait: each auth kind once, sync and async in turn within an API (an API with one
    auth kind keeps both), so every API is still seen through both its clients."""
    kinds: dict[str, list[str]] = {}
    for variant in found:
        names = kinds.setdefault(variant.api.name, [])
        if variant.auth.name not in names:
            names.append(variant.auth.name)
        position = names.index(variant.auth.name)
        if len(variant.api.auths) == 1 or variant.mode == MODES[position % 2]:
            yield variant


def params(found: Iterator[Variant]) -> list[Any]:
    """pytest params with readable ids."""
    import pytest

    return [pytest.param(v, id=v.id) for v in found]


# -- making calls the same way for sync and async clients --------------------------------------------------------------
def run(variant: Variant, urls: Urls | str, secrets: Secrets, action: Callable[[Any], Any], **options: Any) -> Any:
    """Make a client, apply `action` to it (awaiting the result for an async client), close the client."""
    if variant.mode == "sync":
        with variant.client(urls, secrets, **options) as client:
            return action(client)

    async def main() -> Any:
        async with variant.client(urls, secrets, **options) as client:
            result = action(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def read_stream(variant: Variant, urls: Urls | str, secrets: Secrets, *, parse: bool = False, **options: Any) -> Any:
    """The representative GET as a streamed response: its body read to the end, or parsed with `parse=True`."""
    if variant.mode == "sync":
        with variant.client(urls, secrets, **options) as client, variant.api.stream_get(client) as stream:
            return stream.parse() if parse else stream.read()

    async def main() -> Any:
        async with variant.client(urls, secrets, **options) as client, variant.api.stream_get(client) as stream:
            return await (stream.parse() if parse else stream.read())

    return asyncio.run(main())


def construct(variant: Variant, urls: Urls | str, secrets: Secrets, **options: Any) -> Any:
    """Only construct the client (and close it again); for checks made when arguments are given."""
    return run(variant, urls, secrets, lambda client: None, **options)
