"""The tests run against the installed wheel, and the wheel ships what it promises."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

import client_runtime
import joule_client


def test_packages_come_from_site_packages_not_the_source_tree() -> None:
    for module in (joule_client, client_runtime):
        assert "site-packages" in Path(module.__file__ or "").parts


def test_the_wheel_ships_type_information() -> None:
    assert (Path(joule_client.__file__).parent / "py.typed").exists()


def test_the_api_version_is_the_one_the_client_targets() -> None:
    assert joule_client.__api_version__ == "1.0.1"


def test_the_wheel_depends_on_numpy() -> None:
    needed = requires("joule-client") or []
    assert any(r.startswith("numpy") for r in needed)


def test_importing_the_client_loads_no_model_code() -> None:
    code = "import sys, joule_client; print(any('_generated.models' in m for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]
