"""The generation pipeline fails loudly and is deterministic."""

from __future__ import annotations

import filecmp
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def _load_generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = module
    spec.loader.exec_module(module)
    return module


generate = _load_generate()


@pytest.fixture
def api_dirs(tmp_path: Path) -> tuple[Path, Path]:
    specs, overlays = tmp_path / "specs", tmp_path / "overlays"
    shutil.copytree(ROOT / "specs" / "sostrades", specs / "sostrades")
    shutil.copytree(ROOT / "overlays" / "sostrades", overlays / "sostrades")
    return specs, overlays


def _edit_spec(specs: Path, edit: object) -> None:
    path = specs / "sostrades" / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    edit(spec)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_an_invalid_spec_names_the_file_and_the_json_pointer(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs
    _edit_spec(specs, lambda s: s["paths"]["/api/ping"]["get"]["responses"]["200"].pop("description"))
    with pytest.raises(generate.GenerationError) as caught:
        generate.build("sostrades", tmp_path / "out", specs, overlays)
    message = str(caught.value)
    assert "specs/sostrades/openapi.yaml: #/paths/~1api~1ping/get/responses/200" in message
    assert "'description' is a required property" in message


def test_a_generator_warning_is_an_error(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs

    def zip_download(spec: dict[str, object]) -> None:
        responses = spec["paths"]["/api/ping"]["get"]["responses"]  # type: ignore[index]
        responses["200"]["content"] = {"application/zip": {"schema": {"type": "string", "format": "binary"}}}

    _edit_spec(specs, zip_download)
    with pytest.raises(generate.GenerationError, match=r"(?i)warn|unsupported"):
        generate.build("sostrades", tmp_path / "out", specs, overlays)


def test_an_api_version_is_shipped_as_written_beside_the_clients_own_version(
    api_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    specs, overlays = api_dirs
    _edit_spec(specs, lambda s: s["info"].update(version="2024-05-01"))
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    own = yaml.safe_load((specs / "sostrades" / "config.yml").read_text())["version"]
    version_file = (tmp_path / "out" / "src" / "sostrades_client" / "_version.py").read_text()
    assert '__api_version__ = "2024-05-01"' in version_file
    assert f'__version__ = "{own}"' in version_file
    pyproject = (tmp_path / "out" / "pyproject.toml").read_text()
    assert f'version = "{own}"' in pyproject
    assert "for API version 2024-05-01." in pyproject


def test_an_operation_id_without_its_tag_prefix_is_refused(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs
    _edit_spec(specs, lambda s: s["paths"]["/api/ping"]["get"].update(operationId="ping"))
    with pytest.raises(generate.GenerationError, match="server_<verb>"):
        generate.build("sostrades", tmp_path / "out", specs, overlays)


def test_a_new_operation_appears_in_the_facade(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs

    def add_operation(spec: dict[str, object]) -> None:
        ping = spec["paths"]["/api/ping"]  # type: ignore[index]
        spec["paths"]["/api/health"] = {"get": {**ping["get"], "operationId": "server_health"}}  # type: ignore[index]

    _edit_spec(specs, add_operation)
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    facade = (tmp_path / "out" / "src" / "sostrades_client" / "_resources.py").read_text()
    assert "def health(self, *, options: RequestOptions | None = None)" in facade
    assert "async def health(" in facade


def test_two_runs_give_byte_identical_trees(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs
    generate.build("sostrades", tmp_path / "a", specs, overlays)
    generate.build("sostrades", tmp_path / "b", specs, overlays)
    comparison = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    stack = [comparison]
    while stack:
        current = stack.pop()
        assert not current.diff_files
        assert not current.left_only
        assert not current.right_only
        stack.extend(current.subdirs.values())


def test_a_package_can_hold_several_services(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs
    api = specs / "sostrades"
    for service in ("first", "second"):
        (api / service).mkdir()
        shutil.copy(api / "openapi.yaml", api / service / "openapi.yaml")
    (api / "openapi.yaml").unlink()
    config = yaml.safe_load((api / "config.yml").read_text())
    config["services"] = {"first": {"client": "FirstClient"}, "second": {"client": "SecondClient"}}
    (api / "config.yml").write_text(yaml.safe_dump(config))
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    package = tmp_path / "out" / "src" / "sostrades_client"
    assert "class FirstClientBase(SyncClient)" in (package / "first" / "_resources.py").read_text()
    assert "class AsyncSecondClientBase(AsyncClient)" in (package / "second" / "_resources.py").read_text()
    assert (package / "second" / "_generated" / "models").is_dir()
    assert '__spec_version__ = {"first": "5.3.4", "second": "5.3.4"}' in (package / "_version.py").read_text()


def test_a_method_named_like_a_builtin_does_not_shadow_annotations(api_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    specs, overlays = api_dirs

    def add_list(spec: dict[str, Any]) -> None:
        ping = spec["paths"]["/api/ping"]["get"]
        listing = {
            "description": "ids",
            "content": {"application/json": {"schema": {"type": "array", "items": {"type": "integer"}}}},
        }
        spec["paths"]["/api/ids"] = {"get": {**ping, "operationId": "server_list", "responses": {"200": listing}}}

    _edit_spec(specs, add_list)
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    facade = (tmp_path / "out" / "src" / "sostrades_client" / "_resources.py").read_text()
    assert "def list(self, *, options: RequestOptions | None = None) -> builtins.list[int]:" in facade
    assert "import builtins" in facade


def test_properties_named_like_documentation_keywords_are_still_checked(
    api_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    specs, overlays = api_dirs

    def titled(spec: dict[str, Any]) -> None:
        schema = spec["components"]["schemas"]["CopyStudyRequest"]
        schema["properties"]["title"] = {"type": "string", "maxLength": 3, "description": "kept out of the checks"}

    _edit_spec(specs, titled)
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    facade = (tmp_path / "out" / "src" / "sostrades_client" / "_resources.py").read_text()
    assert '"title": {"maxLength": 3, "type": "string"}' in facade


def test_bracketed_query_parameters_are_checked_under_their_argument_names(
    api_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    specs, overlays = api_dirs

    def paged(spec: dict[str, Any]) -> None:
        ping = spec["paths"]["/api/ping"]["get"]
        ping["parameters"] = [{"name": "page[limit]", "in": "query", "schema": {"type": "integer", "maximum": 50}}]

    _edit_spec(specs, paged)
    generate.build("sostrades", tmp_path / "out", specs, overlays)
    facade = (tmp_path / "out" / "src" / "sostrades_client" / "_resources.py").read_text()
    assert 'params={"pagelimit": {"maximum": 50, "type": "integer"}}' in facade
