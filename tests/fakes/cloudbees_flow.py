"""In-memory fake of a CloudBees CD/RO server's REST API v1.0, served by SpecServer.

What it follows (see specs/cloudbees_flow/openapi.yaml): Basic credentials or a session id (cookie `sessionId` or
header `sessionId`) on every call, `NoCredentials` otherwise; envelopes keyed by the object type, with a list of one
sent as a single object when `single_object_lists` is on and an empty list as `{}`; `"0"`/`"1"` flags; the error
envelope `{"error": {where, message, details, code}}`; 501 `NotImplemented` for unknown paths and an empty body for a
wrong method; property names in the URL either as one `%2F`-escaped segment or after an extra slash.

Time is simulated, never slept: a job moves pending → running → completed (with its procedure's outcome) by one step
per status read, and a pipeline run completes on its `polls_to_complete`-th details read. Timestamps come from
`clock`, fixed by default so that answers match the vendor's samples.
"""

from __future__ import annotations

import base64
import itertools
import re
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from werkzeug.wrappers import Request

from .spec_server import FakeRequest, FakeResponse, SpecServer

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "cloudbees_flow" / "openapi.yaml"

NO_CREDENTIALS = "No credentials/session found in this request"
PUBLISHED_OK = "Artifact-Published-OK"
# Stands for a `/` inside one path segment (a `%2F`) while SpecServer matches routes on `/`-separated segments.
ESCAPED_SLASH = "\x1f"
EXPANSION = re.compile(r"\$\[([^\[\]]+)\]")


def error(status: int, code: str, message: str, where: str = "", details: str = "") -> FakeResponse:
    return FakeResponse(status, {"error": {"where": where, "message": message, "details": details, "code": code}})


class FlowError(Exception):
    """Raised by the fake's helpers; answered as the error envelope."""

    def __init__(self, status: int, code: str, message: str, where: str = "") -> None:
        super().__init__(message)
        self.response = error(status, code, message, where)


def no_such(kind: str, name: str, where: str = "") -> FlowError:
    return FlowError(404, f"NoSuch{kind}", f"{kind} '{name}' does not exist", where)


def new_id() -> str:
    return str(uuid.uuid1())


def flag(value: Any) -> str:
    return "1" if value in (True, "1", "true") else "0"


@dataclass
class Upload:
    field: str
    filename: str
    content: bytes


@dataclass
class Sheet:
    id: str = field(default_factory=new_id)
    properties: dict[str, Prop] = field(default_factory=dict)


@dataclass
class Prop:
    name: str
    value: str | None
    owner: str
    time: str
    id: str = field(default_factory=new_id)
    sheet: Sheet | None = None
    description: str = ""
    expandable: str = "1"
    tracked: str = "1"
    counter: str = "0"
    last_modified_by: str = ""
    modify_time: str = ""

    def to_json(self) -> dict[str, Any]:
        answer = {
            "propertyId": self.id,
            "propertyName": self.name,
            "counter": self.counter,
            "createTime": self.time,
            "description": self.description,
            "expandable": self.expandable,
            "lastModifiedBy": self.last_modified_by or self.owner,
            "modifyTime": self.modify_time or self.time,
            "owner": self.owner,
            "tracked": self.tracked,
        }
        if self.sheet is not None:
            answer["propertySheetId"] = self.sheet.id
        else:
            answer["value"] = self.value
        return answer


@dataclass
class Procedure:
    name: str
    project: str
    outcome: str = "success"
    hold: bool = False  # its jobs stay running
    parameters: list[dict[str, str]] = field(default_factory=list)  # formal parameters
    id: str = field(default_factory=new_id)
    sheet: Sheet = field(default_factory=Sheet)


@dataclass
class Pipeline:
    name: str
    project: str
    stages: list[str] = field(default_factory=lambda: ["Build", "Deploy"])
    outcome: str = "success"
    id: str = field(default_factory=new_id)
    sheet: Sheet = field(default_factory=Sheet)


@dataclass
class Release:
    name: str
    project: str
    pipeline: str
    id: str = field(default_factory=new_id)
    flow_runtime_id: str | None = None
    sheet: Sheet = field(default_factory=Sheet)


@dataclass
class Project:
    name: str
    owner: str
    time: str
    description: str = ""
    id: str = field(default_factory=new_id)
    sheet: Sheet = field(default_factory=Sheet)
    procedures: dict[str, Procedure] = field(default_factory=dict)
    pipelines: dict[str, Pipeline] = field(default_factory=dict)
    releases: dict[str, Release] = field(default_factory=dict)
    applications: dict[str, dict[str, Any]] = field(default_factory=dict)
    environments: dict[str, dict[str, Any]] = field(default_factory=dict)
    credentials: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self, owner_changes: dict[str, Any] | None = None) -> dict[str, Any]:
        return {
            "projectId": self.id,
            "projectName": self.name,
            "createTime": self.time,
            "description": self.description,
            "lastModifiedBy": self.owner,
            "modifyTime": self.time,
            "owner": self.owner,
            "propertySheetId": self.sheet.id,
            "tracked": "1",
            **(owner_changes or {}),
        }


