"""Through scripts/generate.py on a copy of the SoSTrades inputs: a spec or overlay change writes the changelog
and bumps the client's version in config.yml; generating again changes nothing."""

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


class Copy:
    """specs/, overlays/ and generated/ of one API, copied as committed."""

    def __init__(self, root: Path, api: str = "sostrades") -> None:
        self.api = api
        self.specs, self.overlays, self.generated = root / "specs", root / "overlays", root / "generated"
        for source, target in ((ROOT / "specs", self.specs), (ROOT / "overlays", self.overlays)):
            shutil.copytree(source / api, target / api)
        shutil.copytree(ROOT / "generated" / api, self.generated / api)

    def regenerate(self) -> None:
        generate.regenerate(self.api, False, self.specs, self.overlays, self.generated)

    def edit_spec(self, edit: Any) -> None:
        path = self.specs / self.api / "openapi.yaml"
        spec = yaml.safe_load(path.read_text())
        edit(spec)
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))

    @property
    def version(self) -> str:
        return str(yaml.safe_load((self.specs / self.api / "config.yml").read_text())["version"])

    def file(self, name: str) -> str:
        return (self.generated / self.api / name).read_text()

    def latest_entry(self) -> str:
        log = self.file("CHANGELOG.md")
        return log[log.index("\n## ") : log.index("\n## ", log.index("\n## ") + 1)]


@pytest.fixture
def inputs(tmp_path: Path) -> Copy:
    copied = Copy(tmp_path)
    copied.regenerate()  # the committed state gives the committed version
    assert copied.version == yaml.safe_load((ROOT / "specs" / "sostrades" / "config.yml").read_text())["version"]
    return copied


def _trees_equal(left: Path, right: Path) -> bool:
    stack = [filecmp.dircmp(left, right)]
    while stack:
        current = stack.pop()
        if current.diff_files or current.left_only or current.right_only:
            return False
        stack.extend(current.subdirs.values())
    return True


def _bumped(version: str, part: int) -> str:
    numbers = [int(n) for n in version.split(".")]
    numbers[part] += 1
    return ".".join(str(n) if i <= part else "0" for i, n in enumerate(numbers))


def test_removing_a_required_response_field_releases_a_major_version(inputs: Copy, tmp_path: Path) -> None:
    before = inputs.version

    def drop(spec: dict[str, Any]) -> None:
        status = spec["components"]["schemas"]["ExecutionStatus"]
        del status["properties"]["study_case_execution_status"]
        status["required"].remove("study_case_execution_status")

    inputs.edit_spec(drop)
    inputs.regenerate()
    after = _bumped(before, 0)
    assert inputs.version == after
    entry = inputs.latest_entry()
    assert entry.startswith(f"\n## {after}\n\nMajor release for API version 5.3.4.")
    assert (
        "- **breaking** schema `ExecutionStatus` (response): required field `study_case_execution_status` removed"
        in (entry)
    )
    assert "`sostrades_client._generated.models.ExecutionStatus.study_case_execution_status`: public object" in entry
    assert f'version = "{after}"' in inputs.file("pyproject.toml")
    assert f'__version__ = "{after}"' in inputs.file("src/sostrades_client/_version.py")
    assert f"## {before}" in inputs.file("CHANGELOG.md")  # the earlier entries stay

    # Generating again from the same inputs gives the same tree and no further bump.
    generate.build("sostrades", tmp_path / "again", inputs.specs, inputs.overlays, inputs.generated / "sostrades")
    assert _trees_equal(tmp_path / "again", inputs.generated / "sostrades")
    inputs.regenerate()
    assert inputs.version == after


def test_adding_an_optional_field_releases_a_minor_version(inputs: Copy) -> None:
    before = inputs.version

    def add(spec: dict[str, Any]) -> None:
        properties = spec["components"]["schemas"]["ExecutionStatus"]["properties"]
        properties["study_case_execution_queue_position"] = {"type": "integer"}

    inputs.edit_spec(add)
    inputs.regenerate()
    assert inputs.version == _bumped(before, 1)
    entry = inputs.latest_entry()
    assert "Minor release" in entry
    assert "optional field `study_case_execution_queue_position` added" in entry
    assert "**breaking**" not in entry


def test_an_overlay_change_alone_releases_a_patch_version(inputs: Copy) -> None:
    before = inputs.version
    overlay = inputs.overlays / "sostrades" / "auth.py"
    overlay.write_text(overlay.read_text() + "\n\n# A clarified comment changes the wheel, not its API.\n")
    inputs.regenerate()
    assert inputs.version == _bumped(before, 2)
    entry = inputs.latest_entry()
    assert "Patch release for API version 5.3.4." in entry
    assert entry.count("- no change") == 2


def test_a_client_version_that_is_not_semver_is_refused(inputs: Copy, tmp_path: Path) -> None:
    config = inputs.specs / "sostrades" / "config.yml"
    config.write_text(config.read_text().replace(f"version: {inputs.version}", "version: 2024-05"))
    with pytest.raises(generate.GenerationError, match="semantic version"):
        generate.build("sostrades", tmp_path / "out", inputs.specs, inputs.overlays)
