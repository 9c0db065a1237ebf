"""FlowClient and AsyncFlowClient: the generated façade plus credentials, TLS, typed errors and the overlays."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Unpack

import httpx
from client_runtime import ApiStatusError, ClientOptions, ConfigurationError, InvalidRequest, Secret

from ._resources import AsyncFlowClientBase, FlowClientBase
from ._version import __version__
from .artifacts import Artifacts, AsyncArtifacts
from .auth import SessionIdAuth, SessionLogin, basic_auth
from .errors import classify
from .jobs import AsyncJobs, Jobs
from .pipelines import AsyncPipelines, AsyncReleases, Pipelines, Releases
from .properties import AsyncProperties, Properties
from .resources import (
    Applications,
    AsyncApplications,
    AsyncCredentials,
    AsyncEnvironments,
    AsyncJobSteps,
    AsyncObjects,
    AsyncProcedures,
    AsyncProjects,
    AsyncRepositories,
    AsyncServer,
    Credentials,
    Environments,
    JobSteps,
    Objects,
    Procedures,
    Projects,
    Repositories,
    Server,
)

ENV_URL = "CLOUDBEES_FLOW_URL"
ENV_USER = "CLOUDBEES_FLOW_USER"
ENV_PASSWORD = "CLOUDBEES_FLOW_PASSWORD"
ENV_TOKEN = "CLOUDBEES_FLOW_TOKEN"
ENV_SESSION_ID = "CLOUDBEES_FLOW_SESSION_ID"
ENV_JOB_SESSION_ID = "COMMANDER_SESSIONID"  # set by the server inside a job step
ENV_CA_BUNDLE = "CLOUDBEES_FLOW_CA_BUNDLE"
REST_PREFIX = "/rest/v1.0"
USER_AGENT = f"cloudbees-flow-client/{__version__}"


def _server_url(base_url: str) -> str:
    """The server's root; the REST base (`https://host/rest/v1.0`) the vendor's samples use is accepted too."""
    if not isinstance(base_url, str):
        raise InvalidRequest("base_url", f"must be a string, got {type(base_url).__name__}")
    stripped = base_url.rstrip("/")
    return stripped.removesuffix(REST_PREFIX) if stripped.endswith(REST_PREFIX) else stripped


def _auth(
    server: str,
    user: str | None,
    password: str | Secret | None,
    token: str | Secret | None,
    session_id: str | Secret | None,
    login: bool,
) -> httpx.Auth:
    if session_id is not None:
        if user is not None or password is not None or token is not None:
            raise InvalidRequest("session_id", "cannot be combined with user, password or token")
        return SessionIdAuth(session_id)
    if token is not None:
        if user is not None or password is not None:
            raise InvalidRequest("token", "cannot be combined with user and password")
        return SessionLogin(server, token=token)
    if user is None or password is None:
        missing = "user" if user is None else "password"
        raise InvalidRequest(missing, "is required: give user and password, a token, or a session_id")
    if login:
        return SessionLogin(server, user=user, password=password)
    return basic_auth(user, password)


def _verify(ca_bundle: str | os.PathLike[str] | None, insecure: bool, options: ClientOptions) -> None:
    """Turn `ca_bundle` and `insecure` into the runtime's `verify`, refusing contradictions."""
    if insecure:
        if ca_bundle is not None or options.get("verify", True) is not True:
            raise InvalidRequest("insecure", "cannot be combined with ca_bundle or verify")
        options["verify"] = False
    elif ca_bundle is not None:
        if options.get("verify", True) is not True:
            raise InvalidRequest("ca_bundle", "cannot be combined with verify")
        if not os.path.isfile(ca_bundle):
            raise InvalidRequest("ca_bundle", f"no such file: {os.fspath(ca_bundle)}")
        options["verify"] = os.fspath(ca_bundle)