@dataclass
class Job:
    id: str
    name: str
    procedure: Procedure
    parameters: dict[str, str]
    owner: str
    time: str
    status: str = "pending"
    outcome: str = "success"
    abort_status: str | None = None
    step_id: str = field(default_factory=new_id)
    sheet: Sheet = field(default_factory=Sheet)

    def advance(self) -> None:
        if self.status == "pending":
            self.status = "running"
        elif self.status == "running" and not self.procedure.hold:
            self.status = "completed"
            self.outcome = self.procedure.outcome

    def status_json(self) -> dict[str, Any]:
        return {"jobId": self.id, "status": self.status, "outcome": self.outcome}

    def step_json(self) -> dict[str, Any]:
        return {
            "jobStepId": self.step_id,
            "stepName": "step1",
            "jobId": self.id,
            "status": self.status,
            "outcome": self.outcome,
            "liveProcedureStep": "step1",
        }


@dataclass
class FlowRuntime:
    id: str
    name: str
    pipeline: Pipeline
    release: Release | None
    time: str
    polls_to_complete: int
    parameters: dict[str, str]
    polls: int = 0

    @property
    def completed(self) -> bool:
        return self.polls >= self.polls_to_complete

    def to_json(self) -> dict[str, Any]:
        answer = {
            "flowRuntimeId": self.id,
            "flowRuntimeName": self.name,
            "pipelineId": self.pipeline.id,
            "pipelineName": self.pipeline.name,
            "projectName": self.pipeline.project,
            "completed": "1" if self.completed else "0",
            "status": self.pipeline.outcome if self.completed else "running",
            "start": self.time,
        }
        if self.release is not None:
            answer |= {"releaseId": self.release.id, "releaseName": self.release.name}
        return answer


@dataclass
class Artifact:
    group_id: str
    key: str
    owner: str
    time: str
    description: str = ""
    id: str = field(default_factory=new_id)
    sheet: Sheet = field(default_factory=Sheet)
    versions: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, dict[str, bytes]] = field(default_factory=dict)  # version -> path -> content

    @property
    def name(self) -> str:
        return f"{self.group_id}:{self.key}"

    def to_json(self) -> dict[str, Any]:
        return {
            "artifactId": self.id,
            "artifactName": self.name,
            "artifactKey": self.key,
            "createTime": self.time,
            "groupId": self.group_id,
            "lastModifiedBy": self.owner,
            "modifyTime": self.time,
            "owner": self.owner,
            "propertySheetId": self.sheet.id,
        }


