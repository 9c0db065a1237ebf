"""In-memory fake of the SoSTrades "API v0" server (sostrades-webapi v5.3.4), served by SpecServer.

Time is simulated, never slept:
- Loading: a study needs `load_seconds` simulated seconds after its first load request. Each load call polls
  `timeout` times, one simulated second apart, so it answers `{}` until enough polls have gone by over all calls.
- Execution advances only on `calculation/status` calls: PENDING and RUNNING are each seen by `polls_per_step`
  answers (the execute answer is the first PENDING one), then the final FINISHED or FAILED state stays.
"""

from __future__ import annotations

import ast
import base64
import copy
import csv
import hashlib
import hmac
import io
import itertools
import json
import math
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from werkzeug.http import HTTP_STATUS_CODES

from .spec_server import FakeRequest, FakeResponse, SpecServer, UploadedFile

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "sostrades" / "openapi.yaml"

MANAGER, CONTRIBUTOR, COMMENTER, RESTRICTED_VIEWER = "Manager", "Contributor", "Commenter", "Restricted Viewer"
STUDY_RIGHTS = (RESTRICTED_VIEWER, COMMENTER, CONTRIBUTOR, MANAGER)
GROUP_RIGHTS = ("Owner", "Manager", "Member")
ACTIVE_STATUSES = ("RUNNING", "PENDING", "POD PENDING")

# Werkzeug 2.3.8 default descriptions.
NOT_FOUND = (
    "The requested URL was not found on the server. If you entered the URL manually please check your spelling and "
    "try again."
)
METHOD_NOT_ALLOWED = "The method is not allowed for the requested URL."
INTERNAL_ERROR = (
    "The server encountered an internal error and was unable to complete your request. Either the server is "
    "overloaded or there is an error in the application."
)
BAD_REQUEST = "The browser (or proxy) sent a request that this server could not understand."
NOT_JSON = "Did not attempt to load JSON data because the request Content-Type was not 'application/json'."

NO_STUDY = "This study case doesn't exist."
NO_RIGHT = "You do not have the necessary rights to access this study case"
NO_RIGHT_READ_ONLY = "You do not have the necessary rights to retrieve this information about this study case"
ALREADY_SUBMITTED = (
    "CalculationError(CalculationError(Study already submitted.\n"
    "It must be stopped/terminated before running a new one.))"
)
NO_TREENODE = "'StudyCaseDto' object has no attribute 'treenode'"
NO_STUDY_MANAGER = "cannot access local variable 'study_manager' where it is not associated with a value"
NO_FILE_VALUE = "expected str, bytes or os.PathLike object, not NoneType"
UPDATE_TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "/app/sostrades-webapi/sos_trades_api/controllers/sostrades_main/study_case_controller.py", line 728, '
    "in update_study_parameters\n"
    '    uuid_param = study_manager.execution_engine.dm.data_id_map[parameter["variableId"]]\n'
    f"                 {'~' * 45}{'^' * 25}\n"
)

COMMON_HEADERS = (
    ("Access-Control-Allow-Origin", "http://localhost:4200"),
    ("Access-Control-Allow-Credentials", "true"),
    ("Access-Control-Allow-Headers", "Content-Type,Authorization,Set-Cookie,Cookie,Cache-Control,Pragma,Expires"),
    ("Access-Control-Allow-Methods", "GET,PUT,POST,DELETE"),
    ("Cache-Control", "no-cache, no-store, must-revalidate"),
    ("Vary", "Cookie"),
)


class HttpError(Exception):
    """Flask's `abort(status, description)`; str() gives Werkzeug's `"<code> <name>: <description>"`."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status, self.description = status, description

    def __str__(self) -> str:
        return f"{self.status} {HTTP_STATUS_CODES[self.status]}: {self.description}"


class StudyCaseError(Exception):
    """sostrades-webapi's controller errors print as `ClassName(message)`."""

    def __str__(self) -> str:
        return f"{type(self).__name__}({super().__str__()})"


class InvalidStudy(StudyCaseError):
    pass


@contextmanager
def _abort_400() -> Iterator[None]:
    """The routes' `try: ... except Exception as e: abort(400, str(e))`, which double-wraps inner aborts."""
    try:
        yield
    except Exception as error:
        raise HttpError(400, str(error)) from error


def _error(status: int, description: str) -> FakeResponse:
    return FakeResponse(status, {"statusCode": status, "name": HTTP_STATUS_CODES[status], "description": description})


class _SessionlessResponse(FakeResponse):
    """A response whose session cookie could not be written, so it carries no Set-Cookie."""


def _flask_json(request: FakeRequest) -> Any:
    """Flask 2.3's `request.json`."""
    if not request.is_json:
        raise HttpError(415, NOT_JSON)
    if request.json_error is not None:
        raise HttpError(400, BAD_REQUEST)
    return request.json