def _from_env(environ: Mapping[str, str] | None) -> dict[str, Any]:
    env = os.environ if environ is None else environ
    if not env.get(ENV_URL):
        raise ConfigurationError(ENV_URL, "is not set in the environment")
    found: dict[str, Any] = {"base_url": env[ENV_URL]}
    if env.get(ENV_TOKEN):
        found["token"] = Secret(env[ENV_TOKEN])
    elif env.get(ENV_USER) or env.get(ENV_PASSWORD):
        for name in (ENV_USER, ENV_PASSWORD):
            if not env.get(name):
                raise ConfigurationError(name, "is not set in the environment")
        found |= {"user": env[ENV_USER], "password": Secret(env[ENV_PASSWORD])}
    elif env.get(ENV_SESSION_ID) or env.get(ENV_JOB_SESSION_ID):
        found["session_id"] = Secret(env.get(ENV_SESSION_ID) or env[ENV_JOB_SESSION_ID])
    else:
        raise InvalidRequest(
            ENV_USER, f"is not set in the environment (give it with {ENV_PASSWORD}, or set {ENV_TOKEN})"
        )
    if env.get(ENV_CA_BUNDLE):
        found["ca_bundle"] = env[ENV_CA_BUNDLE]
    return found


class FlowClient(FlowClientBase):
    """Blocking client of the CloudBees CD/RO REST API v1.0.

    Credentials: `user` and `password` (Basic on every request, or one login and a session with `login=True`),
    a user access `token` (traded for a session), or a `session_id`. TLS is verified; give `ca_bundle="ca.pem"` for
    a private CA, or `insecure=True` to turn verification off (logged as a warning).

    Example::

        with FlowClient("https://flow.example.org", user="admin", password="changeme", ca_bundle="ca.pem") as client:
            client.properties.get_property("PythonProperty", project_name="Default").value
    """

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        *,
        user: str | None = None,
        password: str | Secret | None = None,
        token: str | Secret | None = None,
        session_id: str | Secret | None = None,
        login: bool = False,
        ca_bundle: str | os.PathLike[str] | None = None,
        insecure: bool = False,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        server = _server_url(base_url)
        auth = _auth(server, user, password, token, session_id, login)
        _verify(ca_bundle, insecure, options)
        super().__init__(server, auth=auth, transport=transport, **options)
        self._basic = (user, Secret(password)) if isinstance(auth, httpx.BasicAuth) and user and password else None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> FlowClient:
        """A client for `$CLOUDBEES_FLOW_URL` with `$CLOUDBEES_FLOW_TOKEN`, or `$CLOUDBEES_FLOW_USER` and
        `$CLOUDBEES_FLOW_PASSWORD`, or `$CLOUDBEES_FLOW_SESSION_ID` (`$COMMANDER_SESSIONID` in a job step);
        `$CLOUDBEES_FLOW_CA_BUNDLE` for a private CA.
        """
        return cls(**{**_from_env(environ), **options})

    def classify_error(self, status: int, body: Any) -> type[ApiStatusError] | None:
        return classify(status, body)

    @property
    def auth(self) -> httpx.Auth | None:
        """The credentials in use: httpx.BasicAuth, SessionLogin or SessionIdAuth."""
        return self._auth

    def publish_session(self) -> str:
        """A session id for the artifact publish form; with Basic credentials, from a new login."""
        auth = self._auth
        if isinstance(auth, SessionIdAuth):
            return auth.session_id.reveal()
        if isinstance(auth, SessionLogin):
            if auth.session_id is None:
                self.server.get_status(server_stat_only="true")  # any call logs in
            assert auth.session_id is not None
            return auth.session_id.reveal()
        from ._generated.models.login_request import LoginRequest

        assert self._basic is not None
        user, password = self._basic
        return self.sessions.login(body=LoginRequest(user_name=user, password=password.reveal())).session_id

    def logout(self) -> None:
        """End the session, if there is one; a session from credentials is opened again by the next call."""
        auth = self._auth
        if isinstance(auth, SessionLogin) and auth.session_id is not None:
            self.sessions.logout()
            auth.forget()
        elif isinstance(auth, SessionIdAuth):
            self.sessions.logout()

    @property
    def server(self) -> Server:
        return Server(self)

    @property
    def projects(self) -> Projects:
        return Projects(self)

    @property
    def procedures(self) -> Procedures:
        return Procedures(self)

    @property
    def jobs(self) -> Jobs:
        return Jobs(self)

    @property
    def job_steps(self) -> JobSteps:
        return JobSteps(self)

    @property
    def properties(self) -> Properties:
        return Properties(self)

    @property
    def pipelines(self) -> Pipelines:
        return Pipelines(self)

    @property
    def releases(self) -> Releases:
        return Releases(self)

    @property
    def objects(self) -> Objects:
        return Objects(self)

    @property
    def artifacts(self) -> Artifacts:
        return Artifacts(self)

    @property
    def repositories(self) -> Repositories:
        return Repositories(self)

    @property
    def applications(self) -> Applications:
        return Applications(self)

    @property
    def environments(self) -> Environments:
        return Environments(self)

    @property
    def credentials(self) -> Credentials:
        return Credentials(self)


