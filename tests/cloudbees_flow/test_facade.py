"""Every façade method, sync and async, against the fake server."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from cloudbees_flow_client import FlowClient, JobHandle, PipelineRun
from cloudbees_flow_client._resources import OPERATIONS
from cloudbees_flow_client.models import (
    ApplicationCreateRequest,
    ArtifactVersionCreateRequest,
    CredentialCreateRequest,
    DslRequest,
    ExpandStringRequest,
    Filter,
    FindObjectsRequest,
    LoginRequest,
    PropertyCreateRequest,
    PublishForm,
    RuntimeDetailsRequest,
)
from cloudbees_flow_client.models import File as UploadFile
from fakes.cloudbees_flow import FlowSpecServer

Prepare = Callable[[FlowSpecServer, FlowClient], tuple[tuple[Any, ...], dict[str, Any]]]


def plain(*args: Any, **kwargs: Any) -> Prepare:
    return lambda fake, client: (args, kwargs)


def with_job(build: Callable[[str, FlowSpecServer], tuple[tuple[Any, ...], dict[str, Any]]]) -> Prepare:
    def prepare(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
        job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
        return build(job.job_id, fake)

    return prepare


def with_run(build: Callable[[str], tuple[tuple[Any, ...], dict[str, Any]]]) -> Prepare:
    def prepare(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return build(client.pipelines.run("Default", "Ship").flow_runtime_id)

    return prepare


def with_artifact(*args: Any, version: bool = False, **kwargs: Any) -> Prepare:
    def prepare(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
        client.artifacts.create(group_id="com.example", artifact_key="app")
        if version:
            client.artifacts.create_version(
                body=ArtifactVersionCreateRequest(version="1.0", artifact_name="com.example:app")
            )
        return args, kwargs

    return prepare


def with_application(*args: Any) -> Prepare:
    def prepare(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
        client.applications.create("Default", body=ApplicationCreateRequest(application_name="Shop"))
        fake.handler.projects["Default"].environments["QA"] = {"environmentName": "QA", "environmentEnabled": "1"}
        return args, {}

    return prepare


def with_sso(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
    fake.handler.sso_secrets["s3cret"] = "admin"
    return (), {"token": "s3cret"}


def with_environment(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
    fake.handler.projects["Default"].environments["QA"] = {"environmentName": "QA", "environmentEnabled": "1"}
    return ("Default",), {}


def with_credential(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
    client.credentials.create("Default", body=CredentialCreateRequest(credential_name="deploy", user_name="ci"))
    return ("Default", "deploy"), {}


def default_sheet(fake: FlowSpecServer, client: FlowClient) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return (fake.handler.projects["Default"].sheet.id,), {}


def step_of(job_id: str, fake: FlowSpecServer) -> tuple[tuple[Any, ...], dict[str, Any]]:
    return (fake.handler.jobs[job_id].step_id,), {}


def publish_form() -> PublishForm:
    upload = UploadFile(payload=io.BytesIO(b"binary"), file_name="bin/app")
    return PublishForm(artifact_name="com.example:app", artifact_version_version="2.0", files=[upload])


def names(items: list[Any], attribute: str) -> list[str]:
    return [getattr(item, attribute) for item in items]


# (operationId as resource.method, prepare, check)
CASES: list[tuple[str, Prepare, Callable[[Any], bool]]] = [
    (
        "sessions.login",
        plain(body=LoginRequest(user_name="admin", password="changeme")),
        lambda r: r.user_name == "admin" and len(r.session_id) == 16,
    ),
    ("sessions.logout", plain(), lambda r: r.to_dict() == {}),
    ("sessions.login_sso", with_sso, lambda r: r.user_name == "admin"),
    ("server.get_status", plain(server_stat_only="true"), lambda r: r.server_state == "running"),
    ("server.eval_dsl", plain(body=DslRequest(dsl="'hello'")), lambda r: r.value == "hello"),
    (
        "server.expand_string",
        plain(body=ExpandStringRequest(value="$[/projects/Default/PythonProperty]!")),
        lambda r: r.value == "PythonRestApi!",
    ),
    ("projects.list", plain(), lambda r: names(r, "project_name") == ["Default"]),
    ("projects.create", plain(project_name="Web", description="site"), lambda r: r.description == "site"),
    ("projects.get", plain("Default"), lambda r: r.project_name == "Default" and r.tracked == "1"),
    ("projects.update", plain("Default", description="changed"), lambda r: r.description == "changed"),
    ("projects.delete", plain("Default"), lambda r: r.to_dict() == {}),
    ("projects.get_property", plain("Default", "PythonProperty"), lambda r: r.value == "PythonRestApi"),
    ("procedures.list", plain("Default"), lambda r: names(r, "procedure_name") == ["Build"]),
    ("procedures.get", plain("Default", "Build"), lambda r: r.procedure_name == "Build"),
    (
        "procedures.list_formal_parameters",
        plain("Default", "Build"),
        lambda r: names(r, "formal_parameter_name") == ["branch"] and r[0].required == "1",
    ),
    ("jobs.list", with_job(lambda job, fake: ((), {"project_name": "Default"})), lambda r: len(r) == 1),
    (
        "jobs.run_procedure",
        plain("Default", "Build", parameters={"branch": "main"}),
        lambda r: isinstance(r, JobHandle) and r.procedure_name == "Build",
    ),
    ("jobs.get", with_job(lambda job, fake: ((job,), {})), lambda r: r.job.procedure_name == "Build"),
    ("jobs.abort", with_job(lambda job, fake: ((job,), {"reason": "no longer needed"})), lambda r: r is None),
    ("job_steps.find", with_job(lambda job, fake: ((), {"job_id": job})), lambda r: names(r, "step_name") == ["step1"]),
    ("job_steps.get_status", with_job(step_of), lambda r: r.status == "pending"),
    ("properties.list", plain(project_name="Default"), lambda r: "PythonProperty" in str(r.to_dict())),
    (
        "properties.create",
        plain(body=PropertyCreateRequest(property_name="made", value="1", project_name="Default")),
        lambda r: r.property_name == "made" and r.value == "1",
    ),
    ("properties.get", plain("PythonProperty", project_name="Default"), lambda r: r.value == "PythonRestApi"),
    ("properties.set", plain("PythonProperty", value="v2", project_name="Default"), lambda r: r.value == "v2"),
    ("properties.delete", plain("PythonProperty", project_name="Default"), lambda r: r.to_dict() == {}),
    ("properties.get_sheet", default_sheet, lambda r: "ec_config" in str(r.to_dict())),
    ("pipelines.list", plain("Default"), lambda r: names(r, "pipeline_name") == ["Ship"]),
    ("pipelines.list_runtimes", with_run(lambda run: (("Default", "Ship"), {})), lambda r: len(r) == 1),
    ("pipelines.run", plain("Default", "Ship"), lambda r: isinstance(r, PipelineRun) and not r.completed),
    ("pipelines.get", plain("Ship", project_name="Default"), lambda r: r.pipeline_name == "Ship"),
    (
        "pipelines.list_stages",
        plain("Default", pipeline_name="Ship"),
        lambda r: names(r, "stage_name") == ["Build", "Deploy"],
    ),
    (
        "pipelines.get_runtime_details",
        with_run(lambda run: ((), {"body": RuntimeDetailsRequest(flow_runtime_id=[run])})),
        lambda r: r[0].completed == "0",
    ),
    ("releases.list", plain("Default"), lambda r: names(r, "release_name") == ["Q3"]),
    ("releases.start", plain("Default", "Q3"), lambda r: r.release_name == "Q3"),
    ("releases.get", plain("Q3", project_name="Default"), lambda r: r.pipeline_name == "Ship"),
    (
        "objects.find",
        plain(
            body=FindObjectsRequest(
                object_type="project",
                filter_=[Filter(operator="equals", property_name="projectName", operand1="Default")],
            )
        ),
        lambda r: len(r) == 1 and r[0]["project"]["projectName"] == "Default",
    ),
    ("artifacts.create", plain(group_id="2", artifact_key="2"), lambda r: r.artifact_name == "2:2"),
    ("artifacts.get", with_artifact("com.example:app"), lambda r: r.artifact_key == "app"),
    ("artifacts.delete", with_artifact("com.example:app"), lambda r: r.to_dict() == {}),
    (
        "artifacts.list_versions",
        with_artifact(artifact_name="com.example:app", version=True),
        lambda r: names(r, "version") == ["1.0"],
    ),
    (
        "artifacts.create_version",
        with_artifact(body=ArtifactVersionCreateRequest(version="3.1", artifact_name="com.example:app")),
        lambda r: r.artifact_version_name == "com.example:app:3.1",
    ),
    ("artifacts.get_version", with_artifact("com.example:app:1.0", version=True), lambda r: r.version == "1.0"),
    ("artifacts.publish", lambda fake, client: ((), {"body": publish_form()}), lambda r: r == "Artifact-Published-OK"),
    ("repositories.list", plain(), lambda r: names(r, "repository_name") == ["default"]),
    ("repositories.get", plain("default"), lambda r: r.url.startswith("https://")),
    ("applications.list", with_application("Default"), lambda r: names(r, "application_name") == ["Shop"]),
    (
        "applications.create",
        plain("Default", body=ApplicationCreateRequest(application_name="Shop")),
        lambda r: r.project_name == "Default",
    ),
    ("applications.get", with_application("Default", "Shop"), lambda r: r.application_name == "Shop"),
    ("applications.delete", with_application("Default", "Shop"), lambda r: r.to_dict() == {}),
    (
        "applications.list_processes",
        with_application("Default", "Shop"),
        lambda r: names(r, "process_name") == ["Deploy"],
    ),
    (
        "applications.list_tier_maps",
        with_application("Default", "Shop"),
        lambda r: names(r, "environment_name") == ["QA"],
    ),
    ("environments.list", with_environment, lambda r: names(r, "environment_name") == ["QA"]),
    (
        "credentials.create",
        plain("Default", body=CredentialCreateRequest(credential_name="deploy", user_name="ci", password="pw")),
        lambda r: r.credential_name == "deploy" and "pw" not in str(r.to_dict()),
    ),
    ("credentials.delete", with_credential, lambda r: r.to_dict() == {}),
]
IDS = [case[0] for case in CASES]


def _method(target: Any, dotted: str) -> Any:
    resource, method = dotted.split(".")
    return getattr(getattr(target, resource), method)


def test_every_operation_in_the_spec_is_covered_here() -> None:
    covered = {name.replace(".", "_") for name, *_ in CASES}
    assert {op.endpoint.rsplit(".", 1)[-1] for op in OPERATIONS} == covered


@pytest.mark.parametrize(("name", "prepare", "check"), CASES, ids=IDS)
def test_sync_method(fake: FlowSpecServer, client: FlowClient, name: str, prepare: Prepare, check: Any) -> None:
    args, kwargs = prepare(fake, client)
    assert check(_method(client, name)(*args, **kwargs))


@pytest.mark.parametrize(("name", "prepare", "check"), CASES, ids=IDS)
def test_async_method(
    fake: FlowSpecServer, client: FlowClient, run_async: Any, name: str, prepare: Prepare, check: Any
) -> None:
    args, kwargs = prepare(fake, client)

    async def invoke(aclient: Any) -> Any:
        return await _method(aclient, name)(*args, **kwargs)

    assert check(run_async(invoke))


def test_raw_response_keeps_the_envelope(client: FlowClient) -> None:
    raw = client.projects.with_raw_response.list()
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.parse().to_dict()["project"][0]["projectName"] == "Default"


def test_streaming_response_reads_lazily(client: FlowClient) -> None:
    with client.properties.with_streaming_response.get("PythonProperty", project_name="Default") as stream:
        body = b"".join(stream.iter_bytes(chunk_size=16))
    assert b'"value": "PythonRestApi"' in body


def test_with_options_shares_connections_and_changes_defaults(client: FlowClient) -> None:
    quick = client.with_options(timeout=3, max_retries=0)
    assert quick.timeout.read == 3
    assert quick.retry.max_retries == 0
    assert quick.server.get_status().server_state == "running"
