"""The vendor sample's own requests (KBEC-00383), sent as written with httpx in place of requests.

The sample's answers are the contract. Where the sample contradicts itself, the test says so: its set-property
answer shows `PythonUpdate` after sending `UpdatedPython`, and its login answer names `user` after logging in as
`admin`; a real server answers with what was sent.
"""

from __future__ import annotations

import re

import httpx
from fakes.cloudbees_flow import FlowSpecServer

SEED_PROPERTY = {
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
        "value": "PythonRestApi",
    }
}
SEED_NO_CREDENTIALS = {
    "error": {
        "where": "",
        "message": "No credentials/session found in this request",
        "details": "",
        "code": "NoCredentials",
    }
}


def test_missing_authentication_answers_the_samples_error(fake: FlowSpecServer) -> None:
    answer = httpx.get(f"{fake.url}/rest/v1.0/properties/PythonProperty?projectName=Default")
    assert answer.json() == SEED_NO_CREDENTIALS


def test_basic_credentials_on_each_request(fake: FlowSpecServer) -> None:
    fake.handler.users["user"] = "secretpasswd"
    answer = httpx.put(
        f"{fake.url}/rest/v1.0/properties/PythonProperty?projectName=Default&value=newvalue",
        auth=httpx.BasicAuth("user", "secretpasswd"),
    )
    assert answer.status_code == 200
    assert answer.json()["property"]["value"] == "newvalue"


def test_login_then_the_session_id_in_the_headers(fake: FlowSpecServer) -> None:
    login = httpx.post(f"{fake.url}/rest/v1.0/sessions?password=changeme&userName=admin", verify=False)
    assert set(login.json()) == {"sessionId", "userName"}
    assert re.fullmatch(r"[A-Z0-9]{16}", login.json()["sessionId"])
    assert login.json()["userName"] == "admin"  # the sample shows "user"
    my_headers = {"Accept": "application/json", "sessionId": login.json()["sessionId"]}
    answer = httpx.get(
        f"{fake.url}/rest/v1.0/properties/PythonProperty?projectName=Default", verify=False, headers=my_headers
    )
    assert answer.json() == SEED_PROPERTY


def test_set_property(fake: FlowSpecServer) -> None:
    fake.handler.users["user"] = "superpasswd"
    answer = httpx.put(
        f"{fake.url}/rest/v1.0/properties/PythonProperty?projectName=Default&value=UpdatedPython",
        auth=httpx.BasicAuth("user", "superpasswd"),
    )
    expected = {"property": {**SEED_PROPERTY["property"], "value": "UpdatedPython"}}  # the sample shows PythonUpdate
    assert answer.json() == expected


def test_publish_artifact_version(fake: FlowSpecServer) -> None:
    fake.handler.users["admin"] = "rootpasswd"
    fake.handler.clock = "2017-11-29T18:13:05.476Z"
    answer = httpx.post(
        f"{fake.url}/rest/v1.0/artifacts?artifactKey=2&groupId=2",
        verify=False,
        auth=httpx.BasicAuth("admin", "rootpasswd"),
    )
    artifact = answer.json()["artifact"]
    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
    assert uuid.fullmatch(artifact.pop("artifactId"))
    assert uuid.fullmatch(artifact.pop("propertySheetId"))
    assert artifact == {
        "artifactName": "2:2",
        "artifactKey": "2",
        "createTime": "2017-11-29T18:13:05.476Z",
        "groupId": "2",
        "lastModifiedBy": "admin",
        "modifyTime": "2017-11-29T18:13:05.476Z",
        "owner": "admin",
    }