class FlowFake:
    """The server's state and one handler per operationId."""

    def __init__(
        self,
        *,
        no_credentials_status: int = 401,
        single_object_lists: bool = False,
        pipeline_polls: int = 2,
        clock: str = "2017-11-27T16:34:26.271Z",
    ) -> None:
        self.no_credentials_status = no_credentials_status
        self.single_object_lists = single_object_lists
        self.pipeline_polls = pipeline_polls
        self.clock = clock
        self.users: dict[str, str] = {"admin": "changeme", "user": "secretpasswd"}
        self.tokens: dict[str, str] = {}
        self.sso_secrets: dict[str, str] = {}
        self.sessions: dict[str, str] = {}
        self.logins: list[str] = []  # user names, one per successful login
        self.projects: dict[str, Project] = {}
        self.jobs: dict[str, Job] = {}
        self.runtimes: dict[str, FlowRuntime] = {}
        self.artifacts: dict[str, Artifact] = {}
        self.repositories: dict[str, dict[str, Any]] = {
            "default": {"repositoryName": "default", "repositoryId": new_id(), "url": "https://localhost:8200"}
        }
        self.server_sheet = Sheet()
        self.sheets: dict[str, Sheet] = {}
        self._job_numbers = itertools.count(1)
        self._seed()

    # -- set-up helpers tests use -----------------------------------------------------------------------------------
    def _seed(self) -> None:
        default = self.add_project("Default", owner="user")
        default.sheet.properties["PythonProperty"] = Prop(
            "PythonProperty",
            "PythonRestApi",
            owner="user",
            time="2017-11-27T16:34:26.271Z",
            id="d527401a-d390-11e7-832b-005056330fc3",
        )
        config = self.add_sheet(default.sheet, "ec_config", owner="admin")
        self.set_value(config, "url", "https://example.test", owner="admin")
        self.add_procedure("Default", "Build", parameters=[{"formalParameterName": "branch", "required": "1"}])
        self.add_pipeline("Default", "Ship")
        self.add_release("Default", "Q3", "Ship")

    def add_project(self, name: str, owner: str = "admin", description: str = "") -> Project:
        project = Project(name, owner, self.clock, description)
        self.projects[name] = project
        self._register(project.sheet)
        return project

    def add_procedure(self, project: str, name: str, **options: Any) -> Procedure:
        procedure = Procedure(name, project, **options)
        self.projects[project].procedures[name] = procedure
        self._register(procedure.sheet)
        return procedure

    def add_pipeline(self, project: str, name: str, **options: Any) -> Pipeline:
        pipeline = Pipeline(name, project, **options)
        self.projects[project].pipelines[name] = pipeline
        self._register(pipeline.sheet)
        return pipeline

    def add_release(self, project: str, name: str, pipeline: str) -> Release:
        release = Release(name, project, pipeline)
        self.projects[project].releases[name] = release
        self._register(release.sheet)
        return release

    def add_sheet(self, parent: Sheet, name: str, owner: str = "admin") -> Sheet:
        sheet = Sheet()
        parent.properties[name] = Prop(name, None, owner, self.clock, sheet=sheet)
        return self._register(sheet)

    def set_value(self, sheet: Sheet, name: str, value: str, owner: str = "admin") -> Prop:
        existing = sheet.properties.get(name)
        if existing is not None and existing.sheet is None:
            existing.value, existing.last_modified_by, existing.modify_time = value, owner, self.clock
            return existing
        prop = sheet.properties[name] = Prop(name, value, owner, self.clock)
        return prop

    def expire_sessions(self) -> None:
        """Every session id stops working, as after the server's session timeout."""
        self.sessions.clear()

    def _register(self, sheet: Sheet) -> Sheet:
        self.sheets[sheet.id] = sheet
        return sheet

    # -- protocol ---------------------------------------------------------------------------------------------------
    def _user(self, request: FakeRequest) -> str:
        session = request.cookies.get("sessionId") or request.headers.get("sessionId")
        if session and session in self.sessions:
            return self.sessions[session]
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            try:
                name, _, password = base64.b64decode(header[6:]).decode().partition(":")
            except ValueError:
                name, password = "", ""
            if name in self.users and self.users[name] == password:
                return name
        # Wrong Basic credentials get NoCredentials too, not InvalidCredentials.
        raise FlowError(self.no_credentials_status, "NoCredentials", NO_CREDENTIALS)

    def _serve(self, request: FakeRequest, route: Callable[[str, dict[str, Any]], Any]) -> FakeResponse:
        try:
            user = self._user(request)
            answer = route(user, self._arguments(request))
        except FlowError as failure:
            return failure.response
        return answer if isinstance(answer, FakeResponse) else FakeResponse(200, answer)

    @staticmethod
    def _arguments(request: FakeRequest) -> dict[str, Any]:
        """Query and JSON body merged, the body winning, as the server merges them."""
        merged: dict[str, Any] = dict(request.query.items())
        merged.update(request.path_params)
        if request.is_json and request.body:
            if request.json_error is not None:
                raise FlowError(400, "InvalidJson", f"Malformed JSON body: {request.json_error}")
            if isinstance(request.json, dict):
                merged.update(request.json)
        return merged

    def _listing(self, key: str, items: list[dict[str, Any]]) -> dict[str, Any]:
        if not items:
            return {}
        if len(items) == 1 and self.single_object_lists:
            return {key: items[0]}
        return {key: items}

    def not_found(self, request: FakeRequest) -> FakeResponse:
        return error(501, "NotImplemented", f"Unknown request: {request.method} {request.path}")

    def method_not_allowed(self, request: FakeRequest) -> FakeResponse:
        return FakeResponse(405, b"", "application/json")

    # -- lookups ----------------------------------------------------------------------------------------------------
    def project(self, name: str) -> Project:
        if name not in self.projects:
            raise no_such("Project", name, "projectName")
        return self.projects[name]

    def procedure(self, project: str, name: str) -> Procedure:
        procedures = self.project(project).procedures
        if name not in procedures:
            raise no_such("Procedure", name, "procedureName")
        return procedures[name]

    def pipeline(self, project: str, name: str) -> Pipeline:
        pipelines = self.project(project).pipelines
        if name not in pipelines:
            raise no_such("Pipeline", name, "pipelineName")
        return pipelines[name]

    def release(self, project: str, name: str) -> Release:
        releases = self.project(project).releases
        if name not in releases:
            raise no_such("Release", name, "releaseName")
        return releases[name]

    def job(self, job_id: str) -> Job:
        if job_id not in self.jobs:
            raise no_such("Job", job_id, "jobId")
        return self.jobs[job_id]

    def artifact(self, name: str) -> Artifact:
        if name not in self.artifacts:
            raise no_such("Artifact", name, "artifactName")
        return self.artifacts[name]

    # -- properties -------------------------------------------------------------------------------------------------
    def _context(self, args: dict[str, Any]) -> Sheet:
        """The sheet a relative name is looked up in, from the locators."""
        if args.get("propertySheetId"):
            sheet = self.sheets.get(args["propertySheetId"])
            if sheet is None:
                raise no_such("PropertySheet", args["propertySheetId"], "propertySheetId")
            return sheet
        if args.get("jobId") or args.get("jobStepId"):
            by_step = {job.step_id: job for job in self.jobs.values()}
            job = self.job(args["jobId"]) if args.get("jobId") else by_step.get(args["jobStepId"])
            if job is None:
                raise no_such("JobStep", args["jobStepId"], "jobStepId")
            return job.sheet
        if args.get("artifactName"):
            return self.artifact(args["artifactName"]).sheet
        if args.get("projectName"):
            project = args["projectName"]
            for key, lookup in (
                ("procedureName", self.procedure),
                ("pipelineName", self.pipeline),
                ("releaseName", self.release),
            ):
                if args.get(key):
                    return lookup(project, args[key]).sheet
            return self.project(project).sheet
        return self.server_sheet

    def _root(self, first: str, second: str | None, args: dict[str, Any]) -> tuple[Sheet, int]:
        """The sheet a full path starts from, and how many of its segments name that object."""
        if first == "projects" and second is not None:
            return self.project(second).sheet, 2
        if first == "jobs" and second is not None:
            return self.job(second).sheet, 2
        if first == "server":
            return self.server_sheet, 1
        if first == "myJob" and (args.get("jobId") or args.get("jobStepId")):
            return self._context({"jobId": args.get("jobId"), "jobStepId": args.get("jobStepId")}), 1
        if first == "myProject" and args.get("projectName"):
            return self.project(args["projectName"]).sheet, 1
        raise FlowError(404, "NoSuchProperty", f"Invalid property path: '/{first}' is not an object path", "path")

    def _locate(self, path: str, args: dict[str, Any]) -> tuple[Sheet, str]:
        """The sheet holding the last segment of `path`, and that segment."""
        full = path.startswith("/")
        segments = path.strip("/").split("/")
        if full:
            sheet, used = self._root(segments[0], segments[1] if len(segments) > 1 else None, args)
            segments = segments[used:]
            if not segments:
                raise FlowError(400, "InvalidPropertyName", f"Invalid property path: '{path}' names no property")
        else:
            sheet = self._context(args)
        for segment in segments[:-1]:
            prop = sheet.properties.get(segment)
            if prop is None or prop.sheet is None:
                raise FlowError(404, "NoSuchProperty", f"Invalid property path: '{path}' does not exist", "path")
            sheet = prop.sheet
        return sheet, segments[-1]

    def _find(self, path: str, args: dict[str, Any]) -> Prop:
        sheet, name = self._locate(path, args)
        prop = sheet.properties.get(name)
        if prop is None:
            raise FlowError(404, "NoSuchProperty", f"Invalid property path: '{path}' does not exist", "path")
        return prop

    def _expand(self, text: str, args: dict[str, Any], depth: int = 0) -> str:
        def replace(found: re.Match[str]) -> str:
            prop = self._find(found.group(1).strip(), args)
            if prop.value is None or depth > 10:
                raise FlowError(404, "NoSuchProperty", f"Invalid property path: '{found.group(1)}' has no value")
            return self._expand(prop.value, args, depth + 1)

        return EXPANSION.sub(replace, text)

    def _property_json(self, prop: Prop, args: dict[str, Any]) -> dict[str, Any]:
        answer = prop.to_json()
        if prop.value is not None and prop.expandable == "1" and args.get("expand", "1") != "0":
            answer["value"] = self._expand(prop.value, args)
        return answer

    def _sheet_json(self, sheet: Sheet, args: dict[str, Any]) -> dict[str, Any]:
        listing = self._listing("property", [self._property_json(p, args) for p in sheet.properties.values()])
        return {"propertySheet": {"propertySheetId": sheet.id, **listing}}

    def properties_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request, lambda user, args: {"property": self._property_json(self._find(args["propertyName"], args), args)}
        )

    def projects_get_property(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request, lambda user, args: {"property": self._property_json(self._find(args["propertyName"], args), args)}
        )

    def properties_set(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            if "value" not in args:
                raise FlowError(400, "MissingArgument", "'value' is required", "value")
            sheet, name = self._locate(args["propertyName"], args)
            existing = sheet.properties.get(name)
            if existing is not None and existing.sheet is not None:
                raise FlowError(400, "InvalidPropertyValue", f"'{name}' is a property sheet", "value")
            prop = self.set_value(sheet, name, str(args["value"]), owner=user)
            return {"property": prop.to_json()}

        return self._serve(request, route)

    def properties_create(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            sheet, name = self._locate(args["propertyName"], args)
            if name in sheet.properties:
                raise FlowError(409, "DuplicatePropertyName", f"Property '{name}' already exists", "propertyName")
            if args.get("propertyType") == "sheet":
                self.add_sheet(sheet, name, owner=user)
                prop = sheet.properties[name]
            else:
                prop = self.set_value(sheet, name, str(args.get("value", "")), owner=user)
            prop.description = args.get("description", "")
            prop.counter = flag(args.get("counter", False))
            prop.expandable = flag(args.get("expandable", True))
            return {"property": prop.to_json()}

        return self._serve(request, route)

    def properties_delete(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            sheet, name = self._locate(args["propertyName"], args)
            if sheet.properties.pop(name, None) is None:
                raise FlowError(
                    404, "NoSuchProperty", f"Invalid property path: '{args['propertyName']}' does not exist"
                )
            return {}

        return self._serve(request, route)

    def properties_list(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            if args.get("path"):
                prop = self._find(args["path"], args)
                if prop.sheet is None:
                    raise FlowError(400, "InvalidPropertySheet", f"'{args['path']}' is not a property sheet", "path")
                return self._sheet_json(prop.sheet, args)
            return self._sheet_json(self._context(args), args)

        return self._serve(request, route)

    def properties_get_sheet(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: self._sheet_json(self._context(args), args))

    # -- sessions and server ----------------------------------------------------------------------------------------
    def _open_session(self, user: str) -> FakeResponse:
        session = "".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(16))
        self.sessions[session] = user
        self.logins.append(user)
        return FakeResponse(200, {"sessionId": session, "userName": user})

    def sessions_login(self, request: FakeRequest) -> FakeResponse:
        try:
            args = self._arguments(request)
        except FlowError as failure:
            return failure.response
        token = args.get("token")
        if token is not None:
            if token not in self.tokens:
                return error(401, "InvalidCredentials", "Invalid user access token", "token")
            return self._open_session(self.tokens[token])
        name, password = args.get("userName"), args.get("password")
        if name is None or password is None:
            return error(400, "MissingArgument", "'userName' is required", "userName")
        if self.users.get(name) != password:
            return error(401, "InvalidCredentials", "Invalid user name or password", "password")
        return self._open_session(name)

    def sessions_login_sso(self, request: FakeRequest) -> FakeResponse:
        user = self.sso_secrets.get(request.query.get("token", ""))
        if user is None:
            return error(401, "InvalidCredentials", "Invalid SSO token", "token")
        return self._open_session(user)

    def sessions_logout(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            session = request.cookies.get("sessionId") or request.headers.get("sessionId")
            self.sessions.pop(session or "", None)
            return {}

        return self._serve(request, route)

    def server_get_status(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            status: dict[str, Any] = {"serverState": "running", "message": "The server is running"}
            if args.get("serverStatOnly") != "true":
                status["lastMessage"] = "Server started"
            return {"serverStatus": status}

        return self._serve(request, route)

    def server_eval_dsl(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            dsl = str(args.get("dsl", "")).strip()
            if not dsl:
                raise FlowError(400, "MissingArgument", "'dsl' is required", "dsl")
            if match := re.fullmatch(r"project\s+'([^']+)'", dsl):
                name = match.group(1)
                project = self.projects.get(name) or self.add_project(name, owner=user)
                return {"value": {"project": project.to_json()}}
            if match := re.fullmatch(r"'([^']*)'|(-?\d+)", dsl):
                return {"value": match.group(1) if match.group(1) is not None else int(match.group(2))}
            raise FlowError(400, "InvalidScript", f"The fake evaluates no DSL like: {dsl[:60]}", "dsl")

        return self._serve(request, route)

    def server_expand_string(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: {"value": self._expand(str(args["value"]), args)})

    # -- projects and procedures ------------------------------------------------------------------------------------
    def projects_list(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request, lambda user, args: self._listing("project", [p.to_json() for p in self.projects.values()])
        )

    def projects_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: {"project": self.project(args["projectName"]).to_json()})

    def projects_create(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            name = args.get("projectName")
            if not name or len(name) > 255:
                raise FlowError(
                    400,
                    "InvalidArgument",
                    "'projectName' is required and must be between 1 and 255 characters",
                    "projectName",
                )
            if name in self.projects:
                raise FlowError(409, "DuplicateProjectName", f"Project '{name}' already exists", "projectName")
            return {"project": self.add_project(name, owner=user, description=args.get("description", "")).to_json()}

        return self._serve(request, route)

    def projects_update(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            project = self.project(args["projectName"])
            changed: dict[str, Any] = {"projectName": project.name}
            if "description" in args:
                project.description = changed["description"] = args["description"]
            if args.get("newName"):
                del self.projects[project.name]
                project.name = changed["projectName"] = args["newName"]
                self.projects[project.name] = project
            return {"project": changed | {"lastModifiedBy": user}}

        return self._serve(request, route)

    def projects_delete(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            self.project(args["projectName"])
            del self.projects[args["projectName"]]
            return {}

        return self._serve(request, route)

    def procedures_list(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            procedures = self.project(args["projectName"]).procedures.values()
            return self._listing("procedure", [self._procedure_json(p) for p in procedures])

        return self._serve(request, route)

    def procedures_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request,
            lambda user, args: {
                "procedure": self._procedure_json(self.procedure(args["projectName"], args["procedureName"]))
            },
        )

    def procedures_list_formal_parameters(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            procedure = self.procedure(args["projectName"], args["procedureName"])
            items = [
                {
                    "formalParameterId": new_id(),
                    "type": "entry",
                    "defaultValue": "",
                    "expansionDeferred": "0",
                    "required": "0",
                    **parameter,
                }
                for parameter in procedure.parameters
            ]
            return self._listing("formalParameter", items)

        return self._serve(request, route)

    def _procedure_json(self, procedure: Procedure) -> dict[str, Any]:
        return {
            "procedureId": procedure.id,
            "procedureName": procedure.name,
            "projectName": procedure.project,
            "description": "",
            "createTime": self.clock,
            "modifyTime": self.clock,
            "owner": "admin",
        }

    # -- jobs -------------------------------------------------------------------------------------------------------
    def jobs_run_procedure(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            if not args.get("projectName"):
                raise FlowError(
                    400,
                    "InvalidArgument",
                    "'projectName' is required and must be between 1 and 255 characters",
                    "projectName",
                )
            procedure = self.procedure(args["projectName"], args.get("procedureName", ""))
            given = {p["actualParameterName"]: p["value"] for p in args.get("actualParameter", [])}
            for formal in procedure.parameters:
                if formal.get("required") == "1" and formal["formalParameterName"] not in given:
                    name = formal["formalParameterName"]
                    raise FlowError(400, "MissingActualParameter", f"Required parameter '{name}' has no value", name)
            number = next(self._job_numbers)
            job = Job(new_id(), f"job_{number}_{procedure.name}", procedure, given, user, self.clock)
            self.jobs[job.id] = job
            self._register(job.sheet)
            return {"jobId": job.id}

        return self._serve(request, route)

    def jobs_get(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            job = self.job(args["jobId"])
            kind = args.get("request", "getJobDetails")
            if kind == "getJobStatus":
                job.advance()
                return job.status_json()
            return {"job": self._job_json(job, details=kind == "getJobDetails")}

        return self._serve(request, route)

    def jobs_list(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            jobs = [j for j in self.jobs.values() if args.get("status") in (None, j.status)]
            jobs = [j for j in jobs if args.get("projectName") in (None, j.procedure.project)]
            if args.get("sortOrder") == "descending":
                jobs.reverse()
            if args.get("maxResults"):
                jobs = jobs[: int(args["maxResults"])]
            return self._listing("job", [self._job_json(j, details=False) for j in jobs])

        return self._serve(request, route)

    def jobs_abort(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            job = self.job(args["jobId"])
            if job.status != "completed":
                job.status, job.outcome = "completed", "error"
                job.abort_status = "force_abort" if args.get("force") == "1" else "abort"
            return {"job": {"jobId": job.id, "abortStatus": job.abort_status or "", "abortedBy": user}}

        return self._serve(request, route)

    def _job_json(self, job: Job, details: bool) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "jobId": job.id,
            "jobName": job.name,
            "projectName": job.procedure.project,
            "procedureName": job.procedure.name,
            "status": job.status,
            "outcome": job.outcome,
            "start": job.time,
            "launchedByUser": job.owner,
            "owner": job.owner,
            **self._listing("jobStep", [job.step_json()]),
        }
        if job.status == "completed":
            answer |= {"finish": job.time, "elapsedTime": "1000"}
        if job.abort_status:
            answer["abortStatus"] = job.abort_status
        if details:
            parameters = [{"actualParameterName": k, "value": v} for k, v in job.parameters.items()]
            answer |= self._listing("actualParameter", parameters)
            answer["propertySheet"] = self._sheet_json(job.sheet, {})["propertySheet"]
        return answer

    def job_steps_find(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: self._listing("jobStep", [self.job(args["jobId"]).step_json()]))

    def job_steps_get_status(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            for job in self.jobs.values():
                if job.step_id == args["jobStepId"]:
                    return {"jobStepId": job.step_id, "status": job.status, "outcome": job.outcome}
            raise no_such("JobStep", args["jobStepId"], "jobStepId")

        return self._serve(request, route)

    # -- pipelines and releases -------------------------------------------------------------------------------------
    def _pipeline_json(self, pipeline: Pipeline) -> dict[str, Any]:
        return {
            "pipelineId": pipeline.id,
            "pipelineName": pipeline.name,
            "projectName": pipeline.project,
            "createTime": self.clock,
            "owner": "admin",
        }

    def _release_json(self, release: Release) -> dict[str, Any]:
        pipeline = self.pipeline(release.project, release.pipeline)
        answer = {
            "releaseId": release.id,
            "releaseName": release.name,
            "projectName": release.project,
            "pipelineName": pipeline.name,
            "pipelineId": pipeline.id,
        }
        if release.flow_runtime_id:
            answer["flowRuntimeId"] = release.flow_runtime_id
        return answer

    def _start(self, pipeline: Pipeline, release: Release | None, parameters: dict[str, str]) -> dict[str, Any]:
        number = len(self.runtimes) + 1
        runtime = FlowRuntime(
            new_id(), f"{pipeline.name}_{number}", pipeline, release, self.clock, self.pipeline_polls, parameters
        )
        self.runtimes[runtime.id] = runtime
        if release is not None:
            release.flow_runtime_id = runtime.id
        return {"flowRuntime": runtime.to_json()}

    def pipelines_list(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            pipelines = self.project(args["projectName"]).pipelines.values()
            return self._listing("pipeline", [self._pipeline_json(p) for p in pipelines])

        return self._serve(request, route)

    def pipelines_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request,
            lambda user, args: {
                "pipeline": self._pipeline_json(self.pipeline(args["projectName"], args["pipelineName"]))
            },
        )

    def pipelines_run(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            pipeline = self.pipeline(args.get("projectName", ""), args.get("pipelineName", ""))
            given = {p["actualParameterName"]: p["value"] for p in args.get("actualParameter", [])}
            return self._start(pipeline, None, given)

        return self._serve(request, route)

    def pipelines_list_stages(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            project = args["projectName"]
            if args.get("releaseName"):
                pipeline = self.pipeline(project, self.release(project, args["releaseName"]).pipeline)
            else:
                pipeline = self.pipeline(project, args.get("pipelineName", ""))
            stages = [
                {"stageId": f"{pipeline.id}-{i}", "stageName": name, "index": str(i), "pipelineName": pipeline.name}
                for i, name in enumerate(pipeline.stages)
            ]
            return self._listing("stage", stages)

        return self._serve(request, route)

    def pipelines_list_runtimes(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            pipeline = self.pipeline(args["projectName"], args["pipelineName"])
            runs = [r for r in self.runtimes.values() if r.pipeline is pipeline]
            if args.get("releaseId"):
                runs = [r for r in runs if r.release is not None and r.release.id == args["releaseId"]]
            return self._listing("flowRuntime", [r.to_json() for r in runs])

        return self._serve(request, route)

    def pipelines_get_runtime_details(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            found = []
            for runtime_id in args["flowRuntimeId"]:
                runtime = self.runtimes.get(runtime_id)
                if runtime is None:
                    raise no_such("FlowRuntime", runtime_id, "flowRuntimeId")
                runtime.polls += 1
                found.append(runtime.to_json())
            return self._listing("flowRuntime", found)

        return self._serve(request, route)

    def releases_list(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            releases = self.project(args["projectName"]).releases.values()
            return self._listing("release", [self._release_json(r) for r in releases])

        return self._serve(request, route)

    def releases_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request,
            lambda user, args: {"release": self._release_json(self.release(args["projectName"], args["releaseName"]))},
        )

    def releases_start(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            release = self.release(args["projectName"], args["releaseName"])
            pipeline = self.pipeline(release.project, release.pipeline)
            given = {p["pipelineParameterName"]: p["value"] for p in args.get("pipelineParameter", [])}
            return self._start(pipeline, release, given)

        return self._serve(request, route)

    def objects_find(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            kind = args["objectType"]
            sources: dict[str, Callable[[], Iterable[dict[str, Any]]]] = {
                "project": lambda: (p.to_json() for p in self.projects.values()),
                "job": lambda: (self._job_json(j, details=False) for j in self.jobs.values()),
                "flowRuntime": lambda: (r.to_json() for r in self.runtimes.values()),
            }
            if kind not in sources:
                raise FlowError(400, "InvalidObjectType", f"The fake does not search '{kind}'", "objectType")
            found = [item for item in sources[kind]() if all(_matches(item, f) for f in args.get("filter", []))]
            for sort in reversed(args.get("sort", [])):
                key = sort["propertyName"]
                found.sort(key=lambda item: str(item.get(key, "")), reverse=sort.get("order") == "descending")
            return self._listing("object", [{"objectId": f"{kind}-{i}", kind: item} for i, item in enumerate(found)])

        return self._serve(request, route)

    # -- artifacts --------------------------------------------------------------------------------------------------
    def artifacts_create(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            group_id, key = args.get("groupId"), args.get("artifactKey")
            if not group_id or not key:
                raise FlowError(400, "InvalidArgument", "'groupId' and 'artifactKey' are required", "artifactKey")
            artifact = Artifact(group_id, key, user, self.clock, args.get("description", ""))
            if artifact.name in self.artifacts:
                raise FlowError(409, "DuplicateArtifactName", f"Artifact '{artifact.name}' already exists")
            self.artifacts[artifact.name] = artifact
            self._register(artifact.sheet)
            return {"artifact": artifact.to_json()}

        return self._serve(request, route)

    def artifacts_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: {"artifact": self.artifact(args["artifactName"]).to_json()})

    def artifacts_delete(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            self.artifact(args["artifactName"])
            del self.artifacts[args["artifactName"]]
            return {}

        return self._serve(request, route)

    def _add_version(self, artifact: Artifact, version: str, repository: str, user: str, state: str) -> dict[str, Any]:
        entry = {
            "artifactVersionId": new_id(),
            "artifactVersionName": f"{artifact.name}:{version}",
            "artifactName": artifact.name,
            "groupId": artifact.group_id,
            "artifactKey": artifact.key,
            "version": version,
            "repositoryName": repository,
            "artifactVersionState": state,
            "createTime": self.clock,
            "owner": user,
        }
        artifact.versions[version] = entry
        return entry

    def artifacts_list_versions(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            artifacts = [self.artifact(args["artifactName"])] if args.get("artifactName") else self.artifacts.values()
            versions = [v for a in artifacts for v in a.versions.values()]
            return self._listing("artifactVersion", versions)

        return self._serve(request, route)

    def artifacts_get_version(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            name, _, version = args["artifactVersionName"].rpartition(":")
            entry = self.artifact(name).versions.get(version)
            if entry is None:
                raise no_such("ArtifactVersion", args["artifactVersionName"], "artifactVersionName")
            return {"artifactVersion": entry}

        return self._serve(request, route)

    def artifacts_create_version(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            name = args.get("artifactName") or f"{args.get('groupId')}:{args.get('artifactKey')}"
            artifact = self.artifact(name)
            if args["version"] in artifact.versions:
                raise FlowError(409, "DuplicateArtifactVersion", f"Version '{args['version']}' already exists")
            repository = args.get("repositoryName", "default")
            return {"artifactVersion": self._add_version(artifact, args["version"], repository, user, "available")}

        return self._serve(request, route)

    def artifacts_publish(self, request: FakeRequest) -> FakeResponse:
        session = request.form.get("commanderSessionId")
        try:
            user = self.sessions[session] if session in self.sessions else self._user(request)
        except FlowError:
            return FakeResponse(401, NO_CREDENTIALS.encode(), "text/plain")
        form = request.form
        name, version = form.get("artifactName", ""), form.get("artifactVersionVersion", "")
        repository = form.get("repositoryName") or "default"
        if repository not in self.repositories:
            return FakeResponse(200, f"Error: repository '{repository}' does not exist".encode(), "text/plain")
        if not request.files:
            return FakeResponse(200, b"Error: no files to publish", "text/plain")
        group_id, _, key = name.partition(":")
        artifact = self.artifacts.get(name)
        if artifact is None:
            artifact = self.artifacts[name] = Artifact(group_id, key, user, self.clock)
            self._register(artifact.sheet)
        if version in artifact.versions:
            return FakeResponse(200, f"Error: version '{version}' of '{name}' already exists".encode(), "text/plain")
        self._add_version(artifact, version, repository, user, "available")
        artifact.files[version] = {u.filename: u.content for u in getattr(request, "uploads", []) if u.field == "files"}
        return FakeResponse(200, PUBLISHED_OK.encode(), "text/plain")

    # -- repositories, applications, environments, credentials ------------------------------------------------------
    def repositories_list(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: self._listing("repository", list(self.repositories.values())))

    def repositories_get(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            if args["repositoryName"] not in self.repositories:
                raise no_such("Repository", args["repositoryName"], "repositoryName")
            return {"repository": self.repositories[args["repositoryName"]]}

        return self._serve(request, route)

    def applications_list(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request,
            lambda user, args: self._listing(
                "application", list(self.project(args["projectName"]).applications.values())
            ),
        )

    def applications_create(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            project = self.project(args["projectName"])
            name = args["applicationName"]
            if name in project.applications:
                raise FlowError(409, "DuplicateApplicationName", f"Application '{name}' already exists")
            entry = {
                "applicationId": new_id(),
                "applicationName": name,
                "projectName": project.name,
                "description": args.get("description", ""),
            }
            project.applications[name] = entry
            return {"application": entry}

        return self._serve(request, route)

    def _application(self, args: dict[str, Any]) -> dict[str, Any]:
        applications = self.project(args["projectName"]).applications
        if args["applicationName"] not in applications:
            raise no_such("Application", args["applicationName"], "applicationName")
        return applications[args["applicationName"]]

    def applications_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(request, lambda user, args: {"application": self._application(args)})

    def applications_delete(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            self._application(args)
            del self.projects[args["projectName"]].applications[args["applicationName"]]
            return {}

        return self._serve(request, route)

    def applications_list_processes(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            application = self._application(args)
            process = {
                "processId": new_id(),
                "processName": "Deploy",
                "applicationName": application["applicationName"],
                "projectName": args["projectName"],
                "processType": "DEPLOY",
            }
            return self._listing("process", [process])

        return self._serve(request, route)

    def applications_list_tier_maps(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            application = self._application(args)
            project = self.project(args["projectName"])
            maps = [
                {
                    "tierMapId": new_id(),
                    "tierMapName": f"{application['applicationName']}-{name}",
                    "applicationName": application["applicationName"],
                    "environmentName": name,
                    "environmentProjectName": project.name,
                }
                for name in project.environments
            ]
            return self._listing("tierMap", maps)

        return self._serve(request, route)

    def environments_list(self, request: FakeRequest) -> FakeResponse:
        return self._serve(
            request,
            lambda user, args: self._listing(
                "environment", list(self.project(args["projectName"]).environments.values())
            ),
        )

    def credentials_create(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            project = self.project(args["projectName"])
            name = args["credentialName"]
            if name in project.credentials:
                raise FlowError(409, "DuplicateCredentialName", f"Credential '{name}' already exists")
            entry = {
                "credentialId": new_id(),
                "credentialName": name,
                "projectName": project.name,
                "userName": args.get("userName", ""),
                "description": args.get("description", ""),
            }
            project.credentials[name] = entry
            return {"credential": entry}

        return self._serve(request, route)

    def credentials_delete(self, request: FakeRequest) -> FakeResponse:
        def route(user: str, args: dict[str, Any]) -> Any:
            credentials = self.project(args["projectName"]).credentials
            if args["credentialName"] not in credentials:
                raise no_such("Credential", args["credentialName"], "credentialName")
            del credentials[args["credentialName"]]
            return {}

        return self._serve(request, route)


def _matches(item: dict[str, Any], condition: dict[str, Any]) -> bool:
    operator = condition["operator"]
    if operator == "and":
        return all(_matches(item, sub) for sub in condition.get("filter", []))
    if operator == "or":
        return any(_matches(item, sub) for sub in condition.get("filter", []))
    value = item.get(condition.get("propertyName", ""))
    if operator == "equals":
        return value == condition.get("operand1")
    if operator == "notEqual":
        return value != condition.get("operand1")
    if operator == "isNull":
        return value is None
    if operator == "isNotNull":
        return value is not None
    raise FlowError(400, "InvalidFilter", f"The fake does not know the operator '{operator}'", "filter")


class FlowSpecServer(SpecServer):
    """SpecServer routing on the raw request path, so that a `%2F` inside a segment stays inside it.

    The documentation's other form for full property paths, an extra slash (`/properties//projects/P/x`), is
    routed to the same operation. `raw_paths` records every request path as it came over the wire.
    """

    handler: FlowFake

    def __init__(self, spec_path: str | Path, handler: FlowFake) -> None:
        super().__init__(spec_path, handler)
        self.raw_paths: list[str] = []

    def _parse(self, request: Request) -> FakeRequest:
        fake = super()._parse(request)
        raw = request.environ.get("RAW_URI", "").split("?", 1)[0]
        with self._lock:
            self.raw_paths.append(raw)
        head, extra_slash, full = raw.partition("/properties//")
        if extra_slash:
            segments = [unquote(s) for s in head.split("/")] + ["properties", "/" + unquote(full)]
        else:
            segments = [unquote(s) for s in raw.split("/")]
        fake.path = "/".join(segment.replace("/", ESCAPED_SLASH) for segment in segments)
        # SpecServer keeps one upload per field name; the publish endpoint repeats `files`.
        uploads = []
        for name, storage in request.files.items(multi=True):
            storage.stream.seek(0)
            uploads.append(Upload(name, storage.filename or "", storage.stream.read()))
        fake.uploads = uploads  # type: ignore[attr-defined]
        return fake

    def _body_problems(self, fake: FakeRequest, operation: Any) -> list[str]:
        uploads: list[Upload] = getattr(fake, "uploads", [])
        if fake.mimetype != "multipart/form-data" or operation.request_body is None:
            return super()._body_problems(fake, operation)
        media = operation.request_body.get("content", {}).get("multipart/form-data")
        if media is None:
            return super()._body_problems(fake, operation)
        schema, pointer = self._deref(media["schema"], "")
        instance: dict[str, Any] = fake.form.to_dict()
        for upload in uploads:
            declared = schema.get("properties", {}).get(upload.field, {})
            if declared.get("type") == "array":
                instance.setdefault(upload.field, []).append("<binary>")
            else:
                instance[upload.field] = "<binary>"
        return self._schema_problems("form", instance, pointer)

    def _match(self, fake: FakeRequest) -> Any:
        operation = super()._match(fake)
        fake.path_params = {
            name: value.replace(ESCAPED_SLASH, "/") if isinstance(value, str) else value
            for name, value in fake.path_params.items()
        }
        fake.path = fake.path.replace(ESCAPED_SLASH, "%2F")
        return operation


def serve_flow(**options: Any) -> FlowSpecServer:
    """A spec-validating server (not started; use it as a context manager) whose `handler` is `FlowFake(**options)`."""
    return FlowSpecServer(SPEC_PATH, FlowFake(**options))
