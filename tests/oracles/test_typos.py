"""A typo in a spec path, method or required body key shows as a disagreement with the evidence.

Each case edits a copy of a spec's text the way a slip of the keyboard would, and compares the copy with the same
table the per-API tests use; the specs on disk are not touched.
"""

from __future__ import annotations

import pytest
from oracles.wire import Table, disagreements, load_table, spec_operations, spec_text

# (spec, table section, text to replace, replacement, an operation the typo must be caught on)
TYPOS = [
    (
        "cloudbees_flow",
        None,
        "  /rest/v1.0/projects/{projectName}/procedures:\n",
        "  /rest/v1.0/projects/{projectName}/procedure:\n",
        "procedures_list",
    ),
    ("hahnpro", None, "  /labels/{id}:\n", "  /label/{id}:\n", "labels_get"),
    ("flame_hub/core", "core", "  /registry-projects/{id}:\n", "  /registry_projects/{id}:\n", "registry_projects_get"),
    ("joule", None, "  /data/intervals.json:\n", "  /data/interval.json:\n", "data_intervals"),
    ("sostrades", None, "/calculation/status/{study_id}:\n", "/calculation/state/{study_id}:\n", "calculation_status"),
    ("flame_hub/auth", "auth", "  /user-roles:\n", "  /users-roles:\n", "user_roles_list"),
    (
        "flame_hub/storage",
        "storage",
        "  /bucket-files/{id}/stream:\n",
        "  /bucket-file/{id}/stream:\n",
        "bucket_files_stream",
    ),
]


def _table(spec: str, section: str | None) -> Table:
    return load_table(spec.split("/", maxsplit=1)[0], section)


def _about(operation: str, found: list[str]) -> list[str]:
    return [line for line in found if line.startswith(f"{operation}: ")]


@pytest.mark.parametrize(("spec", "section", "old", "new", "operation"), TYPOS, ids=[t[0] for t in TYPOS])
def test_a_path_typo_is_caught(spec: str, section: str | None, old: str, new: str, operation: str) -> None:
    text = spec_text(spec)
    assert text.count(old) == 1, f"the spec no longer has exactly one {old.strip()!r}"
    table = _table(spec, section)
    assert not _about(operation, disagreements(table, spec_operations(text)))
    assert _about(operation, disagreements(table, spec_operations(text.replace(old, new))))


def test_a_method_typo_is_caught() -> None:
    text = spec_text("hahnpro")
    old = "  /labels/{id}:\n    get:\n"
    assert text.count(old) == 1
    table = load_table("hahnpro")
    assert not _about("labels_get", disagreements(table, spec_operations(text)))
    assert _about(
        "labels_get", disagreements(table, spec_operations(text.replace(old, "  /labels/{id}:\n    post:\n")))
    )


def test_a_required_body_key_typo_is_caught() -> None:
    text = spec_text("flame_hub/core")
    ops = spec_operations(text)
    assert ops["registry_projects_create"].body == frozenset({"registryId", "name", "externalName", "type"})
    old = "      - externalName\n"
    assert old in text
    table = load_table("flame_hub", "core")
    assert not _about("registry_projects_create", disagreements(table, ops))
    found = disagreements(table, spec_operations(text.replace(old, "      - externalname\n")))
    assert _about("registry_projects_create", found)