class AsyncFlowClient(AsyncFlowClientBase):
    """Async client of the CloudBees CD/RO REST API v1.0, with the same surface as FlowClient."""

    user_agent = USER_AGENT

    def __init__(
        self,
        base_url: str,
        *,
        user: str | None = None,
        password: str | Secret | None = None,
        token: str | Secret | None = None,
        session_id: str | Secret | None = None,
        login: bool = False,
        ca_bundle: str | os.PathLike[str] | None = None,
        insecure: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        server = _server_url(base_url)
        auth = _auth(server, user, password, token, session_id, login)
        _verify(ca_bundle, insecure, options)
        super().__init__(server, auth=auth, transport=transport, **options)
        self._basic = (user, Secret(password)) if isinstance(auth, httpx.BasicAuth) and user and password else None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> AsyncFlowClient:
        """As FlowClient.from_env."""
        return cls(**{**_from_env(environ), **options})

    def classify_error(self, status: int, body: Any) -> type[ApiStatusError] | None:
        return classify(status, body)

    @property
    def auth(self) -> httpx.Auth | None:
        """The credentials in use: httpx.BasicAuth, SessionLogin or SessionIdAuth."""
        return self._auth

    async def publish_session(self) -> str:
        """A session id for the artifact publish form; with Basic credentials, from a new login."""
        auth = self._auth
        if isinstance(auth, SessionIdAuth):
            return auth.session_id.reveal()
        if isinstance(auth, SessionLogin):
            if auth.session_id is None:
                await self.server.get_status(server_stat_only="true")  # any call logs in
            assert auth.session_id is not None
            return auth.session_id.reveal()
        from ._generated.models.login_request import LoginRequest

        assert self._basic is not None
        user, password = self._basic
        session = await self.sessions.login(body=LoginRequest(user_name=user, password=password.reveal()))
        return session.session_id

    async def logout(self) -> None:
        """End the session, if there is one; a session from credentials is opened again by the next call."""
        auth = self._auth
        if isinstance(auth, SessionLogin) and auth.session_id is not None:
            await self.sessions.logout()
            auth.forget()
        elif isinstance(auth, SessionIdAuth):
            await self.sessions.logout()

    @property
    def server(self) -> AsyncServer:
        return AsyncServer(self)

    @property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)

    @property
    def procedures(self) -> AsyncProcedures:
        return AsyncProcedures(self)

    @property
    def jobs(self) -> AsyncJobs:
        return AsyncJobs(self)

    @property
    def job_steps(self) -> AsyncJobSteps:
        return AsyncJobSteps(self)

    @property
    def properties(self) -> AsyncProperties:
        return AsyncProperties(self)

    @property
    def pipelines(self) -> AsyncPipelines:
        return AsyncPipelines(self)

    @property
    def releases(self) -> AsyncReleases:
        return AsyncReleases(self)

    @property
    def objects(self) -> AsyncObjects:
        return AsyncObjects(self)

    @property
    def artifacts(self) -> AsyncArtifacts:
        return AsyncArtifacts(self)

    @property
    def repositories(self) -> AsyncRepositories:
        return AsyncRepositories(self)

    @property
    def applications(self) -> AsyncApplications:
        return AsyncApplications(self)

    @property
    def environments(self) -> AsyncEnvironments:
        return AsyncEnvironments(self)

    @property
    def credentials(self) -> AsyncCredentials:
        return AsyncCredentials(self)