def _json_safe(value: Any) -> Any:
    """The server's simplejson encoder writes NaN and infinities as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _json_safe(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_safe(item) for item in value]
    return value


def _now() -> str:
    return str(datetime.now().replace(microsecond=0))


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _html_escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace("'", "&#39;")
    )


def _literal(text: str) -> Any:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


@dataclass
class User:
    id: int
    email: str
    username: str
    firstname: str = ""
    lastname: str = ""


@dataclass
class Group:
    id: int
    name: str
    members: dict[int, str] = field(default_factory=dict)  # user id -> Owner, Manager or Member
    confidential: bool = False

    @property
    def owner_id(self) -> int | None:
        return next((user_id for user_id, right in self.members.items() if right == "Owner"), None)


@dataclass
class UserKey:
    user_id: int
    active: bool = True
    last_used: str | None = None


@dataclass
class Parameter:
    """One study variable. `numerical` and `editable`/`io_type` decide what the load route returns."""

    type: str
    value: Any
    unit: str | None = None
    optional: bool = False
    numerical: bool = False
    editable: bool = True
    io_type: str = "in"
    csv: str | None = None  # dataframe content; `value` is then "://dataframe"

    def payload(self, variable_id: str) -> dict[str, Any]:
        return {
            "var_name": variable_id.rsplit(".", 1)[-1],
            "type": self.type,
            "unit": self.unit,
            "value": self.value,
            "optional": self.optional,
        }

    def csv_text(self) -> str | None:
        if self.type == "dataframe" or self.value is None:
            return self.csv
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if isinstance(self.value, dict):
            writer.writerow(["variable", "value"])
            writer.writerows(self.value.items())
        else:
            writer.writerow(["value"])
            writer.writerows([item] for item in (self.value if isinstance(self.value, list) else [self.value]))
        return buffer.getvalue()

    def load_csv(self, text: str) -> None:
        """What an accepted multipart upload does to the parameter."""
        if self.type == "dataframe":
            self.csv, self.value = text, "://dataframe"
            return
        rows = list(csv.DictReader(io.StringIO(text)))
        if self.type == "dict":
            self.value = {row["variable"]: _literal(row["value"]) for row in rows}
        else:
            values = [_literal(next(iter(row.values()))) for row in rows]
            self.value = values if self.type in ("list", "array") else values[0] if values else None


@dataclass
class Execution:
    id: int
    outcome: str  # FINISHED or FAILED
    error_message: str
    log: list[str]
    phase: int = 0  # 0 PENDING, 1 RUNNING, 2 outcome
    seen: int = 1
    overridden: str | None = None

    @property
    def status(self) -> str:
        return self.overridden or ("PENDING", "RUNNING", self.outcome)[self.phase]

    def advance(self, polls_per_step: int) -> None:
        if self.phase < 2 and self.seen >= polls_per_step:
            self.phase, self.seen, self.overridden = self.phase + 1, 0, None
            if self.phase == 1:
                self.log.append(f"{_now()} - INFO - Execution started")
            elif self.outcome == "FINISHED":
                self.log.append(f"{_now()} - INFO - Execution finished")
            else:
                self.log.append(f"{_now()} - ERROR - Execution failed: {self.error_message}")
        self.seen += 1


@dataclass
class Study:
    id: int
    name: str
    group_id: int
    parameters: dict[str, Parameter]
    rights: dict[int, str]  # user id -> study right
    process: str
    repository: str
    load_seconds: int = 0
    fail_execution: str | None = None  # error message of a FAILED outcome
    post_processing: dict[str, list[list[dict[str, Any]]]] = field(default_factory=dict)  # label -> bundles
    saved_ontology_usages: dict[str, Any] | None = None
    saved_documentation: dict[str, str] = field(default_factory=dict)
    creation_date: str = field(default_factory=_now)
    modification_date: str = field(default_factory=_now)
    load_elapsed: int = 0
    execution: Execution | None = None
    user_id_execution_authorized: int | None = None
    coedition: set[int] = field(default_factory=set)

    @property
    def disciplines(self) -> list[str]:
        return sorted({variable_id.rsplit(".", 1)[0] for variable_id in self.parameters})


@dataclass
class _Session:
    user: User
    group: Group | None  # None for user API keys
    user_key: bool


def chart(title: str, x_name: str, x: list[Any], y_name: str, y: list[Any]) -> dict[str, Any]:
    """A plotly line figure as sostrades-core sends it (template removed)."""
    return {
        "data": [{"type": "scatter", "mode": "lines+markers", "name": y_name, "x": x, "y": y, "visible": True}],
        "layout": {
            "title": {"text": title, "x": 0.5, "xanchor": "center"},
            "xaxis": {"title": {"text": x_name}},
            "yaxis": {"title": {"text": y_name}},
            "width": 600,
            "height": 450,
        },
        "is_pareto_trade_chart": False,
    }


def default_parameters() -> dict[str, Parameter]:
    return {
        "study1.Disc1.a": Parameter("float", 10.0, unit="-"),
        "study1.Disc1.name": Parameter("string", "A1"),
        "study1.Disc1.quantities": Parameter(
            "dataframe", "://dataframe", unit="t", csv="years,quantity\n1982,10.0\n1983,12.5\n1984,15.0\n"
        ),
        # sostrades-core's all-types Disc1 input `d`: a dataframe of years and x, empty by default.
        "study1.Disc1.d": Parameter("dataframe", "://dataframe", csv="years,x\n"),
        "study1.Disc2.solver_options": Parameter("dict", {"max_iter": 1000, "tol": 1e-08}, optional=True),
        "study1.tolerance": Parameter("float", 1e-08, unit="-", numerical=True),
        "study1.residuals_history": Parameter("dataframe", None, numerical=True, editable=False, io_type="out"),
    }


class SosTradesFake:
    """The handler: one method per operationId of specs/sostrades/openapi.yaml."""

    def __init__(
        self,
        *,
        server_version: str = "5.3.4",
        load_bug: bool = False,
        accept_multipart: bool = False,
        polls_per_step: int = 1,
        front_end_dns: str = "http://localhost:4200/",
        data_root: str = "/sostrades/data",
        ontology: dict[str, dict[str, Any]] | None = None,
        seed: bool = True,
    ) -> None:
        if server_version not in ("5.3.4", "5.3.0"):
            raise ValueError(f"unsupported server_version {server_version!r}")
        self.server_version = server_version
        self.load_bug = load_bug
        self.accept_multipart = accept_multipart
        self.polls_per_step = polls_per_step
        self.front_end_dns = front_end_dns
        self.data_root = data_root
        # {"parameter_usages": {...}, "disciplines": {...}, "markdown_documentation": {identifier: ...}}
        self.ontology = ontology
        self.users: dict[int, User] = {}
        self.groups: dict[int, Group] = {}
        self.group_keys: dict[str, int] = {}
        self.user_keys: dict[str, UserKey] = {}
        self.studies: dict[int, Study] = {}
        self._execution_ids = itertools.count(1)
        self.owner: User | None = None
        self.group_key: str | None = None
        self.user_key: str | None = None
        if seed:
            self._seed()

    # -- seed data ---------------------------------------------------------------------------------------------
    def _seed(self) -> None:
        self.owner = self.add_user("owner@sostrades.test", firstname="Study", lastname="Owner")
        self.add_user("member@sostrades.test")
        for email in ("contributor", "commenter", "viewer", "outsider"):
            self.add_user(f"{email}@sostrades.test")
        group = self.add_group("SoSTrades_Dev", owner=self.owner, members={"member@sostrades.test": "Member"})
        self.group_key = self.add_group_key(group)
        self.user_key = self.add_user_key(self.owner)
        years, quantities = [1982, 1983, 1984], [10.0, 12.5, 15.0]
        self.add_study(
            "study1",
            group,
            default_parameters(),
            rights={
                "contributor@sostrades.test": CONTRIBUTOR,
                "commenter@sostrades.test": COMMENTER,
                "viewer@sostrades.test": RESTRICTED_VIEWER,
            },
            post_processing={
                "study1": [[chart("Quantities", "years", years, "quantity", quantities)]],
                "study1.Disc1": [
                    [chart("a (first bundle)", "years", years, "a", [10.0] * 3)],
                    [chart("a", "years", years, "a", [10.0, 10.0, 10.0])],
                ],
            },
            saved_ontology_usages={
                "parameter_usages": {"a": {"parameter_id": "a", "parameter_label": "A", "unit": "-"}},
                "disciplines": {"sostrades_core.sos_wrapping.test_discs.disc1.Disc1": {"label": "Disc1"}},
            },
            saved_documentation={"study1.Disc1": "# Disc1\n\nA test discipline.\n"},
        )

    def add_user(self, email: str, username: str | None = None, firstname: str = "", lastname: str = "") -> User:
        user = User(len(self.users) + 1, email, username or email.split("@", maxsplit=1)[0], firstname, lastname)
        self.users[user.id] = user
        return user

    def add_group(self, name: str, owner: User | str | None = None, members: dict[str, str] | None = None) -> Group:
        group = Group(len(self.groups) + 1, name)
        self.groups[group.id] = group
        if owner is not None:
            self.add_group_member(group, owner, "Owner")
        for email, right in (members or {}).items():
            self.add_group_member(group, email, right)
        return group

    def add_group_member(self, group: Group | str, user: User | str, right: str = "Member") -> None:
        if right not in GROUP_RIGHTS:
            raise ValueError(f"group right must be one of {GROUP_RIGHTS}")
        self.group(group).members[self.user(user).id] = right

    def add_group_key(self, group: Group | str, key: str | None = None) -> str:
        """A `Device` key; like `flask create_api_key`, one per group."""
        group_id = self.group(group).id
        if group_id in self.group_keys.values():
            raise ValueError("only one api key is allowed per group")
        key = key or uuid.uuid4().hex
        self.group_keys[key] = group_id
        return key

    def add_user_key(self, user: User | str, key: str | None = None, active: bool = True) -> str:
        """A `UserApiKey`; only v5.3.4 knows these."""
        key = key or uuid.uuid4().hex
        self.user_keys[key] = UserKey(self.user(user).id, active)
        return key

    def revoke_user_key(self, key: str) -> None:
        del self.user_keys[key]

    def add_study(
        self,
        name: str,
        group: Group | str,
        parameters: dict[str, Parameter] | None = None,
        rights: dict[str, str] | None = None,
        *,
        study_id: int | None = None,
        load_seconds: int = 0,
        fail_execution: str | None = None,
        post_processing: dict[str, list[list[dict[str, Any]]]] | None = None,
        saved_ontology_usages: dict[str, Any] | None = None,
        saved_documentation: dict[str, str] | None = None,
        process: str = "test_disc1_disc2_coupling",
        repository: str = "sostrades_core.sos_processes.test",
    ) -> Study:
        """`rights` maps user emails to study rights; every member of `group` is a Manager of the study."""
        for right in (rights or {}).values():
            if right not in STUDY_RIGHTS:
                raise ValueError(f"study right must be one of {STUDY_RIGHTS}")
        study = Study(
            study_id if study_id is not None else max(self.studies, default=0) + 1,
            name,
            self.group(group).id,
            dict(parameters or {}),
            {self.user(email).id: right for email, right in (rights or {}).items()},
            process,
            repository,
            load_seconds,
            fail_execution,
            dict(post_processing or {}),
            saved_ontology_usages,
            dict(saved_documentation or {}),
        )
        self.studies[study.id] = study
        return study

    def user(self, user: User | str) -> User:
        if isinstance(user, User):
            return user
        return next(u for u in self.users.values() if u.email == user)

    def group(self, group: Group | str) -> Group:
        if isinstance(group, Group):
            return group
        return next(g for g in self.groups.values() if g.name == group)

    def right_of(self, user: User, study: Study) -> str | None:
        """The user's study right; membership of the study's owner group counts as Manager."""
        rights = [study.rights.get(user.id)]
        if user.id in self.groups[study.group_id].members:
            rights.append(MANAGER)
        granted = [right for right in rights if right is not None]
        return max(granted, key=STUDY_RIGHTS.index) if granted else None

    # -- authentication and rights -----------------------------------------------------------------------------
    def _authenticate(self, request: FakeRequest) -> _Session:
        header = request.headers.get("Authorization")
        if not header or "Bearer" not in header:
            raise HttpError(401, "Missing Authorization header")
        token = header.replace("Bearer ", "")
        if self.server_version == "5.3.0":
            # Decoding errors are not caught in these versions: they become 500s.
            key, identifier = self._split(base64.b64decode(token).decode("utf-8"), "Missing Authorization header")
            return self._device_session(key, identifier)
        if len(token) == 32 and all(c in "0123456789abcdef" for c in token.lower()):
            key, identifier = token, ""
        else:
            try:
                decoded = base64.b64decode(token).decode("utf-8")
            except Exception:
                raise HttpError(401, "Invalid API key format") from None
            key, identifier = self._split(decoded, "Invalid Authorization header format")
        user_key = self.user_keys.get(key)
        if user_key is not None and user_key.active:
            user = self.users[user_key.user_id]
            if identifier not in ("", user.email):
                raise HttpError(403, "User identifier does not match API key owner")
            user_key.last_used = _now()
            return _Session(user, None, True)
        return self._device_session(key, identifier)

    @staticmethod
    def _split(decoded: str, too_many_parts: str) -> tuple[str, str]:
        if ":" not in decoded:
            return decoded, ""
        parts = decoded.split(":")
        if len(parts) > 2:
            raise HttpError(401, too_many_parts)
        return parts[0], parts[1]

    def _device_session(self, key: str, identifier: str) -> _Session:
        group_id = self.group_keys.get(key)
        if group_id is None:
            raise HttpError(401, "Invalid api-key")
        group = self.groups[group_id]
        if identifier == "":
            if group.owner_id is None:
                raise HttpError(403, "Api-key unauthorized")
            return _Session(self.users[group.owner_id], group, False)
        user = next((u for u in self.users.values() if u.email == identifier), None)
        if user is None:
            if self.server_version == "5.3.0":
                raise LookupError("No row was found when one was required")  # SQLAlchemy's NoResultFound text
            raise HttpError(403, "User not found")
        if user.id not in group.members:
            raise HttpError(403, "User unauthorized")
        return _Session(user, group, False)

    def _study_access(self, request: FakeRequest, minimum: str) -> tuple[_Session, Study]:
        """`api_key_required` then `has_user_access_right(minimum)`."""
        session = self._authenticate(request)
        study = self.studies.get(request.path_params["study_id"])
        if study is None:
            raise HttpError(403, str(InvalidStudy(NO_STUDY)))
        right = self.right_of(session.user, study)
        if right is None or STUDY_RIGHTS.index(right) < STUDY_RIGHTS.index(minimum):
            raise HttpError(403, NO_RIGHT)
        return session, study

    def _read_only_access(self, request: FakeRequest) -> tuple[_Session, Study, str]:
        """The read-only blueprint's own check: an unknown study is an uncaught error, a missing right a 400."""
        session = self._authenticate(request)
        study = self.studies.get(request.path_params["study_id"])
        if study is None:
            raise InvalidStudy(NO_STUDY)
        right = self.right_of(session.user, study)
        if right is None:
            raise HttpError(400, NO_RIGHT_READ_ONLY)
        return session, study, right

    @staticmethod
    def _serve(route: Callable[[], FakeResponse]) -> FakeResponse:
        """Flask's error handler: HTTP errors keep their code, anything else is a 500 with str(error)."""
        try:
            return route()
        except HttpError as error:
            return _error(error.status, error.description)
        except Exception as error:
            return _error(500, str(error))

    def _blueprint(self, request: FakeRequest, route: Callable[[], FakeResponse]) -> FakeResponse:
        """Routes 7-9 and 14-15 are only mounted in the API server since v5.3.1."""
        return self.not_found(request) if self.server_version == "5.3.0" else self._serve(route)

    # -- SpecServer hooks --------------------------------------------------------------------------------------
    def not_found(self, request: FakeRequest) -> FakeResponse:
        return _error(404, NOT_FOUND)

    def method_not_allowed(self, request: FakeRequest) -> FakeResponse:
        return _error(405, METHOD_NOT_ALLOWED)

    def options(self, request: FakeRequest) -> FakeResponse:
        methods = set(request.allowed_methods) | {"OPTIONS"} | ({"HEAD"} if "GET" in request.allowed_methods else set())
        return FakeResponse(200, b"", "text/html; charset=utf-8", {"Allow": ", ".join(sorted(methods))})

    def finalize(self, request: FakeRequest, response: FakeResponse) -> FakeResponse:
        """base_server's after_request headers plus Flask's session cookie."""
        headers = list(response.headers.items()) if isinstance(response.headers, dict) else list(response.headers)
        present = {name.lower() for name, _ in headers}
        headers += [(name, value) for name, value in COMMON_HEADERS if name.lower() not in present]
        if not isinstance(response, _SessionlessResponse):
            headers.append(("Set-Cookie", f"session={self._session_cookie()}; HttpOnly; Path=/"))
        body = response.body if isinstance(response.body, (bytes, bytearray)) else _json_safe(response.body)
        return replace(response, headers=headers, body=body)

    @staticmethod
    def _session_cookie() -> str:
        payload = _b64(json.dumps({"start_time": time.time()}, separators=(",", ":")).encode())
        stamp = _b64(int(time.time()).to_bytes(4, "big"))
        signature = _b64(hmac.new(b"sostrades-fake", f"{payload}.{stamp}".encode(), hashlib.sha1).digest())
        return f"{payload}.{stamp}.{signature}"

    # -- operations --------------------------------------------------------------------------------------------
    def study_cases_load(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._load(*self._study_access(request, RESTRICTED_VIEWER), 30))

    def study_cases_load_with_timeout(self, request: FakeRequest) -> FakeResponse:
        timeout = request.path_params["timeout"]
        return self._serve(lambda: self._load(*self._study_access(request, RESTRICTED_VIEWER), timeout))

    def study_cases_copy(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._copy(request, *self._study_access(request, CONTRIBUTOR)))

    def study_cases_update_parameters(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._update_parameters(request, *self._study_access(request, CONTRIBUTOR)))

    def study_cases_download_parameter(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._download(request, self._study_access(request, COMMENTER)[1]))

    def study_cases_get_url(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._url(self._authenticate(request), request.path_params["study_id"]))

    def study_cases_get_logs(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._logs(self._study_access(request, COMMENTER)[1]))

    def study_cases_get_read_only_mode(self, request: FakeRequest) -> FakeResponse:
        return self._blueprint(request, lambda: self._read_only(*self._read_only_access(request)))

    def study_cases_get_saved_ontology_usages(self, request: FakeRequest) -> FakeResponse:
        def route() -> FakeResponse:
            study = self._read_only_access(request)[1]
            return FakeResponse(body=study.saved_ontology_usages, gzip=True)

        return self._blueprint(request, route)

    def study_cases_get_saved_documentation(self, request: FakeRequest) -> FakeResponse:
        def route() -> FakeResponse:
            study = self._read_only_access(request)[1]
            return FakeResponse(
                body=study.saved_documentation.get(request.path_params["documentation_name"]), gzip=True
            )

        return self._blueprint(request, route)

    def calculation_execute(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._execute(*self._study_access(request, CONTRIBUTOR)))

    def calculation_status(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._poll_status(self._study_access(request, RESTRICTED_VIEWER)[1]))

    def post_processing_get(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._post_processing(self._study_access(request, RESTRICTED_VIEWER)[1]))

    def post_processing_get_html(self, request: FakeRequest) -> FakeResponse:
        return self._serve(lambda: self._post_processing_html(self._study_access(request, RESTRICTED_VIEWER)[1]))

    def ontology_get_usages(self, request: FakeRequest) -> FakeResponse:
        return self._blueprint(request, lambda: self._ontology_usages(request, self._authenticate(request)))

    def ontology_get_markdown_documentation(self, request: FakeRequest) -> FakeResponse:
        def route() -> FakeResponse:
            self._authenticate(request)
            documentation = (self.ontology or {}).get("markdown_documentation", {})
            return FakeResponse(body=documentation.get(request.path_params["identifier"], {}))

        return self._blueprint(request, route)

    def server_ping(self, request: FakeRequest) -> FakeResponse:
        return FakeResponse(body="pong")

    # -- route bodies ------------------------------------------------------------------------------------------
    def _load(self, session: _Session, study: Study, timeout: int) -> FakeResponse:
        with _abort_400():
            right = self.right_of(session.user, study)
            loaded: bool | None = None
            for _ in range(timeout):
                loaded = study.load_elapsed >= study.load_seconds
                if loaded:
                    break
                study.load_elapsed += 1
            if loaded is None:
                raise UnboundLocalError(NO_STUDY_MANAGER)
            self._authorize_execution(study, session.user)
            if self.load_bug:
                raise AttributeError(NO_TREENODE)
            if not loaded or right == RESTRICTED_VIEWER:
                return FakeResponse(body={})
            editable = right != COMMENTER
            return FakeResponse(
                body={
                    variable_id: parameter.payload(variable_id)
                    for variable_id, parameter in study.parameters.items()
                    if parameter.numerical or (editable and parameter.editable and parameter.io_type == "in")
                }
            )

    def _copy(self, request: FakeRequest, session: _Session, study: Study) -> FakeResponse:
        with _abort_400():
            new_name = _flask_json(request).get("new_study_name", None)
            if new_name is None:
                raise HttpError(400, "Missing mandatory parameter: new_name")
            if session.group is None:
                raise AttributeError("'NoneType' object has no attribute 'id'")
            new_study = self.add_study(
                str(new_name),
                session.group,
                copy.deepcopy(study.parameters),
                {session.user.email: MANAGER},
                post_processing=copy.deepcopy(study.post_processing),
                process=study.process,
                repository=study.repository,
            )
            return FakeResponse(body=new_study.id)

    def _update_parameters(self, request: FakeRequest, session: _Session, study: Study) -> FakeResponse:
        files: dict[str, UploadedFile] = request.files if self.accept_multipart else {}

        def request_json() -> Any:
            # Werkzeug < 2.1 answered None instead of raising 415 for other content types.
            return None if self.accept_multipart and not request.is_json else _flask_json(request)

        if not files and not request_json():
            raise HttpError(400, "No files or parameters found in request.")
        items: list[Any] = []
        body = request_json()
        if body:
            items = body if isinstance(body, list) else [body]
            messages, missing = [], False
            for item in items:
                for key in ("variableId", "newValue", "unit"):
                    if key not in item:
                        messages.append(f"Missing mandatory key: {key}")
                        missing = True
                    else:
                        # The server looks up the literal key "needed_key", hence "None" in practice.
                        messages.append(f"Mandatory key {key} found with value {item.get('needed_key')}")
            if missing:
                raise HttpError(400, "\n".join(messages))
        with _abort_400():
            for item in items:
                item.get("column_deleted")
                _namespace, _name = tuple(item.get("variableId").rsplit(".", 1))
            for variable_id in [*files, *(item["variableId"] for item in items)]:
                if variable_id not in study.parameters:
                    message = f"the following exception occurs {KeyError(variable_id)}.\n{UPDATE_TRACEBACK}"
                    raise StudyCaseError(f"{message}KeyError: {KeyError(variable_id)}\n")
            for variable_id, upload in files.items():
                study.parameters[variable_id].load_csv(upload.content.decode("utf-8"))
            for item in items:
                study.parameters[item["variableId"]].value = item["newValue"]
            study.modification_date = _now()
            return FakeResponse(
                body={
                    "study_case": self._study_dto(study, "NOT EXECUTED"),
                    "treenode": {},
                    "post_processings": {},
                    "plotly": {},
                    "n2_diagram": {},
                    "user_id_execution_authorized": self._authorize_execution(study, session.user),
                    "no_data": False,
                    "read_only": False,
                    "can_reload": False,
                    "load_status": "in_progress",
                    "dashboard": {},
                }
            )

    def _download(self, request: FakeRequest, study: Study) -> FakeResponse:
        with _abort_400():
            body = _flask_json(request)
            if body is None:
                raise HttpError(400, "'parameter_key' not found in request")
            content = study.parameters[body.get("parameter_key")].csv_text()
            if content is None:
                raise TypeError(NO_FILE_VALUE)
            return FakeResponse(200, content.encode("utf-8"), "text/csv; charset=utf-8")

    def _url(self, session: _Session, study_id: int) -> FakeResponse:
        if session.user_key:
            # Saving the Flask session fails after the route ran, whatever it answered.
            return _SessionlessResponse(500, _error(500, INTERNAL_ERROR).body)
        with _abort_400():
            if study_id not in self.studies:
                raise InvalidStudy(f"Requested study case (identifier {study_id}) does not exist in the database")
            return FakeResponse(body={"study_url": f"{self.front_end_dns}study/{study_id}"})

    def _logs(self, study: Study) -> FakeResponse:
        execution = study.execution
        name = f"sc{study.id}-sce{execution.id if execution else None}-execution.log"
        if execution is None:
            raise FileNotFoundError(2, "No such file or directory", f"{self._dump_directory(study)}/{name}")
        return FakeResponse(
            200,
            "".join(f"{line}\n" for line in execution.log).encode("utf-8"),
            "application/octet-stream",
            {"Content-Disposition": f"inline; filename={name}"},
        )

    def _read_only(self, session: _Session, study: Study, right: str) -> FakeResponse:
        if study.execution is None or study.execution.status != "FINISHED":
            raise HttpError(400, "The study is not available in read only mode")
        no_data = right == RESTRICTED_VIEWER
        payload = {
            "study_case": self._study_dto(study, "FINISHED"),
            "treenode": self._treenode(study, no_data),
            "post_processings": {} if no_data else self._last_bundles(study),
            "plotly": {},
            "n2_diagram": {},
            "user_id_execution_authorized": study.user_id_execution_authorized or 0,
            "no_data": no_data,
            "read_only": True,
            "can_reload": False,
            "load_status": "read_only_mode",
            "dashboard": {},
        }
        return FakeResponse(body=payload, headers={"Content-Disposition": "inline; filename=loaded_study_case.json"})

    def _execute(self, session: _Session, study: Study) -> FakeResponse:
        with _abort_400():
            current = study.execution
            if current is not None and current.status in ACTIVE_STATUSES:
                # The failed submission marks the running execution FAILED until the run writes its next state.
                current.overridden = "FAILED"
                raise RuntimeError(ALREADY_SUBMITTED)
            study.execution = Execution(
                next(self._execution_ids),
                "FAILED" if study.fail_execution else "FINISHED",
                study.fail_execution or "",
                [f"{_now()} - INFO - Execution requested by {session.user.username}"],
            )
            return FakeResponse(body=self._status(study))

    def _poll_status(self, study: Study) -> FakeResponse:
        with _abort_400():
            if study.execution is not None:
                study.execution.advance(self.polls_per_step)
            return FakeResponse(body=self._status(study))

    def _post_processing(self, study: Study) -> FakeResponse:
        with _abort_400():
            return FakeResponse(body=self._last_bundles(study))

    def _post_processing_html(self, study: Study) -> FakeResponse:
        with _abort_400():
            sections = []
            for label, bundles in study.post_processing.items():
                graphs = "".join(
                    f'\n                    <div class="graph" style="flex: 1 2 500px;">\n'
                    f"                    {self._figure_html(figure)}\n                    </div>"
                    for bundle in bundles
                    for figure in bundle
                )
                sections.append(
                    f'\n        <div class="discipline_title" style="text-align: center;">\n'
                    f"            <h3>{_html_escape(label)}</h3>\n        </div>\n"
                    f'        <div class="discipline_graphs" style="display: flex; flex-wrap: wrap;  '
                    f'justify-content: center;">{graphs}\n\n        </div>'
                )
            page = (
                '<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n'
                "    <title>Plotly title</title>\n</head>\n<body>\n"
                '    <div id="main_title" style="text-align: center;">\n'
                f"        <h1>Chart for study case {_html_escape(study.name)} - {study.id}</h1>\n    </div>"
                f"{''.join(sections)}\n</body>\n</html>"
            )
            return FakeResponse(200, page.encode("utf-8"), "text/html; charset=utf-8")

    def _ontology_usages(self, request: FakeRequest, session: _Session) -> FakeResponse:
        data_request = _flask_json(request).get("ontology_request", None)
        if data_request is None:
            raise HttpError(400, "Missing mandatory parameter: ontology_request")
        if self.ontology is None or not isinstance(data_request, dict):
            return FakeResponse(body={})
        return FakeResponse(
            body={
                kind: {name: known[name] for name in data_request.get(kind) or [] if name in known}
                for kind in ("parameter_usages", "disciplines")
                for known in [self.ontology.get(kind, {})]
            }
        )

    # -- helpers -----------------------------------------------------------------------------------------------
    def _authorize_execution(self, study: Study, user: User) -> int:
        """LoadedStudyCase's side effect: the caller joins co-edition and may become the execution-authorised user."""
        if study.user_id_execution_authorized is None or study.user_id_execution_authorized not in study.coedition:
            study.coedition.add(user.id)
            study.user_id_execution_authorized = user.id
        return study.user_id_execution_authorized

    def _dump_directory(self, study: Study) -> str:
        return f"{self.data_root}/study_case/{study.group_id}/{study.id}"

    def _study_dto(self, study: Study, execution_status: str) -> dict[str, Any]:
        group = self.groups[study.group_id]
        return {
            "id": study.id,
            "name": study.name,
            "process": study.process,
            "repository": study.repository,
            "process_display_name": study.process,
            "repository_display_name": study.repository,
            "creation_date": study.creation_date,
            "modification_date": study.modification_date,
            "execution_status": execution_status,
            "creation_status": "DONE",
            "study_type": "Study",
            "group_name": group.name,
            "group_id": group.id,
            "group_confidential": group.confidential,
            "is_reference_running": False,
            "regeneration_id": None,
            "regeneration_status": None,
            "is_manager": False,
            "is_contributor": False,
            "is_commenter": False,
            "is_restricted_viewer": False,
            "is_favorite": False,
            "is_last_study_opened": False,
            "opening_date": "",
            "error": None,
            "study_pod_flavor": None,
            "execution_pod_flavor": None,
            "generation_pod_flavor": None,
            "last_memory_usage": "",
            "last_cpu_usage": "",
            "has_read_only_file": execution_status == "FINISHED",
            "is_stand_alone": False,
        }

    def _status(self, study: Study) -> dict[str, Any]:
        execution = study.execution
        if execution is None:
            return {
                "study_case_id": study.id,
                "disciplines_status": {},
                "study_case_execution_status": "",
                "study_case_execution_error_message": "",
                "study_case_execution_cpu": "----",
                "study_case_execution_memory": "----",
            }
        disciplines = {name: ("PENDING", "RUNNING", "DONE")[execution.phase] for name in study.disciplines}
        if execution.phase == 2 and execution.outcome == "FAILED" and disciplines:
            disciplines[study.disciplines[-1]] = "FAILED"
        started = execution.phase > 0
        return {
            "study_case_id": study.id,
            "disciplines_status": disciplines,
            "study_case_execution_status": execution.status,
            "study_case_execution_error_message": execution.error_message if execution.phase == 2 else "",
            "study_case_execution_cpu": "0.0/2" if started else "----",
            "study_case_execution_memory": "0.87/23.54 [GB]" if started else "----",
        }

    @staticmethod
    def _last_bundles(study: Study) -> dict[str, list[dict[str, Any]]]:
        # The server builds this with a dict comprehension over bundles, so a label's last bundle wins.
        return {label: figures for label, bundles in study.post_processing.items() for figures in bundles}

    def _treenode(self, study: Study, no_data: bool) -> dict[str, Any]:
        root: dict[str, Any] = {"name": study.name, "full_namespace": study.name, "data": {}, "children": []}
        nodes = {study.name: root}

        def node_for(namespace: str) -> dict[str, Any]:
            if namespace not in nodes:
                parent = node_for(namespace.rsplit(".", 1)[0]) if "." in namespace else root
                nodes[namespace] = {
                    "name": namespace.rsplit(".", 1)[-1],
                    "full_namespace": namespace,
                    "data": {},
                    "children": [],
                }
                parent["children"].append(nodes[namespace])
            return nodes[namespace]

        for variable_id, parameter in study.parameters.items():
            payload = parameter.payload(variable_id)
            data = node_for(variable_id.rsplit(".", 1)[0])["data"]
            data[variable_id] = {**payload, "value": None} if no_data else payload
        return root

    @staticmethod
    def _figure_html(figure: dict[str, Any]) -> str:
        """Roughly plotly's `Figure.to_html(full_html=False, include_plotlyjs="cdn")`."""
        div_id = str(uuid.uuid4())
        return (
            '<div>                        <script type="text/javascript">window.PlotlyConfig = '
            "{MathJaxConfig: 'local'};</script>\n"
            '        <script charset="utf-8" src="https://cdn.plot.ly/plotly-2.35.2.min.js"></script>'
            f'                <div id="{div_id}" class="plotly-graph-div" style="height:100%; width:100%;"></div>'
            '            <script type="text/javascript">                '
            "window.PLOTLYENV=window.PLOTLYENV || {};                                    "
            f'if (document.getElementById("{div_id}")) {{                    Plotly.newPlot(                        '
            f'"{div_id}",                        {json.dumps(figure.get("data", []))},                        '
            f'{json.dumps(figure.get("layout", {}))},                        {{"responsive": true}}                    '
            ")                };            </script>        </div>"
        )


def serve_sostrades(**options: Any) -> SpecServer:
    """A SpecServer (not started; use it as a context manager) whose `handler` is `SosTradesFake(**options)`."""
    return SpecServer(SPEC_PATH, SosTradesFake(**options))
