"""The tests run against the installed wheel, and the wheel ships what it promises."""

from __future__ import annotations

from pathlib import Path

import client_runtime
import sostrades_client


def test_packages_come_from_site_packages_not_the_source_tree() -> None:
    for module in (sostrades_client, client_runtime):
        assert "site-packages" in Path(module.__file__ or "").parts


def test_the_wheel_ships_type_information() -> None:
    assert (Path(sostrades_client.__file__).parent / "py.typed").exists()
    assert (Path(client_runtime.__file__).parent / "py.typed").exists()


def test_the_api_version_is_the_one_the_client_targets() -> None:
    assert sostrades_client.__api_version__ == "5.3.4"


def test_importing_the_client_loads_no_model_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys, sostrades_client; "
        "print(any('_generated.models' in m for m in sys.modules), 'attrs' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
