"""Properties by relative name plus locators or by full path, their URL encoding, sheets, envelopes and flags."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from cloudbees_flow_client import FlowClient, NoSuchProperty, NotFound, PropertyEntry
from fakes.cloudbees_flow import FlowSpecServer


def test_get_property_by_name_and_project_unwraps_the_envelope(client: FlowClient) -> None:
    entry = client.properties.get_property("PythonProperty", project_name="Default")
    assert isinstance(entry, PropertyEntry)
    assert (entry.name, entry.value, entry.property_id) == (
        "PythonProperty",
        "PythonRestApi",
        "d527401a-d390-11e7-832b-005056330fc3",
    )


def test_flags_are_bools_and_the_raw_strings_stay_reachable(client: FlowClient) -> None:
    entry = client.properties.get_property("PythonProperty", project_name="Default")
    assert (entry.expandable, entry.tracked, entry.counter) == (True, True, False)
    assert (entry.raw.expandable, entry.raw.tracked, entry.raw.counter) == ("1", "1", "0")
    assert entry.raw.to_dict()["createTime"] == "2017-11-27T16:34:26.271Z"


def test_a_full_path_goes_out_as_one_segment_with_escaped_slashes(fake: FlowSpecServer, client: FlowClient) -> None:
    entry = client.properties.get_property("/projects/Default/ec_config/url")
    assert entry.value == "https://example.test"
    assert fake.raw_paths[-1] == "/rest/v1.0/properties/%2Fprojects%2FDefault%2Fec_config%2Furl"


def test_the_documented_extra_slash_form_reaches_the_same_property(fake: FlowSpecServer) -> None:
    url = f"{fake.url}/rest/v1.0/properties//projects/Default/ec_config/url"
    answer = httpx.get(url, auth=("admin", "changeme"))
    assert answer.json()["property"]["value"] == "https://example.test"


@pytest.mark.parametrize(
    "name",
    ["with space", "slash/inside", "clé ünïcødé 名前", "percent%2Fliteral", "a+b&c=d?e#f"],
    ids=["space", "slash", "unicode", "percent", "reserved"],
)
def test_names_with_spaces_slashes_and_unicode_round_trip(fake: FlowSpecServer, client: FlowClient, name: str) -> None:
    if "/" in name:
        client.properties.create(body=_sheet("slash", "Default"))
    client.properties.set_property(name, "stored", project_name="Default")
    assert client.properties.get_property(name, project_name="Default").value == "stored"
    assert client.properties.get_property(f"/projects/Default/{name}").value == "stored"
    assert fake.requests[-1].path_params["propertyName"] == f"/projects/Default/{name}"


def _sheet(name: str, project: str) -> Any:
    from cloudbees_flow_client.models import PropertyCreateRequest, PropertyCreateRequestPropertyType

    kind: PropertyCreateRequestPropertyType = "sheet"
    return PropertyCreateRequest(property_name=name, property_type=kind, project_name=project)


def test_a_project_with_a_space_is_percent_encoded(fake: FlowSpecServer, client: FlowClient) -> None:
    client.projects.create(project_name="Electric Cloud")
    assert client.projects.get("Electric Cloud").project_name == "Electric Cloud"
    assert fake.raw_paths[-1] == "/rest/v1.0/projects/Electric%20Cloud"


def test_a_missing_property_is_no_such_property(client: FlowClient) -> None:
    with pytest.raises(NoSuchProperty) as caught:
        client.properties.get_property("Missing", project_name="Default")
    assert isinstance(caught.value, NotFound)
    assert caught.value.code == "NoSuchProperty"
    assert caught.value.message.startswith("Invalid property path")


def test_default_replaces_no_such_property(client: FlowClient) -> None:
    assert client.properties.get_property("Missing", project_name="Default", default=None) is None
    assert client.properties.get_property("/projects/Default/Missing", default="fallback") == "fallback"


def test_other_errors_are_not_swallowed_by_default(client: FlowClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.properties.get_property("x", project_name="NoProject", default=None)
    assert caught.value.code == "NoSuchProject"  # type: ignore[attr-defined]


def test_references_are_expanded_unless_asked_not_to(client: FlowClient) -> None:
    client.properties.set_property("greeting", "hello $[PythonProperty]", project_name="Default")
    assert client.properties.get_property("greeting", project_name="Default").value == "hello PythonRestApi"
    raw = client.properties.get_property("greeting", project_name="Default", expand=False)
    assert raw.value == "hello $[PythonProperty]"


def test_a_reference_that_does_not_resolve_is_no_such_property(client: FlowClient) -> None:
    client.properties.set_property("broken", "$[/projects/Default/nothing]", project_name="Default")
    with pytest.raises(NoSuchProperty):
        client.properties.get_property("broken", project_name="Default")


def test_set_property_returns_the_property_as_set(client: FlowClient) -> None:
    entry = client.properties.set_property("PythonProperty", "UpdatedPython", project_name="Default")
    assert (entry.value, entry.raw.last_modified_by) == ("UpdatedPython", "admin")


def test_job_locators_and_my_job_paths(client: FlowClient) -> None:
    job = client.jobs.run_procedure("Default", "Build", parameters={"branch": "main"})
    client.properties.set_property("summary", "built", job_id=job.job_id)
    assert client.properties.get_property("/myJob/summary", job_id=job.job_id).value == "built"
    assert client.properties.get_property(f"/jobs/{job.job_id}/summary").value == "built"


def test_get_property_sheet_is_a_dict_with_nested_sheets(client: FlowClient) -> None:
    client.properties.create(body=_sheet("ec_config/credentials", "Default"))
    client.properties.set_property("ec_config/credentials/user", "ci", project_name="Default")
    assert client.properties.get_property_sheet("ec_config", project_name="Default") == {
        "url": "https://example.test",
        "credentials": {"user": "ci"},
    }
    whole = client.properties.get_property_sheet(project_name="Default")
    assert whole["PythonProperty"] == "PythonRestApi"
    assert whole["ec_config"]["credentials"] == {"user": "ci"}


def test_get_property_sheet_of_a_plain_property_is_refused(client: FlowClient) -> None:
    with pytest.raises(ValueError, match="not a property sheet"):
        client.properties.get_property_sheet("PythonProperty", project_name="Default")


def test_async_properties(run_async: Any) -> None:
    async def scenario(aclient: Any) -> tuple[Any, ...]:
        await aclient.properties.set_property("PythonProperty", "async", project_name="Default")
        entry = await aclient.properties.get_property("PythonProperty", project_name="Default")
        missing = await aclient.properties.get_property("nope", project_name="Default", default=None)
        sheet = await aclient.properties.get_property_sheet("ec_config", project_name="Default")
        return entry.value, missing, sheet

    assert run_async(scenario) == ("async", None, {"url": "https://example.test"})


@pytest.mark.fake(single_object_lists=True)
def test_a_list_of_one_sent_as_a_single_object_is_still_a_list(fake: FlowSpecServer, client: FlowClient) -> None:
    raw = client.projects.with_raw_response.list()
    assert isinstance(raw.http_response.json()["project"], dict)
    projects = client.projects.list()
    assert [p.project_name for p in projects] == ["Default"]
    assert client.properties.get_property_sheet("ec_config", project_name="Default") == {"url": "https://example.test"}


def test_a_missing_list_key_is_an_empty_list(client: FlowClient) -> None:
    client.projects.create(project_name="Empty")
    raw = client.procedures.with_raw_response.list("Empty")
    assert raw.http_response.json() == {}
    assert client.procedures.list("Empty") == []
    assert client.properties.get_property_sheet(project_name="Empty") == {}


def test_a_list_of_many_is_a_list(client: FlowClient) -> None:
    client.projects.create(project_name="Second")
    assert [p.project_name for p in client.projects.list()] == ["Default", "Second"]


SEED_SET_ANSWER = {
    "property": {
        "propertyId": "d527401a-d390-11e7-832b-005056330fc3",
        "propertyName": "PythonProperty",
        "counter": "0",
        "createTime": "2017-11-27T16:34:26.271Z",
        "description": "",
        "expandable": "1",
        "lastModifiedBy": "user",
        "modifyTime": "2017-11-27T16:34:26.271Z",
        "owner": "user",
        "tracked": "1",
        "value": "newvalue",
    }
}


def _recording_client(sent: list[httpx.Request]) -> FlowClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SEED_SET_ANSWER)

    return FlowClient(
        "https://EFlowServer", user="user", password="secretpasswd", transport=httpx.MockTransport(answer)
    )


def test_set_property_and_properties_set_send_the_samples_request() -> None:
    # KBEC-00383: requests.put('https://EFlowServer/rest/v1.0/properties/PythonProperty?projectName=Default&value=newvalue')
    sent: list[httpx.Request] = []
    with _recording_client(sent) as client:
        entry = client.properties.set_property("PythonProperty", "newvalue", project_name="Default")
        client.properties.set("PythonProperty", value="newvalue", project_name="Default")
    assert entry.value == "newvalue"
    for request in sent:
        assert (request.method, request.url.path) == ("PUT", "/rest/v1.0/properties/PythonProperty")
        assert dict(request.url.params) == {"projectName": "Default", "value": "newvalue"}
        assert request.content == b""


def test_a_request_without_a_body_sends_no_content_type() -> None:
    # The sample sends its PUT with no body, so `requests` sends no Content-Type either.
    sent: list[httpx.Request] = []
    with _recording_client(sent) as client:
        client.properties.set_property("PythonProperty", "newvalue", project_name="Default")
    assert "content-type" not in sent[0].headers
