"""Which spec changes break clients, and the version bump that follows (scripts/changelog.py on tiny specs)."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


changelog = _load("changelog")

OK = {"description": "ok"}


def _tiny() -> dict[str, Any]:
    """Two operations and one model read back in responses and sent in a request body."""
    study = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "note": {"type": "string"}},
    }
    json_study = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Study"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1.0"},
        "paths": {
            "/studies/{id}": {
                "get": {
                    "operationId": "studies_get",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": {**OK, **json_study}},
                }
            },
            "/studies": {
                "post": {
                    "operationId": "studies_create",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {"name": {"type": "string"}},
                                }
                            }
                        },
                    },
                    "responses": {"201": {**OK, **json_study}},
                }
            },
        },
        "components": {"schemas": {"Study": study}},
    }


def _changes(edit: Any) -> list[Any]:
    old = _tiny()
    new = copy.deepcopy(old)
    edit(new)
    return changelog.wire_changes({"": old}, {"": new})


def test_removing_a_required_response_field_is_breaking_and_bumps_major() -> None:
    def drop_name(spec: dict[str, Any]) -> None:
        study = spec["components"]["schemas"]["Study"]
        del study["properties"]["name"]
        study["required"].remove("name")

    changes = _changes(drop_name)
    assert [(c.level, c.text) for c in changes] == [
        ("major", "schema `Study` (response): required field `name` removed")
    ]
    level = changelog.decide(changes, [], content_changed=True)
    assert level == "major"
    assert changelog.bump("1.4.2", level) == "2.0.0"


def test_removing_an_operation_is_breaking_and_bumps_major() -> None:
    changes = _changes(lambda spec: spec["paths"].pop("/studies"))
    assert ("major", "`POST /studies` (`studies_create`): operation removed") in [(c.level, c.text) for c in changes]
    assert changelog.bump("1.4.2", changelog.decide(changes, [], content_changed=True)) == "2.0.0"


def test_adding_an_optional_response_field_bumps_minor() -> None:
    def add_owner(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Study"]["properties"]["owner"] = {"type": "string"}

    changes = _changes(add_owner)
    assert [(c.level, c.text) for c in changes] == [
        ("minor", "schema `Study` (response): optional field `owner` added")
    ]
    assert changelog.bump("1.4.2", changelog.decide(changes, [], content_changed=True)) == "1.5.0"


def test_a_new_required_request_field_breaks_callers_but_a_new_optional_one_does_not() -> None:
    def body(spec: dict[str, Any]) -> dict[str, Any]:
        return spec["paths"]["/studies"]["post"]["requestBody"]["content"]["application/json"]["schema"]

    def add_required(spec: dict[str, Any]) -> None:
        body(spec)["properties"]["group"] = {"type": "integer"}
        body(spec)["required"].append("group")

    def add_optional(spec: dict[str, Any]) -> None:
        body(spec)["properties"]["group"] = {"type": "integer"}

    assert [c.level for c in _changes(add_required)] == ["major"]
    assert "required field `group` added" in _changes(add_required)[0].text
    assert [c.level for c in _changes(add_optional)] == ["minor"]


def test_parameters_added_removed_and_made_required() -> None:
    def parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
        return spec["paths"]["/studies/{id}"]["get"].setdefault("parameters", [])

    def add_optional_query(spec: dict[str, Any]) -> None:
        parameters(spec).append({"name": "expand", "in": "query", "schema": {"type": "boolean"}})

    def add_required_query(spec: dict[str, Any]) -> None:
        parameters(spec).append({"name": "expand", "in": "query", "required": True, "schema": {"type": "boolean"}})

    assert [(c.level, c.text) for c in _changes(add_optional_query)] == [
        ("minor", "`GET /studies/{id}` (`studies_get`): optional query parameter `expand` added")
    ]
    assert [c.level for c in _changes(add_required_query)] == ["major"]


def test_a_new_enum_value_in_a_response_breaks_readers_of_literal_enums() -> None:
    def states(spec: dict[str, Any], values: list[str]) -> None:
        spec["components"]["schemas"]["Study"]["properties"]["state"] = {"type": "string", "enum": values}

    old, new = _tiny(), _tiny()
    states(old, ["DONE"])
    states(new, ["DONE", "FAILED"])
    changes = changelog.wire_changes({"": old}, {"": new})
    assert [(c.level, c.text) for c in changes] == [
        ("major", 'schema `Study` (response): field `state`: values added: "FAILED"')
    ]


def test_documentation_only_edits_are_no_wire_change_and_bump_patch_when_the_package_changed() -> None:
    def describe(spec: dict[str, Any]) -> None:
        spec["components"]["schemas"]["Study"]["properties"]["name"]["description"] = "Shown in the study list."
        spec["paths"]["/studies"]["post"]["summary"] = "Create a study."

    assert _changes(describe) == []
    assert changelog.decide([], [], content_changed=True) == "patch"
    assert changelog.decide([], [], content_changed=False) is None
    assert changelog.bump("1.4.2", "patch") == "1.4.3"


def test_python_api_breakage_outweighs_an_additive_wire_change() -> None:
    wire = [changelog.Change("minor", "schema `Study`: optional field `owner` added")]
    python = [changelog.Change("major", "`tiny.Client.studies_get`: public object was removed")]
    assert changelog.decide(wire, python, content_changed=True) == "major"


@pytest.mark.parametrize(("version", "level", "expected"), [("0.3.1", "major", "0.4.0"), ("0.3.1", "minor", "0.4.0")])
def test_below_one_a_breaking_change_moves_the_minor_part(version: str, level: str, expected: str) -> None:
    assert changelog.bump(version, level) == expected


def test_a_version_that_is_not_semver_is_refused() -> None:
    with pytest.raises(ValueError, match="semantic version"):
        changelog.bump("2024.05", "patch")


def test_a_new_entry_goes_on_top_and_earlier_entries_stay() -> None:
    first = changelog.changelog("tiny-client", changelog.first_entry("1.0.0", "1.0"), None)
    entry = changelog.Entry("2.0.0", "major", ("1.0", "1.1"), [changelog.Change("major", "`GET /a`: removed")], [])
    second = changelog.changelog("tiny-client", changelog.render_entry(entry), first)
    assert second.startswith("# Changelog of tiny-client\n")
    assert second.index("## 2.0.0") < second.index("## 1.0.0")
    assert "Major release for API version 1.0 → 1.1." in second
    assert "- **breaking** `GET /a`: removed" in second
    assert second.count("# Changelog of") == 1
